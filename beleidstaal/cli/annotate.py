"""``beleidstaal annotate``: a copy of a Word file with a comment at each finding."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import BeleidstaalError
from .common import app, build_config, err, fail


@app.command()
def annotate(
    path: Path = typer.Argument(..., metavar="BESTAND", help="Het Word-bestand (.docx) om te controleren."),
    output: Path | None = typer.Option(None, "--output", "-o", help="De kopie met opmerkingen. Standaard: NAAM-met-opmerkingen.docx."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    select: list[str] | None = typer.Option(None, "--select", help="Alleen deze regels: code, categorie of naam."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Sla deze regels over: code, categorie of naam."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
) -> None:  # fmt: skip
    """Maak een kopie van een Word-bestand met een opmerking bij elke melding. Het origineel blijft zoals het is."""
    from ..core import check_document
    from ..fileio import atomic_write_bytes
    from ..outputs.docx_comments import annotate_docx
    from ..readers import read_path

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
        copy, added = annotate_docx(data, result.findings, summary=result.summary)
        atomic_write_bytes(target, copy)
    except BeleidstaalError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"Kan '{target}' niet schrijven: {exc.strerror or exc}.")
    except Exception as exc:  # never a traceback; the original is untouched
        from ..core import unexpected_error

        fail(unexpected_error(exc))
    word = "opmerking" if added == 1 else "opmerkingen"
    err.print(f"{added} {word} toegevoegd. De kopie staat in: {target}")
