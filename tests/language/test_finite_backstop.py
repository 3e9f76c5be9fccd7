"""The model tags a present tense that looks like its participle (*verricht*, *bericht*) as a participle. A clause
with a subject, no auxiliary and no other finite verb needs that verb to be finite (``nlp.normalise_lemmas``), so a
replacement is conjugated as a present tense, not given as a participle."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.nlp import get_analyser


def _form(sentence: str, word: str) -> list[str]:
    doc = get_analyser().parse([sentence])[0]
    return [t.morph.get("VerbForm") for t in doc if t.lower_ == word][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente verricht elk jaar onderzoek naar de kosten.",
        "Het bureau verricht de metingen in het voorjaar.",
    ],
)
def test_present_tense_like_its_participle_is_finite(sentence):
    assert _form(sentence, "verricht") == ["Fin"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij hebben onderzoek verricht naar de kosten.",  # perfect: the participle of hebben
        "Het onderzoek is door het bureau verricht.",  # passive of state
        "Verricht werk wordt betaald.",  # an attribute
    ],
)
def test_participle_with_an_auxiliary_or_as_attribute_stays_a_participle(sentence):
    assert _form(sentence, "verricht") == ["Part"]


def test_replacement_of_a_present_tense_is_conjugated():
    findings = check_text("De aannemer verricht de werkzaamheden in mei.\n")
    verb = [f for f in findings if f.rule == "BT101" and f.text == "verricht"]
    assert verb and verb[0].suggestions and verb[0].suggestions[0] in ("doet", "voert uit")
    assert "gedaan" not in verb[0].suggestions
