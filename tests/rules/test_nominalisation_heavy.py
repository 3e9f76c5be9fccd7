"""Which nominalisations make a sentence heavy (language.nominalisation.is_heavy): not headings, fixed expressions,
nouns that describe another noun, 'bij het ...', or a van-phrase without a noun (issue #16, real-text false
positives). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=ONLY)]


@pytest.mark.parametrize(
    "text",
    [
        "De ontwikkeling van het dorp",  # a heading: no finite verb
        "Deze regel is van toepassing op alle woningen in de wijk.",  # fixed expression
        "Wij hebben veel kennis over het reguleren van verkeer.",  # describes a noun
        "Dat is essentieel in de toepassing van de nieuwe regels.",  # describes an adjective
        "Bij het uitvoeren van de werken vinden wij soms oude resten.",  # bij het ...
        "Het rapport gaat over de wet, een wijziging van de oude wet uit 1990.",  # apposition
    ],
)
def test_not_heavy(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dit draagt bij aan het verbeteren van de dienstverlening.", "verbeteren"),
        ("De gemeente zorgt voor de verbetering van de dienstverlening.", "verbetering"),
        ("Het hanteren van een strenge norm vraagt om veel overleg.", "hanteren"),
    ],
)
def test_heavy_nominalisations_are_still_reported(text, word):
    (span,) = spans(text)
    assert word in span


def test_a_noun_inside_a_support_verb_phrase_is_left_to_bt202():
    # 'maken gebruik van' is reported once, by BT202 (with 'gebruiken'), not again as a nominalisation
    both = Config(select=("BT201", "BT202"), min_severity="info")
    found = [(f.rule, f.text) for f in check_text("Wij maken gebruik van uw gegevens.", config=both)]
    assert found == [("BT202", "maken gebruik van")]


def test_a_compound_cut_short_keeps_its_other_half():
    (span,) = spans("Handhaving van bouw- en gebruiksregels is een vaste taak van de gemeente.")
    assert span == "Handhaving van bouw- en gebruiksregels"


def test_samenwerking_is_a_plain_noun():
    assert spans("Het rapport komt voort uit een samenwerking van de universiteit met de gemeente.") == []


@pytest.mark.parametrize(
    "text",
    [
        # ordinary nouns for a field or a service
        "Wij letten bij elk plan op de bedrijfsvoering en milieuruimte van de betreffende bedrijven.",
        # 'deel/onderdeel uitmaken' is not the weak verb 'maken'
        "De in dit plan genoemde ontwikkeling maakt geen onderdeel uit van een grotere opgave.",
        "In de wijk is vervoer van zware lasten niet toegestaan.",
    ],
)
def test_particle_verbs_and_plain_nouns_are_not_heavy(text):
    assert spans(text) == []


def test_a_pair_of_nominalisations_is_still_reported():
    assert spans("De gemeente meet de verbetering en uitbreiding van de dienstverlening elk jaar.") == [
        "uitbreiding van de dienstverlening"
    ]
