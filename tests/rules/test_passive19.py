"""Findings of BT301/BT302 that were no passive of their own clause (bench/quality/real/RESULTS.md, "After blind13:
passives (task passive19 ...)"). The parser's errors are rebuilt here by hand on sentences written for the test
(the model parses a short test sentence differently from the same words in a long paragraph):

- a compound noun with a unit (*km/uur-wegen*) tagged as a participle, because *wegen* holds *ge*;
- the finite verb at the end of a subordinate clause (*indien ... omvat*) hung on the copula of the main clause as
  its passive participle, because *omvatten*'s participle has the same form;
- the *er* of a clause around a relative clause read as the *er* of the passive in the relative clause (*dat er
  kennis is die niet kan worden uitgedrukt*), whose subject is the relative pronoun.

And two passives without a doer worth naming, by decisions the detector already made, which the parse or a word
list kept from them: a rule for everyone with *mogen* where the parser hung the modal on the noun after it
(``permission``), and a *zijn*-passive that says what a map shows (*op de verbeelding*), as one with a verb of
contents says what a text holds (``contents``).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.passive import expletive, find_passives
from beleidstaal.language.passive_worth import worth_reporting
from beleidstaal.nlp import get_analyser


def parsed(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """A parse given by hand: (word, pos, dep, head, lemma, morph) per token."""
    vocab = get_analyser().nlp.vocab
    words, pos, deps, heads, lemmas, morphs = (list(col) for col in zip(*rows, strict=True))
    return Doc(vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas, morphs=morphs)


def passives(doc: Doc) -> list[tuple[str, bool, bool]]:
    """(participle, impersonal, worth a finding) per passive the detector finds."""
    return [
        (verb.text, impersonal, worth_reporting(verb, aux, auxes, impersonal))
        for sent in doc.sents
        for verb, aux, auxes, impersonal in find_passives(sent)
    ]


FIN = "Number=Sing|Tense=Pres|VerbForm=Fin"


def test_compound_with_a_unit_is_no_participle():
    # Op grond van de wet is er geen meldplicht voor 50 km/uur-wegen .
    doc = parsed([
        ("Op", "ADP", "case", 4, "op", ""), ("grond", "NOUN", "fixed", 0, "grond", ""),
        ("van", "ADP", "fixed", 0, "van", ""), ("de", "DET", "det", 4, "de", ""),
        ("wet", "NOUN", "obl", 11, "wet", ""), ("is", "VERB", "aux", 11, "zijn", FIN),
        ("er", "ADV", "advmod", 11, "er", ""), ("geen", "DET", "det", 8, "geen", ""),
        ("meldplicht", "NOUN", "nsubj", 11, "meldplicht", ""), ("voor", "ADP", "case", 10, "voor", ""),
        ("50", "NUM", "obl", 11, "50", ""), ("km/uur-wegen", "VERB", "ROOT", 11, "km/uur-wegen", "VerbForm=Part"),
        (".", "PUNCT", "punct", 11, ".", ""),
    ])  # fmt: skip
    assert passives(doc) == []


def test_finite_verb_of_a_subordinate_clause_is_not_the_copulas_participle():
    # Er is volgens de nota geen toets nodig , indien het bedrijf niet meer dan tien mensen omvat .
    doc = parsed([
        ("Er", "ADV", "advmod", 1, "er", ""), ("is", "VERB", "aux:pass", 17, "zijn", FIN),
        ("volgens", "ADP", "case", 4, "volgens", ""), ("de", "DET", "det", 4, "de", ""),
        ("nota", "NOUN", "obl", 1, "nota", ""), ("geen", "DET", "det", 6, "geen", ""),
        ("toets", "NOUN", "nsubj", 1, "toets", ""), ("nodig", "ADJ", "xcomp", 1, "nodig", ""),
        (",", "PUNCT", "punct", 17, ",", ""), ("indien", "SCONJ", "mark", 11, "indien", ""),
        ("het", "DET", "det", 11, "het", ""), ("bedrijf", "NOUN", "nsubj", 17, "bedrijf", ""),
        ("niet", "ADV", "advmod", 17, "niet", ""), ("meer", "ADV", "amod", 15, "veel", ""),
        ("dan", "SCONJ", "fixed", 13, "dan", ""), ("tien", "NUM", "nummod", 16, "tien", ""),
        ("mensen", "NOUN", "obj", 17, "mens", "Number=Plur"),
        ("omvat", "VERB", "ROOT", 17, "omvatten", FIN), (".", "PUNCT", "punct", 17, ".", ""),
    ])  # fmt: skip
    assert passives(doc) == []


def test_relative_pronoun_subject_puts_the_passive_in_a_relative_clause():
    # Als blijkt dat er regels die niet in de taal kunnen worden beschreven , ...
    doc = parsed([
        ("Als", "SCONJ", "mark", 1, "als", ""), ("blijkt", "VERB", "ROOT", 1, "blijken", FIN),
        ("dat", "SCONJ", "mark", 12, "dat", ""), ("er", "ADV", "advmod", 12, "er", ""),
        ("regels", "NOUN", "amod", 3, "regel", "Number=Plur"),
        ("die", "PRON", "nsubj:pass", 12, "die", "PronType=Rel"), ("niet", "ADV", "advmod", 12, "niet", ""),
        ("in", "ADP", "case", 9, "in", ""), ("de", "DET", "det", 9, "de", ""),
        ("taal", "NOUN", "obl", 12, "taal", ""), ("kunnen", "AUX", "aux", 12, "kunnen", "Number=Plur|Tense=Pres|VerbForm=Fin"),
        ("worden", "AUX", "aux:pass", 12, "worden", "VerbForm=Inf"),
        ("beschreven", "VERB", "ccomp", 1, "beschrijven", "VerbForm=Part"), (".", "PUNCT", "punct", 1, ".", ""),
    ])  # fmt: skip
    found = [(verb, aux, auxes) for sent in doc.sents for verb, aux, auxes, _ in find_passives(sent)]
    assert [v.text for v, _, _ in found] == ["beschreven"]
    verb, _, auxes = found[0]
    assert expletive(verb, auxes) is None  # the 'er' of the 'dat'-clause around it
    assert passives(doc) == [("beschreven", False, False)]  # a relative clause: no finding


@pytest.mark.parametrize(
    "text",
    [
        "Het plan wordt, indien nodig, aangepast.",  # an elliptic clause: the participle stays the auxiliary's
        "Het marktplein wordt na de kermis bestraat.",  # a participle with the form of the present tense
        "Er worden in het voorjaar nieuwe regels opgesteld door de gemeente.",
        "De kosten worden per woning berekend.",
    ],
)
def test_passives_beside_these_stay(text):
    found = check_text(text, config=Config(select=("BT301", "BT302"), min_severity="info"))
    assert found, text


def bt301(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=("BT301", "BT302"), min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Op deze gronden mogen uitsluitend schuren, geen woningen zijnde, worden gebouwd.",
        "In dit gebied mogen alleen bijgebouwen, geen woonhuizen zijnde, worden opgericht.",
    ],
)
def test_rule_for_everyone_with_a_stranded_mogen(text):
    assert bt301(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De geluidscontouren zijn op de verbeelding geplaatst.",
        "De risicocontouren zijn op de plankaart aangegeven.",
        "De bomen zijn op de kaart ingetekend.",
    ],
)
def test_what_a_map_shows(text):
    assert bt301(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Omdat de bewoners dat mogen, worden de bomen gekapt.",  # 'mogen' of the subordinate clause
        "Als de eigenaren dat mogen, worden de schuren gesloopt.",
        "De nieuwe borden zijn vorige week langs de hele weg geplaatst.",  # no map
        "Het plan wordt op de verbeelding aangepast door de gemeente.",  # worden, with a doer
    ],
)
def test_passives_beside_the_rule_and_the_map_stay(text):
    assert bt301(text) == ["BT301"]
