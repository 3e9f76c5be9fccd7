"""Defects a writer meets, mended in the seventeenth round (task mend24, after the review of mend23). Sentences
written for these tests (some by the reviewer, for the review)."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one


def texts(text: str, rule: str) -> list[str]:
    return [f.text for f in found(text, rule)]


# (5) the reflexive belongs to *zich bewust zijn*, or stands before *om*: the verb after it is the listed one
@pytest.mark.parametrize(
    "text",
    [
        "De provincie is zich bewust van de opgave om 5000 woningen te realiseren.",
        "Wij zijn ons bewust van de opgave om meer woningen te realiseren.",
        "Het waterschap is zich bewust van de plicht nieuwe dijken te realiseren.",
    ],
)
def test_zich_bewust_zijn_leaves_realiseren_listed(text):
    assert texts(text, "BT102") == ["realiseren"]


def test_zich_after_om_is_the_infinitives_reflexive():
    assert texts("Het is goed om zich te realiseren dat de regels streng zijn.", "BT102") == []


# (6) *ons voorgenomen besluit*: the possessive, also where the model reads the noun as a verb
def test_ons_voorgenomen_besluit_is_the_possessive():
    hit = one("Wij hebben ons voorgenomen besluit aan de raad gestuurd.", "BT101", "voorgenomen")
    assert "'geplande'" in hit.message and hit.suggestions != ["gepland"]


# (7) *ons* after *realiseren* is the possessive of a noun after it, or an object: the listed verb
@pytest.mark.parametrize(
    "text,word",
    [
        ("Wij realiseren ons plan in 2027.", "realiseren"),
        ("Wij realiseren ons doel door samen te werken.", "realiseren"),
        ("De provincie realiseert ons een nieuwe fietsbrug.", "realiseert"),
    ],
)
def test_ons_after_realiseren_is_no_reflexive(text, word):
    assert texts(text, "BT102") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Wij realiseren ons dat de buurt last heeft van de bouw.",
        "Ik realiseer me dat de termijn kort is.",
        "Zij realiseren zich dat de subsidie stopt.",
    ],
)
def test_a_reflexive_after_realiseren_is_still_no_finding(text):
    assert texts(text, "BT102") == []
