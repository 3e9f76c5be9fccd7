"""Thirteenth round, task nomin19 (BT201): a noun that is what gives the act of a weak verb (*de opstelling biedt
...*), one item of a row of three or more nouns (a list of projects or steps), and the case after impersonal *het
gaat om*. Every sentence here is written for the test; each "not reported" sentence gave a finding before the
change, each guard is reported before and after."""

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
        "De opstelling als geheel biedt een hoge betrouwbaarheid.",
        "Deze verkenning geeft zicht op de kansen in de wijk.",
    ],
)
def test_giver_of_a_weak_verb_not_reported(text):
    # the act is the weak verb's object (*zicht geven*); its active subject is a thing or a document
    assert spans(text) == []


def _row_parse(conjoined: bool):
    """A hand-built parse of a row of three nouns, each with its own *van*-phrase: the later items as conjuncts of
    the first (``conjoined``), or of a shared object (*de aanleg, het onderhoud en de verbetering van de wegen*)."""
    from spacy.tokens import Doc

    from beleidstaal.nlp import load_model

    words = [
        "de",
        "uitbreiding",
        "van",
        "de",
        "sporthal",
        ",",
        "de",
        "invulling",
        "van",
        "het",
        "terrein",
        "en",
        "de",
        "herontwikkeling",
        "van",
        "de",
        "haven",
    ]
    pos = [
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "NOUN",
        "CCONJ",
        "DET",
        "NOUN",
    ]
    pos += ["ADP", "DET", "NOUN"]
    heads = [1, 1, 4, 4, 1, 7, 7, 1, 10, 10, 7, 13, 13, 1, 16, 16, 13]
    deps = [
        "det",
        "ROOT",
        "case",
        "det",
        "nmod",
        "punct",
        "det",
        "conj",
        "case",
        "det",
        "nmod",
        "cc",
        "det",
        "conj",
    ]
    deps += ["case", "det", "nmod"]
    if not conjoined:  # the second and third items without a van-phrase of their own
        deps[10] = deps[16] = "obl"
    return Doc(load_model().vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_row_of_three_nouns_each_with_van_is_an_enumeration():
    # a list of projects: a verb for one item breaks the row. The model often hangs the later items on the first
    # item's van-noun (appos, conj), and then the signal sees one member: it covers the clean parse only
    from beleidstaal.language.nominal_signals import _enumeration

    assert _enumeration(_row_parse(conjoined=True)[1])
    assert not _enumeration(_row_parse(conjoined=False)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Dat geldt zeker als het gaat om de toepassing van nieuwe regels.",
        "Daarbij gaat het vooral om de verbetering van de fietspaden.",
    ],
)
def test_case_after_het_gaat_om_not_reported(text):
    # impersonal *het gaat om*: the case the sentence is about, done by no one
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De overschrijding vindt plaats in de nacht.", "De overschrijding"),
        ("De verhuizing gaat gepaard met een uitbreiding van de stal.", "De verhuizing"),
        ("Hier kan een zorgvuldige afweging worden gedaan.", "een zorgvuldige afweging"),
        (
            "Het bedrijf werkt aan de aanleg van nieuwe oevers en de aanleg van een bomenrij.",
            "de aanleg van nieuwe oevers",
        ),
        (
            "Geluidbeheer gaat om het beperken van de overlast voor de buren.",
            "het beperken van de overlast voor de buren",
        ),
        ("De gemeente zorgt voor de verbetering van de wegen.", "de verbetering van de wegen"),
        # a row of acts on one shared object: *de wegen aanleggen, onderhouden en verbeteren*
        (
            "De provincie zorgt voor de aanleg, het beheer en de verbetering van de dijken langs de rivier.",
            "de verbetering van de dijken langs de rivier",
        ),
    ],
)
def test_guards_still_reported(text, span):
    assert span in spans(text)


@pytest.mark.parametrize(
    "text,span",
    [
        ("De uitbreiding zorgt voor meer verkeer in de straat.", "De uitbreiding"),
        ("De beoordeling vergt veel tijd van de ambtenaren.", "De beoordeling"),
    ],
)
def test_subject_of_a_weak_verb_that_is_not_giving_still_reported(text, span):
    # only verbs of giving put the act in their object (review of the round): *zorgen voor*, *vergen* keep the noun
    # as the act
    assert span in spans(text)
