"""Findings an editor rejects on the newest sheets (task prec50), by cause. BT501: the front of a fixed verb phrase
(*in werking*, *ter inzage*) belongs to the verb cluster that closes the bracket, not to the words between; *om ...
te* opens a clause, never a modifier before a noun. Word lists: *de circulaire* is also a minister's letter; a
conclusion is drawn from the whole already; *voordeel ontlenen aan* is profiting; *intensivering* in spatial
planning is building more densely; program code is a language one translates into. BT201: *het beste* is an
adverbial, not the noun's determiner."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(sentence: str, rule: str):
    return [f for f in check_text(sentence, config=Config(select=(rule,), min_severity="info"))]


# --- BT501: the front of a fixed verb phrase is part of the verb --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Per 1 maart 2016 is de nieuwe regeling voor geluid en de bijbehorende kaart in werking getreden.",
        "Na de uitspraak wordt het gewijzigde plan voor de derde keer twee maanden ter inzage gelegd.",
    ],
)
def test_the_front_of_a_fixed_verb_phrase_is_not_counted_between_the_poles(sentence):
    assert not found(sentence, "BT501")


def test_a_long_bracket_with_a_fixed_verb_phrase_is_still_reported_and_named_whole():
    sentence = (
        "Het ontwerp heeft vanaf 3 februari 2021 tot en met 16 maart 2021 op het gemeentehuis en online voor "
        "iedereen ter inzage gelegen."
    )
    (tang,) = found(sentence, "BT501")
    assert "'ter inzage gelegen'" in tang.message
    assert "'heeft'" in tang.message


# --- BT501: om ... te opens a clause ------------------------------------------------------------------------


def test_om_te_opens_no_modifier_before_a_noun():
    sentence = "Bij elke aanvraag is het van belang om te achterhalen of sprake is van vervuiling."
    assert not found(sentence, "BT501")


def test_a_bare_te_modifier_before_its_noun_stays_a_tang():
    sentence = "De nog door de gemeente met de provincie te verstrekken uitkeringen zijn hoog."
    assert found(sentence, "BT501")


# --- word lists ---------------------------------------------------------------------------------------------


def test_de_circulaire_before_its_title_is_the_letter_not_the_adjective():
    sentence = (
        "De afstanden voor vervoer over de weg stonden tot 2015 in de circulaire Risiconormering vervoer "
        "gevaarlijke stoffen."
    )
    assert not [f for f in found(sentence, "BT102") if "circulair" in f.text.lower()]


def test_circulair_building_is_still_reported():
    assert found("De gemeente kiest bij de nieuwe school voor circulaire materialen.", "BT102")


def test_algehele_conclusie_gets_no_volledig_or_totaal():
    (f,) = found(
        "Algehele conclusie is dat het aspect geluid de bouw van de school niet in de weg staat.", "BT101"
    )
    advice = " ".join(f.advice)
    assert "volledig" not in advice and "totaal" not in advice
    assert "laat het weg" in advice.lower()


def test_algehele_vrijstelling_keeps_volledig():
    (f,) = found("Voor deze kleine bedrijven geldt een algehele vrijstelling.", "BT101")
    assert "volledig" in " ".join(f.advice)


def test_voordeel_ontlenen_aan_is_profiting_not_a_source():
    (f,) = found("Omwonenden ontlenen veel voordeel aan de nieuwe fietsbrug.", "BT101")
    advice = " ".join(f.advice)
    assert "voordeel hebben van" in advice
    assert "gebaseerd op" not in advice


def test_intensivering_beside_herstructurering_is_building_more_densely():
    sentence = (
        "De ruimte voor nieuwe huizen moet komen uit herstructurering en intensivering binnen de dorpen."
    )
    (f,) = [f for f in found(sentence, "BT102") if f.text == "intensivering"]
    advice = " ".join(f.advice)
    assert "dichter bebouwen" in advice
    assert "uitbreiding" not in advice


def test_intensivering_of_enforcement_keeps_meer_inzet():
    (f,) = found("Er komt een intensivering van het toezicht op de markt.", "BT102")
    assert "meer inzet" in " ".join(f.advice)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het team vertaalt de regels van de wet naar uitvoerbare Python-code.",
        "De ontwikkelaars hebben de regels vertaald naar code.",
        "De regels worden daarna vertaald in Python-code.",
    ],
)
def test_rules_translated_into_program_code_are_translated(sentence):
    assert not found(sentence, "BT102")


def test_goals_translated_into_rules_stay_reported():
    assert found("De doelen van het Rijk zijn vertaald naar regels voor de gemeente.", "BT102")


# --- BT201: het beste is no determiner ----------------------------------------------------------------------


def test_het_beste_is_not_part_of_the_nominalisation():
    sentence = "Het bodemonderzoek kan het beste na de sloop van de oude schuren worden uitgevoerd."
    spans = [f.text for f in found(sentence, "BT201")]
    assert "de sloop van de oude schuren" in spans
    assert not [s for s in spans if s.startswith("het beste")]
