"""Twelfth round, task nomin15 (BT201): nominalisations that are no act a verb would tell better. Every sentence here
is written for the test; each "not reported" sentence gave a finding before the change, each guard is reported before
and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        "Bij de woningen aan de dijk is er een overschrijding van 3 dB op de gevel.",
        "In de zomer meten we een overschrijding van 2,5 op de meetpunten.",
        "Het plan leidt tot een verhoging van 2 meter ten opzichte van het huidige maaiveld.",
        "Er is een verkorting van 10 minuten op de reistijd nodig.",
    ],
)
def test_size_after_van_not_reported(text):
    # a number, or a number with a unit, after *van* is the size of the change, not its object
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De realisatie van 12 woningen is gepland in het voorjaar.", "De realisatie van 12 woningen"),
        (
            "De provincie vraagt een verlaging van 20 procent van de uitstoot.",
            "een verlaging van 20 procent van de uitstoot",
        ),
    ],
)
def test_counted_object_still_reported(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "De provincie werkt aan schone lucht, minder afval en vermindering van geluidshinder.",
        "Het fonds betaalt de grond, de gebouwen en de verbetering van de wegen.",
    ],
)
def test_nominalisation_in_a_row_of_plain_nouns_not_reported(text):
    # a noun joined to plain nouns must stay a noun: a verb phrase cannot be coordinated with them
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "De gemeente zorgt voor de aanleg van het fietspad en de verbetering van de wegen.",
            "de aanleg van het fietspad",
        ),
        (
            "De inzameling en verwerking van afvalwater kost de gemeente veel geld.",
            "verwerking van afvalwater",
        ),
    ],
)
def test_row_of_nominalisations_still_reported(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Ter inzage legging van het ontwerp gedurende vier weken.",
        "Vaststelling van het bestemmingsplan door de gemeenteraad.",
        "Daarna de aanleg van de nieuwe weg.",
    ],
)
def test_a_line_in_note_style_not_reported(text):
    # a short line without a finite verb is a step of a procedure or an item of a list: nominal on purpose
    assert spans(text) == []


def test_a_plural_verb_the_tagger_misses_still_reported():
    # 'geschieden' has a subject: a sentence, not a note
    assert spans(
        "De inrichting van het park en de bijbehorende kosten geschieden voor rekening van de gemeente."
    ) == ["De inrichting van het park en de bijbehorende kosten"]


def advice(text: str) -> list[list[str]]:
    return [f.advice for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Voor de bouw is de schriftelijke instemming van Gedeputeerde Staten nodig.", "instemmen"),
        ("Het streven van het kabinet naar minder regels is bekend.", "streven"),
        ("De gemeente wacht op de instemming van de provincie.", "instemmen"),
    ],
)
def test_a_verb_without_object_makes_van_the_subject(text, verb):
    # 'instemmen met', 'streven naar': no direct object, so not 'de provincie instemmen' but 'de provincie stemt in'
    [found] = advice(text)
    assert found == [f"Schrijf met het werkwoord '{verb}': wat na 'van' staat, is dan het onderwerp."]


def test_a_verb_with_an_object_keeps_its_example():
    [found] = advice("De gemeente werkt aan de verbetering van de dienstverlening.")
    assert "'de dienstverlening verbeteren'" in found[0]
