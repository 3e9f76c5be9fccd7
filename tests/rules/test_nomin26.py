"""Seventeenth round, task nomin26 (BT201): a noun made from a verb that opens an item of an enumeration an earlier
sentence introduces (*het verminderen van ...;*). Every sentence here is written for the test; each "not reported"
item gave a finding before the change, each guard is reported before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMIN)]


LEAD_IN = "Met dit plan wil de gemeente drie dingen bereiken:\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "het verbeteren van de verkeersveiligheid rond de basisschool, zodat kinderen veilig kunnen fietsen;",
        "de verlaging van de parkeerdruk in de straten rond het station, waar bewoners nu vaak geen plek vinden.",
        "verbetering van de oversteekplaatsen bij de rotonde, die nu te smal zijn;",
        "b. het verbeteren van de verkeersveiligheid rond de basisschool, zodat kinderen veilig kunnen fietsen;",
        "Het verbeteren van de verkeersveiligheid rond de basisschool, zodat kinderen veilig kunnen fietsen;",
    ],
)
def test_item_of_an_enumeration_opened_by_the_noun_not_reported(item):
    # each item names a goal with a noun phrase, parallel to the others; a verb for one breaks the row
    assert spans(LEAD_IN + item) == []


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of its own: the noun is its subject
        "Het verbeteren van de verkeersveiligheid rond de basisschool vraagt veel tijd van de gemeente.",
        # an item, but the noun is not its first phrase: the item is a clause whose noun hides an act
        LEAD_IN + "de gemeente zorgt voor een verbetering van de oversteekplaatsen bij de rotonde;",
        # an item that is a verb-final clause with the noun as its subject (a condition after *als:*)
        "De gemeente geeft de vergunning alleen als:\n\nde toename van het verkeer in de straat minder is dan tien procent;",
        # an item opened by a phrase with a preposition, not by the noun
        LEAD_IN + "bij de uitvoering van het plan letten op de bomen in de straat;",
    ],
)
def test_noun_inside_a_sentence_or_later_in_an_item_still_reported(text):
    assert spans(text) != []
