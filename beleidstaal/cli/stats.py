"""``beleidstaal stats``: readability figures and the estimated language level."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console

from ..errors import BeleidstaalError
from .common import Format, app, err, exclusion, fail, format_option


def percent(share: float, digits: int = 0) -> str:
    """0.153 → '15%' (or '15,3%' with one digit): Dutch, as in the HTML report."""
    from ..numbers import decimal

    return f"{decimal(share * 100, digits)}%"


@app.command()
def stats(
    paths: list[str] = typer.Argument(None, metavar="BESTAND", help="Bestanden of mappen om te meten; '-' leest van standaardinvoer."),
    format: str = format_option("text (tabel) of json."),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="Naam voor tekst van standaardinvoer (bepaalt .md of .txt)."),
    paragraphs: bool = typer.Option(True, "--paragraphs/--no-paragraphs", help="Toon ook de cijfers per alinea."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    exclude: list[str] | None = typer.Option(None, "--exclude", help="Sla bestanden of mappen over die bij dit patroon passen, zoals 'concepten/' of '*.oud.md' (naast 'exclude' in de instellingen)."),
    force_exclude: bool = typer.Option(False, "--force-exclude", help="Sla ook losse bestanden over die onder 'exclude' vallen."),
) -> None:  # fmt: skip
    """Toon leesbaarheidscijfers en het geschatte taalniveau (A2, B1, B2, C1) per tekst en per alinea."""
    from ..discovery import expand_paths
    from ..model import load_model
    from ..numbers import decimal, dutch_number
    from ..stats import SKIPPED_KINDS, stats_for_path

    if not paths:
        fail("Geef een of meer bestanden of mappen om te meten.")
    files, problems = expand_paths(paths, exclusion(None, exclude, {}, {}), force_exclude=force_exclude)
    try:
        load_model(model)
    except BeleidstaalError as exc:
        fail(str(exc))
    results, errors = [], [{"path": p, "error": msg} for p, msg in problems]
    for path in files:
        try:
            if path == "-":
                from ..nlp import get_analyser
                from ..readers import kind_for, read_bytes
                from ..stats import analysis_stats

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
        from rich import box
        from rich.table import Table

        out = Console(highlight=False)
        for r in results:
            d = r.document
            table = Table(title=f"{r.path}: taalniveau {d.level} (indicatie)", show_header=True)
            table.add_column("Meting")
            table.add_column("Waarde", justify="right")
            table.add_column("Niveau", justify="center")
            rows = [
                ("Woorden", dutch_number(d.words), ""),
                ("Zinnen", dutch_number(d.sentences), ""),
                ("Gemiddelde zinslengte", decimal(d.mean_sentence_length), "mean_sentence_length"),
                ("Flesch-Douma", dutch_number(d.flesch_douma), "flesch_douma"),
                ("Moeilijke woorden (buiten B1)", percent(d.rare_share, 1), "rare_share"),
                ("Zelfstandig gemaakte werkwoorden per 100 zinnen", dutch_number(d.nominalisations_per_100),
                 "nominalisations_per_100"),
                ("Lijdende vorm per 100 zinnen", dutch_number(d.passives_per_100), "passives_per_100"),
            ]  # fmt: skip
            levels = ("A2", "B1", "B2", "C1")
            for label, value, key in rows:
                table.add_row(label, value, levels[d.scores[key]] if key else "")
            table.add_row("[bold]Taalniveau[/bold]", decimal(d.level_score), f"[bold]{d.level}[/bold]")
            out.print(table)
            if paragraphs and r.paragraphs:
                pt = Table(
                    title="Per alinea", show_header=True, box=box.SIMPLE_HEAD, pad_edge=False
                )  # fits 80 columns
                for col in ("Regel", "Begin", "Woorden", "Zinslengte", "Douma", "Moeilijk", "Niveau"):
                    if col == "Begin":  # the one column that gives way on a narrow terminal
                        pt.add_column(col, no_wrap=True, max_width=20, overflow="ellipsis")
                    else:
                        pt.add_column(col, justify="right", no_wrap=True, min_width=len(col))
                for p in r.paragraphs:
                    f = p.figures
                    if not f.words or p.kind in SKIPPED_KINDS:
                        continue
                    pt.add_row(str(p.line), p.first_words[:40], dutch_number(f.words), decimal(f.mean_sentence_length),
                               dutch_number(f.flesch_douma), percent(f.rare_share), f.level)  # fmt: skip
                out.print(pt)
            out.print("Hoe het taalniveau wordt geschat: beleidstaal explain leesbaarheid")
        for e in errors:
            err.print(f"[red]Fout:[/red] {e['path']}: {e['error']}")
    if errors:
        raise typer.Exit(2)
