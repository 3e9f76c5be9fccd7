"""*in overeenstemming met een goede ruimtelijke ordening* is the statutory test of a plan, weighed in that wording:
no BT104 for it, in either order of the phrase; the phrase with any other complement stays a finding (twenty-ninth
round, forms43's dev sheet)."""

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def bt104(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=Config(min_severity="info")) if f.rule == "BT104"]


@pytest.mark.parametrize(
    "text",
    [
        "Het bouwplan is volgens ons in overeenstemming met een goede ruimtelijke ordening.",
        "Wij vinden dat het plan in overeenstemming is met een goede ruimtelijke ordening.",
    ],
)
def test_the_statutory_test_is_no_finding(text):
    assert bt104(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Het plan is in overeenstemming met de wensen van de buurt.", "in overeenstemming met"),
        (
            "Wij vinden dat het plan in overeenstemming is met de wensen van de buurt.",
            "in overeenstemming is met",
        ),
        (
            "Het bouwplan is in overeenstemming met de regels voor een goede ruimtelijke ordening.",
            "in overeenstemming met",
        ),
    ],
)
def test_any_other_complement_stays_a_finding(text, span):
    assert bt104(text) == [span]
