"""The passives the annotated sets mark and the detector never saw (pass48, cause a): a participle written with a
trema keeps it without *ge* (*beïnvloeden* → *beïnvloed*), and a participle the tagger calls a noun right before
the *worden* of its verb cluster (*naar beneden bijgesteld worden*) is that *worden*'s participle; a noun before a
copula *worden* stays a noun. And a guard that misread a word: a main clause that opens with *Waardevolle* is no
relative clause. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal.language.morph_tags import verb_of_participle
from beleidstaal.language.passive import find_passives
from beleidstaal.language.passive_worth import left_out_because
from beleidstaal.language.verbs import participle
from beleidstaal.nlp import get_analyser


def participles(text: str) -> list[str]:
    doc = get_analyser().parse([text])[0]
    return [verb.text for sent in doc.sents for verb, *_ in find_passives(sent)]


def reasons(text: str) -> dict[str, str | None]:
    """Each participle of a passive, with why BT301 leaves it out (None: reported)."""
    doc = get_analyser().parse([text])[0]
    return {
        verb.text: left_out_because(verb, aux, auxes, impersonal)
        for sent in doc.sents
        for verb, aux, auxes, impersonal in find_passives(sent)
    }


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


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        (
            "Waardevolle bomen in het park worden gekapt waar dat nodig is.",
            "Dit is de regeling waarmee wordt voorkomen dat de kosten stijgen.",
        ),
        (
            "Waarschijnlijk wordt het plan volgend jaar herzien.",
            "De woning, waarin een nieuwe keuken wordt geplaatst, staat leeg.",
        ),
    ],
)
def test_a_main_clause_that_opens_with_waar_is_no_relative_clause(sentence, relative):
    """Only *waar* + a preposition opens a relative clause (*waarmee*, *waarin*); *waardevolle*, *waarschijnlijk*
    open a main clause, whose passive is reported."""
    assert list(reasons(sentence).values()) == [None]
    assert list(reasons(relative).values()) == ["relative"]
