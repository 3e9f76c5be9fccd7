"""Thirteenth round, task nomin19 (BT201): a noun that is what gives the act of a weak verb (*de opstelling biedt
...*), one item of a row of three or more nouns (a list of projects or steps), and the case after impersonal *het
gaat om*. Every sentence here is written for the test; each "not reported" sentence gave a finding before the
change, each guard is reported before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        "De opstelling als geheel biedt een hoge betrouwbaarheid.",
        "Deze verkenning geeft zicht op de kansen in de wijk.",
    ],
)
def test_giver_of_a_weak_verb_not_reported(text):
    # the act is the weak verb's object (*zicht geven*); its active subject is a thing or a document
    assert spans(text) == []


def test_row_of_three_nouns_not_reported():
    # a list of projects: a verb for one item breaks the row
    text = (
        "Het gaat hier om een uitbreiding van de sporthal, de invulling van het oude schoolterrein en "
        "een herontwikkeling van de haven."
    )
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dat geldt zeker als het gaat om de toepassing van nieuwe regels.",
        "Daarbij gaat het vooral om de verbetering van de fietspaden.",
    ],
)
def test_case_after_het_gaat_om_not_reported(text):
    # impersonal *het gaat om*: the case the sentence is about, done by no one
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De overschrijding vindt plaats in de nacht.", "De overschrijding"),
        ("De verhuizing gaat gepaard met een uitbreiding van de stal.", "De verhuizing"),
        ("Hier kan een zorgvuldige afweging worden gedaan.", "een zorgvuldige afweging"),
        (
            "Het bedrijf werkt aan de aanleg van nieuwe oevers en de aanleg van een bomenrij.",
            "de aanleg van nieuwe oevers",
        ),
        (
            "Geluidbeheer gaat om het beperken van de overlast voor de buren.",
            "het beperken van de overlast voor de buren",
        ),
        ("De gemeente zorgt voor de verbetering van de wegen.", "de verbetering van de wegen"),
        # a row of acts on one shared object: *de wegen aanleggen, onderhouden en verbeteren*
        (
            "De provincie zorgt voor de aanleg, het beheer en de verbetering van de dijken langs de rivier.",
            "de verbetering van de dijken langs de rivier",
        ),
    ],
)
def test_guards_still_reported(text, span):
    assert span in spans(text)
