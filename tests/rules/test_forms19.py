"""Issue 18, item 1 (nineteenth round): a listed word is found in every form a writer uses it in, also where the
model reads the form as another word class; an ordinary word that looks alike stays unreported.

- The forms of a verb keep its stem and past in *-end* (*ik wend*, *aangewend*, *bejegende*): only the present
  participle (*aanwendend*) is left out (``language/entry_forms.term_forms``). A verb of a noun in *-or* keeps the
  noun as its stem: *monitort*, *gemonitord* (``language/verbs._verb_of_noun_in_or``). A separable verb splits at
  its longer particle (*zet ... uiteen*: ``rules/lexicon_compile``).
- A rare form the tagger calls an adjective or preposition is the verb where the parser gives it what only a verb
  has: an object, *hebben*, the passive (``rules/lexicon_tokens._acts_as_verb``); an inflected participle read as a
  noun before its noun is the participle; a word of the verb phrase itself before its verb (*dat zij controle
  uitoefent*, *controle* read as an adjective) is no sign that the verb is a noun, nor is an adverb before a
  participle with its auxiliary (*is goed ontsloten*); a rare stem first in its sentence is an order
  (*Optimaliseer het energiegebruik*).
"""

from __future__ import annotations

import functools

import pytest

from beleidstaal.language.entry_forms import term_forms
from beleidstaal.nlp import get_analyser
from beleidstaal.rules.lexicon_compile import compile_lexicons
from beleidstaal.rules.lexicon_match import match_sentence


@functools.cache
def _lexicon():
    return compile_lexicons((), ())


def _terms(sentence: str) -> set[str]:
    (doc,) = get_analyser().parse([sentence])
    return {m.entry.term for sent in doc.sents for m in match_sentence(sent, _lexicon())}


@pytest.mark.parametrize(
    "verb,wanted",
    [
        ("aanwenden", {"aanwend", "aangewend", "aangewende"}),
        ("wenden", {"wend", "gewend"}),
        ("zenden", {"zend"}),
        ("bejegenen", {"bejegend", "bejegende"}),
        ("verlenen", {"verleend", "verleende"}),
        ("indienen", {"ingediend", "indiende"}),
        # a verb of a noun in -or keeps the noun as its stem
        ("monitoren", {"monitor", "monitort", "gemonitord", "monitorde"}),
        ("sponsoren", {"sponsort", "gesponsord"}),
        ("scoren", {"scoort", "gescoord"}),
        ("behoren", {"behoort"}),
    ],
)
def test_verb_forms_in_end_are_forms(verb: str, wanted: set[str]):
    assert wanted <= term_forms(verb, ("VERB",))


@pytest.mark.parametrize("verb,participle", [("aanwenden", "aanwendend"), ("verkennen", "verkennend")])
def test_the_present_participle_stays_out(verb: str, participle: str):
    """*verkennend onderzoek* is a term of its own, no form of *verkennen*."""
    forms = term_forms(verb, ("VERB",))
    assert participle not in forms and participle + "e" not in forms


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("Ik wend het geld aan voor de nieuwe school.", "aanwenden"),
        ("De gemeente monitort de voortgang.", "monitoren"),
        # the longer particle of a separable verb: *uiteen* + *zetten*, not *uit* + *eenzetten*
        ("Ik zet het voorstel uiteen in een brief.", "uiteenzetten"),
        ("Ik wend mij tot de rechter.", "wenden tot"),
        ("De gemeente bejegende de bewoners met respect.", "bejegenen"),
        # the inflected participle read as a noun, right before its noun
        ("De aangeschafte bussen rijden vanaf maart.", "aanschaffen"),
        # an adjective tag on a form with an attached particle
        ("De gemeente schaft het meubilair aan voor de nieuwe school.", "aanschaffen"),
        # an adjective tag on a form with an object, or after *hebben*, also for a word listed as a verb only
        ("Ik duid de uitkomst van het onderzoek.", "duiden"),
        ("De provincie heeft de budgetten ontschot.", "ontschotten"),
        # a preposition tag on a rare verb form in a verb's place, or in the passive
        ("Zij ontbeerden het geld voor de bouw.", "ontberen"),
        ("Een betere verdeling wordt door de provincie nagestreefd.", "nastreven"),
        # the noun of the phrase before its verb, read as an adjective
        ("Wij weten dat de provincie controle uitoefent op de bouw.", "controle uitoefenen"),
        # a participle read as a noun after an adverb, with its auxiliary
        ("Het plangebied ligt dichtbij de kern van het dorp en is goed ontsloten.", "ontsluiten"),
        # an order: the rare stem of the verb first in its sentence
        ("Optimaliseer energiegebruik van hardware en software.", "optimaliseren"),
    ],
)
def test_the_form_is_found_where_the_tag_disagrees(sentence: str, term: str):
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("De gemeente is bezig met het plan.", "bezigen"),
        ("De bedragen staan in de tabel.", "bedragen"),
        ("De medewerkers krijgen nieuwe monitoren.", "monitoren"),
        ("Wij zijn gewend aan de drukte in de stad.", "wenden tot"),
        ("Zij zijn het gewend om vroeg te beginnen.", "aanwenden"),
        ("Wij noemen in het rapport acht namen van straten.", "in acht nemen"),
        ("Het verzet van de bewoners tegen de bakens was groot.", "bakens verzetten"),
        ("Het wordt duidelijk dat de kosten stijgen.", "duiden"),
        # a frequent stem first in its sentence may be a noun or another word
        ("Focus op duidelijke afspraken met de bewoners.", "focussen"),
        ("Audit trail inrichten voor elke aanvraag.", "auditen"),
        ("Cluster van woningen aan de rand van het dorp.", "clusteren"),
    ],
)
def test_an_ordinary_word_that_looks_alike_stays_unreported(sentence: str, term: str):
    assert term not in _terms(sentence)


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]):
    """A sentence with the parse given (the model's misreading, written out), for the tests of one token."""
    from spacy.tokens import Doc

    starts = [True] + [False] * (len(words) - 1)
    return Doc(get_analyser().nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, sent_starts=starts)


def _entry(term: str):
    return next(e for es in _lexicon().single.values() for e in es if e.term == term)


def test_a_frequent_participle_with_an_object_is_the_verb():
    """*beoogd* (zipf above the limit) read as an adjective with an object: the verb, as the passive shows."""
    from beleidstaal.rules.lexicon_tokens import _form_fits

    words = ["Op", "de", "hoek", "zijn", "twee", "woningen", "beoogd", "."]
    pos = ["ADP", "DET", "NOUN", "AUX", "NUM", "NOUN", "ADJ", "PUNCT"]
    deps = ["case", "det", "obl", "cop", "nummod", "obj", "ROOT", "punct"]
    heads = [2, 2, 6, 6, 5, 6, 6, 6]
    doc = _parsed(words, pos, deps, heads)
    assert _form_fits(doc[6], _entry("beogen"), "VERB")


def test_a_frequent_participle_without_what_a_verb_has_stays_an_adjective():
    from beleidstaal.rules.lexicon_tokens import _form_fits

    words = ["De", "beoogde", "woningen", "komen", "er", "later", "."]
    pos = ["DET", "ADJ", "NOUN", "VERB", "ADV", "ADV", "PUNCT"]
    deps = ["det", "amod", "nsubj", "ROOT", "advmod", "advmod", "punct"]
    heads = [2, 2, 3, 3, 3, 3, 3]
    doc = _parsed(words, pos, deps, heads)
    assert not _form_fits(doc[1], _entry("beogen"), "VERB")


def test_a_verb_form_read_as_a_preposition_gets_advice_not_the_bare_alternative():
    """*zij missen* would lose the past tense of *zij ontbeerden*: advice, no replacement."""
    from beleidstaal import check_text

    (finding,) = [f for f in check_text("Zij ontbeerden het geld voor de bouw.") if f.term == "ontberen"]
    assert finding.suggestions == [] and finding.advice


def test_an_order_with_a_frequent_stem_is_no_participle():
    """*Benut* first in the sentence is an order, not the participle: no finding that would replace it by
    *Gebruikt*."""
    from beleidstaal import check_text

    assert not [f for f in check_text("Benut hierbij de bestaande bomen.") if f.term == "benutten"]
