"""The command line: ``beleidstaal check``, ``rules``, ``explain``, ``info`` and the other front ends.

All help texts and messages are Dutch (B1). Every command calls the core; none analyses text itself.
Exit codes: 0 = geen meldingen op of boven het faalniveau, 1 = wel meldingen, 2 = fout in invoer of gebruik.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
import typer.rich_utils as typer_help
from rich.console import Console
from rich.markup import escape

from . import __version__
from .config import Config, config_for, load_config_file
from .errors import BeleidstaalError
from .findings import SEVERITY_RANK

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


@app.command()
def check(
    paths: list[str] = typer.Argument(None, help="Bestanden of mappen om te controleren; '-' leest van standaardinvoer."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Uitvoer: text, json, sarif, github of html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Schrijf de uitvoer naar dit bestand."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, begin van een code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    min_severity: Severity | None = typer.Option(None, "--min-severity", help="Toon alleen meldingen van dit niveau of hoger."),
    fail_level: Severity | None = typer.Option(None, "--fail-level", help="Vanaf dit niveau is de uitkomst 'fout' (code 1). Standaard: warning."),
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
    from .core import FileResult, check_document
    from .discovery import expand_paths
    from .readers import kind_for, read_bytes

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
        from .model import ensure_model

        ensure_model(base.model)  # loaded only when a file is not in the result cache
        if (
            base.reference
        ):  # a missing or broken reference index is one clear error, before any file is checked
            from .index.reference import references_for

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
            from .core import unexpected_error

            results.append(FileResult(path=path, error=unexpected_error(exc)))
    if fix or diff:
        from .fix import run_fixes

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

    from .core import check_path_detached

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
        from .core import cached_result, process_cache

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
        from .model import load_model

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
    """Write the results in the chosen format to the output file (atomically) or standard output."""
    if format == Format.text:
        if output:
            console = Console(
                file=None, record=True, force_terminal=False, width=200, highlight=False, emoji=False
            )
            with console.capture():
                from .outputs.text import render

                render(results, console)
            write_output(output, console.export_text())
        else:
            from .outputs.text import render

            render(results, Console(highlight=False, soft_wrap=True, emoji=False))  # "x.md:100:5" is no emoji
        return
    if format == Format.json:
        from .outputs.json import render as render_json

        text = render_json(results)
    else:
        try:
            import importlib

            module = importlib.import_module(f".outputs.{format.value}", __package__)
        except ModuleNotFoundError:
            fail(f"De uitvoervorm '{format.value}' is nog niet beschikbaar. Kies text of json.")
        text = module.render(results, config)
    if output:
        write_output(output, text)
    else:
        sys.stdout.write(text)


def write_output(path: Path, text: str) -> None:
    from .fileio import atomic_write_text

    try:
        atomic_write_text(path, text)
    except OSError as exc:
        fail(f"Kan '{path}' niet schrijven: {exc.strerror or exc}.")


@app.command()
def rules(
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text of json."),
) -> None:
    """Toon alle regels: code, naam, categorie, niveau en wat ze vinden."""
    from rich.table import Table

    from .rules.registry import all_rules

    all_ = all_rules()
    if format == Format.json:
        data = [
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "title": r.title,
             "what": r.what, "opt_in": r.opt_in}
            for r in all_
        ]  # fmt: skip
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title="Regels van beleidstaal", show_lines=False)
    for col in ("Code", "Naam", "Categorie", "Niveau", "Wat het vindt"):
        table.add_column(col)
    for r in all_:
        what = r.what + (f"\n[dim]{r.extra().splitlines()[0]}[/dim]" if r.extra else "")
        table.add_row(r.code, r.name, r.category, r.severity, what)
    Console(highlight=False).print(table)
    Console(highlight=False).print("Meer uitleg over een regel: beleidstaal explain CODE")


@app.command()
def explain(code: str = typer.Argument(..., help="De code (BT101) of naam (jargon) van een regel.")) -> None:
    """Leg een regel uit: wat hij vindt, waarom dat lastig is voor de lezer, en een voorbeeld."""
    from .rules.registry import all_rules, get_rule

    rule = get_rule(code)
    if rule is None:
        codes = ", ".join(r.code for r in all_rules())
        fail(f"Er is geen regel '{code}'. Bestaande regels: {codes}.")
    out = Console(highlight=False)
    out.print(
        f"[bold]{rule.code} {rule.name}[/bold] — {rule.title} (categorie: {rule.category}, niveau: {rule.severity})"
    )
    out.print()
    out.print("[bold]Wat het doet[/bold]")
    out.print(rule.what)
    out.print()
    out.print("[bold]Waarom is dit lastig voor de lezer?[/bold]")
    out.print(rule.why)
    out.print()
    out.print("[bold]Voorbeeld[/bold]")
    for b in rule.bad:
        out.print(f"  {b}")
    out.print()
    out.print("[bold]Beter[/bold]")
    for g in rule.good:
        out.print(f"  {g}")
    if rule.extra:
        out.print()
        out.print(rule.extra())


@app.command()
def info(format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text of json.")) -> None:
    """Toon de versie van beleidstaal en het taalmodel dat het gebruikt."""
    from .model import model_info

    cfg = build_config(None, ".")
    data = {"version": __version__, "model": model_info(cfg.model), "config": cfg.source}
    if format == Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False)
    out.print(f"beleidstaal {__version__}")
    m = data["model"]
    out.print(f"Taalmodel: {m['name']} {m['version'] or ''} ({m['path']})")
    out.print(f"Instellingen: {cfg.source or 'standaard (geen instellingenbestand gevonden)'}")


@app.command()
def annotate(
    path: Path = typer.Argument(..., help="Het Word-bestand (.docx) om te controleren."),
    output: Path | None = typer.Option(None, "--output", "-o", help="De kopie met opmerkingen. Standaard: NAAM-met-opmerkingen.docx."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
) -> None:  # fmt: skip
    """Maak een kopie van een Word-bestand met een opmerking bij elke melding. Het origineel blijft zoals het is."""
    from .core import check_document
    from .fileio import atomic_write_bytes
    from .outputs.docx_comments import annotate_docx
    from .readers import read_path

    if path.suffix.lower() != ".docx":
        fail(
            "annotate werkt alleen met Word-bestanden (.docx). Gebruik 'beleidstaal check' voor andere bestanden."
        )
    target = output or path.with_name(f"{path.stem}-met-opmerkingen.docx")
    if target.suffix.lower() != ".docx":
        fail("Geef de kopie een naam die eindigt op .docx.")
    try:
        if target.resolve() == path.resolve():
            fail("De kopie mag niet dezelfde naam hebben als het origineel. Kies een andere naam met -o.")
    except OSError:
        pass
    config = build_config(config_path, str(path), select=select, ignore=ignore, model=model)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        fail("Dit bestand bestaat niet. Controleer de naam en de map.")
    except OSError as exc:
        fail(f"Het bestand kan niet worden gelezen ({exc.strerror or exc}).")
    try:
        document = read_path(path)
        result = check_document(document, config)
        copy, added = annotate_docx(data, result.findings)
        atomic_write_bytes(target, copy)
    except BeleidstaalError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"Kan '{target}' niet schrijven: {exc.strerror or exc}.")
    except Exception as exc:  # never a traceback; the original is untouched
        from .core import unexpected_error

        fail(unexpected_error(exc))
    word = "opmerking" if added == 1 else "opmerkingen"
    err.print(f"{added} {word} toegevoegd. De kopie staat in: {target}")


@app.command()
def lsp(
    tcp: str | None = typer.Option(None, "--tcp", help="Luister op HOST:POORT (bijvoorbeeld 127.0.0.1:2087) in plaats van via standaardinvoer en -uitvoer."),
    stdio: bool = typer.Option(False, "--stdio", help="Praat via standaardinvoer en -uitvoer (dat is al de standaard)."),
    debounce_ms: int | None = typer.Option(None, "--debounce-ms", min=0, max=10000, help="Wacht zo veel milliseconden na het typen voordat beleidstaal de tekst controleert. Standaard: 300."),
) -> None:  # fmt: skip
    """Start de taalserver (LSP) voor editors zoals VS Code, Neovim, Helix en Emacs."""
    from .lsp import ServerOptions, serve

    address = None
    if tcp is not None:
        host, _, port = tcp.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            fail("Geef --tcp als HOST:POORT, bijvoorbeeld 127.0.0.1:2087.")
        address = (host.strip("[]"), int(port))
    serve(address, ServerOptions(debounce_ms=debounce_ms, max_document_kb=None))


@app.command()
def web(
    host: str = typer.Option("127.0.0.1", "--host", help="Het adres waarop de server luistert. Standaard alleen deze computer."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="De poort."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Open de browser niet vanzelf."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    root_path: str = typer.Option("", "--root-path", help="Het pad achter een reverse proxy, bijvoorbeeld /beleidstaal."),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, max=200, help="Grootste bestand in MB."),
) -> None:  # fmt: skip
    """Start een webpagina om teksten te controleren in de browser, zonder terminal. Met een API voor andere programma's."""
    import socket
    import threading
    import webbrowser

    import uvicorn

    from .web import create_app

    try:  # a taken port or an unknown address: say so before the model is loaded
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError:
        fail(
            f"beleidstaal kan niet luisteren op {host}:{port}. Is de poort al in gebruik? Kies een andere met --port, of controleer het adres bij --host."
        )
    config = build_config(config_path, None, model=model)
    try:
        app_ = create_app(
            config, max_upload=max_upload_mb * 1024 * 1024, preload=True
        )  # loads the model once
    except BeleidstaalError as exc:
        fail(str(exc))
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{port}{root_path.rstrip('/')}/"
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]Let op:[/yellow] de server luistert op {host}, dus andere computers in het netwerk kunnen hem "
            "bereiken. Er is geen wachtwoord en geen versleuteling. Zet hem achter de reverse proxy van uw organisatie "
            "(zie docs/web.md) of gebruik --host 127.0.0.1."
        )
    print(f"beleidstaal web draait op {url}", flush=True)
    print("Stop de server met Ctrl+C.", flush=True)
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(
        app_, host=host, port=port, root_path=root_path.rstrip("/"), log_level="warning", server_header=False
    )


from typer.core import TyperGroup as _TyperGroup  # noqa: E402


class _BatchGroup(_TyperGroup):
    """``beleidstaal batch SOURCE...`` means ``beleidstaal batch run SOURCE...``; ``batch report`` is the report."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


batch_app = typer.Typer(
    cls=_BatchGroup,
    help="Controleer een heel archief op een Dask-cluster en maak er een rapport van. "
    "Gebruik: beleidstaal batch BRON... --output MAP, daarna beleidstaal batch report MAP -o rapport.html.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(batch_app, name="batch")


@batch_app.command("run")
def batch_run(
    sources: list[str] = typer.Argument(None, help="Mappen, patronen (docs/**/*.md) of Parquet-/JSONL-bestanden met een document per rij."),
    output: Path | None = typer.Option(None, "--output", "-o", help="De map voor de uitvoer (Parquet). Een tweede run slaat wat klaar is over."),
    workers: int | None = typer.Option(None, "--workers", "-w", min=1, help="Aantal rekenprocessen op deze computer. Standaard: een per processorkern."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Gebruik een bestaand Dask-cluster, bijvoorbeeld tcp://host:8786."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, begin van een code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    no_copies: bool = typer.Option(False, "--no-copies", help="Zoek niet naar gekopieerde stukken en vaste zinsdelen."),
) -> None:  # fmt: skip
    """Controleer alle documenten van een archief en schrijf de uitkomst als Parquet-tabellen."""
    try:
        from .batch import run_batch
    except ImportError:
        fail(
            "Voor 'beleidstaal batch' zijn dask en pyarrow nodig. Installeer ze met: pip install 'beleidstaal[batch]'"
        )
    if not sources:
        fail(
            "Geef een of meer bronnen: een map, een patroon zoals 'archief/**/*.md', of een Parquet- of JSONL-bestand."
        )
    if output is None:
        fail("Geef met --output de map waarin de uitkomst komt, bijvoorbeeld: --output uitvoer/")
    if workers and scheduler:
        fail("Kies --workers (op deze computer) of --scheduler (een bestaand cluster), niet allebei.")
    config = build_config(config_path, sources[0], select=select, ignore=ignore, model=model)
    progress_bar = None
    task = None

    def progress(kind: str, data: dict) -> None:
        nonlocal progress_bar, task
        if kind == "start":
            where = f"cluster {scheduler}" if scheduler else "deze computer"
            err.print(
                f"{data['workers']} rekenprocessen op {where}; {data['partitions']} groepen documenten."
            )
            err.print(
                f"Dask-dashboard: {data['dashboard'] or 'niet beschikbaar (installeer bokeh om het te zien)'}"
            )
            if err.is_terminal and data["partitions"]:
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeRemainingColumn,
                )

                progress_bar = Progress(TextColumn("Controleren"), BarColumn(), MofNCompleteColumn(),
                                        TimeRemainingColumn(), console=err)  # fmt: skip
                progress_bar.start()
                task = progress_bar.add_task("batch", total=data["partitions"])
        elif kind in ("partition", "failed"):
            if kind == "failed":
                err.print(f"[red]Groep {data['partition']} mislukt:[/red] {data['error']}")
            if progress_bar is not None:
                progress_bar.advance(task)
        elif kind == "phase":
            if progress_bar is not None:
                progress_bar.stop()
                progress_bar = None
            err.print("Gekopieerde stukken en vaste zinsdelen zoeken…")

    try:
        result = run_batch(sources, output, config=config, workers=workers, scheduler=scheduler,
                           progress=progress, copies=not no_copies)  # fmt: skip
    except BeleidstaalError as exc:
        fail(str(exc))
    finally:
        if progress_bar is not None:
            progress_bar.stop()
    for source, message in result.problems:
        err.print(f"[red]Fout:[/red] {source}: {message}")
    out = Console(highlight=False)
    out.print(
        f"Klaar in {result.seconds:.0f} s: {result.checked} documenten gecontroleerd ({result.words} woorden), "
        f"{result.skipped} overgeslagen (al klaar), {result.errors} met een fout."
    )
    if not no_copies:
        out.print(f"{result.copies} gekopieerde stukken, {result.phrases} vaste zinsdelen.")
    out.print(f"Uitvoer: {result.output}. Rapport maken: beleidstaal batch report {output} -o rapport.html")
    if result.problems or result.failed_partitions:
        raise typer.Exit(2)


@batch_app.command("report")
def batch_report(
    folder: Path = typer.Argument(..., help="De map met de uitvoer van 'beleidstaal batch'."),
    output: Path = typer.Option(Path("rapport.html"), "--output", "-o", help="Het HTML-bestand dat wordt gemaakt."),
) -> None:  # fmt: skip
    """Maak één HTML-pagina met grafieken over een batch-run (werkt zonder internet)."""
    try:
        from .batch.report import build_report
    except ImportError:
        fail("Voor het rapport is pyarrow nodig. Installeer het met: pip install 'beleidstaal[batch]'")
    try:
        target = build_report(folder, output)
    except BeleidstaalError as exc:
        fail(str(exc))
    Console(highlight=False).print(f"Rapport geschreven: {target}")


index_app = typer.Typer(
    help="Referentieverzameling: documenten waarmee 'check --reference' gekopieerde tekst en standaardzinnen vindt.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _index_progress():
    """Every 500 files a line on standard error (only on a terminal), so a long build shows it is working."""
    if not err.is_terminal:
        return None
    count = [0]

    def tick(_path: str) -> None:
        count[0] += 1
        if count[0] % 500 == 0:
            err.print(f"{count[0]} bestanden gelezen …")

    return tick


def _update_summary(report) -> str:
    text = (
        f"{report.added} nieuw, {report.changed} gewijzigd, {report.unchanged} ongewijzigd, "
        f"{report.removed} verwijderd"
    )
    return text + (f", {len(report.failed)} niet te lezen" if report.failed else "") + "."


@index_app.command("build")
def index_build(
    folders: list[str] = typer.Argument(..., help="Mappen (of bestanden) met de documenten voor de verzameling."),
    output: Path = typer.Option(..., "--output", "-o", help="Het indexbestand dat wordt gemaakt (SQLite)."),
) -> None:  # fmt: skip
    """Maak een referentie-index van alle documenten in de mappen (.md, .txt, .docx)."""
    import sqlite3

    from .index import build_index, is_index_file

    for f in folders:
        if not Path(f).exists():
            fail(f"De map '{f}' bestaat niet. Controleer de naam.")
    if output.is_dir():
        fail(f"'{output}' is een map. Geef een bestandsnaam, bijvoorbeeld referentie.sqlite.")
    if not output.resolve().parent.is_dir():
        fail(f"De map waarin '{output}' moet komen, bestaat niet. Maak die map eerst.")
    if output.exists() and not is_index_file(output):
        fail(
            f"'{output}' bestaat al en is geen referentie-index. Kies een andere naam; beleidstaal overschrijft het niet."
        )
    try:
        report = build_index(folders, output, progress=_index_progress())
    except BeleidstaalError as exc:
        fail(f"De index kan niet worden gemaakt: {exc}")
    except (OSError, sqlite3.Error) as exc:
        why = getattr(exc, "strerror", None) or exc
        fail(f"De index kan niet worden geschreven ({why}). Controleer de map en de schijfruimte.")
    for path, why in report.failed:
        err.print(f"[yellow]Overgeslagen:[/yellow] {path}: {why}")
    from .index import ReferenceIndex

    index = ReferenceIndex.open(output)
    data = index.info()
    index.close()
    print(f"Index gemaakt: {output} ({data['documents']} documenten, {data['words']} woorden, "
          f"{data['phrases']} standaardzinnen).")  # fmt: skip
    if not data["documents"]:
        fail("Er staan geen leesbare documenten in deze mappen.")


@index_app.command("add")
def index_add(
    index_path: Path = typer.Argument(..., help="Het indexbestand."),
    folders: list[str] = typer.Argument(None, help="Mappen om toe te voegen of bij te werken. Zonder mappen: de mappen die al in de index staan."),
) -> None:  # fmt: skip
    """Werk een index bij: nieuwe en gewijzigde bestanden opnieuw, verdwenen bestanden eruit."""
    from .index import ReferenceIndex

    try:
        index = ReferenceIndex.open(index_path, writable=True)
        folders = folders or index.roots
        for f in folders:
            if not Path(f).exists() and f not in index.roots:
                fail(f"De map '{f}' bestaat niet. Controleer de naam.")
        report = index.update(folders, progress=_index_progress())
        index.close()
    except BeleidstaalError as exc:
        fail(str(exc))
    for path, why in report.failed:
        err.print(f"[yellow]Overgeslagen:[/yellow] {path}: {why}")
    print(f"Index bijgewerkt: {_update_summary(report)}")


@index_app.command("info")
def index_info(
    index_path: Path = typer.Argument(..., help="Het indexbestand."),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text of json."),
) -> None:  # fmt: skip
    """Toon wat er in een index staat."""
    from .index import ReferenceIndex

    try:
        index = ReferenceIndex.open(index_path)
        data = index.info()
        index.close()
    except BeleidstaalError as exc:
        fail(str(exc))
    if format == Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False)
    size = f"{data['bytes'] / 1e6:.1f} MB" if data["bytes"] else "onbekend"
    out.print(f"Index: {data['path']} ({size})")
    out.print(
        f"Documenten: {data['documents']}, woorden: {data['words']}, vingerafdrukken: {data['fingerprints']}"
    )
    out.print(f"Standaardzinnen: {data['phrases']} (in minstens {data['phrase_min_docs']} documenten)")
    out.print(f"Mappen: {', '.join(data['roots']) or '-'}")
    out.print(f"Gemaakt: {data['created']}, bijgewerkt: {data['updated']}")


@index_app.command("phrases")
def index_phrases(
    path: Path = typer.Argument(..., help="Een indexbestand, of een map met documenten."),
    min_docs: int | None = typer.Option(None, "--min-docs", min=2, help="Alleen zinnen die in minstens zoveel documenten staan. Standaard: 20% van de documenten (minstens 3)."),
    top: int = typer.Option(20, "--top", min=1, help="Toon zoveel zinnen."),
    min_words: int = typer.Option(4, "--min-words", min=4, max=12, help="Alleen zinnen van minstens zoveel woorden (4 tot 12)."),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text of json."),
) -> None:  # fmt: skip
    """Toon de standaardzinnen: zinsdelen van 4 tot 12 woorden die in veel verschillende documenten staan."""
    from .index.phrases import distinct
    from .index.reference import open_reference
    from .index.store import default_phrase_min_docs

    try:
        index = open_reference(path)
        total = index.document_count
        found = index.mine_phrases(min_docs or default_phrase_min_docs(total))
    except BeleidstaalError as exc:
        fail(str(exc))
    found = distinct([p for p in found if p.words >= min_words], top)
    if format == Format.json:
        data = {"documents": total, "phrases": [p.to_dict() for p in found]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"Standaardzinnen in {total} documenten", show_lines=False)
    table.add_column("Documenten", justify="right")
    table.add_column("Woorden", justify="right")
    table.add_column("Zinsdeel")
    for p in found:
        table.add_row(f"{'~' if p.estimated else ''}{p.docs}", str(p.words), p.text)
    Console(highlight=False).print(table)
    if not found:
        print("Geen zinsdelen gevonden die vaak genoeg voorkomen. Probeer een lagere --min-docs.")


app.add_typer(index_app, name="index")


@app.command("config")
def show_config(
    path: Path = typer.Argument(Path("."), help="Het bestand (of de map) waarvoor u de instellingen wilt zien."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text of json."),
) -> None:  # fmt: skip
    """Toon de instellingen die gelden voor een bestand: uit welk bestand ze komen en welke uitzonderingen gelden."""
    from dataclasses import fields

    config = build_config(config_path, str(path))
    hidden = {"source", "root", "overrides", "applied"}
    settings = {
        f.name.replace("_", "-"): getattr(config, f.name) for f in fields(config) if f.name not in hidden
    }
    settings["severity"] = dict(config.severity)
    data = {
        "path": str(path),
        "config-file": config.source,
        "overrides-applied": list(config.applied),
        "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in settings.items()},
    }
    if format == Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False)
    out.print(f"Instellingen voor: {path}")
    out.print(f"Instellingenbestand: {config.source or 'geen (standaardinstellingen)'}")
    if config.overrides:
        applied = "; ".join(config.applied) if config.applied else "geen (geen patroon past op dit bestand)"
        out.print(f"Uitzonderingen toegepast: {applied}")
    out.print()
    width = max(len(k) for k in settings)
    for key, value in settings.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} = {v}" for k, v in value.items()) or "-"
        elif isinstance(value, tuple):
            shown = ", ".join(value) or ("alle regels" if key == "select" else "-")
        else:
            shown = "-" if value is None else str(value)
        out.print(f"{key.ljust(width)}  {shown}")


@app.command()
def stats(
    paths: list[str] = typer.Argument(None, help="Bestanden of mappen om te meten; '-' leest van standaardinvoer."),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text (tabel) of json."),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="Naam voor tekst van standaardinvoer (bepaalt .md of .txt)."),
    paragraphs: bool = typer.Option(True, "--paragraphs/--no-paragraphs", help="Toon ook de cijfers per alinea."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
) -> None:  # fmt: skip
    """Toon leesbaarheidscijfers en het geschatte taalniveau (A2, B1, B2, C1) per tekst en per alinea."""
    from .discovery import expand_paths
    from .model import load_model
    from .stats import SKIPPED_KINDS, stats_for_path

    if not paths:
        fail("Geef een of meer bestanden of mappen om te meten.")
    files, problems = expand_paths(paths)
    try:
        load_model(model)
    except BeleidstaalError as exc:
        fail(str(exc))
    results, errors = [], [{"path": p, "error": msg} for p, msg in problems]
    for path in files:
        try:
            if path == "-":
                from .nlp import get_analyser
                from .readers import kind_for, read_bytes
                from .stats import analysis_stats

                name = stdin_filename or "-"
                document = read_bytes(sys.stdin.buffer.read(), kind=kind_for(name) or "text", path=name)
                results.append(analysis_stats(get_analyser(model).analyse(document)))
            else:
                results.append(stats_for_path(path, model=model))
        except BeleidstaalError as exc:
            errors.append({"path": path, "error": str(exc)})
    if format == Format.json:
        data = {"files": [r.to_dict() for r in results], "errors": errors}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from rich.table import Table

        out = Console(highlight=False)
        for r in results:
            d = r.document
            table = Table(title=f"{r.path}: taalniveau {d.level} (indicatie)", show_header=True)
            table.add_column("Meting")
            table.add_column("Waarde", justify="right")
            table.add_column("Niveau", justify="center")
            rows = [
                ("Woorden", str(d.words), ""),
                ("Zinnen", str(d.sentences), ""),
                ("Gemiddelde zinslengte", f"{d.mean_sentence_length:.1f}", "mean_sentence_length"),
                ("Flesch-Douma", f"{d.flesch_douma:.0f}", "flesch_douma"),
                ("Moeilijke woorden (buiten B1)", f"{d.rare_share:.1%}", "rare_share"),
                ("Zelfstandig gemaakte werkwoorden per 100 zinnen", f"{d.nominalisations_per_100:.0f}",
                 "nominalisations_per_100"),
                ("Lijdende vorm per 100 zinnen", f"{d.passives_per_100:.0f}", "passives_per_100"),
            ]  # fmt: skip
            levels = ("A2", "B1", "B2", "C1")
            for label, value, key in rows:
                table.add_row(label, value, levels[d.scores[key]] if key else "")
            table.add_row("[bold]Taalniveau[/bold]", f"{d.level_score:.1f}", f"[bold]{d.level}[/bold]")
            out.print(table)
            if paragraphs and r.paragraphs:
                pt = Table(title="Per alinea", show_header=True)
                for col in ("Regel", "Begin", "Woorden", "Zinslengte", "Douma", "Moeilijk", "Niveau"):
                    if col == "Begin":
                        pt.add_column(col, no_wrap=True, max_width=32, overflow="ellipsis")
                    else:
                        pt.add_column(col, justify="right", no_wrap=True)
                for p in r.paragraphs:
                    f = p.figures
                    if not f.words or p.kind in SKIPPED_KINDS:
                        continue
                    pt.add_row(str(p.line), p.first_words[:40], str(f.words), f"{f.mean_sentence_length:.1f}",
                               f"{f.flesch_douma:.0f}", f"{f.rare_share:.0%}", f.level)  # fmt: skip
                out.print(pt)
            out.print("Hoe het taalniveau wordt geschat: beleidstaal explain leesbaarheid")
        for e in errors:
            err.print(f"[red]Fout:[/red] {e['path']}: {e['error']}")
    if errors:
        raise typer.Exit(2)


def main() -> None:
    try:
        app()
    except BeleidstaalError as exc:  # last line of defence: never a traceback for bad input
        err.print(f"[red]Fout:[/red] {escape(str(exc))}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("Gestopt.")
        sys.exit(130)
