"""Passives an editor keeps (bench/quality/real/RESULTS.md, "After blind11: ... (task passive15 ...)"): *benodigd*
is an adjective (*nodig*), not the participle of a verb in use; *zijn benodigd* states a need, nobody does it. Each
signal on sentences written for the test, with a sentence of the same shape beside it that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Voor de nieuwe sporthal is in de gemeente een extra parkeerplaats van veertig plekken benodigd.",
        "Voor het nieuwe zwembad is in de regio een totale capaciteit van tweehonderd plekken benodigd.",
        "Om de bouw te starten zijn in deze wijk drie extra vergunningen benodigd.",
        "Voor de verbouwing is bij de gemeente een nieuwe vergunning benodigd.",
    ],
)
def test_benodigd_is_an_adjective_not_a_passive(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # a participle of a verb after zijn still is a passive
        "Voor de nieuwe sporthal is in de gemeente een extra parkeerplaats van veertig plekken aangelegd.",
        "Om de bouw te starten zijn in deze wijk drie extra vergunningen aangevraagd.",
        "Voor de verbouwing is bij de gemeente een nieuwe vergunning aangevraagd.",
    ],
)
def test_a_participle_of_a_verb_after_zijn_keeps_its_finding(text):
    assert "BT301" in rules(text, "BT301", "BT302")
