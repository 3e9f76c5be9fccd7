"""Thirty-fourth round, task nomin49 (BT201): nominalisations the annotated sets mark and the tool misses (issue 18).

A noun in *-ing* of a fixed verb phrase, written as one word, names the act of the whole phrase
(``grammatica.verb_phrase_fronts``, ``nominal_verb.phrase_verb``): *de totstandkoming van de regels* is *de regels
komen tot stand*, *de instandhouding van de boerderij* is *de boerderij in stand houden*. Read on its last part
(*houding*, *stelling*: words of their own) the detector found no verb or the wrong one.

Every sentence here is written for the test. The findings fail on main; the silent cases are guards of this
branch's own change (they hold on main too, where the noun was no candidate at all)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return [(text[f.offset : f.end_offset], f) for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        (
            "De gemeente betaalt mee aan de instandhouding van de oude boerderij.",
            "de instandhouding van de oude boerderij",
            "in stand houden",
        ),
        (
            "Na de inwerkingtreding van dit plan mag u hier geen schuur meer bouwen.",
            "de inwerkingtreding van dit plan",
            "in werking treden",
        ),
        (
            "De tenuitvoerlegging van het besluit is een half jaar uitgesteld.",
            "De tenuitvoerlegging van het besluit",
            "ten uitvoer leggen",
        ),
    ],
)
def test_noun_of_a_fixed_verb_phrase(text, span, verb):
    found = findings(text)
    assert [s for s, _ in found] == [span]
    assert found[0][1].data["verb"] == verb


def test_a_phrase_without_object_gets_its_subject_advice():
    # *in werking treden* takes no object: what follows *van* is its subject (*dit plan gaat in*; the plain verb the
    # word lists give for the phrase, mend34a; *totstandkoming* is the word lists' own, BT102)
    [(_, finding)] = findings("Na de inwerkingtreding van dit plan mag u hier geen schuur meer bouwen.")
    assert "wat na 'van' staat, is dan het onderwerp" in " ".join(finding.advice)


def test_a_phrase_with_an_object_gets_an_example():
    # the plain verb the word lists give for *in stand houden* (mend34a), not the phrase BT104 reports
    [(_, finding)] = findings("De gemeente betaalt mee aan de instandhouding van de oude boerderij.")
    assert "de oude boerderij behouden" in " ".join(finding.advice)


@pytest.mark.parametrize(
    "text",
    [
        # *met inachtneming van*: one preposition (compound_prepositions), no act
        "Met inachtneming van de regels mag u een schuur bouwen.",
        # a compound named by its last part: the goal, no act
        "De instandhoudingsdoelstellingen van het gebied staan in het besluit.",
    ],
)
def test_no_act_of_a_fixed_verb_phrase(text):
    assert findings(text) == []


# --- *bouw*, *sloop*, *opslag*: concrete acts, reported beside a verb that says nothing (``concrete_acts``) ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In dit plan wordt voorzien in de bouw van twaalf woningen.", "de bouw van twaalf woningen"),
        ("Als de bouw van de woningen plaatsvindt, is de weg dicht.", "de bouw van de woningen"),
        (
            "Het doel van dit plan is het mogelijk maken van de bouw van twee woningen.",
            "de bouw van twee woningen",
        ),
        ("In het gebied wordt de sloop van de oude woning mogelijk gemaakt.", "de sloop van de oude woning"),
        ("Er is sprake van de sloop van een stal.", "de sloop van een stal"),
        ("De opslag van gevaarlijke stoffen vindt plaats in een loods.", "De opslag van gevaarlijke stoffen"),
    ],
)
def test_concrete_act_beside_an_empty_verb(text, span):
    assert [s for s, _ in findings(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of its own: the noun is plain (the editors of nomin48b)
        "De bouw van twaalf woningen levert geen extra verkeer op.",
        # a time phrase
        "Na de sloop van de schuur komt er een tuin.",
        # the empty verb with a doer of its own: a short, clear clause (new38's editors)
        "Het plan voorziet in de bouw van twaalf woningen.",
        "Dit bestemmingsplan maakt de bouw van tien woningen mogelijk.",
        # the act is the doer of a verb with a meaning
        "De beoogde sloop zorgt niet voor schade aan de dijk.",
        # a bracketed first part of a compound is no noun of its own
        "Ten oosten van het dorp vindt een (bouw)ontwikkeling plaats.",
    ],
)
def test_concrete_act_beside_a_verb_of_its_own(text):
    assert findings(text) == []
