"""Water that a sewer or a basin carries, as the subject of a passive of flow (*het afvalwater wordt op het riool
geloosd*), describes how the water goes: no BT301, also where the parse misreads the subject (*het vuile
afvalwater*, a quantity *80 m3 hemelwater*, a first word it leaves without a role). Task passive38 in
bench/quality/real/RESULTS.md. Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text


def passives(text: str) -> list[str]:
    return [f.text for f in check_text(text) if f.rule in ("BT301", "BT302")]


@pytest.mark.parametrize(
    "text",
    [
        # the adjective read as the subject, the water hung on it
        "Het vuile afvalwater van de woning zal op het riool worden geloosd.",
        # a quantity of water: the unit before the noun
        "In de wadi kan ongeveer 80 m3 hemelwater worden geborgen.",
        # the water as first word, which the parse gives no role in the clause
        "Er ligt een gemengd stelsel. Afvalwater uit het plangebied zal worden afgevoerd via de bestaande riolering.",
        "Er ligt een gemengd stelsel. Afvalwater uit de kern zal worden afgevoerd via de bestaande riolering.",
    ],
)
def test_water_that_flows_is_no_hidden_doer(text):
    assert passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a duty: somebody must see to it
        "Het hemelwater moet op eigen terrein worden opgevangen.",
        "Afvalwater van de nieuwe woningen moet worden afgevoerd via een gescheiden stelsel.",
        # the doer is named
        "Het afvalwater wordt door het waterschap afgevoerd naar de zuivering.",
        # the subject is not the water
        "De nieuwe woningen worden aangesloten op het bestaande riool.",
        # a noun named after the water is no water
        "Het aspect water wordt in paragraaf 4 afgevoerd.",
    ],
)
def test_a_duty_a_doer_or_another_subject_keeps_the_finding(text):
    assert passives(text) != []
