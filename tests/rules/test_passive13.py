"""Passives an editor keeps (bench/quality/real/RESULTS.md, "After blind9: ... (task passive13 ...)"): what a plan
allows to be built, a clause that a noun of fact takes, a substitution with *vervangen door*, a condition with a
focus particle before its conjunction. Each signal on sentences written for the test, with a sentence of the same
shape beside it that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        # kunnen + a verb of building, no door-phrase: a capacity, whoever builds
        "Dit betekent dat er op het terrein van de oude school ten hoogste acht woningen kunnen worden gerealiseerd.",
        "De raad wijzigt het plan, zodat er aan de rand van het dorp twee bedrijfshallen kunnen worden opgericht.",
        "Het gaat er niet om wat er nu staat, maar om wat er volgens het plan maximaal kan worden toegevoegd.",
    ],
)
def test_what_a_plan_allows_to_be_built_is_no_hidden_doer(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs without kunnen: somebody builds, and may be named
        "Dit betekent dat er op het terrein van de oude school acht woningen worden gerealiseerd.",
        # kunnen with another verb: the reader is often the doer (je kunt ...)
        "In het portaal kunnen de aanvragen van deze maand eenvoudig worden bekeken.",
        # kunnen + building with a door-phrase: the doer is named, the active sentence is shorter
        "Op het terrein kunnen door de woningcorporatie acht nieuwe woningen worden gebouwd.",
    ],
)
def test_the_same_shape_without_a_capacity_still_fires(text):
    assert rules(text, "BT301", "BT302") in (["BT301"], ["BT302"])


@pytest.mark.parametrize(
    "text",
    [
        "Gezien het feit dat er bij de bouw geen kelder wordt gegraven, is nader onderzoek niet nodig.",
        "Bewoners wijzen op het feit dat er in de straat een zendmast wordt geplaatst.",
        "Gelet op de omstandigheid dat er op het erf geen nieuwe stal wordt geplaatst, is een geuronderzoek niet nodig.",
    ],
)
def test_a_clause_of_fact_is_no_hidden_doer(text):
    assert rules(text, "BT301", "BT302") == []


def test_a_dat_clause_after_a_verb_still_fires():
    assert rules("De gemeente verwacht dat er in de straat een zendmast wordt geplaatst.", "BT302") == [
        "BT302"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Na de herinrichting is de oude dorpsstraat vervangen door een brede fietsroute langs het kanaal.",
        "De bestemming kantoor vervalt; deze wordt vervangen door een ruimere woonbestemming.",
    ],
)
def test_vervangen_door_names_the_substitute(text):
    assert rules(text, "BT301") == []


@pytest.mark.parametrize(
    "text",
    [
        # vervangen without a door-phrase hides who replaces it
        "Volgend jaar wordt de oude brug over het kanaal bij de sluis vervangen.",
        # another verb with a door-phrase: the doer is named
        "De oude dorpsstraat is na de herinrichting door de gemeente opnieuw ingericht.",
    ],
)
def test_other_passives_of_that_shape_still_fire(text):
    assert rules(text, "BT301") == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "Ook als de software later wordt bijgewerkt, moet u dit melden.",
        "Alleen als de oude stal volledig wordt gesloopt, mag de nieuwe woning er komen.",
        "Zelfs indien er een tijdelijke vergunning wordt verleend, blijft de regel gelden.",
    ],
)
def test_a_condition_after_a_focus_particle_is_a_condition(text):
    assert rules(text, "BT301", "BT302") == []


def test_a_passive_main_clause_after_ook_still_fires():
    assert rules("Ook worden de oude bomen langs de weg naar het dorp gekapt.", "BT301") == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "Op het terrein staan nu minder bomen dan in het oude plan worden genoemd.",
        "De nieuwe weg wordt iets breder dan in de wijk gewoonlijk wordt aangelegd.",
    ],
)
def test_a_passive_in_a_comparison_gives_a_measure(text):
    assert rules(text, "BT301", "BT302") == []


def test_dan_after_a_condition_is_no_comparison():
    text = "Als de aanvraag later binnenkomt, dan wordt de vergunning niet meer verleend."
    assert rules(text, "BT301") == ["BT301"]
