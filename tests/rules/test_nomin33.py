"""Twenty-second round, task nomin33 (BT201): a change that nobody does is a quantity also when a verb looks at it
through a preposition (*kijken naar de toename van de depositie*: ``measuring_phrases``), and *het functioneren van*
is a noun of its own (how something works; the verb takes no object). Every sentence here is written for the test;
each silent one gave a finding before the change, each guard holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return check_text(text, config=NOMIN)


@pytest.mark.parametrize(
    "text",
    [
        # a quantity that the clause looks at
        "Voor het plan moet ook worden gekeken naar de mogelijke toename van het verkeer op de dijk.",
        "Bij het ontwerp is vooral gekeken naar de afname van het aantal parkeerplaatsen.",
        # how something works
        "Daardoor worden er hogere eisen gesteld aan het functioneren van de gemeente.",
        "De bouw van de woningen heeft geen invloed op het functioneren van het watersysteem.",
    ],
)
def test_examined_quantity_and_functioning_not_reported(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the change as the subject of an event, or after *kijken naar* when it is no change that nobody does
        (
            "De toename van het verkeer op de dijk leidt tot meer geluid.",
            "De toename van het verkeer",
        ),
        (
            "Wij kijken ook naar de verbetering van de dienstverlening aan ondernemers.",
            "de verbetering van de dienstverlening aan ondernemers",
        ),
        # an act on an object after *eisen stellen aan* stays reported
        (
            "Daardoor worden er hogere eisen gesteld aan het beheren van de gegevens.",
            "het beheren van de gegevens",
        ),
    ],
)
def test_act_still_reported(text, span):
    assert [f.text for f in findings(text)] == [span]


# A bare noun coordinated with the object and followed by a verb of its own is the object of a second act (*het
# delen van data of inzicht geven in*): the finding and its example end before it. Before the change the object
# ran on into the second act (example 'gegevens en advies verzamelen'), or the finding overlapped the support verb
# of BT202 and was dropped.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Het team werkt aan het verzamelen van gegevens en advies geven aan gemeenten.",
            "het verzamelen van gegevens",
        ),
        (
            "Veel projecten hebben te maken met het delen van kennis of inzicht geven in de cijfers.",
            "het delen van kennis",
        ),
        # guard: an infinitive of the clause's verb group (laten, gaan, komen + infinitive) leaves the object whole
        # (review of nomin33: the span stopped at 'wegen', the example read 'wegen aanleggen')
        (
            "Wij laten de aanleg van wegen en dijken onderzoeken.",
            "de aanleg van wegen en dijken",
        ),
        (
            "De gemeente gaat de afhandeling van bezwaren en klachten verbeteren.",
            "de afhandeling van bezwaren en klachten",
        ),
        # guard: the clause's own verb after the object (verb last in Dutch) leaves the object whole
        (
            "De provincie wil bij de aanleg van wegen en dijken helpen.",
            "de aanleg van wegen en dijken",
        ),
    ],
)
def test_second_act_ends_the_object(text, span):
    assert [f.text for f in findings(text)] == [span]
