"""A strong participle without *ge* that the model tags as a noun (*vermeden*, lemma 'vermeen') after an
auxiliary the parser gave it, with a modal as the clause's finite verb (*dient te worden vermeden*): the
dictionary's verb makes it a participle, so the passive and *dienen te* are found (found after annotated-blind22 was
scored: studied). Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.morph_tags import verb_of_participle


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=Config(min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Schade aan de oude bomen dient te worden vermeden.",
        "Bij het werk in het voorjaar dient verstoring van vogels te worden vermeden.",
    ],
)
def test_a_strong_participle_after_te_worden_is_a_passive_with_dienen_te(text):
    rules = [rule for rule, _ in found(text)]
    assert "BT301" in rules and "BT101" in rules


def test_a_form_that_is_also_the_infinitive_is_not_decided_by_the_dictionary():
    assert verb_of_participle("vergeten") == "vergeten"  # the infinitive too: the parse keeps its reading
    assert verb_of_participle("vermeden") == "vermijden"


def test_an_infinitive_after_a_modal_stays_active():
    assert not [r for r, _ in found("Wij willen onnodige kosten voor de bewoners vermijden.") if r == "BT301"]
