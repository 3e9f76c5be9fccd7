"""BT501 (issue 16, the lead after annotated-blind31 and blind30): a conjunction that only ever opens a subordinate clause
(*zodra*, *omdat*, *nadat*) ends a verb bracket whatever tag the parser gives it. *Plannen hebben een effect, zodra
de bewegingen toenemen*: the parser read *zodra* as an adverb and *hebben* as the auxiliary of *toenemen*; there is
no bracket. A clause inserted inside a real bracket and closed again keeps it. Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

CONFIG = Config(min_severity="info", select=("BT501",))


def found(text: str):
    return [f for f in check_text(text, config=CONFIG) if f.rule == "BT501"]


@pytest.mark.parametrize(
    "text",
    [
        "Plannen hebben een negatief effect op de luchtkwaliteit, zodra de verkeersbewegingen in ruime mate toenemen.",
        "Nieuwe woningen hebben een groot effect op het verkeer in de straat, zodra de bewoners er met de auto wonen.",
    ],
)
def test_a_subordinate_clause_after_the_finite_verb_makes_no_bracket(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad heeft, zodra de aanvraag van de bewoners van de wijk binnen was, het besluit genomen.",
        "De gemeenteraad heeft in zijn vergadering van 24 april 2008 na een lange discussie de nieuwe nota over de"
        " wijk vastgesteld.",
    ],
)
def test_a_real_bracket_stays(text):
    assert len(found(text)) == 1


def test_a_bare_infinitive_after_a_preposition_is_a_noun_not_the_brackets_verb():
    # the parser reads *bijdragen* as the plural noun and *bouwen* as the verb: *tot goed en goedkoop bouwen* is a
    # noun phrase, and *zal ... bijdragen* holds three words
    text = (
        "Daarbij zal het plan positief bijdragen aan de wens tot goed en goedkoop bouwen binnen de gemeente."
    )
    assert found(text) == []


def test_an_infinitive_after_adjectives_without_a_preposition_still_closes_a_bracket():
    text = "Het college zal in de komende tien jaar op de lege kavels aan de rand van het dorp goed en goedkoop bouwen."
    assert len(found(text)) == 1
