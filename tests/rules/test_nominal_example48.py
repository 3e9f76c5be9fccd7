"""BT201: the example's object ends in its noun (task example48). A phrase that stops on an adjective, participle or
article runs on to its noun where the noun follows directly (through a first part in brackets or with a hyphen,
past a noun the tagger read as a verb, after a noun of kind); a phrase whose noun does not follow gives the advice
without an example. A phrase that ends in its noun keeps its example as it was."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT201",), min_severity="info")


def finding(sentence: str):
    found = check_text(sentence, config=ONLY)
    assert found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "example"),
    [
        (
            "De provincie vraagt om het uitvoeren van bodemkundig (voor)onderzoek op de kavel.",
            "het uitvoeren van bodemkundig (voor)onderzoek",
            "bodemkundig (voor)onderzoek uitvoeren",
        ),
        (
            "Het college begint na de zomer met het uitvoeren van de voorgenomen werkzaamheden.",
            "het uitvoeren van de voorgenomen werkzaamheden",
            "de voorgenomen werkzaamheden uitvoeren",
        ),
        (
            "De tweede stap is het kiezen van de juiste soort subsidie voor de vereniging.",
            "het kiezen van de juiste soort subsidie",
            "de juiste soort subsidie kiezen",
        ),
        (
            "Het rijk zet in op het beter benutten van het bestaand winkel- en woongebied.",
            "het beter benutten van het bestaand winkel- en woongebied",
            "het bestaand winkel- en woongebied beter gebruiken",
        ),
        (
            "De uitbreiding van het op grond van het geldende plan toegestane ruimtebeslag is niet mogelijk.",
            "De uitbreiding van het op grond van het geldende plan toegestane ruimtebeslag",
            "het op grond van het geldende plan toegestane ruimtebeslag uitbreiden",
        ),
        (
            "De raad wil de vermindering van het jaarlijks aantal bezoekers in het park.",
            "de vermindering van het jaarlijks aantal bezoekers",
            "het jaarlijks aantal bezoekers verminderen",
        ),
    ],
)
def test_the_object_runs_on_to_its_noun(sentence, span, example):
    found = finding(sentence)
    assert found.text == span
    assert f"bijvoorbeeld met '{example}'" in " ".join(found.advice)


#: phrases that end in their noun (a noun made of an inflected adjective, an adjective that is a noun too, a *te*
#: infinitive before its noun): their examples stay as they were
KEPT = (
    ("De gemeente vraagt om de bescherming van het bestaande in de wijk.", "het bestaande beschermen"),
    ("Wij zoeken naar compensatie van groen in de wijk.", "groen compenseren"),
    (
        "Het onderzoek geeft een schatting van het te verwachten geluidsniveau langs de weg.",
        "het te verwachten geluidsniveau schatten",
    ),
)


def test_no_example_where_the_noun_does_not_follow_and_whole_objects_keep_theirs():
    text = " ".join(finding("De gemeente zet in op het beter benutten van het bestaand.").advice)
    assert "bijvoorbeeld met" not in text
    assert "'gebruiken'" in text
    for sentence, example in KEPT:
        assert f"bijvoorbeeld met '{example}'" in " ".join(finding(sentence).advice)
