"""After blind10: a change with a number, a negation kept in the example, a verb with its subject as what follows
*van*, a doer above a *te*-infinitive, *onderscheid maken* as plain Dutch (BT201, BT202; task nomin14). Every
sentence here is written for the test; each test fails before the change unless it says it is a guard."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.nominalisation import BLOCKERS

NOMIN = Config(select=("BT201",), min_severity="info")
SUPPORT = Config(select=("BT202",), min_severity="info")


def found(text: str, config: Config = NOMIN):
    return list(check_text(text, config=config))


def spans(text: str, config: Config = NOMIN) -> list[str]:
    return [f.text for f in found(text, config)]


def test_amount_is_a_blocker():
    assert "amount" in BLOCKERS


# a change with a number names its size: concrete, nobody hidden, and '65 auto's toenemen' is no Dutch


@pytest.mark.parametrize(
    "text",
    [
        "Het plan leidt tot een stijging van 12 procent in het aantal bezoekers.",
        "De nieuwe weg kan een toename van ruim 40 auto's per uur goed aan.",
    ],
)
def test_change_with_a_number_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text,span",
    [
        # guards: without a number the change is an event; an act with a number keeps its finding
        ("Het plan zorgt voor een toename van de geluidsoverlast in de straat.", "toename"),
        ("Het plan voorziet in de realisatie van 12 woningen.", "realisatie"),
    ],
)
def test_change_without_number_and_act_with_number_reported(text, span):
    assert any(span in s for s in spans(text))


# a verb without an object: what follows 'van' is its subject, so no example 'de overlast toenemen'


def test_change_verb_gives_advice_without_broken_example():
    (f,) = found("Het plan zorgt voor een toename van de geluidsoverlast in de straat.")
    assert "toenemen" in f.advice[0] and "onderwerp" in f.advice[0]
    assert "bijvoorbeeld" not in f.advice[0]


def test_change_verb_advice_keeps_the_negation():
    (f,) = found("De sloop zorgt voor geen toename van de geluidsoverlast.")
    assert "'niet' in plaats van 'geen'" in f.advice[0]


# an example never drops the negation 'geen'


@pytest.mark.parametrize(
    "text,example",
    [
        ("Het bouwplan leidt tot geen verhoging van de huurprijzen.", "de huurprijzen niet verhogen"),
        ("Er is geen aantasting van de bomen langs de dijk.", "de bomen niet aantasten"),
    ],
)
def test_example_keeps_the_negation(text, example):
    (f,) = found(text)
    assert f"'{example}'" in f.advice[0]


def test_example_without_negation_unchanged():
    # guard: no 'geen', no 'niet'
    (f,) = found("Het bouwplan leidt tot een verhoging van de huurprijzen.")
    assert "'de huurprijzen verhogen'" in f.advice[0]


# BT202: the subject of the verb above a te-infinitive does it (*gemeenten dienen aandacht te besteden aan*)


def test_doer_above_te_infinitive_not_reported():
    assert (
        spans("Met de nieuwe wet dienen waterschappen meer aandacht te besteden aan droogte.", SUPPORT) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # guards: a passive and an 'om ... te' clause without a subject stay reported
        "In het plan dient aandacht besteed te worden aan de kosten.",
        "Het is verplicht om aandacht te besteden aan de kosten.",
    ],
)
def test_no_doer_still_reported(text):
    assert spans(text, SUPPORT) != []


# 'onderscheid maken' is everyday Dutch; 'onderscheiden' is not plainer


@pytest.mark.parametrize(
    "text",
    [
        "In de nota wordt onderscheid gemaakt tussen kleine en grote bedrijven.",
        "Wij maken onderscheid tussen huurwoningen en koopwoningen.",
    ],
)
def test_onderscheid_maken_not_reported(text):
    assert spans(text, SUPPORT) == []


def test_in_beschouwing_nemen_offers_overwegen():
    (f,) = found("Het doen van een melding moet in beschouwing worden genomen bij elke aanvraag.", SUPPORT)
    assert "'overwegen'" in f.advice[0] and "bekijken" not in f.advice[0]
