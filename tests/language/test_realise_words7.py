"""Replacement faults of the seventh round (issue #17): a possessive whose antecedent is plural, a modal for a
phrase with a te-infinitive, an exception without the set it is taken from, a word said twice. Sentences written
for this test."""

from __future__ import annotations

import pytest
from test_realise import _finding

# --- diens: 'zijn' for one person, 'hun' for more -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("De aanvrager of diens gemachtigde tekent het formulier.", ["zijn"]),
        ("De bewoners vragen de wethouder om diens steun.", ["zijn"]),
        ("De aanvragers en diens gemachtigden tekenen het formulier.", ["hun"]),
        ("Kan iedereen het loket gebruiken, de bezoekers ongeacht diens leeftijd?", ["hun"]),
        ("De eigenaar en de huurder en diens kinderen krijgen een brief.", ["hun"]),
    ],
)
def test_diens_agrees_with_its_antecedent(text, expected):
    assert _finding(text, "diens").suggestions == expected


# --- zijn voornemens: the verb stays, no modal before a te-infinitive ------------------------------------------------


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        ("Wij zijn voornemens de weg te verbreden.", "zijn voornemens", "zijn van plan"),
        ("De gemeente is voornemens om de weg te verbreden.", "is voornemens", "is van plan"),
        ("Men is voornemens het werk onder begeleiding te laten doen.", "is voornemens", "is van plan"),
        ("De gemeente was voornemens een school te bouwen.", "was voornemens", "was van plan"),
    ],
)
def test_voornemens_keeps_its_verb_and_its_te(text, flagged, expected):
    found = _finding(text, flagged)
    assert found.suggestions[0] == expected
    assert not any(s.split()[0] in ("wil", "willen", "wilde") for s in found.suggestions)


# --- met uitzondering van → behalve: only on a noun -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alle woningen met uitzondering van de rijwoningen krijgen een tuin.",
        "Langs alle wegen liggen geluidzones, met uitzondering van woonerven.",
        "Het plan geldt voor het hele dorp, met uitzondering van de haven.",
        "In dit plan zijn de woningen verder naar achteren gezet, met uitzondering van de woningen aan de dijk.",
    ],
)
def test_behalve_where_the_sentence_names_the_set(text):
    assert _finding(text, "met uitzondering van").suggestions == ["behalve"]


@pytest.mark.parametrize(
    "text",
    [
        "De goothoogte bedraagt maximaal 6 meter, met uitzondering van de rijwoningen.",
        "Bouwen is toegestaan met uitzondering van de rijwoningen.",
        "De hoogte van de schuren is hoogstens 5 meter, met uitzondering van de kas.",
        "Met uitzondering van de bodem vormt de kwaliteit van de grond geen probleem voor het plan.",
    ],
)
def test_behalve_on_a_clause_is_advice(text):
    found = _finding(text, "met uitzondering van")
    assert found.suggestions == []
    assert any("behalve" in a for a in found.advice)


# --- a word said twice: Omdat ... omdat, met ... met ---------------------------------------------------------------------


def test_omdat_not_beside_another_omdat():
    found = _finding("Aangezien de weg smal is, kiezen wij een brug omdat die goedkoper is.", "aangezien")
    assert found.suggestions == []
    assert _finding("Aangezien de weg smal is, kiezen wij een brug.", "aangezien").suggestions == ["Omdat"]


def test_met_not_before_another_met_in_its_clause():
    found = _finding("Wij willen het plan middels een gesprek met de buren bespreken.", "middels")
    assert found.suggestions[0] == "via"
    # also where the parser hangs the second phrase elsewhere
    assert (
        _finding("De regels zijn middels twee kaarten met de tekst verbonden.", "middels").suggestions[0]
        == "via"
    )
    assert _finding("Wij informeren u middels een brief over het plan.", "middels").suggestions[0] == "met"


# --- diverse: 'verschillende' only before a plural (before a singular it means 'gevarieerd') --------------------------


def test_diverse_before_a_singular_noun_is_advice():
    found = _finding("De groene, kleinschalige en diverse uitstraling van het dorp blijft.", "diverse")
    assert found.suggestions == []
    assert _finding("Er zijn diverse klachten binnengekomen.", "diverse").suggestions == ["verschillende"]
    assert _finding("Wij praten met diverse grote groepen.", "diverse").suggestions == ["verschillende"]
    # a plural the tagger missed, and the last part of a compound written apart
    assert _finding("Wij letten op de diverse doelen, wensen en eisen.", "diverse").suggestions == [
        "verschillende"
    ]
    text = "Bij buien met diverse neerslag intensiteiten werkt het goed."
    assert _finding(text, "diverse").suggestions == ["verschillende"]
    text = "Uit de cijfers blijkt dat voor diverse woningen sprake is van overlast."
    assert _finding(text, "diverse").suggestions == ["verschillende"]


# --- zich bevinden: land, roads and buildings 'liggen' ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        ("Het plangebied bevindt zich aan de rand van het dorp.", "bevindt zich", "ligt"),
        ("In de omgeving bevinden zich twee boerderijen.", "bevinden zich", "liggen"),
        (
            "Het perceel dat zich aan de Dorpsstraat bevindt, krijgt een nieuwe bestemming.",
            "zich aan de Dorpsstraat bevindt",
            "aan de Dorpsstraat ligt",
        ),
        # not land or a building, or a pronoun: the word list's first choice
        ("De gegevens bevinden zich in bijlage 3.", "bevinden zich", "zijn"),
        ("Het grondwater bevindt zich op twee meter diepte.", "bevindt zich", "is"),
    ],
)
def test_bevinden_zich_by_its_subject(text, flagged, expected):
    assert _finding(text, flagged).suggestions[0] == expected


# --- in kennis stellen ... van: 'informeren' needs 'over' ---------------------------------------------------------


def test_in_kennis_gesteld_with_its_van_further_on_is_advice():
    text = "De instanties die in kennis gesteld moeten worden van dit plan, krijgen een brief."
    assert _finding(text, "in kennis gesteld").suggestions == []
    assert _finding("De raad wordt hierover in kennis gesteld.", "in kennis gesteld").suggestions == [
        "geïnformeerd"
    ]
