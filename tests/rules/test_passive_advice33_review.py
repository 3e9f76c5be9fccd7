"""Review of sugg33 (BT301/BT302 advice that names the doer): a street is a way through, not a doer; the *we*
example is correct Dutch for verbs written as one word with a noun or adjective (*we maken ... gebruik*) and in
the past (*we hebben ... opgeleverd*); a door-phrase the parse could not read keeps *we* out of the advice; a
second participle's door-phrase is its own."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")

WE_TEXT = (
    "# Onze aanpak\n\nWe werken aan een nieuw register. In deze notitie leggen we uit wat we doen en waarom wij "
    "daarvoor kiezen.\n\n{}\n"
)


def advice_on(text: str, words: str, kind: str = "text") -> str:
    found = [f for f in check_text(text, config=ONLY, kind=kind) if words in f.text]
    assert found, [f.text for f in check_text(text, config=ONLY, kind=kind)]
    return " ".join(found[0].advice)


def test_a_street_after_door_is_no_doer():
    text = advice_on(
        "Het verkeer kan omgeleid worden door de Stationsstraat en verder gestuurd worden over de provinciale weg.",
        "omgeleid",
    )
    assert "Begin de zin met wie het doet" not in text


def test_an_unknown_noun_in_ers_stays_a_doer():
    text = advice_on(
        "De regels kunnen zonder hulp opgesteld worden door ICTers en gecontroleerd worden door een validator.",
        "opgesteld",
    )
    assert "'ICTers'" in text


def test_the_second_participle_keeps_its_own_doer():
    text = advice_on(
        "De regels kunnen zonder hulp opgesteld worden door ICTers en gecontroleerd worden door een validator.",
        "gecontroleerd",
    )
    assert text == "Begin de zin met wie het doet: 'een validator'."


@pytest.mark.parametrize(
    ("sentence", "words", "example"),
    [
        ("Bij de bouw wordt gebruikgemaakt van open standaarden.", "gebruikgemaakt", "we maken ... gebruik"),
        (
            "De gegevens worden daarna veiliggesteld op een aparte schijf.",
            "veiliggesteld",
            "we stellen ... veilig",
        ),
        ("De eerste versie is vorig jaar opgeleverd.", "opgeleverd", "we hebben ... opgeleverd"),
    ],
)
def test_the_we_example_is_correct_dutch(sentence, words, example):
    assert f"wij ('{example}')" in advice_on(WE_TEXT.format(sentence), words, "markdown")


def test_a_door_phrase_the_parse_missed_keeps_we_out():
    text = advice_on(WE_TEXT.format("De website wordt bezocht door duizenden mensen."), "bezocht", "markdown")
    assert "wij" not in text


def test_a_door_phrase_of_means_keeps_we():
    text = advice_on(
        WE_TEXT.format("De koppeling wordt gerealiseerd door het combineren van twee bestaande diensten."),
        "gerealiseerd",
        "markdown",
    )
    assert "wij ('we realiseren ...')" in text
