"""Which passives are worth a finding (language.passive.worth_reporting): a doer that hides and matters, not a
state, a description, history, a rule for everyone or a general statement (issue #16, real-text false positives).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def rules(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=PASSIVES)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plan is voorgelegd aan de commissie.",  # short state / result with zijn
        "De woning is gelegen aan de Dorpsstraat.",  # stative participle
        "Het plangebied is op de kaart rood omlijnd.",
        "De subsidie is bestemd voor jonge gezinnen.",
        "Dit is de afstand die moet worden aangehouden.",  # relative clause
        "Wij zoeken een manier waarmee wordt aangetoond dat het werkt.",
        "In 1920 werd begonnen met de bouw van de school.",  # history
        "Op deze gronden mogen geen bouwwerken worden gebouwd.",  # a rule for everyone
        "Een plicht wordt uitgedrukt als een handeling van een persoon.",  # general statement
        "Op het plein wordt er volop gespeeld.",  # natural impersonal passive
        "Er worden steeds meer afspraken gemaakt.",  # er + subject: reports what happens
        "Er is een voorlopige voorziening aangevraagd.",
        # the subject that the parser reads as an object, and a clause inside a relative clause
        "In het noorden komen huurhuizen en volgens de afspraak wordt er 20% goedkope koopwoningen gebouwd.",
        "Wij zoeken de middelen waarmee wordt aangetoond dat de aanvraag op de juiste manier is ingediend.",
    ],
)
def test_passives_where_the_doer_does_not_matter_are_not_reported(sentence):
    assert rules(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Het besluit over de nieuwe school wordt morgen genomen.", "BT301"),
        ("Het beleid dient te worden herijkt.", "BT301"),
        ("Het plan is door de raad vastgesteld.", "BT301"),  # a named doer: always worth the active
        ("Het voor de aanvraag van de vergunning benodigde formulier is opgenomen in de bijlage.", "BT301"),
        ("Er wordt ingezet op preventie.", "BT302"),
        ("Er wordt door de gemeente ingezet op preventie.", "BT302"),
        ("In 1920 werd de school door de gemeente gebouwd.", "BT301"),
    ],
)
def test_passives_that_hide_a_doer_or_are_long_are_still_reported(sentence, rule):
    assert rules(sentence) == [rule]
