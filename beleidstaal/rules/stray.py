"""Stray characters (BT901): NUL characters in a text file, usually noise from converting a PDF.

The readers analyse them as spaces (the source is not changed); this rule tells the writer they are there.
"""

from __future__ import annotations

from .registry import Rule, RuleContext, register


def _nul_characters(analysis, ctx: RuleContext):
    document = analysis.document
    first = document.source.find("\x00")
    if first < 0:
        return
    count = document.source.count("\x00")
    start = document.text_offset(first)
    # a NUL in the analysed text is marked itself; one in skipped markup (a link, code) marks nothing
    end = start + 1 if start < len(document.text) and document.source_offset(start) == first else start
    what = "een NUL-teken" if count == 1 else f"{count} NUL-tekens"
    yield NUL.finding(
        start,
        end,
        f"Het bestand bevat {what}: een onzichtbaar teken dat niet in tekst hoort. Vaak komt dat door het "
        "omzetten van een PDF. beleidstaal leest het als een spatie.",
        advice=[
            "Open het bestand in een teksteditor die onzichtbare tekens toont, en haal de NUL-tekens weg."
        ],
        data={"count": count},
    )


NUL = register(
    Rule(
        code="BT901", name="nul-teken", category="bestand", severity="info",
        summary="onzichtbare NUL-tekens in een tekstbestand (beleidstaal leest ze als spatie)", scope="document",
        title="NUL-teken in het bestand",
        what="Meldt NUL-tekens in een tekstbestand. beleidstaal leest ze als spaties en controleert de rest.",
        why="Een NUL-teken is onzichtbaar, maar programma's die de tekst voorlezen, zoeken of omzetten kunnen erop "
        "vastlopen. Meestal is het een restje van het omzetten van een bestand.",
        bad=["(een tekst met een onzichtbaar NUL-teken in een webadres)"],
        good=["Dezelfde tekst zonder het NUL-teken."],
        check=_nul_characters,
    )
)  # fmt: skip
