"""The passives the annotated sets mark and the detector never saw (pass48, cause a): a participle written with a
trema keeps it without *ge* (*beïnvloeden* → *beïnvloed*), and a participle the tagger calls a noun right before
the *worden* of its verb cluster (*naar beneden bijgesteld worden*) is that *worden*'s participle; a noun before a
copula *worden* stays a noun. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal.language.morph_tags import verb_of_participle
from beleidstaal.language.passive import find_passives
from beleidstaal.language.verbs import participle
from beleidstaal.nlp import get_analyser


def participles(text: str) -> list[str]:
    doc = get_analyser().parse([text])[0]
    return [verb.text for sent in doc.sents for verb, *_ in find_passives(sent)]


def test_a_participle_without_ge_keeps_the_trema():
    assert participle("beïnvloeden") == "beïnvloed"
    assert verb_of_participle("beïnvloed") == "beïnvloeden"
    assert participle("beëindigen") == "beëindigd"
    assert participle("kopiëren") == "gekopieerd"  # after ge the trema moves to where the vowels meet


@pytest.mark.parametrize(
    ("sentence", "copula"),
    [
        (
            "De raming kan later naar beneden bijgesteld worden.",
            "Het is de bedoeling dat zij voorzitter wordt.",
        ),
        ("Deze cijfers moeten naar boven bijgesteld worden.", "De kans is groot dat dit een gedicht wordt."),
        (
            "De begroting moet in het najaar naar beneden bijgesteld worden.",
            "Zij wil later directeur worden.",
        ),
    ],
)
def test_a_noun_tagged_participle_before_its_worden(sentence, copula):
    assert "bijgesteld" in participles(sentence)
    assert participles(copula) == []  # a noun the dictionary knows, before a copula *worden*
