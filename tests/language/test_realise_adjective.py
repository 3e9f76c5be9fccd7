"""Task house21: one rule for an adjective's -e before a noun (``realise_adjective.takes_e``), asked by the
word-list adjectives (``realise_nouns``) and the participles (``realise_verb_form``) alike. Every sentence here is
written for the test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.realise_adjective import takes_e
from beleidstaal.language.realise_verb_form import participle_in_place


def _phrase(words: list[str], pos: list[str], morphs: list[str] | None = None) -> Doc:
    """A noun phrase parsed by hand: every word before the last hangs on the last (the noun)."""
    last = len(words) - 1
    deps = ["det" if p in ("DET", "PRON") else "advmod" if p == "ADV" else "amod" for p in pos[:last]] + [
        "ROOT"
    ]
    return Doc(
        spacy.blank("nl").vocab,
        words=words,
        pos=pos,
        heads=[last] * len(words),
        deps=deps,
        morphs=morphs or [""] * len(words),
    )


def test_definite_or_plural_takes_e():
    doc = _phrase(["het", "gestuurd", "stuk"], ["DET", "ADJ", "NOUN"])
    assert takes_e(doc[1], doc[2]) is True
    doc = _phrase(["gestuurd", "brieven"], ["ADJ", "NOUN"], ["", "Number=Plur"])
    assert takes_e(doc[0], doc[1]) is True


def test_definite_word_before_adverbs_takes_e():
    # the parse hangs the article on nothing of the phrase: the word that opens it still counts
    doc = Doc(
        spacy.blank("nl").vocab,
        words=["het", "eerder", "gestuurd", "stuk"],
        pos=["DET", "ADV", "ADJ", "NOUN"],
        heads=[2, 2, 3, 3],
        deps=["det", "advmod", "amod", "ROOT"],
    )
    assert takes_e(doc[2], doc[3]) is True


def test_indefinite_singular_asks_the_gender():
    doc = _phrase(["een", "gestuurd", "stuk"], ["DET", "ADJ", "NOUN"])
    assert takes_e(doc[1], doc[2]) is False  # een gestuurd stuk (a het-word)
    doc = _phrase(["een", "gestuurd", "brief"], ["DET", "ADJ", "NOUN"])
    assert takes_e(doc[1], doc[2]) is True  # een gestuurde brief (a de-word)
    doc = _phrase(["een", "gestuurd", "xqzwob"], ["DET", "ADJ", "NOUN"])
    assert takes_e(doc[1], doc[2]) is None  # a gender nothing knows: the caller gives advice


def test_participle_in_place_follows_the_same_rule():
    doc = _phrase(["een", "toegezonden", "stuk"], ["DET", "ADJ", "NOUN"])
    assert participle_in_place(doc[1], "gestuurd") == "gestuurd"
    doc = _phrase(["een", "toegezonden", "brief"], ["DET", "ADJ", "NOUN"])
    assert participle_in_place(doc[1], "gestuurd") == "gestuurde"
    doc = _phrase(["een", "toegezonden", "xqzwob"], ["DET", "ADJ", "NOUN"])
    assert participle_in_place(doc[1], "gestuurd") is None


def test_participle_after_een_before_a_de_word_gets_e():
    # before: advice (the gender was not looked up for a participle); a de-word after 'een' takes -e
    hits = [
        f
        for f in check_text("Een eerder toegezonden brief wordt bewaard.", config=Config(min_severity="info"))
        if f.rule == "BT101" and "toegezonden" in f.text
    ]
    assert len(hits) == 1 and hits[0].suggestions[:1] == ["gestuurde"], hits
