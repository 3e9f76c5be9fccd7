"""Thirty-third round, task nomin48b (BT201, BT202): nouns of action the detector did not know (issue 18).

- *bouw*, *sloop* and *opslag* name the act of their verb where a van-phrase gives the act's object: *de bouw van
  twaalf woningen* is *twaalf woningen bouwen*, *de sloop van de schuur* is *de schuur slopen*, *de opslag van
  gevaarlijke stoffen* is *gevaarlijke stoffen opslaan*. Without an object they name a trade or a place (*in de bouw
  werken*, *een opslag voor hout*): no finding. *Woningbouw* stays a word of its own.
- The advice of a weak verb (BT202) names the noun of the matched words: in *vindt de afvoer plaats ... en vindt
  lozing niet plaats* the second match is about *lozing*, though the parse puts both in one clause.

Every sentence here is written for the test; each finding fails on main, each silent case holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")
WEAK = Config(select=("BT202",), min_severity="info")


def findings(text: str, config: Config = NOMIN):
    return [(text[f.offset : f.end_offset], f) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    ("text", "span", "example"),
    [
        (
            "De bouw van twaalf woningen begint in het voorjaar.",
            "De bouw van twaalf woningen",
            "woningen bouwen",
        ),
        (
            "De gemeente maakt de sloop van de oude schuur mogelijk.",
            "de sloop van de oude schuur",
            "de oude schuur slopen",
        ),
        (
            "De opslag van gevaarlijke stoffen is op dit terrein niet toegestaan.",
            "De opslag van gevaarlijke stoffen",
            "gevaarlijke stoffen opslaan",
        ),
    ],
)
def test_noun_of_action_with_its_object(text, span, example):
    found = findings(text)
    assert [s for s, _ in found] == [span]
    [(_, finding)] = found
    assert example in " ".join([*finding.suggestions, *finding.advice])


@pytest.mark.parametrize(
    "text",
    [
        # the trade, a stage, a place: no act with an object
        "Hij werkt al twintig jaar in de bouw.",
        "Achter de loods staat een opslag voor hout.",
        "Tijdens de sloop blijft de weg open.",
        # a word of its own, also with a van-phrase
        "De woningbouw van deze gemeente ligt al jaren stil.",
    ],
)
def test_no_object_no_finding(text):
    assert findings(text) == []


def test_weak_verb_advice_names_its_own_noun():
    text = "Bij hevige regen vindt de afvoer plaats via een sloot en vindt lozing op het riool niet plaats."
    advice = {span: " ".join(f.advice) for span, f in findings(text, WEAK)}
    second = [a for span, a in advice.items() if "lozing" in span]
    assert second and "'lozen'" in second[0] and "'afvoer'" not in second[0]
