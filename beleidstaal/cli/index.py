"""``beleidstaal index``: the reference collection for finding copied text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from ..errors import BeleidstaalError
from ..numbers import dutch_number
from .common import Format, app, err, fail, format_option
from .dutch import DutchTyper

index_app = DutchTyper(
    help="Referentieverzameling: documenten waarmee 'check --reference' gekopieerde tekst en standaardzinnen vindt.",
    no_args_is_help=True,
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
    folders: list[str] = typer.Argument(..., metavar="MAP", help="Mappen (of bestanden) met de documenten voor de verzameling."),
    output: Path = typer.Option(..., "--output", "-o", help="Het indexbestand dat wordt gemaakt (SQLite)."),
) -> None:  # fmt: skip
    """Maak een referentie-index van alle documenten in de mappen (.md, .txt, .docx)."""
    import sqlite3

    from ..index import build_index, is_index_file

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
    from ..index import ReferenceIndex

    index = ReferenceIndex.open(output)
    data = index.info()
    index.close()
    print(f"Index gemaakt: {output} ({dutch_number(data['documents'])} documenten, {dutch_number(data['words'])} woorden, "
          f"{data['phrases']} standaardzinnen).")  # fmt: skip
    if not data["documents"]:
        fail("Er staan geen leesbare documenten in deze mappen.")


@index_app.command("add")
def index_add(
    index_path: Path = typer.Argument(..., metavar="INDEX", help="Het indexbestand."),
    folders: list[str] = typer.Argument(None, metavar="MAP", help="Mappen om toe te voegen of bij te werken. Zonder mappen: de mappen die al in de index staan."),
) -> None:  # fmt: skip
    """Werk een index bij: nieuwe en gewijzigde bestanden opnieuw, verdwenen bestanden eruit."""
    from ..index import ReferenceIndex

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
    index_path: Path = typer.Argument(..., metavar="INDEX", help="Het indexbestand."),
    format: str = format_option(),
) -> None:  # fmt: skip
    """Toon wat er in een index staat."""
    from ..index import ReferenceIndex

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
    size = f"{dutch_number(data['bytes'] / 1e6, 1)} MB" if data["bytes"] else "onbekend"
    out.print(f"Index: {data['path']} ({size})")
    out.print(
        f"Documenten: {dutch_number(data['documents'])}, woorden: {dutch_number(data['words'])}, "
        f"vingerafdrukken: {dutch_number(data['fingerprints'])}"
    )
    out.print(f"Standaardzinnen: {data['phrases']} (in minstens {data['phrase_min_docs']} documenten)")
    out.print(f"Mappen: {', '.join(data['roots']) or '-'}")
    out.print(f"Gemaakt: {data['created']}, bijgewerkt: {data['updated']}")


@index_app.command("phrases")
def index_phrases(
    path: Path = typer.Argument(..., metavar="INDEX", help="Een indexbestand, of een map met documenten."),
    min_docs: int | None = typer.Option(None, "--min-docs", min=2, help="Alleen zinnen die in minstens zoveel documenten staan. Standaard: 20% van de documenten (minstens 3)."),
    top: int = typer.Option(20, "--top", min=1, help="Toon zoveel zinnen."),
    min_words: int = typer.Option(4, "--min-words", min=4, max=12, help="Alleen zinnen van minstens zoveel woorden (4 tot 12)."),
    format: str = format_option(),
) -> None:  # fmt: skip
    """Toon de standaardzinnen: zinsdelen van 4 tot 12 woorden die in veel verschillende documenten staan."""
    from ..index.phrases import distinct
    from ..index.reference import open_reference
    from ..index.writer import default_phrase_min_docs

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
