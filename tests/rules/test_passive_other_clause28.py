"""A door-phrase before the conjunction that opens the passive's own clause belongs to the clause before it (issue
#16, twenty-eighth round: on new27 and new29 a judged row advised to make the council of a relative clause
*welke is vastgesteld ... door de gemeenteraad* the subject of a later *en ... in stand wordt gehouden*, which changes
the meaning). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def passive(sentence: str, words: str):
    [finding] = [f for f in check_text(sentence, config=PASSIVES) if f.rule == "BT301" and f.text == words]
    return finding


def said(finding) -> str:
    return " ".join([finding.message, *finding.advice, *finding.suggestions])


def test_a_door_phrase_of_the_relative_clause_before_is_not_the_doer():
    sentence = (
        "In de regels van dit plan staat dat bij de nieuwe school in voldoende fietsenstallingen wordt voorzien, "
        "zoals blijkt uit Fietsnota Tiel welke is vastgesteld op 4 juni 2018 door de gemeenteraad van de gemeente "
        "Tiel of haar opvolger, en deze stallingen als zodanig in stand worden gehouden."
    )
    finding = passive(sentence, "worden gehouden")
    assert "gemeenteraad" not in said(finding) and "staat er wel" not in said(finding)
    assert finding.advice == ["Zeg wie het doet."]


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # the door-phrase first, the verb second: one clause, the phrase is the doer
        (
            "Door de raad en door het college wordt het plan vastgesteld.",
            "wordt het plan vastgesteld",
            "de raad",
        ),
        # the subject before the door-phrase: the conjunction after it opens the next clause, not this one
        (
            "Het plan wordt door de raad en het college vastgesteld, en de kosten door de provincie betaald.",
            "wordt door de raad en het college vastgesteld",
            "de raad en het college",
        ),
        (
            "Dit besluit is door de raad genomen, en de kosten worden door het rijk betaald.",
            "is door de raad genomen",
            "de raad",
        ),
    ],
)
def test_a_door_phrase_of_the_clause_itself_stays_the_doer(sentence, words, doer):
    finding = passive(sentence, words)
    assert "staat er wel" in said(finding) and doer in said(finding)
