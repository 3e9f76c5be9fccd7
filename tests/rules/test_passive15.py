"""Passives an editor keeps (bench/quality/real/RESULTS.md, "After blind11: ... (task passive15 ...)"): *benodigd*
is an adjective (*nodig*), not the participle of a verb in use; *zijn benodigd* states a need, nobody does it. Each
signal on sentences written for the test, with a sentence of the same shape beside it that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Voor de nieuwe sporthal is in de gemeente een extra parkeerplaats van veertig plekken benodigd.",
        "Voor het nieuwe zwembad is in de regio een totale capaciteit van tweehonderd plekken benodigd.",
        "Om de bouw te starten zijn in deze wijk drie extra vergunningen benodigd.",
        "Voor de verbouwing is bij de gemeente een nieuwe vergunning benodigd.",
    ],
)
def test_benodigd_is_an_adjective_not_a_passive(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # a participle of a verb after zijn still is a passive
        "Voor de nieuwe sporthal is in de gemeente een extra parkeerplaats van veertig plekken aangelegd.",
        "Om de bouw te starten zijn in deze wijk drie extra vergunningen aangevraagd.",
        "Voor de verbouwing is bij de gemeente een nieuwe vergunning aangevraagd.",
    ],
)
def test_a_participle_of_a_verb_after_zijn_keeps_its_finding(text):
    assert "BT301" in rules(text, "BT301", "BT302")


# An indirect question names a topic, also when a preposition stands before its question word (*op welke manier*,
# *onder welke voorwaarden*, *in hoeverre*): the verb that asks takes the clause, nobody hides.
@pytest.mark.parametrize(
    "text",
    [
        "Dit hoofdstuk beschrijft op welke manier de gegevens worden opgeslagen.",
        "De tabel laat zien in welke gemeenten de regeling wordt toegepast.",
        "Wij leggen uit onder welke voorwaarden bomen niet moeten worden gekapt.",
        "In de nota staat met welke middelen de subsidie wordt verdeeld.",
        "Wij onderzoeken in hoeverre de klachten worden opgelost.",
    ],
)
def test_an_indirect_question_opened_by_a_preposition_is_left_out(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # the same passives outside a question keep their finding
        "De gegevens worden op deze manier opgeslagen.",
        "In deze gemeenten wordt de regeling toegepast.",
        "Onder deze voorwaarden moeten de bomen worden gekapt.",
    ],
)
def test_the_same_passive_outside_a_question_keeps_its_finding(text):
    assert "BT301" in rules(text, "BT301", "BT302")


# *opstarten* alternates as *starten* does (*de computer start op*): *is opgestart* without a doer says that it has
# started, a perfect tense, not a passive; with a door-phrase it is a passive.
@pytest.mark.parametrize(
    "text",
    [
        "Wanneer de nieuwe app op de telefoon van de medewerker voor het eerst is opgestart, is de lijst leeg.",
        "Nadat het nieuwe systeem in de hele organisatie is opgestart, krijgt iedere medewerker een eigen account.",
    ],
)
def test_opgestart_without_a_doer_is_a_perfect_tense(text):
    assert rules(text, "BT301", "BT302") == []


def test_opgestart_with_a_doer_is_a_passive():
    assert "BT301" in rules("Het nieuwe systeem is gisteren door de beheerder opgestart.", "BT301")


# A duty with a verb of building and an area of the plan map is a rule of where buildings stand, whoever builds
# them, as the same rule with *mogen* is; without the area of the map, or without the duty, somebody builds.
@pytest.mark.parametrize(
    "text",
    [
        "De schuren moeten worden gebouwd binnen de op de kaart aangegeven bouwvlakken.",
        "De bijgebouwen dienen opgericht te worden in het bouwvlak.",
        "Het hoofdgebouw moet buiten het bouwvlak worden gebouwd.",
        "De hoofdgebouwen moeten in het bestemmingsvlak opgericht worden.",
        # the parser reads 'bouwvlakken' as an infinitive here: the word list decides
        "De garages dienen te worden gebouwd binnen de op de plankaart getekende bouwvlakken.",
    ],
)
def test_a_duty_to_build_inside_an_area_of_the_plan_map_is_left_out(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        "Voor de bewoners moet in de wijk een nieuwe speeltuin worden aangelegd.",
        "Het nieuwe hoofdgebouw moet volgend jaar in de wijk worden gebouwd.",
        "De nieuwe woningen worden volgend jaar binnen het bouwvlak gebouwd.",
    ],
)
def test_building_without_a_duty_or_without_an_area_of_the_map_keeps_its_finding(text):
    assert "BT301" in rules(text, "BT301", "BT302")


# A phrase with *bij* and an indefinite or universal noun makes a general statement for any such case, as a
# subject with *een* or *elke* does: whoever acts differs from case to case.
@pytest.mark.parametrize(
    "text",
    [
        "Bij een verbouwing wordt de oude vloer altijd eerst verwijderd.",
        "Bij elke aanvraag wordt het advies van de welstandscommissie gevraagd.",
        "Bij alle nieuwe woningen moet de voordeur vanaf de straat goed zichtbaar worden gemaakt.",
        "De dakgoot wordt alleen vervangen bij een lekkage van meer dan tien liter.",
    ],
)
def test_a_case_with_bij_and_an_indefinite_noun_is_a_general_statement(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # one case (definite), a practice (bare noun), a comparison with another case (zoals bij)
        "Bij de verbouwing van het stadhuis wordt de oude vloer eerst verwijderd.",
        "Bij rioolvervanging wordt de oude leiding meteen verwijderd.",
        "De kosten kunnen niet zoals bij een actief grondbeleid worden verhaald via de verkoop van grond.",
        # what meets the norm is the case itself, the better subject: 'Een verbouwing moet aan de eisen voldoen'
        "Bij een verbouwing moet aan de eisen van het bouwbesluit worden voldaan.",
    ],
)
def test_one_case_a_practice_or_a_comparison_keeps_its_finding(text):
    assert "BT301" in rules(text, "BT301", "BT302")


# *verantwoorden* with *zijn* says that a text gives the account (*is verantwoord in de waterparagraaf*), as the
# other verbs of what a text holds: the text is the better subject, nobody hides. With *worden* somebody acts.
def test_zijn_verantwoord_in_a_text_is_what_the_text_holds():
    text = "De gevolgen van de nieuwe wijk voor het grondwater in de omgeving zijn verantwoord in de waterparagraaf."
    assert rules(text, "BT301", "BT302") == []


def test_worden_verantwoord_keeps_its_finding():
    text = "De gevolgen van de nieuwe wijk voor het grondwater worden volgend jaar verantwoord in een aparte notitie."
    assert "BT301" in rules(text, "BT301", "BT302")
