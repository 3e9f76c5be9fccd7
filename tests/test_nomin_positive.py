"""The positive conditions of the nominalisation study (bench/quality/real/nomin_positive.py, task nomin20): which
class of clause verb the parse gives a candidate. Every sentence is written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))

import nomin_positive  # noqa: E402


def conditions(text: str, noun: str) -> set[str]:
    from beleidstaal.language.nominalisation import nominalisation_candidates
    from beleidstaal.nlp import load_model

    doc = load_model()(text)
    for sent in doc.sents:
        for c in nominalisation_candidates(sent):
            if c.noun.lower_ == noun:
                return {s.removeprefix("P:") for s in nomin_positive.conditions(c, sent)}
    raise AssertionError(f"no candidate {noun!r}")


@pytest.mark.parametrize(
    ("text", "noun", "kind"),
    [
        ("Het nieuwe fietspad draagt bij aan het verbeteren van de veiligheid.", "verbeteren", "light_aim"),
        (
            "De verbreding van de dijk leidt tot minder overlast voor de buren.",
            "verbreding",
            "light_relation",
        ),
    ],
)
def test_a_light_verb_is_found(text, noun, kind):
    found = conditions(text, noun)
    assert kind in found
    assert "light_verb" in found


def test_a_full_verb_is_no_light_verb():
    found = conditions("De buren betreuren de verbreding van de dijk.", "verbreding")
    assert not {c for c in found if c.startswith("light_")}
