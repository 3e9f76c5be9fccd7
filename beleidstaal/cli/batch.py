"""``beleidstaal batch`` and ``batch report``: whole archives on a Dask cluster."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from ..errors import BeleidstaalError
from ..numbers import dutch_number
from .common import app, build_config, err, fail
from .dutch import DutchGroup, DutchTyper


class _BatchGroup(DutchGroup):
    """``beleidstaal batch SOURCE...`` means ``beleidstaal batch run SOURCE...``; ``batch report`` is the report."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


batch_app = DutchTyper(
    cls=_BatchGroup,
    help="Controleer een heel archief op een Dask-cluster en maak er een rapport van. "
    "Gebruik: beleidstaal batch BRON... --output MAP, daarna beleidstaal batch report MAP -o rapport.html.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


@batch_app.command("run")
def batch_run(
    sources: list[str] = typer.Argument(None, metavar="BRON", help="Mappen, patronen (docs/**/*.md) of Parquet-/JSONL-bestanden met een document per rij."),
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
        from ..batch import run_batch
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
    failed = _failed_documents(output) if result.errors else []
    for path, message in failed[:MAX_LISTED]:
        err.print(f"[red]Fout:[/red] {path}: {message}")
    if len(failed) > MAX_LISTED:
        err.print(
            f"… en nog {len(failed) - MAX_LISTED} documenten met een fout (kolom 'error' in documents/)."
        )
    out = Console(highlight=False)
    out.print(
        f"Klaar in {dutch_number(result.seconds)} s: {dutch_number(result.checked)} documenten gecontroleerd "
        f"({dutch_number(result.words)} woorden), "
        f"{result.skipped} overgeslagen (al klaar), {result.errors} met een fout."
    )
    if not no_copies:
        out.print(f"{result.copies} gekopieerde stukken, {result.phrases} vaste zinsdelen.")
    out.print(f"Uitvoer: {result.output}. Rapport maken: beleidstaal batch report {output} -o rapport.html")
    if (
        result.problems or result.failed_partitions or result.errors
    ):  # as 'check': a document that failed is 2
        raise typer.Exit(2)


#: documents with an error listed on standard error after a batch run; the rest are in the documents table
MAX_LISTED = 20


def _failed_documents(output: Path) -> list[tuple[str, str]]:
    from ..batch import store

    table = store.read_table(Path(output), store.DOCUMENTS, columns=["path", "error"])
    if table is None:
        return []
    rows = table.to_pydict()
    return sorted((p, e) for p, e in zip(rows.get("path", []), rows.get("error", []), strict=False) if e)


@batch_app.command("report")
def batch_report(
    folder: Path = typer.Argument(..., metavar="MAP", help="De map met de uitvoer van 'beleidstaal batch'."),
    output: Path = typer.Option(Path("rapport.html"), "--output", "-o", help="Het HTML-bestand dat wordt gemaakt."),
) -> None:  # fmt: skip
    """Maak één HTML-pagina met grafieken over een batch-run (werkt zonder internet)."""
    try:
        from ..batch.report import build_report
    except ImportError:
        fail("Voor het rapport is pyarrow nodig. Installeer het met: pip install 'beleidstaal[batch]'")
    try:
        target = build_report(folder, output)
    except BeleidstaalError as exc:
        fail(str(exc))
    Console(highlight=False).print(f"Rapport geschreven: {target}")
