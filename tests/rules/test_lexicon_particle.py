"""A verb with its preposition in the word lists (*sturen op*) is not the same verb with that word as its particle
(*opsturen*): *U stuurt het formulier voor 1 mei op* sends a form. A preposition left behind by *daar*, *er*,
*hier* or *waar* still counts (*Daar sturen wij op*). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text


@pytest.mark.parametrize(
    "sentence", ["U stuurt het formulier voor 1 mei op.", "Wij sturen u de stukken binnen twee weken op."]
)
def test_a_separable_verb_is_not_the_verb_with_its_preposition(sentence):
    assert not [f for f in check_text(sentence) if f.rule == "BT102"]


@pytest.mark.parametrize(
    "sentence", ["De provincie stuurt op het aantal nieuwe woningen.", "Daar sturen wij als gemeente op."]
)
def test_the_verb_with_its_preposition_is_still_found(sentence):
    assert [f.text for f in check_text(sentence) if f.rule == "BT102"]


def test_a_noun_the_parse_calls_a_particle_still_makes_the_phrase():
    # the parser labels 'medewerking' as the particle of 'verlenen': the support-verb phrase is still found
    text = "De gemeente heeft besloten om in principe medewerking te verlenen aan het nieuwe plan."
    found = [f for f in check_text(text) if f.rule == "BT202"]
    assert [f.text for f in found] == ["medewerking te verlenen"]
