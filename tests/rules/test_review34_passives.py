"""The reviewer's points on the passive side of round 34 (task mend34b): a noun of time is an adverbial only with
*elk*, *ieder* or *een ... per*, as ``passive_worth._time_phrase`` says; with *het* or a bare *een* it is the
subject (*Het jaar wordt afgesloten met een feest*, *Een maand wordt verdeeld in vier weken*: a definition). The
relative words of ``passive_relative`` come from the data. Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import Config, check_text
from beleidstaal.language.passive_worth import _time_phrase
from beleidstaal.model import load_model

PASSIVES = Config(select=("BT301", "BT302", "BT303"))


def _noun(text: str, word: str):
    return next(t for t in load_model()(text) if t.lower_ == word)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Het jaar wordt afgesloten met een feest.", "jaar"),
        ("De week wordt gevuld met activiteiten.", "week"),
        ("Een maand wordt verdeeld in vier weken.", "maand"),
    ],
)
def test_a_noun_of_time_with_another_determiner_is_the_subject(text, word):
    """Only *elk*, *ieder* (and *een ... per*) make a noun of time an adverbial; the contrast stays one."""
    assert _time_phrase(_noun(text, word)) is False
    assert _time_phrase(_noun("Elk jaar wordt een programma opgesteld.", "jaar")) is True
    assert _time_phrase(_noun("Een keer per jaar wordt het afval opgehaald.", "keer")) is True


def test_a_definition_with_een_and_a_noun_of_time_keeps_its_subject():
    """*Een maand wordt verdeeld in vier weken* defines what a month is (its subject opens with *een*), like *Een
    plicht wordt uitgedrukt als ...*: no doer to name."""
    assert [f.text for f in check_text("Een maand wordt verdeeld in vier weken.", config=PASSIVES)] == []
