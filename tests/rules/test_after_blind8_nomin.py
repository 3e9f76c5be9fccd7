"""After blind8 (studied): a noun after an abbreviated preposition (*t.b.v.*) is no weak verb's object (BT201); a
row of nouns joined by *of* names categories (BT201); a verb without an object gets advice about its subject
(BT201); a support-verb phrase's noun is never the verb's subject beside another object (BT202). Every sentence
here is written for the test."""

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


# --- BT202: the noun of a support-verb phrase is the verb's object, never its subject beside another object


def support_words(text: str) -> list[str]:
    config = Config(select=("BT202",), min_severity="info")
    return [f.text for f in check_text(text, config=config) if f.rule == "BT202"]


def test_noun_as_subject_beside_an_object_is_not_the_phrase():
    assert "toelichting geeft" not in support_words(
        "Deze toelichting geeft een overzicht van de nieuwe regels voor de wijk."
    )


def test_noun_as_object_is_still_the_phrase():
    assert support_words("De wethouder geeft een toelichting op de nieuwe regels.") == [
        "geeft een toelichting"
    ]
