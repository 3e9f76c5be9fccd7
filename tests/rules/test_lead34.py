"""The lead's mends after the thirty-fourth round's blind scores (sentences written for these tests)."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def spans(text: str, *rules: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=Config(select=rules))]


def test_spatial_planning_is_the_name_of_a_policy_field():
    """*De ruimtelijke ordening* is the field of spatial planning (Wet ruimtelijke ordening), not an act of ordering:
    no BT201 beside a weak verb; the same noun as an act (*de ordening van de kavels*) keeps its finding."""
    assert (
        spans(
            "Het Rijk brengt de ruimtelijke ordening zo dicht mogelijk bij de inwoners en laat meer over aan gemeenten.",
            "BT201",
        )
        == []
    )
    assert spans("Wij geven de ruimtelijke ordening een nieuwe vorm.", "BT201") == []
    assert spans("Het plan zorgt voor de ordening van de kavels langs de weg.", "BT201") == [
        ("BT201", "de ordening van de kavels")
    ]
