"""Fixed groups of words read by their words (``grammatica.compound_prepositions``: *op grond van*, *in het kader
van*; ``grammatica.fixed_adverbials``: *op tijd*, *op korte termijn*): the rules ask whether a preposition ends a
compound preposition (it opens no object of a verb), the nominal style whether a noun of action stands in one."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .data import word_set
from .words import words_at

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _by(name: str, index: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in word_set("grammatica", name):
        words = tuple(phrase.split())
        groups.setdefault(words[index], []).append(words)
    return {k: tuple(v) for k, v in groups.items()}


@functools.cache
def compound_prepositions_by_end() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The compound prepositions by their last word (*van*: *op grond van*, *in het kader van*)."""
    return _by("compound_prepositions", -1)


@functools.cache
def fixed_adverbials_by_start() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The fixed adverbials by their first word (*op*: *op tijd*, *op korte termijn*)."""
    return _by("fixed_adverbials", 0)


def ends_compound_preposition(t: Token) -> bool:
    """The word is the last of a compound preposition, read by its words (*van* in *ten behoeve van*, *op* in *in
    aansluiting op*)."""
    doc = t.doc
    return any(
        words_at(doc, t.i - len(w) + 1, w, t.i + 1) for w in compound_prepositions_by_end().get(t.lower_, ())
    )
