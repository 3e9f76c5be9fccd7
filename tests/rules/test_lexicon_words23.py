"""*voorzien* in the sense 'planned' (a participle in a passive or zijn-form without *in* or *van*), added after a
blind study (issue 18; words23 in bench/quality/real/RESULTS.md), and a clause whose subject or object says *geen*
is negated for entries that stay silent then. Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def planned(text: str) -> list[str]:
    """The texts of the 'planned' findings of *voorzien* in one sentence."""
    config = Config(min_severity="info")
    return [f.text for f in check_text(text, config=config) if f.rule == "BT101" and "gepland" in f.message]


@pytest.mark.parametrize(
    "text",
    [
        "Aan de rand van de wijk zijn twee hofjes voorzien.",
        "Op het terrein is een supermarkt voorzien met parkeerplaatsen.",
        "Achter elke woning worden twee parkeerplaatsen voorzien.",
    ],
)
def test_voorzien_as_planned_is_found(text):
    assert planned(text) == ["voorzien"]


@pytest.mark.parametrize(
    "text",
    [
        "Het plan voorziet in honderd woningen.",
        "Alle woningen worden voorzien van zonnepanelen.",
        "De grond moet worden voorzien van een verklaring.",
        "Dat hadden wij niet voorzien.",
        "Er komen minder woningen dan voorzien.",
        "Een ongeval is hier niet te voorzien.",
        "Wij hadden al voorzien dat het lastig zou worden.",
    ],
)
def test_voorzien_in_another_sense_is_not_planned(text):
    assert planned(text) == []


def test_a_subject_with_geen_negates_the_clause():
    # 'foreseen': no problems are expected, nothing is planned
    assert planned("Er worden geen problemen voorzien.") == []
