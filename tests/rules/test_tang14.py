"""After blind10 (issue #16, task tang14): verb brackets (BT501) whose closing part is no part of the verb, or
whose middle field holds only the subject and the rest of the verb cluster. Every sentence here is written for
the test. The parser reads such sentences in more than one way; the tests give the sentence the parse it gets on
real text (by hand, one row a word: word, tag, relation, head, morphology, lemma), so that they test the rule, not
the parser's mood."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.tang import find_verb_tangs


def found(text: str):
    return [
        f
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


@pytest.fixture(scope="module")
def vocab():
    from beleidstaal.model import load_model

    return load_model().vocab


FIN = "Tense=Pres|VerbForm=Fin"


def tangs(vocab, rows):
    from spacy.tokens import Doc

    words, pos, deps, heads, morphs, lemmas = zip(*rows, strict=True)
    doc = Doc(
        vocab,
        words=list(words),
        spaces=[not (k + 1 < len(words) and words[k + 1] in ",.") for k in range(len(words))],
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        morphs=list(morphs),
        lemmas=list(lemmas),
    )
    return [(v.text, c.text) for s in doc.sents for v, c, _ in find_verb_tangs(s)]


def w(word, pos, dep, head, morph="", lemma=None):
    return (word, pos, dep, head, morph, lemma or word.lower())


# --- an infinitive with its own article is a noun, not the rest of the verb

NOMINAL = [
    w("Dit", "PRON", "nsubj", 19),
    w("is", "AUX", "cop", 19, FIN, "zijn"),
    w("in", "ADP", "case", 3),
    w("lijn", "NOUN", "obl", 19),
    w("met", "ADP", "case", 5),
    w("een", "NUM", "obl", 19),
    w("van", "ADP", "case", 8),
    w("de", "DET", "det", 8),
    w("doelen", "NOUN", "nmod", 5),
    w("uit", "ADP", "case", 11),
    w("de", "DET", "det", 11),
    w("nota", "NOUN", "nmod", 8),
    w("van", "ADP", "case", 14),
    w("de", "DET", "det", 14),
    w("gemeente", "NOUN", "nmod", 11),
    w("en", "CCONJ", "cc", 16),
    w("provincie", "NOUN", "conj", 14),
    w(",", "PUNCT", "punct", 19),
    w("het", "DET", "det", 19),
    w("beschermen", "VERB", "ROOT", 19, "VerbForm=Inf", "beschermen"),
    w("van", "ADP", "case", 22),
    w("oude", "ADJ", "amod", 22),
    w("boerderijen", "NOUN", "nmod", 19),
    w(".", "PUNCT", "punct", 19),
]


def test_nominal_infinitive_closes_no_bracket(vocab):
    assert tangs(vocab, NOMINAL) == []


# --- a clause hung from a noun by the parser is still a clause: its verb closes no bracket of the main clause

DAT_CLAUSE = [
    w("De", "DET", "det", 1),
    w("aanpak", "NOUN", "nsubj", 3),
    w("is", "AUX", "aux", 3, FIN, "zijn"),
    w("vernieuwend", "VERB", "ROOT", 3, "VerbForm=Part", "vernieuwen"),
    w("in", "ADP", "case", 6),
    w("die", "DET", "det", 6),
    w("zin", "NOUN", "obl", 3),
    w("dat", "SCONJ", "mark", 8),
    w("bewoners", "NOUN", "acl", 6),
    w("en", "CCONJ", "cc", 10),
    w("ondernemers", "NOUN", "conj", 8),
    w("eerder", "ADJ", "parataxis", 3),
    w("dan", "SCONJ", "mark", 13),
    w("vroeger", "ADV", "advcl", 11),
    w("bij", "ADP", "case", 16),
    w("het", "DET", "det", 16),
    w("plan", "NOUN", "obl", 17),
    w("betrokken", "VERB", "parataxis", 3, "VerbForm=Part", "betrekken"),
    w("worden", "AUX", "aux:pass", 17, "VerbForm=Inf", "worden"),
    w(".", "PUNCT", "punct", 3),
]


def test_verb_of_a_dat_clause_hung_from_a_noun_closes_no_bracket(vocab):
    assert tangs(vocab, DAT_CLAUSE) == []


# --- a word followed by an article or a noun is a preposition, not a separated particle

REPEATED_PREPOSITION = [
    w("Het", "DET", "det", 1),
    w("programma", "NOUN", "nsubj", 2),
    w("richt", "VERB", "ROOT", 2, FIN, "richten"),
    w("zich", "PRON", "expl:pv", 2),
    w("dus", "ADV", "advmod", 2),
    w("op", "ADP", "case", 8),
    w("het", "DET", "det", 8),
    w("oude", "ADJ", "amod", 8),
    w("centrum", "NOUN", "obl", 2),
    w(",", "PUNCT", "punct", 12),
    w("de", "DET", "det", 12),
    w("eigen", "ADJ", "amod", 12),
    w("bewoners", "NOUN", "conj", 8),
    w(",", "PUNCT", "punct", 15),
    w("maar", "CCONJ", "cc", 15),
    w("ook", "ADV", "conj", 2),
    w("op", "ADP", "compound:prt", 2),
    w("de", "DET", "dep", 2),
    w("bezoekers", "NOUN", "obl", 2),
    w(".", "PUNCT", "punct", 2),
]


def test_preposition_after_the_verb_is_no_separated_particle(vocab):
    assert tangs(vocab, REPEATED_PREPOSITION) == []


def test_separated_particle_at_the_end_still_closes_the_bracket():
    (f,) = found(
        "Het college stelt na een lange periode van overleg met alle bewoners van de wijk het nieuwe plan vast."
    )
    assert f.data["kind"] == "werkwoord"


# --- only the subject and the rest of the verb cluster in the middle field: normal inverted order


def cluster(obl_head: int):
    return [
        w("In", "ADP", "case", 2),
        w("het", "DET", "det", 2),
        w("plan", "NOUN", "obl", 14),
        w("moeten", "AUX", "aux", 14, FIN, "moeten"),
        w("de", "DET", "det", 5),
        w("kosten", "NOUN", "nsubj:pass", 14),
        w("en", "CCONJ", "cc", 8),
        w("de", "DET", "det", 8),
        w("baten", "NOUN", "conj", 5),
        w("voor", "ADP", "case", 12),
        w("sterk", "ADJ", "advmod", 11),
        w("vervuilde", "ADJ", "amod", 12),
        w("grond", "NOUN", "nmod" if obl_head == 8 else "obl", obl_head),
        w("worden", "AUX", "aux:pass", 14, "VerbForm=Inf", "worden"),
        w("opgenomen", "VERB", "ROOT", 14, "VerbForm=Part", "opnemen"),
        w(".", "PUNCT", "punct", 14),
    ]


def test_subject_and_verb_cluster_only_is_no_tang(vocab):
    assert tangs(vocab, cluster(8)) == []


def test_phrase_of_the_clause_besides_the_subject_keeps_the_tang(vocab):
    assert tangs(vocab, cluster(14)) == [("moeten", "opgenomen")]


# --- a sentence that is the bracket and one word more is short and plain: nothing to split


def test_bracket_that_is_the_whole_short_sentence_is_no_tang():
    assert not found("Daarom moet water al in een vroeg stadium van het plan worden meegenomen.")


def test_bracket_in_a_longer_sentence_still_counts():
    (f,) = found("Daarom moet het waterschap al in een vroeg stadium van het plan worden betrokken.")
    assert f.data == {"kind": "werkwoord", "words": 11}
