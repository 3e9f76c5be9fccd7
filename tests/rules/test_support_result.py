"""A support verb with an adjective as the result it brings about (*maken we de analyse beschikbaar*, *de planning
openbaar maken*) is not the support-verb phrase (*een analyse maken*): the noun is the object of *beschikbaar
maken*. A long clause may hang the adjective loose at its end; it still counts."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

SUPPORT = Config(select=("BT202",), min_severity="info")


def support(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=SUPPORT)]


@pytest.mark.parametrize(
    "text",
    [
        "Na de zomer maken wij de analyse beschikbaar voor alle scholen.",
        "Voor deze versie maken we alleen de analyse en de uitrol van het koppelen van de regeling aan de juiste "
        "soort rente beschikbaar.",
    ],
)
def test_a_noun_made_available_is_no_support_verb_phrase(text):
    assert support(text) == []


def test_the_support_verb_phrase_itself_stays():
    assert support("Wij maken een analyse van de kosten en sturen die naar de raad.") == ["maken een analyse"]
