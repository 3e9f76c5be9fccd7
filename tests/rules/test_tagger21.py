"""The dictionary backstop for the tagger (task tagger21, issues 16 and 18; ``language/morph_tags.py``), on
sentences written for the test:

- *zijn* read as the possessive where it is the only finite verb of its clause (*De cijfers zijn periodiek
  besproken*) becomes the verb: the word lists no longer read it as *zijn periodiek* (his pay rise), and a
  possessive stays one (*Hij krijgt zijn periodiek*);
- a form of the verb *zijn* (*is*) is not the possessive *zijn* of a list of possessives (``unless_before``);
- an adjective that heads its noun phrase (a determiner before it, no noun after it) and that the dictionary knows
  as a noun becomes a noun (*Stuur de bescheiden naar ons adres*); an adjective before its noun (*een bescheiden
  vrouw*) and an elliptic adjective without a noun reading (*de nieuwe*, *het nodige*) stay adjectives.
"""

from __future__ import annotations

import pytest
from tag_checks import found, tag

from beleidstaal.language.noun_lemmas import noun_lemma
from beleidstaal.language.passive import find_passives
from beleidstaal.nlp import get_analyser


@pytest.mark.parametrize(
    "text",
    [
        "De cijfers zijn periodiek besproken.",
        "De meters zijn periodiek gecontroleerd.",
        "De kosten zijn periodiek gecontroleerd.",
        "De cijfers zijn periodiek.",
        "Het cijfer is periodiek besproken.",
        "Het overleg is periodiek.",
        "Wij weten dat de meter periodiek is gecontroleerd.",
        "De meters worden periodiek gecontroleerd.",
    ],
)
def test_periodiek_after_a_finite_zijn_or_is(text):
    assert found(text, "BT101") == ["periodiek"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij krijgt zijn periodiek in januari.",
        "Zijn periodiek is verhoogd.",
        "Hij heeft zijn enkel verstuikt.",
    ],
)
def test_the_possessive_zijn_still_keeps_the_noun_out(text):
    assert found(text, "BT101") == []


@pytest.mark.parametrize("text", ["De regels zijn enkel voor bewoners.", "Dat is enkel voor leden."])
def test_enkel_after_the_verb_zijn(text):
    assert found(text, "BT101") == ["enkel"]


def test_a_finite_zijn_misread_as_possessive_becomes_the_verb():
    assert tag("De cijfers zijn periodiek besproken.", "zijn") == "AUX"
    assert tag("De kosten zijn periodiek gecontroleerd.", "zijn") == "AUX"
    assert tag("Hij krijgt zijn periodiek in januari.", "zijn") in ("DET", "PRON")
    # the passive is found (for the share of passive sentences); a short zijn-passive is not reported on its own
    doc = get_analyser().parse(["De kosten zijn periodiek gecontroleerd."])[0]
    assert [p[1].lower_ for p in find_passives(next(doc.sents))] == ["zijn"]


@pytest.mark.parametrize(
    "text",
    [
        "Stuur de bescheiden naar ons adres.",
        "Deze bescheiden moet u bewaren.",
        "Wij sturen u alle bescheiden.",
        "U stuurt de bescheiden naar ons.",
        "Wij vragen u de bescheiden te sturen.",
    ],
)
def test_bescheiden_as_the_head_of_its_noun_phrase(text):
    assert found(text, "BT101") == ["bescheiden"]


@pytest.mark.parametrize(
    "text",
    ["Zij is een bescheiden vrouw.", "De bescheiden man zei niets.", "Zij is erg bescheiden."],
)
def test_bescheiden_as_an_adjective_stays_out(text):
    assert found(text, "BT101") == []


@pytest.mark.parametrize(
    "word",
    ["nieuwe", "nodige", "betreffende", "laatste", "volgende", "overige", "gesloten", "mogelijk", "maximaal"],
)
def test_an_elliptic_adjective_has_no_noun_reading(word):
    assert noun_lemma(word) is None


def test_an_elliptic_adjective_stays_an_adjective():
    assert tag("Wij kiezen de nieuwe niet.", "nieuwe") == "ADJ"


def test_a_participle_read_as_a_noun_after_zijn_is_the_participle():
    # the model reads *gedempt* as a noun and hangs *oude sloten* on it; the passive is found (for the share of
    # passive sentences; *er* with a subject in a main clause is not reported on its own)
    doc = get_analyser().parse(["In de vorige eeuw zijn er oude sloten gedempt."])[0]
    assert tag("In de vorige eeuw zijn er oude sloten gedempt.", "gedempt") == "VERB"
    assert [p[0].lower_ for p in find_passives(next(doc.sents))] == ["gedempt"]


def test_a_present_participle_or_a_noun_stays():
    assert tag("Daarom is er voor gekozen om voorafgaand aan de bouw te overleggen.", "voorafgaand") != "VERB"
    assert (
        tag("Na deze inleiding worden in hoofdstuk 2 de aanpassingen toegelicht.", "aanpassingen") == "NOUN"
    )


def test_the_verb_of_a_participle_read_as_a_noun_is_the_one_that_gives_it():
    from beleidstaal.language.morph_tags import verb_of_participle

    assert verb_of_participle("geborgen") == "bergen"  # not *borgen* (geborgd)
    assert verb_of_participle("verstoord") == "verstoren"
    assert verb_of_participle("berekent") is None  # a present tense
    assert found("Het regenwater wordt ter plaatse geborgen en geïnfiltreerd.", "BT102") == []


def test_a_finite_verb_after_the_head_or_a_noun_read_as_a_verb():
    # *kent* is a form of *kennen*: the phrase ends before it; *leefklimaat* (tagged as a verb) is a noun, so *goed*
    # stands before its noun
    assert found("Wij weten dat de raad de bescheiden kent.", "BT101") == ["bescheiden"]
    assert tag("Dit komt overeen met een goed leefklimaat.", "goed") == "ADJ"
