"""An adjective + noun term whose adjective reaches the noun through a coordination (issue 18, task words20):
*de maatschappelijke vraagstukken en opgaven* and *de maatschappelijke en economische opgaven* both say
*maatschappelijke opgaven* (``language/coordination.py``). The generated test puts every adjective + noun term of
the word lists in both shapes; the sentences are written for these tests."""

from __future__ import annotations

import functools

import pytest

from beleidstaal.language import morphology
from beleidstaal.lexicon import all_entries
from beleidstaal.nlp import get_analyser
from beleidstaal.rules.lexicon_compile import compile_lexicons
from beleidstaal.rules.lexicon_match import match_sentence


@functools.cache
def _lexicon():
    return compile_lexicons((), ())


def _terms(sentences: list[str]) -> list[set[str]]:
    docs = get_analyser().parse(sentences)
    return [{m.entry.term for s in doc.sents for m in match_sentence(s, _lexicon())} for doc in docs]


@pytest.mark.parametrize(
    "sentence",
    [
        "De provincie werkt aan de maatschappelijke vraagstukken en opgaven van het platteland.",
        "Het college spreekt over de maatschappelijke en economische opgaven in de stad.",
        "Wij noemen de maatschappelijke problemen, kansen en opgaven van de wijk.",
    ],
)
def test_shared_adjective_gives_the_term(sentence):
    assert "maatschappelijke opgave" in _terms([sentence])[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # the later noun has its own article or adjective: the first adjective is not shared
        "Wij bespreken de maatschappelijke vraagstukken en de opgaven van de raad.",
        "Wij bespreken de maatschappelijke vraagstukken en financiële opgaven van de raad.",
        # stacked adjectives without a conjunction: not a coordination
        "De zware maatschappelijke kosten vormen een opgave voor de raad.",
    ],
)
def test_no_shared_adjective_no_term(sentence):
    assert "maatschappelijke opgave" not in _terms([sentence])[0]


def test_a_term_right_before_the_noun_keeps_its_own_finding():
    terms = _terms(["De wethouder is verantwoordelijk voor het sociaal en fysiek domein."])[0]
    assert "fysiek domein" in terms


def _adjective_noun_entries():
    """Every Dutch two-word term without a verb whose first word is an adjective (or adjectival participle) of its
    noun in a carrier sentence. English terms (*game changer*, *big data*) are compounds of their own language."""
    entries = [
        e for e in all_entries() if len(e.words) == 2 and not e.verb and not e.exact and e.rule != "BT103"
    ]
    docs = get_analyser().parse([f"Wij bespreken de {e.term} met de raad." for e in entries])
    out = []
    for e, doc in zip(entries, docs, strict=True):
        adj, noun = doc[3], doc[4]
        if (
            adj.head.i == noun.i
            and adj.dep_ in ("amod", "nmod")
            and adj.pos_ in ("ADJ", "VERB")
            and noun.pos_ == "NOUN"
        ):
            out.append(e)
    return out


def _attributive(adj: str) -> str:
    return adj if adj.endswith(("e", "en", "o")) else (morphology.attributive(adj) or adj)


def carriers(entry) -> list[str]:
    adj, noun = entry.words
    plural = (
        noun if noun.endswith(("jes", "nen")) else morphology.plural(noun)
    )  # *korte lijntjes*: already plural
    attr = _attributive(adj)
    return [
        f"Wij bespreken de {attr} plannen en {plural} met de raad.",
        f"Wij bespreken de {attr} en nieuwe {plural} met de raad.",
    ]


ENTRIES = _adjective_noun_entries()
#: carriers the model reads otherwise (the adjective not on the noun, or the noun not a conjunct)
KNOWN_MISSES = {
    "laaghangend fruit": "'fruit' heeft geen meervoud: 'fruits' in de dragerzin is geen Nederlands",
    "kritische succesfactor": "het model leest 'succesfactoren' na 'en' als werkwoord",
    "lange adem": "'adem' heeft geen meervoud: 'adems' in de dragerzin is geen Nederlands",
    "hete aardappel": "het model geeft 'aardappelen' het lemma 'aardappeel', en de vormleer kent het lidwoord van "
    "'aardappel' niet, dus geen meervoud (ook zonder 'en': 'de hete aardappelen')",
    "nader onderzoek": "'onderzoeken' na 'en' leest het model als werkwoord; een werkwoord telt niet als het naamwoord",
    "menselijke maat": "de slogan heeft geen meervoud: 'menselijke maten' in de dragerzin is geen slogan meer",
    "leidend principe": "het model leest 'leidende' voor 'en' als zelfstandig gebruikt werkwoord (het lijdend voorwerp "
    "van de zin), niet als bijvoeglijk naamwoord bij 'principes'",
}


def _params():
    for e in ENTRIES:
        marks = (
            [pytest.mark.xfail(reason=KNOWN_MISSES[e.term], strict=False)] if e.term in KNOWN_MISSES else []
        )
        yield pytest.param(e, id=e.term, marks=marks)


def test_there_are_adjective_noun_terms():
    assert len(ENTRIES) >= 15


@pytest.mark.parametrize("entry", list(_params()))
def test_every_adjective_noun_term_is_found_across_a_coordination(entry):
    sentences = carriers(entry)
    missed = [s for s, terms in zip(sentences, _terms(sentences), strict=True) if entry.term not in terms]
    assert not missed, f"{entry.term!r} niet gevonden in: {missed}"
