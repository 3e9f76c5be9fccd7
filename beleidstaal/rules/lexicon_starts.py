"""Word-list rules, where a match can start: which ways of matching (``lexicon_match.match_sentence``) can start at a
word, by the lexicon's index alone, remembered per word form (most words can start none)."""

from __future__ import annotations

from ..language.compounds import MIN_FIRST, MIN_HEAD, splits
from ..language.entry_forms import joined
from .lexicon_compile import CompiledLexicon

#: the ways a match can start at a word (``starts``), as bits: a listed word by one of its keys, a listed form,
#: another spelling, the last part of a compound (a noun), the first word of a two-word term (also across a
#: coordination), the first word of a phrase (with the next word's keys), the verb of a verb phrase, a separable verb
SINGLE, FORMS, JOINED, HEAD, PAIR_FIRST, PHRASE_FIRST, VERBAL, SEPARABLE, LONG_HEAD = (
    1 << k for k in range(9)
)
#: the ways that need nothing of the word's tag or neighbour
ALONE = SINGLE | FORMS | JOINED | VERBAL | SEPARABLE
#: forms remembered at most (``CompiledLexicon.starts``); then the memo starts again
MAX_STARTS = 200_000


def starts(lex: CompiledLexicon, tkeys: frozenset[str], lower: str) -> int:
    """Which ways of matching can start at a word with these keys and this lower-case form, by the lexicon's
    index alone: each part of ``match_sentence`` finds nothing at a word without its way (a superset: a way
    named here may still find nothing)."""
    ways = 0
    if not lex.single.keys().isdisjoint(tkeys):
        ways |= SINGLE
    if lower in lex.forms:
        ways |= FORMS
    if joined(lower) in lex.joined:
        ways |= JOINED
    if _ends_in_head(lower, lex.heads):
        # a short hyphenated word (*e-plan*) is looked at only when another way lets it in
        ways |= LONG_HEAD if len(lower) >= MIN_FIRST + MIN_HEAD else HEAD
    if not lex.pair_firsts.isdisjoint(tkeys):
        ways |= PAIR_FIRST
    if not lex.first_words.isdisjoint(tkeys):
        ways |= PHRASE_FIRST
    if not lex.verbal.keys().isdisjoint(tkeys) or lower in lex.verb_forms:
        ways |= VERBAL
    if not lex.separable.keys().isdisjoint(tkeys) or lower in lex.separable_forms:
        ways |= SEPARABLE
    return ways


def pair_listed(lex: CompiledLexicon, tkeys: frozenset[str], next_keys: frozenset[str]) -> bool:
    """A phrase of the word lists starts with one of these keys and one of the next word's keys."""
    phrase = lex.phrase
    return any((k1, k2) in phrase for k1 in tkeys for k2 in next_keys)


def _ends_in_head(lower: str, known) -> bool:
    """The word ends in a listed noun that may be the last part of a compound (``lex.heads``): the quick test of
    ``compounds.heads``, without asking whether the first part is a word."""
    return any(head in known for _, head in splits(lower))
