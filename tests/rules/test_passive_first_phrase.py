"""A door-phrase inside the first phrase of a main clause belongs to a noun there, not to the passive (issue #16,
nineteenth round: a judged docs row named 'de overheid aan de samenleving' as the doer). Only one phrase stands
before the finite verb of a Dutch main clause, so in *Na goedkeuring door de raad wordt het plan gepubliceerd* the
raad approves, and who publishes is not said. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def one_passive(sentence: str):
    [finding] = [f for f in check_text(sentence, config=PASSIVES) if f.rule == "BT301"]
    return finding


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Na goedkeuring door de raad wordt het plan gepubliceerd.", "de raad"),
        ("Bij de behandeling van bezwaren door de commissie wordt een verslag gemaakt.", "de commissie"),
        (
            "Bij het verlenen van diensten door de overheid aan de inwoners wordt veel informatie gevraagd.",
            "overheid",
        ),
        # the first phrase is the subject, an act with its own doer: who carries the assessment out is not said
        ("De beoordeling door de gemeente wordt uitgevoerd.", "gemeente"),
        # 'door' as a place inside the subject; the middle field ('extra') shows a main clause
        ("De bestaande route door Kampen zal extra worden belast.", "Kampen"),
    ],
)
def test_a_door_phrase_in_the_first_phrase_is_not_the_doer(sentence, noun):
    finding = one_passive(sentence)
    said = " ".join([finding.message, *finding.advice, *finding.suggestions])
    assert noun not in said and "staat er wel" not in said
    assert finding.advice == ["Zeg wie het doet."]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Door de gemeente wordt een nieuw plan gemaakt.",
            "de gemeente",
        ),  # the first phrase is the door-phrase
        ("Het plan wordt in maart door de raad vastgesteld.", "De raad stelt het plan in maart vast"),
        ("Vorig jaar is door de raad een besluit genomen.", "Vorig jaar heeft de raad een besluit genomen"),
        # a clause with its verb at the end: the order says nothing about the first phrase
        ("Dit is het plan dat in mei door de raad is vastgesteld.", "dat de raad in mei heeft vastgesteld"),
        ("Indien het gebouw eerder door de vleermuis is gebruikt, blijft het staan.", "de vleermuis"),
    ],
)
def test_the_doer_of_the_clause_is_still_named(sentence, said):
    finding = one_passive(sentence)
    assert said in " ".join([*finding.advice, *finding.suggestions])


@pytest.mark.parametrize(
    "item",
    [
        "de bewoners door de gemeente worden geïnformeerd;",  # a subject before the door-phrase
        "in mei door de raad wordt vastgesteld;",  # no subject after the finite verb, the verbs side by side
    ],
)
def test_a_list_item_that_finishes_a_dat_clause_keeps_its_doer(item):
    # the items finish 'Het college zorgt ervoor dat:': clauses with their verbs at the end, not main clauses
    source = f"Het college zorgt ervoor dat:\n\n- {item}\n- de kosten worden betaald.\n"
    findings = [f for f in check_text(source, kind="markdown", config=PASSIVES) if f.rule == "BT301"]
    [finding] = [f for f in findings if f.line == 3]
    doer = "de gemeente" if "gemeente" in item else "de raad"
    assert doer in finding.message


def test_door_middel_van_says_how_not_who():
    finding = one_passive("Door middel van een brief wordt u over het besluit geïnformeerd.")
    said = " ".join([finding.message, *finding.advice, *finding.suggestions])
    assert "middel" not in said and finding.advice == ["Zeg wie het doet."]
