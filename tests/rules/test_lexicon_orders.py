"""A listed verb as an order: its stem also a frequent noun (*borg*) joined to an order that opens the sentence,
with its object right after it (*Stel een plan op en borg de opvolging*), is the verb; a stem first in the
sentence without a subject is offered as an order (*Benut de ruimte* -> 'Gebruik', not 'gebruikt')."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

WORDS = Config(select=("BT101", "BT102"), min_severity="info")


def found(text: str) -> dict[str, list[str]]:
    return {f.text: list(f.suggestions) for f in check_text(text, config=WORDS)}


def test_a_frequent_stem_joined_to_an_order_with_its_object_is_the_verb():
    assert "borg" in found("Maak een overzicht en borg de afspraken in het team.")


def test_the_noun_stays_a_noun():
    assert "borg" not in found("De borg de huurder betaalt, komt terug.")
    assert "borg" not in found("Huur en borg betaalt u vooraf.")
    assert "borg" not in found("Wij vragen een borg en de huur vooraf.")


def test_a_stem_first_without_a_subject_is_offered_as_an_order():
    assert found("Benut de ruimte op het dak.").get("Benut") == ["Gebruik"]
