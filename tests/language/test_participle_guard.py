"""The passive's participle test asks the form first (speed36): a verb whose lemma is *en* alone (the conjunction
the tagger read as a verb) must not break the check (the spelling rules had no stem for it)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from beleidstaal.language.passive import is_participle
from beleidstaal.language.verbs import participle


def _doc(words, pos, heads, deps, lemmas):
    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas)


def test_participle_of_en_alone_does_not_raise():
    assert participle("en") != "en"


def test_conjunction_tagged_as_verb_is_no_participle():
    # *Zij en de buren.*: the tagger read *en* as the verb; no auxiliary, so no participle
    doc = _doc(
        ["Zij", "en", "de", "buren", "."],
        ["PRON", "VERB", "DET", "NOUN", "PUNCT"],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "obj", "punct"],
        ["zij", "en", "de", "buur", "."],
    )
    assert not is_participle(doc[1])


def test_conjunction_tagged_as_verb_before_worden_is_no_participle():
    # *Het en wordt vergeten.*: a form of *worden* after it; *en* is still no participle
    doc = _doc(
        ["Het", "en", "wordt", "vergeten", "."],
        ["PRON", "VERB", "AUX", "VERB", "PUNCT"],
        [1, 1, 1, 1, 1],
        ["nsubj:pass", "ROOT", "aux:pass", "xcomp", "punct"],
        ["het", "en", "worden", "vergeten", "."],
    )
    assert not is_participle(doc[1])
