"""Word lists, eleventh round (issue 18, task words13): forms of a listed word that the tagger reads as another
word class. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def _words(text: str, rule: str) -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config) if f.rule == rule]


# -- 'acht' of 'achten' (find, consider) read as the numeral eight ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het college acht het groepsrisico aanvaardbaar.",
        "Het bestuur acht dit plan te duur.",
        "De raad acht een nieuwe weg niet nodig.",
        "Voor deze taak acht de provincie zich verantwoordelijk.",
        "De gemeente acht het behoud van de winkels van groot belang.",
    ],
)
def test_the_verb_achten_is_found_where_the_tagger_reads_a_numeral(text):
    assert _words(text, "BT101") == ["acht"]


@pytest.mark.parametrize(
    "text",
    [
        "Er komen acht woningen en een winkel.",
        "De acht woningen staan aan de dijk.",
        "Acht van de tien bewoners zijn tevreden.",
        "De gemeente bouwt er acht.",
        "Na acht weken besluit de gemeente.",
        "Het plan telt acht bouwlagen.",
    ],
)
def test_the_numeral_eight_is_not_the_verb(text):
    assert _words(text, "BT101") == []


def test_a_numeral_before_an_article_after_er_stays_a_numeral():
    assert _words("Er komen er acht de komende jaren bij.", "BT101") == []


# -- a separable verb whose particle is not in the grammar's short list (tegemoet, deel) ---------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("De gemeente komt de bewoners tegemoet.", ["komt de bewoners tegemoet"]),
        ("Wij kwamen de ondernemers tegemoet in hun wensen.", ["kwamen de ondernemers tegemoet"]),
    ],
)
def test_a_split_verb_with_a_long_particle_is_found(text, words):
    assert _words(text, "BT101") == words
