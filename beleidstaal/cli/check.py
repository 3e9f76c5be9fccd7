"""``beleidstaal check``: check files and print the findings in the chosen format."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from ..config import Config
from ..errors import BeleidstaalError
from ..findings import SEVERITY_RANK
from .common import Format, Severity, app, build_config, choice, err, fail, metavar


@app.command()
def check(
    paths: list[str] = typer.Argument(None, metavar="BESTAND", help="Bestanden of mappen om te controleren; '-' leest van standaardinvoer."),
    format: str = typer.Option("text", "--format", "-f", metavar=metavar(Format), callback=choice(Format, "Onbekende uitvoervorm"), help="Uitvoer: text, json, sarif, github of html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Schrijf de uitvoer naar dit bestand."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, begin van een code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    min_severity: str | None = typer.Option(None, "--min-severity", metavar=metavar(Severity), callback=choice(Severity, "Onbekend niveau"), help="Toon alleen meldingen van dit niveau of hoger."),
    fail_level: str | None = typer.Option(None, "--fail-level", metavar=metavar(Severity), callback=choice(Severity, "Onbekend niveau"), help="Vanaf dit niveau is de uitkomst 'fout' (code 1). Standaard: warning."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="Naam voor tekst van standaardinvoer (bepaalt .md of .txt)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Altijd uitkomst 0 bij meldingen (alleen fouten in de invoer geven 2)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Gebruik de opgeslagen uitkomsten van eerdere controles niet."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Aantal bestanden tegelijk (standaard: het aantal processorkernen)."),
    fix: bool = typer.Option(False, "--fix", help="Vervang woorden die veilig te vervangen zijn (zoals 'middels' door 'met') in de bestanden zelf. Word-bestanden blijven zoals ze zijn."),
    diff: bool = typer.Option(False, "--diff", help="Toon de veilige vervangingen als diff, zonder iets te schrijven."),
    reference: list[str] | None = typer.Option(None, "--reference", help="Zoek gekopieerde tekst: een referentie-index (beleidstaal index build) of een map met documenten."),
) -> None:  # fmt: skip
    """Controleer teksten en toon de meldingen."""
    from ..core import FileResult, check_document
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
        extra={"reference": tuple(str(Path(r).resolve()) for r in reference)} if reference else None,
    )
    files, problems = expand_paths(paths)
    results: list[FileResult] = [FileResult(path=p, error=msg) for p, msg in problems]
    base = build_config(config_path, paths[0] if paths[0] != "-" else None, **options)
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

            references_for(base)
    except BeleidstaalError as exc:
        fail(str(exc))
    disk_files = [p for p in files if p != "-"]
    configs = {p: build_config(config_path, p, **options) for p in disk_files}
    done = _check_files(
        disk_files, configs, jobs=jobs, use_cache=not no_cache, show_progress=format == Format.text
    )
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
        from ..fix import run_fixes

        results = run_fixes(results, configs, base, write=fix and not diff, show_diff=diff, console=err,
                            recheck=lambda paths: _check_files(paths, configs, jobs=jobs, use_cache=not no_cache, show_progress=False))  # fmt: skip
        if diff:
            raise typer.Exit(1 if any(getattr(r, "fixable", 0) for r in results) else 0)
    emit(results, format, output, base)
    if any(r.error for r in results):
        raise typer.Exit(2)
    limit = SEVERITY_RANK[base.fail_level]
    if not exit_zero and any(SEVERITY_RANK[f.severity] >= limit for r in results for f in r.findings):
        raise typer.Exit(1)


def _check_files(
    files: list[str], configs: dict, *, jobs: int | None, use_cache: bool, show_progress: bool
) -> dict:
    """Check files, in parallel worker processes when there are several; a progress bar on a terminal."""
    import os

    from ..core import check_path_detached

    if not files:
        return {}
    jobs = jobs or os.cpu_count() or 1
    jobs = min(jobs, len(files))
    progress = None
    if show_progress and len(files) >= 10 and err.is_terminal:
        from rich.progress import Progress

        progress = Progress(console=err, transient=True)
        task = progress.add_task("Controleren", total=len(files))
        progress.start()
    done = {}
    if use_cache:
        from ..core import cached_result, process_cache

        cache = process_cache()
        for path in files:
            hit = cached_result(path, configs[path], cache)
            if hit is not None:
                done[path] = hit
                if progress:
                    progress.advance(task)
        files = [p for p in files if p not in done]
        jobs = min(jobs, len(files)) if files else 1
    if files:  # the cache was asked about these already: workers only store their results
        from ..model import load_model

        try:
            load_model(configs[files[0]].model)  # once, before worker processes are forked
        except BeleidstaalError as exc:
            if progress:
                progress.stop()
            fail(str(exc))
    try:
        if jobs <= 1:
            for path in files:
                done[path] = check_path_detached(path, configs[path], use_cache, lookup=False)
                if progress:
                    progress.advance(task)
        else:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
                futures = {
                    path: pool.submit(check_path_detached, path, configs[path], use_cache, False)
                    for path in files
                }
                for path in files:
                    done[path] = futures[path].result()
                    if progress:
                        progress.advance(task)
    finally:
        if progress:
            progress.stop()
    return done


def emit(results, format: Format, output: Path | None, config: Config) -> None:
    """Write the results in the chosen format to the output file (atomically) or standard output. Files that
    could not be read are diagnostics: they go to standard error, whatever the format (JSON also holds them)."""
    from ..outputs.text import errors_text

    for line in errors_text(results):
        err.print(line, highlight=False, soft_wrap=True)
    if format == Format.text:
        if output:
            console = Console(
                file=None, record=True, force_terminal=False, width=200, highlight=False, emoji=False
            )
            with console.capture():
                from ..outputs.text import render

                render(results, console)
            write_output(output, console.export_text())
        else:
            from ..outputs.text import render

            render(results, Console(highlight=False, soft_wrap=True, emoji=False))  # "x.md:100:5" is no emoji
        return
    if format == Format.json:
        from ..outputs.json import render as render_json

        text = render_json(results)
    else:
        try:
            import importlib

            module = importlib.import_module(f"..outputs.{format.value}", __package__)
        except ModuleNotFoundError:
            fail(f"De uitvoervorm '{format.value}' is nog niet beschikbaar. Kies text of json.")
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
