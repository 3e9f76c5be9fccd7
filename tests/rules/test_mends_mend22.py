"""Mends after the second review of the fifteenth round (task mend22). Sentences written for these tests."""

from __future__ import annotations

import pytest
from tag_checks import found, tag

from beleidstaal import check_text
from beleidstaal.config import Config


@pytest.mark.parametrize(
    "text",
    [
        "De medewerker heeft, na een lange dienst zijn periodiek gekregen.",
        "De raad heeft, zoals bekend zijn besluit uitgesteld.",
    ],
)
def test_a_possessive_zijn_after_a_comma_stays_the_possessive(text):
    assert tag(text, "zijn") != "AUX"
    assert found(text, "BT101") == []


def advice(text: str) -> list[str]:
    config = Config(min_severity="info")
    return [a for f in check_text(text, config=config) for a in f.advice]


def test_a_choice_of_three_is_joined_with_commas_and_one_of():
    said = advice("Aan de hand van de criteria wordt de aanvraag beoordeeld.")
    assert "Kies wat hier past, bijvoorbeeld 'met', 'volgens' of 'op basis van'." in said
    assert not any(" of '" in a and a.count(" of '") > 1 for a in said)


def test_or_list():
    from beleidstaal.language.choice import or_list

    assert or_list(["met"]) == "'met'"
    assert or_list(["met", "via"]) == "'met' of 'via'"
    assert or_list(["met", "volgens", "op basis van"]) == "'met', 'volgens' of 'op basis van'"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voor het goed kunnen functioneren van de dienst is geld nodig.", "goed"),
        ("Het integraal kunnen afwegen van belangen is belangrijk.", "integraal"),
        ("De gemeente betaalt de nieuw aan te leggen weg.", "nieuw"),
    ],
)
def test_a_modifier_before_an_auxiliary_or_te_infinitive_heads_no_noun_phrase(text, word):
    assert tag(text, word) == "ADJ"


@pytest.mark.parametrize(
    "text",
    [
        "Het goed kunnen wij morgen ophalen.",
        "Deze bescheiden kunnen verdwijnen.",
        "Wij vragen u de bescheiden aan te leveren.",
    ],
)
def test_a_head_before_a_finite_auxiliary_or_te_infinitive_stays_a_noun(text):
    word = "goed" if "goed" in text else "bescheiden"
    assert tag(text, word) == "NOUN"


def suggestions(text: str, rule: str = "BT101") -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [s for f in check_text(text, config=config) for s in f.suggestions]


@pytest.mark.parametrize(
    "text",
    ["Wij hebben ons voorgenomen de weg te verbreden.", "Hij heeft zich voorgenomen de weg te verbreden."],
)
def test_a_reflexive_voornemen_gets_no_participle_in_its_place(text):
    assert "gepland" not in suggestions(text)


@pytest.mark.parametrize(
    "text", ["De verbouwing die u heeft voorgenomen, start in mei.", "Wat u heeft voorgenomen, gaat door."]
)
def test_the_subject_u_is_no_reflexive(text):
    assert "gepland" in suggestions(text)


def test_niet_eerder_dan_is_a_ban():
    said = advice("U dient de aanvraag niet eerder dan 1 mei in te dienen.")
    assert any("Bedoelt u een verbod" in a for a in said)
    assert not any(
        "Bedoelt u een verbod" in a for a in advice("U dient de aanvraag niet later dan 1 mei in te dienen.")
    )
