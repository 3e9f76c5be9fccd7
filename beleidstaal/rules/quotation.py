"""Quoted text (BT702): a law, a definition or a requirement that the writer cites cannot be rewritten.

The other rules run as usual; afterwards ``fold_quoted`` takes their findings inside a block of quoted text (see
``beleidstaal.language.quotation``) out, and puts one info finding per block in their place: the writer may not
change the quotation, but can explain it in plain words. The copy rules (BT801, BT802, BT107) are not folded: they
say where a passage comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Hit
from .registry import Rule, RuleContext, register, rule_enabled

if TYPE_CHECKING:
    from ..nlp import Analysis

#: rules whose findings stay inside quoted text
NOT_FOLDED = {"BT801", "BT802", "BT107"}


def fold_quoted(analysis: Analysis, findings: list[Hit], ctx: RuleContext) -> list[Hit]:
    """The hits with those inside quoted text replaced by one BT702 hit per block (when BT702 is on)."""
    from ..language.quotation import QuotedText, quoted_blocks  # here, not at the top: explain stays fast

    blocks = QuotedText(quoted_blocks(analysis.document))
    if not blocks.blocks:
        return findings
    kept: list[Hit] = []
    folded: dict = {}
    for f in findings:
        block = None if f.rule in NOT_FOLDED else blocks.block_of(f.start, f.end)
        if block is None:
            kept.append(f)
        else:
            folded.setdefault(block, []).append(f)
    if not rule_enabled(QUOTED, ctx.config):
        return kept
    for block, inside in folded.items():
        start, end = _first_sentence(analysis, block.start, block.end)
        kept.append(
            QUOTED.finding(
                start, end,
                "Dit is aangehaalde tekst (een wettekst, definitie of citaat). Die is moeilijk: beleidstaal vond "
                f"er {_count(len(inside))} in. Maar u mag hem niet herschrijven.",
                advice=["Leg vlak voor of na het citaat in gewone woorden uit wat er staat en wat het voor de "
                        "lezer betekent."],
                data={"kind": block.kind, "folded": sorted({f.rule for f in inside}), "count": len(inside)},
            )
        )  # fmt: skip
    return kept


def _count(n: int) -> str:
    return "één moeilijke plek" if n == 1 else f"{n} moeilijke plekken"


def _first_sentence(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """The first sentence of a block (its part inside the block), without white space at either end."""
    for sent, offset in analysis.sentences():
        s, e = offset + sent.start_char, offset + sent.end_char
        if e > start and s < end:
            start, end = max(s, start), min(e, end)
            break
    text = analysis.document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


QUOTED = register(
    Rule(
        code="BT702", name="aangehaalde-tekst", category="leesbaarheid", severity="info",
        # only when asked for: on the blind sheet (issue #16) the editor judged 0 of 10 notices worth passing on
        # (the quotation was already explained, or was no quotation); the findings inside quoted text still go
        opt_in=True,
        title="Aangehaalde tekst",
        summary="aangehaalde tekst (wettekst, definitie, citaat): één melding per blok, want u mag hem niet "
        "herschrijven",
        scope="paragraph",
        what="Herkent tekst die u aanhaalt en niet mag herschrijven: een blokcitaat, tekst na 'luidt:' of "
        "'bepaalt:', tekst onder een kop als 'Definities', 'Vereiste' of 'Artikel 3.1', een begrippenlijst "
        "('**term**: uitleg' of 'term: uitleg;'), een definitie ('Onder ... wordt verstaan'), een alinea helemaal "
        "cursief, een lange passage tussen enkele of dubbele aanhalingstekens, en tekst zonder aanhalingstekens die u overneemt: na "
        "'In de verordening is het volgende bepaald:', voorwaarden die u herhaalt om ze te beantwoorden, een "
        "copyrighttekst, en reacties van inwoners in een tabel met de antwoorden. De andere regels melden daarin "
        "niets. In plaats "
        "daarvan komt er één melding per blok. Met --fix verandert beleidstaal nooit tekst tussen aanhalingstekens.",
        why="Een wettekst of definitie is vaak moeilijk, maar u mag hem niet veranderen. De lezer heeft dan wel "
        "uitleg in gewone woorden nodig.",
        bad=["Artikel 2 van de verordening luidt:\n\n\"Het college kan ter uitvoering van dit artikel nadere "
             "regels stellen omtrent de wijze van indiening van de aanvraag.\""],
        good=["Artikel 2 van de verordening luidt:\n\n\"Het college kan ter uitvoering van dit artikel nadere "
              "regels stellen omtrent de wijze van indiening van de aanvraag.\"\n\nDat betekent: de gemeente "
              "mag zelf regelen hoe u de aanvraag indient."],
        check=None,
    )
)  # fmt: skip
