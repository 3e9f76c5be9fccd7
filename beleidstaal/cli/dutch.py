"""The command-line library's own words in Dutch: usage lines, the help option, type labels and its errors.

typer 0.29 carries its own copy of click with fixed English strings ("Usage:", "Show this message and exit.",
"No such option", "<bool>") and no translation hook. So the app uses the command and group classes below, which
say the same things in Dutch, and the root group's ``main`` turns the library's usage errors into Dutch messages
(exit code 2). ``tests/test_cli_dutch.py`` greps every help screen and a set of bad invocations for English words.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer import _click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from ..errors import BeleidstaalError
from .plain_params import use_plain_params


def stderr_console() -> Console:
    """Standard error for messages and errors: not broken at the terminal's width (soft wrap), so a path in a
    message stays whole; the terminal wraps the line itself."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _dutch_help_screens() -> None:
    """Dutch labels for typer's help screens. typer reads these module constants each time it draws help; they
    are set just before, because importing typer's rich_utils costs about 0.2 s that other commands do not need."""
    import typer.rich_utils as typer_help

    if typer_help.OPTIONS_PANEL_TITLE == "Opties":
        return
    typer_help.OPTIONS_PANEL_TITLE = "Opties"
    typer_help.ARGUMENTS_PANEL_TITLE = "Argumenten"
    typer_help.COMMANDS_PANEL_TITLE = "Opdrachten"
    typer_help.ERRORS_PANEL_TITLE = "Fout"
    typer_help.DEFAULT_STRING = "[standaard: {}]"
    typer_help.ENVVAR_STRING = "[omgevingsvariabele: {}]"
    typer_help.REQUIRED_LONG_STRING = "[verplicht]"
    typer_help.DEPRECATED_STRING = "(verouderd) "
    typer_help.ABORTED_TEXT = "Afgebroken."
    typer_help.RICH_HELP = "Meer uitleg: [blue]{command_path} {help_option}[/]"
    typer_help.highlighter.highlights = [
        *(h for h in typer_help.highlighter.highlights if "usage" not in h),
        r"(?P<usage>Gebruik: )",
    ]


HELP_OPTION_TEXT = "Toon deze uitleg."

#: typer's type labels (the part between < and >) and what a Dutch reader sees instead; '' = no label (a switch)
TYPE_LABELS = {
    "bool": "",
    "str": "tekst",
    "path": "pad",
    "file": "pad",
    "directory": "map",
    "int": "getal",
    "int range": "getal",
    "float": "getal",
    "float range": "getal",
    "list[str]": "tekst",
    "list[path]": "pad",
}


def dutch_usage(usage: str) -> str:
    """'Usage: beleidstaal check [OPTIONS] [paths]...' → 'Gebruik: beleidstaal check [OPTIES] [paths]...'."""
    usage = re.sub(r"^(\s*)Usage:", r"\1Gebruik:", usage)
    return usage.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND [ARGS]...", "OPDRACHT [ARGUMENTEN]...")


def _dutch_type_label(original):
    def display_type_rich(self, ctx):
        label = original(self, ctx)
        if not label:
            return label
        m = re.fullmatch(r"<([^>]*)>(\.\.\.)?", label)
        if not m or m.group(1) not in TYPE_LABELS:
            return label
        shown = TYPE_LABELS[m.group(1)]
        return f"<{shown}>{m.group(2) or ''}" if shown else ""

    return display_type_rich


TyperOption.display_type_rich = _dutch_type_label(TyperOption.display_type_rich)
TyperArgument.display_type_rich = _dutch_type_label(TyperArgument.display_type_rich)


class _Dutch:
    """What commands and groups share: the Dutch usage line and help option."""

    def get_usage(self, ctx):
        return dutch_usage(super().get_usage(ctx))

    def parse_args(self, ctx, args):
        use_plain_params(self.get_params(ctx))  # text and switches without pydantic (see plain_params)
        return super().parse_args(ctx, args)

    def format_help(self, ctx, formatter):
        _dutch_help_screens()
        return super().format_help(ctx, formatter)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class DutchCommand(_Dutch, TyperCommand):
    pass


class DutchGroup(_Dutch, TyperGroup):
    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from ..rules.registry import did_you_mean

            commands = list(self.list_commands(ctx))
            raise _click.exceptions.UsageError(
                f"Onbekende opdracht '{name}'.{did_you_mean(name, commands)} Bestaande opdrachten: "
                f"{', '.join(commands)}.",
                ctx,
            )
        return super().resolve_command(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra: Any):
        """As typer's, but the library's usage errors and our own BeleidstaalError are printed in Dutch (code 2)."""
        code = 0
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except _click.exceptions.NoArgsIsHelpError:  # typer drew the help while raising this
            code = 2
        except _click.exceptions.ClickException as exc:
            show_error(exc)
            code = exc.exit_code
        except BeleidstaalError as exc:
            stderr_console().print(f"[red]Fout:[/red] {escape(str(exc))}")
            code = 2
        except typer.Abort:
            stderr_console().print("Afgebroken.")
            code = 1
        if code == 130:  # typer turns Ctrl+C into exit code 130
            stderr_console().print("Gestopt.")
        if standalone_mode:
            sys.exit(code)
        return code


def _hint(param) -> str:
    if param is None:
        return ""
    if isinstance(param, TyperArgument):
        return (param.metavar or param.name or "").upper()
    longs = [o for o in param.opts if o.startswith("--")]
    return (longs or param.opts or [param.name or ""])[0]


def error_in_dutch(exc: _click.exceptions.ClickException) -> str:
    """The Dutch message for one of the command-line library's errors."""
    from ..rules.registry import did_you_mean

    exceptions = _click.exceptions
    message = getattr(exc, "message", "") or ""
    if isinstance(exc, exceptions.NoSuchOption):
        return f"Onbekende optie {exc.option_name}.{did_you_mean(exc.option_name, exc.possibilities or [])}"
    if isinstance(exc, exceptions.BadOptionUsage):
        m = re.match(r"Option '(.+)' requires (an argument|(\d+) arguments)", message)
        if m:
            return f"Na {m.group(1)} hoort een waarde."
        m = re.match(r"Option '(.+)' does not take a value", message)
        if m:
            return f"De optie {m.group(1)} krijgt geen waarde."
    if isinstance(exc, exceptions.MissingParameter):
        param = exc.param
        if isinstance(param, TyperArgument):
            return f"Geef {_hint(param)} op (dat is verplicht)."
        return f"De optie {_hint(param)} is verplicht."
    if isinstance(exc, exceptions.BadParameter):
        param = exc.param
        low, high = getattr(param, "min", None), getattr(param, "max", None)
        if low is not None and high is not None:
            return f"Bij {_hint(param)} hoort een heel getal van {low} tot en met {high}."
        if low is not None:
            return f"Bij {_hint(param)} hoort een heel getal van {low} of meer."
        if "integer" in message or "int" in str(getattr(param, "type", "")).lower():
            return f"Bij {_hint(param)} hoort een heel getal."
        return f"De waarde bij {_hint(param)} klopt niet."
    m = re.match(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", message)
    if m:
        return f"Te veel argumenten: {m.group(1)}. Zet een naam met spaties tussen aanhalingstekens."
    if message.startswith("Missing command"):
        return "Geef een opdracht."
    if isinstance(exc, exceptions.FileError):
        return f"Het bestand '{exc.ui_filename}' kan niet worden geopend."
    return message


def show_error(exc: _click.exceptions.ClickException) -> None:
    """Usage line, the Dutch error and where to find help, on standard error."""
    console = stderr_console()
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        console.print(escape(dutch_usage(ctx.get_usage())))
    console.print(f"[red]Fout:[/red] {escape(error_in_dutch(exc))}")
    if ctx is not None:
        console.print(f"Meer uitleg: {escape(ctx.command_path)} -h")


class DutchTyper(typer.Typer):
    """A typer app whose commands and groups speak Dutch (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", DutchGroup)
        kwargs.setdefault("add_completion", False)
        kwargs.setdefault("rich_markup_mode", "rich")
        kwargs.setdefault("context_settings", {"help_option_names": ["-h", "--help"]})
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("cls", DutchCommand)
        return super().command(*args, **kwargs)
