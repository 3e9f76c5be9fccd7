"""A passive of building or shaping with an adjective of what the thing becomes (*wordt energieneutraal gebouwd*,
*wordt landschappelijk ingepast*), without a modal, tells what the building or the place is like: no BT301 (study
shape23 and blind21 in bench/quality/real/RESULTS.md). Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text


def passives(text: str) -> list[str]:
    return [f.text for f in check_text(text) if f.rule in ("BT301", "BT302")]


@pytest.mark.parametrize(
    "text",
    [
        "De nieuwe woning wordt energieneutraal gebouwd, zodat er geen extra uitstoot van stikstof ontstaat.",
        "Het erf wordt landschappelijk ingepast met een haag en een rij knotwilgen langs de sloot.",
        "Het nieuwe woongebied wordt groen ingericht, met ruimte voor spelen en voor water.",
        "De drie woningen worden gasloos gebouwd en krijgen zonnepanelen op het dak.",
    ],
)
def test_what_the_building_becomes_is_no_hidden_doer(text):
    assert passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the doer is named: the active sentence is shorter
        "De nieuwe woning wordt door de gemeente energieneutraal gebouwd, zodat er geen extra uitstoot ontstaat.",
        # a duty: who must see to it
        "De nieuwe woning moet energieneutraal worden gebouwd, zodat er geen extra uitstoot ontstaat.",
        # a manner with its purpose: a requirement for whoever builds
        "De berm wordt zodanig ingericht dat het regenwater naar de sloot kan stromen.",
        # 'extra' says how many, not what the thing is like
        "Langs de weg worden twee extra parkeerplaatsen aangelegd voor de bezoekers van de school.",
    ],
)
def test_a_doer_a_duty_a_purpose_or_a_number_keeps_the_finding(text):
    assert len(passives(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an act, not a thing built: who carries it out matters
        "Het onderzoek naar de bodem wordt onafhankelijk uitgevoerd.",
        "De werkzaamheden aan de kade worden handmatig uitgevoerd.",
        # with whom or by whom
        "Het project wordt gezamenlijk uitgevoerd met de buurgemeente.",
        # when or how likely, not what the thing is like
        "De nieuwe fietsbrug wordt waarschijnlijk aangelegd.",
        "De nieuwe fietsbrug wordt tijdig aangelegd.",
        "De twee woningen worden gelijktijdig gebouwd.",
    ],
)
def test_an_act_a_doer_word_or_a_time_or_chance_word_keeps_the_finding(text):
    assert len(passives(text)) == 1
