"""After blind8 (studied): a noun after an abbreviated preposition (*t.b.v.*, *i.v.m.*) stands in a prepositional
phrase, not as the object of a weak verb, even where the parser tags the abbreviation as a name (BT201). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMINAL = Config(select=("BT201",), min_severity="info")


def nominal_words(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMINAL) if f.rule == "BT201"]


@pytest.mark.parametrize(
    "text",
    [
        "Dit om geen aanspraak te hoeven doen op het grondwater t.b.v. irrigatie gedurende lange droge zomers.",
    ],
)
def test_noun_after_an_abbreviated_preposition_is_no_weak_verb_object(text):
    assert "irrigatie" not in nominal_words(text)


def test_weak_verb_with_its_nominalisation_still_found():
    assert "De invoering" in nominal_words("De invoering vindt plaats in 2026.")


# --- a row of three or more nouns joined by *of* names categories (as a rule's list does), not an action


def test_or_list_of_three_nominalisations_is_not_reported():
    text = "Volgens de regeling is voor de aanleg, wijziging of uitbreiding van een weg een vergunning nodig."
    assert nominal_words(text) == []


def test_pair_joined_by_en_is_still_reported():
    text = "De gemeente zorgt voor de aanleg en uitbreiding van het fietspad."
    assert nominal_words(text) != []


# --- a verb without an object: nobody does it, what follows *van* is its subject


def advice_for(text: str) -> str:
    return " ".join(a for f in check_text(text, config=NOMINAL) if f.rule == "BT201" for a in f.advice)


def test_intransitive_verb_advice_names_the_subject_not_a_doer():
    advice = advice_for("Hun toename van het aantal leden valt op.")
    assert "'toenemen'" in advice
    assert "onderwerp" in advice
    assert "zeg wie het doet" not in advice
