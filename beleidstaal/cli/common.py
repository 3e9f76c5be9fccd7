"""What every command shares: the app, the Dutch help labels, the error console, option parsing, config."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
import typer.rich_utils as typer_help
from rich.console import Console
from rich.markup import escape

from ..config import Config, config_for, load_config_file
from ..errors import BeleidstaalError

# Dutch labels for typer's help screens: typer reads these module constants each time it draws help or an error.
# typer 0.29 has no setting for "Usage:", the help text of --help or its usage errors ("No such option"): those
# are fixed English strings in its own copy of click (typer/_click) and stay English.
typer_help.OPTIONS_PANEL_TITLE = "Opties"
typer_help.ARGUMENTS_PANEL_TITLE = "Argumenten"
typer_help.COMMANDS_PANEL_TITLE = "Opdrachten"
typer_help.ERRORS_PANEL_TITLE = "Fout"
typer_help.DEFAULT_STRING = "[standaard: {}]"
typer_help.REQUIRED_LONG_STRING = "[verplicht]"
typer_help.DEPRECATED_STRING = "(verouderd) "
typer_help.ABORTED_TEXT = "Afgebroken."
typer_help.RICH_HELP = "Meer uitleg: [blue]{command_path} {help_option}[/]"

app = typer.Typer(
    name="beleidstaal",
    help="Controleer Nederlandse beleidsteksten op ambtelijke taal, jargon, lange zinnen en de lijdende vorm. "
    "Bij elke melding staat waarom, en wat u beter kunt schrijven.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

err = Console(stderr=True, highlight=False)


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    html = "html"


class TextOrJson(str, Enum):
    """For commands that print a table or JSON only (rules, info, config, stats, index)."""

    text = "text"
    json = "json"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def fail(message: str, code: int = 2) -> None:
    err.print(f"[red]Fout:[/red] {escape(message)}")
    raise typer.Exit(code)


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def build_config(
    config_path: Path | None,
    start: str | None,
    *,
    select=None,
    ignore=None,
    min_severity=None,
    fail_level=None,
    model=None,
    extra: dict | None = None,
) -> Config:
    try:
        base = load_config_file(config_path) if config_path else config_for(start or ".")
        if config_path and start and start != "-" and not Path(start).is_dir():
            base = base.for_file(start)  # per-glob overrides of the chosen settings file
    except BeleidstaalError as exc:
        fail(str(exc))
    return base.with_options(
        select=_split(select),
        ignore=_split(ignore),
        min_severity=min_severity.value if min_severity else None,
        fail_level=fail_level.value if fail_level else None,
        model=model,
        **(extra or {}),
    )
