"""``language.words.words_at``: a fixed group of words read by its words, one token each (the fixed groups of the
word lists, the list openers of names). Sentences written for the test."""

from __future__ import annotations

import spacy

from beleidstaal.language.words import words_at

DOC = spacy.blank("nl")("Wij sturen u de brief in aansluiting op ons gesprek.")


def test_the_words_from_a_place():
    assert words_at(DOC, 5, ["in", "aansluiting", "op"])
    assert not words_at(DOC, 4, ["in", "aansluiting", "op"])


def test_not_before_the_start_nor_past_the_end():
    assert not words_at(DOC, -1, ["wij"])
    assert not words_at(DOC, 9, ["gesprek", ".", "en"])
    assert not words_at(DOC, 5, ["in", "aansluiting", "op"], end=7)  # the group runs past the sentence's end
    assert words_at(DOC, 5, ["in", "aansluiting", "op"], end=8)
