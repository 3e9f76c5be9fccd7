"""After blind11: an infinitive form after *de*, *deze* or *die* is a plural noun, a thing (BT201; task nomin15).
A nominal infinitive is neuter (*het afvoeren*), so *de afvoeren* can only be the plural of *afvoer*. Every sentence
here is written for the test; each "not reported" sentence gave a finding before the change, each guard is reported
before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        "Om de afvoeren van de polders klein te houden, is er een extra vijver gegraven.",
        "De afvoeren van beide sloten komen samen in de vaart.",
        "Deze afvoeren van het gemaal zijn in de zomer laag.",
    ],
)
def test_plural_of_infinitive_form_not_reported(text):
    assert spans(text) == []


def test_nominal_infinitive_with_het_still_reported():
    assert spans("Het afvoeren van het regenwater kost de gemeente veel geld.") == [
        "Het afvoeren van het regenwater"
    ]
