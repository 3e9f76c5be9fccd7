"""After blind15: suggestions on right findings that were judged bad. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_term

from beleidstaal import check_text
from beleidstaal.config import Config


def zijnde_advice(text: str) -> str:
    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.text == "zijnde"]
    assert hits, text
    return hits[0].advice[0]


# --- zijnde before its noun: the clause keeps the article, all nouns and the whole phrase


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # a prepositional phrase with its own article inside the phrase, coordinated nouns
        (
            "Dit deel geeft een overzicht van de voor het plan van belang zijnde nota's en studies.",
            "Maak er een bijzin van: 'de nota's en studies die voor het plan van belang zijn'.",
        ),
        # a het-noun, its article tagged as a pronoun
        (
            "Wij lezen het voor dit besluit van belang zijnde rapport.",
            "Maak er een bijzin van: 'het rapport dat voor dit besluit van belang is'.",
        ),
        # an adjective as the predicate, after a prepositional phrase
        (
            "Het college wijst de in het gebied aanwezig zijnde bomen aan.",
            "Maak er een bijzin van: 'de bomen die in het gebied aanwezig zijn'.",
        ),
        (
            "Wij sturen een voor de buurt van belang zijnde brief.",
            "Maak er een bijzin van: 'een brief die voor de buurt van belang is'.",
        ),
        # an adjective with its ending goes with the noun, one without stays in the phrase
        (
            "In dit deel staan de diverse wettelijk van toepassing zijnde regels.",
            "Maak er een bijzin van: 'de diverse regels die wettelijk van toepassing zijn'.",
        ),
        # a cut first half of a compound: the coordination is plural, one compound is singular
        (
            "Wij kijken naar de in dit kader van belang zijnde milieu- en omgevingsaspecten.",
            "Maak er een bijzin van: 'de milieu- en omgevingsaspecten die in dit kader van belang zijn'.",
        ),
        (
            "Nu is de sinds vorig jaar van kracht zijnde Flora- en faunawet van belang.",
            "Maak er een bijzin van: 'de Flora- en faunawet die sinds vorig jaar van kracht is'.",
        ),
    ],
)
def test_zijnde_clause_keeps_the_whole_noun_phrase(text, advice):
    assert zijnde_advice(text) == advice


def test_zijnde_without_an_article_of_its_own_gets_no_example():
    advice = zijnde_advice("Wij lezen voor het plan van belang zijnde nota's.")
    assert advice == "Maak er een bijzin van: zet na 'nota's' 'die' en dan '... zijn'."


# --- hanteren with a clause as its complement sets a rule or an assumption: no 'gebruikt dat'


def hanteren(text: str):
    return one_term(text, "hanteren")


@pytest.mark.parametrize(
    "text",
    [
        "Voorlopig wordt gehanteerd dat een aanvraag binnen acht weken klaar is.",
        "Wij hanteren dat een vergunning voor een terras vijf jaar geldig is.",
    ],
)
def test_hanteren_with_a_dat_clause_gets_no_drop_in(text):
    hit = hanteren(text)
    assert not hit.suggestions
    assert "gebruik" not in hit.message
    assert any("geldt" in a for a in hit.advice)
    # with an object of its own the clause is not its complement: the drop-in stays
    hit = hanteren("Wij hanteren een termijn die zo kort is dat niemand klaagt.")
    assert hit.suggestions == ["gebruiken"]
    # with an als-phrase the clause says what the rule is: 'gebruikt als regel dat ...' is Dutch
    hit = hanteren("De gemeente hanteert als regel dat bomen in de straat blijven staan.")
    assert hit.suggestions == ["gebruikt"]


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe bedrijven (niet zijnde bars of dancings) zijn hier toegestaan.",
        "Deze woningen staan in de nota als zijnde plannen waar al over besloten is.",
    ],
)
def test_zijnde_after_a_negation_or_als_can_go(text):
    assert zijnde_advice(text) == "Schrappen."
