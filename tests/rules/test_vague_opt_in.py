"""Vague words after blind9 (issue #16): reservations (BT108) and vague quantities (BT109) run only when asked for;
the vague and stiff words that stay in BT106 run by default. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app
from beleidstaal.config import Config
from beleidstaal.rules.registry import get_rule

DEFAULT = Config(min_severity="info")


def _rules(text: str, config: Config = DEFAULT) -> list[tuple[str, str]]:
    return [(f.rule, f.text.lower()) for f in check_text(text, config=config) if f.category == "vaag"]


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("In principe krijgt u binnen zes weken antwoord.", "BT108", "in principe"),
        ("Wij planten waar mogelijk nieuwe bomen.", "BT108", "waar mogelijk"),
        ("Wij beperken de overlast zo veel mogelijk.", "BT108", "zo veel mogelijk"),
        ("De datum van de opening is nader te bepalen.", "BT108", "nader te bepalen"),
        ("Er zijn diverse klachten over de weg binnengekomen.", "BT109", "diverse"),
        ("De kosten zijn enigszins gestegen.", "BT109", "enigszins"),
        ("Het aantal inbraken is significant gedaald.", "BT109", "significant"),
    ],
)
def test_reservations_and_vague_quantities_only_when_selected(text, rule, words):
    assert _rules(text) == []
    assert (rule, words) in _rules(text, Config(select=(rule,), min_severity="info"))
    # the category and the start of the code select them too, with BT106
    assert (rule, words) in _rules(text, Config(select=("vaag",), min_severity="info"))
    assert (rule, words) in _rules(text, Config(select=("BT10",), min_severity="info"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("De aanvragen komen veelal per post binnen.", "veelal"),
        ("Wij reageren doorgaans binnen een week.", "doorgaans"),
        ("Wij zorgen voor een adequate opvang van de kinderen.", "adequate"),
        ("U kunt al dan niet een bijdrage betalen.", "al dan niet"),
    ],
)
def test_vague_and_stiff_words_stay_on_by_default(text, words):
    assert ("BT106", words) in _rules(text)


def test_ignoring_bt106_leaves_the_opt_in_rules_alone():
    config = Config(select=("BT108",), ignore=("BT106",), min_severity="info")
    assert _rules("In principe komt de monteur veelal dezelfde week.", config) == [("BT108", "in principe")]


def test_the_opt_in_rules_say_so():
    for code in ("BT108", "BT109"):
        rule = get_rule(code)
        assert rule.opt_in and rule.category == "vaag"
        result = CliRunner().invoke(app, ["explain", code], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        assert f"niet standaard aan: u zet hem aan met --select {code}" in result.output
    assert not get_rule("BT106").opt_in
