"""``beleidstaal check``: check files and print the findings in the chosen format."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from ..config import Config
from ..errors import BeleidstaalError
from ..findings import SEVERITY_RANK
from . import common
from .common import (
    Format,
    app,
    build_config,
    choice_option,
    copy_options,
    err,
    exclusion,
    fail,
    severity_option,
    warn_organisation,
)


@app.command()
def check(
    paths: list[str] = typer.Argument(None, metavar="BESTAND", help="Bestanden of mappen om te controleren; '-' leest van standaardinvoer."),
    format: str = choice_option(Format, "text", "--format", "-f", unknown="Onbekende uitvoervorm", help="Uitvoer: text, json, sarif, github of html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Schrijf de uitvoer naar dit bestand."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, begin van een code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    min_severity: str | None = severity_option("--min-severity", "Toon alleen meldingen van dit niveau of hoger."),
    fail_level: str | None = severity_option("--fail-level", "Vanaf dit niveau is de uitkomst 'fout' (code 1). Standaard: warning."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="Naam voor tekst van standaardinvoer (bepaalt .md of .txt)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Altijd uitkomst 0 bij meldingen (alleen fouten in de invoer geven 2)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Gebruik de opgeslagen uitkomsten van eerdere controles niet."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Aantal bestanden tegelijk (standaard: het aantal processorkernen)."),
    fix: bool = typer.Option(False, "--fix", help="Vervang woorden die veilig te vervangen zijn (zoals 'middels' door 'met') in de bestanden zelf. Word-bestanden blijven zoals ze zijn."),
    diff: bool = typer.Option(False, "--diff", help="Toon de veilige vervangingen als diff, zonder iets te schrijven."),
    reference: list[str] | None = typer.Option(None, "--reference", help="Zoek gekopieerde tekst: een referentie-index (beleidstaal index build) of een map met documenten."),
    organisation: str | None = typer.Option(None, "--organisation", help="Van welke organisatie uw tekst is (naam of code). Tekst uit eigen eerdere documenten is dan geen waarschuwing maar info."),
    organisation_pattern: str | None = typer.Option(None, "--organisation-pattern", help="Waar de organisatie staat in het pad van een document in de referentieverzameling, bijvoorbeeld '{organisatie}/**' (de eerste map)."),
    exclude: list[str] | None = typer.Option(None, "--exclude", help="Sla bestanden of mappen over die bij dit patroon passen, zoals 'concepten/' of '*.oud.md' (naast 'exclude' in de instellingen)."),
    force_exclude: bool = typer.Option(False, "--force-exclude", help="Sla ook losse bestanden over die onder 'exclude' vallen (handig in een pre-commit-hook)."),
) -> None:  # fmt: skip
    """Controleer teksten en toon de meldingen."""
    from ..core import FileResult, check_document, check_paths
    from ..discovery import expand_paths
    from ..readers import kind_for, read_bytes

    if not paths:
        fail("Geef een of meer bestanden of mappen om te controleren, of '-' voor standaardinvoer.")
    options = dict(
        select=select,
        ignore=ignore,
        min_severity=min_severity,
        fail_level=fail_level,
        model=model,
        extra=copy_options(reference, organisation, organisation_pattern),
    )
    built: dict[str, Config] = {}  # the settings per file, made once: for 'exclude' and for the check
    files, problems = expand_paths(
        paths, exclusion(config_path, exclude, options, built), force_exclude=force_exclude
    )
    results: list[FileResult] = [FileResult(path=p, error=msg) for p, msg in problems]
    base = build_config(config_path, paths[0] if paths[0] != "-" else None, **options)
    if not files and not problems:  # every file named falls under 'exclude' (--force-exclude): say so, exit 0
        err.print("Niets gecontroleerd: alle genoemde bestanden vallen onder 'exclude'.", highlight=False)
        emit([], format, output, base)
        return
    try:
        from ..model import ensure_model

        ensure_model(base.model)  # loaded only when a file is not in the result cache
        if base.lexicons:  # an organisation's word list with an error is one clear error, before any file
            from ..lexicon import load_lexicons

            load_lexicons(tuple(str(base.resolve(p)) for p in base.lexicons), base.builtin_lexicons)
        if (
            base.reference
        ):  # a missing or broken reference index is one clear error, before any file is checked
            from ..index.reference import references_for
            from ..rules.copy_kinds import Organisations

            warn_organisation(Organisations(base).check_indexes(references_for(base)))
    except BeleidstaalError as exc:
        fail(str(exc))
    disk_files = [p for p in files if p != "-"]
    # one file, then the process ends: what the check makes is frozen when it is done (``core.freeze_after_check``)
    if common.command_line and len(files) == 1:
        from .. import core

        core.freeze_after_check = True
    configs = {p: built[p] if p in built else build_config(config_path, p, **options) for p in disk_files}
    with _progress(len(disk_files), format == Format.text) as advance:
        done = check_paths(disk_files, configs, jobs=jobs, use_cache=not no_cache, progress=advance,
                           before_work=_load_model)  # fmt: skip
    for path in files:
        if path != "-":
            results.append(done[path])
            continue
        try:
            if path == "-":
                name = stdin_filename or "-"
                config = build_config(config_path, stdin_filename, **options) if stdin_filename else base
                data = sys.stdin.buffer.read()
                document = read_bytes(data, kind=kind_for(name) or "text", path=name)
                results.append(check_document(document, config))
        except BeleidstaalError as exc:
            results.append(FileResult(path=path, error=str(exc)))
        except Exception as exc:  # never a traceback for one bad file; the others are still checked
            from ..core import unexpected_error

            results.append(FileResult(path=path, error=unexpected_error(exc)))
    if fix or diff:
        from dataclasses import replace

        from ..fix import fix_results

        report = fix_results(results, configs, base, write=fix and not diff)
        for kind, text in report.lines:
            if kind == "diff":
                if diff:
                    sys.stdout.write(text)
            else:
                err.print(text, highlight=False)
        again = check_paths(
            report.changed, configs, jobs=jobs, use_cache=not no_cache, before_work=_load_model
        )
        results = [
            replace(r, error=report.errors[r.path]) if r.path in report.errors else again.get(r.path, r)
            for r in results
        ]
        if diff:
            raise typer.Exit(1 if any(report.fixable.values()) else 0)
    emit(results, format, output, base)
    if any(r.error for r in results):
        raise typer.Exit(2)
    limit = SEVERITY_RANK[base.fail_level]
    if not exit_zero and any(SEVERITY_RANK[f.severity] >= limit for r in results for f in r.findings):
        raise typer.Exit(1)


def _load_model(config: Config) -> None:
    """Load the model once, before worker processes are forked; a missing model is one clear error."""
    from ..model import load_model

    try:
        load_model(config.model)
    except BeleidstaalError as exc:
        fail(str(exc))


@contextmanager
def _progress(total: int, show: bool):
    """A progress bar on a terminal for 10 files or more; yields the function that moves it on (or None)."""
    if not (show and total >= 10 and err.is_terminal):
        yield None
        return
    from rich.progress import Progress

    progress = Progress(console=err, transient=True)
    task = progress.add_task("Controleren", total=total)
    progress.start()
    try:
        yield lambda: progress.advance(task)
    finally:
        progress.stop()


def emit(results, format: Format, output: Path | None, config: Config) -> None:
    """Write the results in the chosen format to the output file (atomically) or standard output. Files that
    could not be read are diagnostics: they go to standard error, whatever the format (JSON also holds them).
    Rendered with the collector paused, as a check is (``core.collector_paused``): the findings of a long plan
    are thousands of new dicts, and a full collection among them walks the loaded pipeline and every analysis too
    (measured 0.07-0.09 s of a check of a 24,000-word plan against the archive, issue 24)."""
    import importlib

    from ..core import collector_paused
    from ..outputs.text import errors_text

    for line in errors_text(results):
        err.print(line, highlight=False, soft_wrap=True)

    module = importlib.import_module(f"..outputs.{format.value}", __package__)
    with collector_paused():
        if format == Format.text:
            # colour only on a terminal (and not with NO_COLOR)
            text = module.render(results, config, colour=not output and Console().is_terminal)
        else:
            text = module.render(results, config)
    if output:
        write_output(output, text)
    else:
        sys.stdout.write(text)


def write_output(path: Path, text: str) -> None:
    from ..fileio import atomic_write_text

    try:
        atomic_write_text(path, text)
    except OSError as exc:
        fail(f"Kan '{path}' niet schrijven: {exc.strerror or exc}.")
