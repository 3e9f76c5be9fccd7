"""Passives the parse's arcs miss, found by the words of the clause (pass43, issue 18): participles that share
one auxiliary; a participle the tagger reads as a noun, a name or an adverb; a participle first, then *wordt*; a
verb-final cluster with *gaan*; a phrase between commas inside the clause. And what stays no passive: an attribute
before its noun, *zijn* or *worden* as a copula, the possessive *zijn*, a perfect with *hebben*. Every sentence here
is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.passive import find_passives
from beleidstaal.nlp import get_analyser

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def participles(text: str) -> list[str]:
    doc = get_analyser().parse([text])[0]
    return [verb.text for sent in doc.sents for verb, *_ in find_passives(sent)]


def passive_texts(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=PASSIVES)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the second of two participles that share the auxiliary
        ("De oude lindes langs de dijk van het dorp worden gesnoeid en verzorgd.", "verzorgd"),
        ("De reacties van de buren zijn hieronder samengevat en beantwoord.", "beantwoord"),
        # a participle first, then the finite wordt
        ("Bekeken wordt of bij de scholen belangstelling bestaat voor een fietsplan.", "Bekeken"),
        # a strong verb whose participle is its infinitive, the tagger's participle (wordt voorzien van)
        ("Het nieuwe fietspad wordt voorzien van verlichting langs de hele route.", "voorzien"),
        # a verb-final cluster with the future 'gaan'
        ("Omdat de nieuwe sporthal buiten het dorp gerealiseerd gaat worden, komt er een fietspad.", "gerealiseerd"),
        # a phrase between commas inside the clause
        ("In paragraaf 4 worden, naast de algemene eisen, enkele aanvullende eisen gesteld.", "gesteld"),
    ],
)  # fmt: skip
def test_a_passive_the_arcs_miss_is_found(sentence, word):
    assert word in participles(sentence), participles(sentence)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Het nieuwe fietspad wordt voorzien van verlichting langs de hele route.", "wordt voorzien"),
        # one finding for the shared auxiliary, covering the second participle too
        ("De oude lindes langs de dijk van het dorp worden gesnoeid en verzorgd.", "verzorgd"),
    ],
)
def test_the_finding_covers_it(sentence, words):
    texts = passive_texts(sentence)
    assert len(texts) == 1 and words in texts[0], texts


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle as an attribute before its noun
        "De vastgestelde visie is een goed plan voor de wijk.",
        "Dit is een vastgesteld plan van de gemeente.",
        # zijn as a copula with an adjective, worden as a copula
        "De nieuwe wijk is groot en groen.",
        "Het park wordt onderdeel van de nieuwe wijk.",
        "De situatie wordt duidelijk na het onderzoek.",
        # zijn as the possessive
        "De wethouder legt zijn gewijzigde plan aan de raad voor.",
        # a perfect with hebben
        "De raad heeft het plan in mei vastgesteld.",
        "Wij hebben de bomen langs de dijk gesnoeid en verzorgd.",
        # a noun the dictionary knows, after a possessive or a preposition
        "In de lijst zijn alle bedrijven op grond van hun geluid in drie groepen verdeeld.",
        # a participle right before another says how: the second is the verb (pass43b)
        "Op deze vraag wordt in dit plan niet uitgebreid ingegaan.",
        # a finite verb after en and a subject of its own; a noun after an inflected participle; a noun after a
        # preposition (pass43b)
        "Er is onderzoek nodig als de bodem zal worden geroerd en de oppervlakte meer dan 100 m² bedraagt.",
        "Voor het overige zijn in de grond licht verhoogde gehalten aangetroffen.",
        "Hiervoor is gezegd dat illegale bouwwerken niet gelegaliseerd kunnen worden door overgangsrecht.",
        # a noun with an article that the tagger reads as a participle
        "In het gebied is het creëren van een afwisselend bebouwingsbeeld van groot belang.",
    ],
)
def test_no_passive_where_the_words_say_none(sentence):
    wrong = {
        "vastgestelde",
        "vastgesteld",
        "groen",
        "onderdeel",
        "duidelijk",
        "gewijzigde",
        "gesnoeid",
        "verzorgd",
        "uitgebreid",
        "bedraagt",
        "gehalten",
        "overgangsrecht",
        "bebouwingsbeeld",
    }
    found = set(participles(sentence)) & (wrong | {"geluid"})
    assert not found, found


# -- the span of a finding over participles that share the auxiliary (pass43b): widened only over a close
# coordination, never over a second clause or a long phrase


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("De gegevens worden gemeten, berekend of geschat.", "worden gemeten, berekend of geschat"),
        # a list of participles before the verb-final cluster shares its auxiliary, not a zijn before them
        (
            "Wij kijken of er sprake is van oude resten en zo ja hoe deze beschermd, vastgelegd en/of opgegraven"
            " kunnen worden.",
            "beschermd, vastgelegd en/of opgegraven kunnen worden",
        ),
        ("De tekst moet nog worden bijgewerkt en aangevuld.", "worden bijgewerkt en aangevuld"),
        (
            "De bomenrijen langs de dijk worden behouden en zo veel mogelijk versterkt.",
            "worden behouden en zo veel mogelijk versterkt",
        ),
    ],
)
def test_the_finding_is_widened_over_a_close_coordination(sentence, span):
    assert passive_texts(sentence) == [span]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a second clause with a subject of its own, the auxiliary left out
        ("De oude bomen worden verwijderd en nieuwe bomen geplant.", "worden verwijderd"),
        # a finite verb after a subordinate clause and its comma, not a listed participle
        ("Wanneer beroep wordt ingesteld, beslist de rechter over het plan.", "wordt ingesteld"),
        # a long phrase between the participles
        (
            "De visie is vastgesteld door de raad van de gemeente op 1 mei en aangenomen door de provincie.",
            "is vastgesteld",
        ),
    ],
)
def test_the_finding_is_not_widened_over_a_clause_or_a_long_phrase(sentence, span):
    assert passive_texts(sentence) == [span]


def test_a_word_before_the_participle_of_the_auxiliary_does_not_take_it():
    # *geleden* (ago), read as an adverb, is no participle of *is*: the auxiliary is *aangelegd*'s
    sentence = "Aan de overzijde van de weg is enkele jaren geleden een geluidswal aangelegd."
    assert passive_texts(sentence) == ["is enkele jaren geleden een geluidswal aangelegd"]
