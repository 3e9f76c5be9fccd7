"""BT301: the doer the advice quotes keeps its whole name (found after new24, where the editors judged the quote
cut short): a law's title goes on after *op* (*de Wet op de ...*), a short name in brackets does not end a list of
doers, *op nummer 12* says which house, and a preposition inside a modifier before the head noun (*het in
oorsprong gotische ... stadhuis*) is no end of the phrase. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")


def advice_on(sentence: str) -> str:
    found = check_text(sentence, config=ONLY)
    assert found, sentence
    return " ".join(found[0].advice)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        (
            "De oude regels zijn opgevolgd door de Wet op de ruimtelijke ordening.",
            "'de Wet op de ruimtelijke ordening'",
        ),
        (
            "Het kader wordt verder uitgewerkt door het Besluit ruimtelijke ordening (Bro) en de Regeling standaarden "
            "ruimtelijke ordening (Rsro).",
            "'het Besluit ruimtelijke ordening (Bro) en de Regeling",
        ),
        ("De inrit wordt ook gebruikt door de woning op nummer 12.", "'de woning op nummer 12'"),
        (
            "Het stadsbeeld wordt bepaald door het in oorsprong gotische, in 1771 in rococostijl verbouwde stadhuis, "
            "waarachter de toren van de kerk oprijst.",
            "'het in oorsprong gotische, in 1771 in rococostijl verbouwde stadhuis'",
        ),
    ],
)
def test_the_quoted_doer_keeps_its_name(sentence, quoted):
    assert quoted in advice_on(sentence)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # guards: a date and an object still end the doer
        ("Het plan is vastgesteld door de raad op 5 mei 2020.", "'de raad'."),
        ("Voor de kosten zijn door de aanvrager leges betaald.", "'de aanvrager'."),
        ("Het besluit is genomen door het college op voorstel van de wethouder.", "'het college'."),
    ],
)
def test_what_is_no_part_of_the_doer_still_goes(sentence, quoted):
    assert quoted in advice_on(sentence)


@pytest.mark.parametrize(
    ("sentence", "rewrite"),
    [
        (
            "In 2019 is door De Roever een akoestisch onderzoek uitgevoerd.",
            "In 2019 heeft De Roever een akoestisch onderzoek uitgevoerd",
        ),
        ("In 2020 is door de raad het plan vastgesteld.", "In 2020 heeft de raad het plan vastgesteld"),
    ],
)
def test_a_noun_phrase_the_parse_joined_to_the_doer_keeps_the_rewrite(sentence, rewrite):
    # the quote ends at the doer, but the rewrite moves the next noun phrase in its own order: correct Dutch
    found = check_text(sentence, config=ONLY)
    assert found[0].suggestions == [rewrite]
