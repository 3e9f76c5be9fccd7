"""Nominalisations, eighth round (bench/quality/real/nomin_study.py): which signals keep a nominalisation from being
reported. A bare noun after a preposition and a noun in a list after a plain noun are reported again (editors mark
them: *na afronding van de werkzaamheden*); a line without a finite verb and without a full stop is a heading or a
label and is not. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.nominalisation import BLOCKERS, worth_reporting

ONLY = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=ONLY)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a bare noun right after a preposition, with its object
        (
            "Na afronding van de werkzaamheden ruimt de aannemer de bouwplaats op.",
            "afronding van de werkzaamheden",
        ),
        ("Wij letten bij controle op naleving van de regels.", "naleving van de regels"),
    ],
)
def test_reported(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "De aanleg van de nieuwe weg",  # a heading or label: no finite verb, no full stop
        "Verbetering van de dienstverlening",
        "Deze regel is van toepassing op alle woningen in de wijk.",  # a fixed phrase after a preposition, no object
        "Wij hebben veel kennis over het reguleren van verkeer.",  # describes a noun: still not reported
        # a nominalisation after a plain noun in a list: reported in the eighth round, silent again since nomin15
        # (a verb phrase cannot be coordinated with the plain nouns; the blind sheets judged 3 of 3 such rows wrong)
        "Het rapport noemt geluid, stof en aantasting van het groen als gevolgen.",
        "Dit leidt tot overlast en aantasting van het groen in de wijk.",
        # a short line with a full stop and no verb: reported in the eighth round, a note since nomin15
        # (a procedure step or a list item in note style, nominal on purpose; test_nomin15.py)
        "Daarna de aanleg van de nieuwe weg.",
    ],
)
def test_not_reported(text):
    assert spans(text) == []


def test_an_adverb_before_the_noun_is_not_part_of_the_span():
    # the parser hangs 'ook' on the noun; it belongs to the clause
    assert spans("Maar ook vervuiling van de sloot kan slecht zijn voor de vissen.") == [
        "vervuiling van de sloot"
    ]


def test_the_selection_by_signal():
    assert "label" in BLOCKERS
    assert not worth_reporting({"label": True})
    assert worth_reporting({"heading": True, "label": False})  # a long verbless sentence with a full stop
    assert worth_reporting({"after_adp": True})
    assert not worth_reporting({"after_adp": True, "list_plain": True})  # back among the blockers (nomin15)
    assert not worth_reporting({"after_adp": True, "of_noun": True})


def test_two_nouns_that_share_one_van_phrase_give_one_finding():
    assert spans("Het beleid richt zich op handhaving en bevordering van een schone omgeving.") == [
        "handhaving en bevordering van een schone omgeving"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            # (not 'De regel gaat over ...': a topic after 'regel over' is not reported, test_nouns_not_events.py)
            "De regel beperkt de plaatsing van de gevel van een woning die aan de weg ligt.",
            "de plaatsing van de gevel van een woning",
        ),
        (
            "Wij letten op de bescherming van de tuin van een woning die aan het water ligt.",
            "de bescherming van de tuin van een woning",
        ),
    ],
)
def test_a_relative_clause_deeper_in_the_object_ends_the_span(text, span):
    assert spans(text) == [span]


def test_a_van_phrase_the_parse_closes_in_brackets_has_no_object_and_no_crash():
    # a parse that makes 'van' the head of its own phrase inside brackets ('(een uitbreiding van)'), as the model
    # does for such a sentence: there is no object to rewrite with (this stopped the check with an IndexError)
    from spacy.tokens import Doc

    from beleidstaal.language.nominal_rewrite import _object_tokens
    from beleidstaal.nlp import get_analyser

    words = [
        "Na",
        "(",
        "een",
        "uitbreiding",
        "van",
        ")",
        "bebouwd",
        "terrein",
        "wordt",
        "het",
        "water",
        "afgevoerd",
    ]
    heads = [3, 3, 3, 11, 3, 4, 7, 3, 11, 10, 11, 11]
    deps = [
        "case",
        "punct",
        "det",
        "obl",
        "nmod",
        "punct",
        "amod",
        "nmod",
        "aux:pass",
        "det",
        "nsubj:pass",
        "ROOT",
    ]
    doc = Doc(get_analyser().nlp.vocab, words=words, heads=heads, deps=deps)
    assert _object_tokens(doc[4]) == []
    text = "Na (een uitbreiding van) bebouwd terrein wordt de afvoer van water groter."
    assert [f.text for f in check_text(text, config=ONLY)] == ["de afvoer van water"]
