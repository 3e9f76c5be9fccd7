"""BT301/BT302 advice that names the doer the text gives (task sugg33): a door-phrase the parse hung elsewhere is
still the doer ('Begin de zin met wie het doet'), a text that speaks as *we* names *we* first, and a text that
says *je* to its reader no longer breaks on an impersonal passive."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")


def advice_on(text: str, words: str, kind: str = "text") -> str:
    found = [f for f in check_text(text, config=ONLY, kind=kind) if words in f.text]
    assert found, [f.text for f in check_text(text, config=ONLY, kind=kind)]
    return " ".join(found[0].advice)


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # the parse hangs 'non-ITers' on the later noun: the door-phrase right after the verb group still names it
        (
            "De regels kunnen zonder hulp opgesteld worden door non-ITers en gecontroleerd worden door een "
            "validator.",
            "opgesteld worden",
            "non-ITers",
        ),
        # the parse tags the abbreviation as an adjective: the door-phrase inside the verb group names it
        (
            "Het bouwen van twee schuren wordt door de AbRS niet als een stedelijke ontwikkeling aangemerkt.",
            "aangemerkt",
            "de AbRS",
        ),
    ],
)
def test_a_door_phrase_the_parse_missed_names_the_doer(sentence, words, doer):
    text = advice_on(sentence, words)
    assert f"Begin de zin met wie het doet: '{doer}'" in text
    assert "de aanvrager" not in text and "'is'" not in text


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # door + a te-infinitive says how, not who
        (
            "De woning wordt in het dorp ingepast door aansluiting te zoeken bij de bestaande bebouwing.",
            "ingepast",
        ),
        # a nominal infinitive after door: how
        (
            "De vereiste aansturing wordt gerealiseerd door het combineren van diverse activiteiten.",
            "gerealiseerd",
        ),
        ("De kosten worden gedekt door middel van een subsidie.", "gedekt"),
    ],
)
def test_a_door_phrase_of_means_names_nobody(sentence, words):
    assert "Begin de zin met wie het doet" not in advice_on(sentence, words)


WE_TEXT = (
    "# Ons register\n\nWe bouwen een register. We beschrijven hier hoe we dat doen. Wij werken met open "
    "standaarden en we delen alles.\n\n{}\n"
)


def test_a_text_that_speaks_as_we_names_we_with_the_verb():
    text = advice_on(
        WE_TEXT.format("De afspraken worden in een logboek vastgelegd."), "vastgelegd", "markdown"
    )
    assert text == "Zeg wie het doet: wij ('we leggen ... vast') of een ander?"


def test_a_can_passive_in_a_we_text_offers_we_and_the_reader():
    text = advice_on(
        WE_TEXT.format("Deze bestanden kunnen eenvoudig op een server worden gezet."), "gezet", "markdown"
    )
    assert "wij ('we kunnen ... zetten')" in text and "de lezer ('je kunt ... zetten')" in text
    assert "de aanvrager" not in text


def test_a_plan_without_we_keeps_its_advice():
    text = advice_on("Deze bestanden kunnen eenvoudig op een server worden gezet.", "gezet")
    assert text.startswith("Zeg wie dit kan doen: de gemeente")


def test_a_duty_in_a_we_text_keeps_the_duty_advice():
    text = advice_on(
        WE_TEXT.format("De aanvraag moet binnen een week worden ingediend."), "ingediend", "markdown"
    )
    assert text.startswith("Zeg wie dit moet doen")


def test_an_impersonal_passive_in_a_text_that_says_je():
    text = (
        "# Melden\n\nJe leest hier hoe je een melding doet. Je kunt het formulier gebruiken. Heb je vragen, dan "
        "bel je ons.\n\nEr wordt daarna gekeken naar de aanvraag.\n"
    )
    found = [f for f in check_text(text, config=ONLY, kind="markdown") if f.rule == "BT302"]
    assert found and "de gemeente, wij, de" in found[0].message  # main (831fc69) says "de lezer"
