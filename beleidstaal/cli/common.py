"""What every command shares: the app, the Dutch help labels, the error console, option parsing, config."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.markup import escape

from ..config import Config, config_for, load_config_file
from ..errors import BeleidstaalError
from .dutch import DutchTyper, stderr_console

#: True in a process that ``cli.main`` runs (one command, then the process ends); not where tests call ``app``
command_line = False

app = DutchTyper(
    name="beleidstaal",
    help="Controleer Nederlandse beleidsteksten op ambtelijke taal, jargon, lange zinnen en de lijdende vorm. "
    "Bij elke melding staat waarom, en wat u beter kunt schrijven.",
    no_args_is_help=True,
)

err = stderr_console()


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"beleidstaal {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", is_eager=True, callback=_show_version, help="Toon het versienummer en stop."
    ),
) -> None:
    pass


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


def choice(enum: type[Enum], unknown: str):
    """A typer callback for an option with fixed values: the value as ``enum``, or the core resolver's Dutch error
    with the closest valid values ('Onbekende uitvoervorm 'jsno' bij --format. Bedoelde u: json?'), code 2."""

    def validate(ctx: typer.Context, param: typer.CallbackParam, value: str | None):
        if value is None or ctx.resilient_parsing:
            return value
        from ..rules.registry import check_choice

        name = next((o for o in param.opts if o.startswith("--")), param.opts[0])
        return enum(check_choice(value, [m.value for m in enum], unknown, f"bij {name}"))

    return validate


def metavar(enum: type[Enum]) -> str:
    return "<" + "|".join(m.value for m in enum) + ">"


def choice_option(enum: type[Enum], default, *names: str, unknown: str, help: str):
    """A typer option with fixed values, checked by the core resolver (see ``choice``)."""
    return typer.Option(default, *names, metavar=metavar(enum), callback=choice(enum, unknown), help=help)


def format_option(help: str = "text of json."):
    """``--format/-f`` for the commands that print a table or JSON."""
    return choice_option(TextOrJson, "text", "--format", "-f", unknown="Onbekende uitvoervorm", help=help)


def severity_option(name: str, help: str):
    return choice_option(Severity, None, name, unknown="Onbekend niveau", help=help)


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
    select, ignore = _split(select), _split(ignore)
    try:  # a typo in --select would otherwise check nothing and pass
        from ..rules.registry import check_selectors

        check_selectors(select or (), "bij --select")
        check_selectors(ignore or (), "bij --ignore")
    except BeleidstaalError as exc:
        fail(str(exc))
    return base.with_options(
        select=select,
        ignore=ignore,
        min_severity=min_severity.value if min_severity else None,
        fail_level=fail_level.value if fail_level else None,
        model=model,
        **(extra or {}),
    )


def exclusion(config_path: Path | None, patterns: list[str] | None, options: dict, built: dict):
    """A file's path → whether the settings' ``exclude`` (relative to the settings file) or ``--exclude``
    (relative to the current folder) names it or a folder it lies in. The settings it makes for a file are kept in
    ``built``, so that the check does not read the settings file again."""
    from ..errors import ConfigError

    given = Config(exclude=tuple(p for p in patterns or () if p.strip()), root=str(Path.cwd()))
    if patterns and not given.exclude:
        fail(str(ConfigError("Bij --exclude hoort een patroon, zoals 'concepten/' of '*.oud.md'.")))

    def excluded(path: str) -> bool:
        if given.excludes(path):
            return True
        config = built[path] = build_config(config_path, path, **options)
        return config.excludes(path)

    return excluded


def copy_options(reference, organisation, organisation_pattern) -> dict:
    """The settings of ``--reference``, ``--organisation`` and ``--organisation-pattern`` (checked: a Dutch error
    and exit 2 for a value that is not valid)."""
    from ..config import check_organisation, organisation_regex

    extra: dict = {}
    try:
        if reference:
            extra["reference"] = tuple(str(Path(r).resolve()) for r in reference)
        if organisation is not None:
            extra["organisation"] = check_organisation(organisation, " (--organisation)")
        if organisation_pattern is not None:
            organisation_regex(organisation_pattern, " (--organisation-pattern)")
            extra["organisation_pattern"] = organisation_pattern
    except BeleidstaalError as exc:
        fail(str(exc))
    return extra


def warn_organisation(warning: str | None) -> None:
    """A Dutch warning about the organisation setting (``rules.copy_kinds.Organisations.check_indexes``), on standard
    error; the check goes on."""
    if warning:
        err.print(f"[yellow]Let op:[/yellow] {escape(warning)}", soft_wrap=True)
