"""Phrases of a passive's verb that say what kind of passive it is, for the advice (``passive_worth.hidden_doer``):
a phrase with *in* and a text (``text_phrases``: *in hoofdstuk 3 wordt beschreven*) and a phrase with *als* that
says what something is (``as_phrase``: *wordt beschouwd als een monument*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def text_phrases(verb: Token) -> list[Token]:
    """The heads of the verb's phrases with *in* and a text (``text_nouns``: *in hoofdstuk 3*, *in dit artikel*):
    where a reporting passive says something is written."""
    nouns = tuple(word_set("lijdende_vorm", "text_nouns"))
    return [
        c
        for c in verb.children
        if c.dep_.startswith("obl") and verb.doc[c.left_edge.i].lower_ == "in" and c.lower_.endswith(nouns)
    ]


def as_phrase(verb: Token) -> bool:
    """The verb has a phrase with *als* that says what something is (*beschouwd als een monument*): *als* before a
    noun or an adjective, not *als* opening a clause (*als de werkzaamheden klaar zijn*)."""
    for c in verb.children:
        if c.lower_ == "als" and c.dep_ != "mark":
            return True
        if c.pos_ in ("NOUN", "PROPN", "ADJ", "PRON") and any(
            g.lower_ == "als" and g.dep_ in ("case", "mark") and g.i < c.i for g in c.children
        ):
            return not any(g.dep_ in ("nsubj", "nsubj:pass", "cop") for g in c.children)
    return False
