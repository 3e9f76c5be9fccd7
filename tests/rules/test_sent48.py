"""Task sent48 (issue 16): a cadastral designation (*sectie K, nummers 112, 118 en 119*) is one pointer to pieces of
land, as an article reference is to a law: it counts as one word when BT401 decides whether a sentence is long. A
row of house numbers is no such designation. Sentences written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=("BT401", "BT402"), min_severity="info"))]


def test_a_cadastral_designation_counts_as_one_word():
    # 33 words, 10 of them the designation: 24 words to the reader
    parcels = (
        "Het terrein waarop de gemeente in de komende jaren de nieuwe school wil bouwen, staat bij het kadaster "
        "bekend als gemeente Oosterhout, sectie K, nummers 112, 118 (gedeeltelijk), 119, 204, 205, 206 en 311."
    )
    assert rules(parcels) == []
    # the same numbers as house numbers in a street: the reader reads each address
    houses = (
        "Het terrein waarop de gemeente in de komende jaren de nieuwe school wil bouwen ligt volgens de kaart "
        "tussen de huizen aan de Dorpsstraat 112, 118, 119, 204, 205, 206 en 311."
    )
    assert rules(houses) == ["BT401"]


def test_a_depth_below_ground_level_ends_its_sentence():
    # *mv.* (maaiveld) with its full stop ends the sentence: two sentences of 12 and 22 words, not one of 34
    text = (
        "De grond is bij de boringen verstoord tot een diepte van ruim 40 cm – mv. Daarom heeft een bureau in het "
        "voorjaar een onderzoek naar de bodem uitgevoerd met boringen op zes plaatsen in het terrein van de "
        "nieuwe school."
    )
    assert rules(text) == []


def slogans(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=("BT105",), min_severity="info"))]


def test_a_slogan_that_a_waarin_clause_fills_in_is_explained_in_place():
    assert (
        slogans("De gemeente werkt aan een inclusieve samenleving waarin ook ouderen een baan vinden.") == []
    )
    assert (
        slogans("Het college wil een participatiesamenleving waarin bewoners zelf het buurthuis beheren.")
        == []
    )
    # without the clause the slogan says nothing concrete
    assert slogans("De gemeente werkt aan een inclusieve samenleving.") == ["BT105"]
    assert slogans("Het college wil een participatiesamenleving.") == ["BT105"]
