"""Text in another language (BT902): the Dutch rules say nothing useful about an English paragraph.

The other rules run as usual; afterwards ``fold_foreign`` takes their findings inside paragraphs in another language
out (see ``beleidstaal.language.foreign``), and says once per document which part it did not check. When most of
the document is in another language, the document-level figures (shares of passive or long sentences) go too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Hit
from .registry import Rule, RuleContext, register, rule_enabled

if TYPE_CHECKING:
    from ..nlp import Analysis

#: rules whose findings stay in foreign text: they are about the file or where a passage comes from
KEPT = {"BT801", "BT802", "BT107", "BT901"}
#: a document with at least this share of its words in English is written in English on purpose (a README or a
#: setup guide for developers): it gets no notice. Editors judged the notice on five such files not worth the
#: writer's time (bench/quality/real dev2, 0 of 5); an English paragraph in a Dutch text still gets it. Headings and
#: short lines without function words do not count as English, so an English file measures 0.8-1.0 (dev2: 0.83-0.99)
ENGLISH_DOCUMENT_SHARE = 0.8


def fold_foreign(analysis: Analysis, findings: list[Hit], ctx: RuleContext) -> list[Hit]:
    from ..language.foreign import foreign_paragraphs  # here, not at the top: explain stays fast

    foreign = foreign_paragraphs(analysis)
    if not foreign.spans:
        return findings
    mostly_foreign = foreign.share >= 0.5
    kept = []
    for f in findings:
        if f.rule in KEPT:
            kept.append(f)
        elif foreign.holds(f.start, f.end):
            continue
        elif mostly_foreign and f.data and f.data.get("share") is not None:
            continue  # a share of the sentences in a text that is mostly not Dutch means nothing
        else:
            kept.append(f)
    if rule_enabled(FOREIGN, ctx.config) and foreign.share < ENGLISH_DOCUMENT_SHARE:
        start, end = foreign.spans[0]
        n = len(foreign.spans)
        what = "Deze alinea is" if n == 1 else f"{n} alinea's ({foreign.words} woorden) zijn"
        kept.append(
            FOREIGN.finding(
                start, end,
                f"{what} niet in het Nederlands geschreven, maar in het Engels. beleidstaal controleert alleen "
                "Nederlandse tekst en heeft deze tekst overgeslagen.",
                advice=["Is de tekst voor Nederlandse lezers? Schrijf hem dan in het Nederlands."],
                data={"paragraphs": n, "words": foreign.words},
            )
        )  # fmt: skip
    return kept


FOREIGN = register(
    Rule(
        code="BT902", name="andere-taal", category="bestand", severity="info",
        # only when asked for: on every judged sheet 0 of 9 notices were right (a cited English title, OCR garbage,
        # an English contributor guide); the English paragraphs still get no Dutch findings (seventh round)
        opt_in=True,
        summary="tekst in een andere taal dan het Nederlands, die beleidstaal niet controleert", scope="document",
        title="Tekst in een andere taal",
        what="Meldt alinea's in het Engels in een Nederlandse tekst. beleidstaal controleert ze niet: de regels zijn "
        "voor Nederlands. Een tekst die (bijna) helemaal Engels is, is met opzet in het Engels geschreven, zoals "
        "een README voor ontwikkelaars: die krijgt geen melding, en ook geen andere meldingen. Deze melding komt "
        "alleen als u erom vraagt (select); de Engelse alinea's krijgen ook zonder haar geen meldingen.",
        why="Een Nederlandse lezer heeft niets aan Engelse tekst. En de Nederlandse regels zouden in Engelse tekst "
        "verkeerde dingen melden.",
        bad=["Deze handleiding is voor medewerkers van de gemeente.\n\nThis guide explains how you can use the "
             "register and what you should do when a rule changes."],
        good=["Deze handleiding legt uit hoe u het register gebruikt en wat u doet als een regel verandert."],
        check=None,
    )
)  # fmt: skip
