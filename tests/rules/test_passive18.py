"""Passives the detector did not see (bench/quality/real/RESULTS.md, "After blind12: passives and tangs (task
passive18 ...)"): the past participle of a verb in *-nen* with an inseparable prefix (*berekenen*, *verkennen*,
*erkennen*) ends in *-end* without *ge* and was read as a present participle (*beslissend*). Sentences written for
the test; the present participles and the adjective *bekend* beside them stay without a finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "De kosten worden elk jaar opnieuw berekend.",
        "Het gebied wordt eerst verkend.",
        "Het diploma wordt in Nederland erkend.",
        "De vergunning moet door de aanvrager worden ondertekend.",
        "Het probleem wordt erkend door de minister.",
    ],
)
def test_participle_in_end_of_a_verb_in_nen(text):
    assert rules(text, "BT301") == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "De uitslag wordt morgen bekend.",
        "Het advies van de commissie is beslissend.",
        "De invloed van de wind wordt bepalend.",
        "De regels zijn voor iedereen bindend.",
    ],
)
def test_present_participles_and_bekend_stay_adjectives(text):
    assert rules(text, "BT301", "BT302") == []
