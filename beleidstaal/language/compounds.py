"""Closed compounds whose last part is a word-list noun: *beleidsdoelstellingen* (*beleid* + *s* +
*doelstellingen*), *filterfunctionaliteit*, *beleids-doelstelling*.

- ``is_noun(word)``: a listed word that is a noun (a noun ending, or a plural that Dutch text uses).
- ``first_part(prefix)``: the part before the head is a Dutch word (wordfreq), or a word with a linking *s*, *e* or
  *en* (*beleids*, *gemeente*, *kinderen*); not a prefix (*her*, *mede*, *wan*: ``bound_first_parts``,
  ``inseparable_prefixes`` and the verb particles in ``data/grammatica.toml``), and at least ``MIN_FIRST`` letters.
- ``splits(low)``: the places a word may split into a first part and a head of at least ``MIN_HEAD`` letters (the
  longest head first; a hyphen splits the word there only: *beleids-doelstelling*); ``heads(word, known)``: those
  whose head ``known`` holds and whose first part is a word.
- ``compound_replacement(noun, prefix, head, term, replacement)``: the compound with its head replaced
  (*beleidsdoelstellingen* → *beleidsdoelen*) when the new compound is well-formed in its sentence: the
  replacement is one noun of known gender, in the plural when the head is plural (a plural Dutch uses), and of the
  head's gender when the words before the noun show it (a new gender rewrites them with
  ``realise_nouns.regendered_phrase``: *de beleidsdoelstelling* → *het beleidsdoel*). The first part keeps its
  linking letter: the linking letter belongs to the first part, not to the head.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import morphology as m
from .data import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the shortest head: a listed noun of at least this many letters (*kader* and longer), so that short words
#: (*doel*, *plan*) are not found inside every other word
MIN_HEAD = 5
#: the shortest first part without its linking letter (*data*, *klant*; not *on*, *be*)
MIN_FIRST = 3
#: a first part Dutch text uses at least this often (wordfreq's Zipf scale): a word, not a fragment of one
FIRST_PART_ZIPF = 3.0
LINKING = ("en", "s", "e")
#: the plural of a replacement head must be this common (as ``realise_nouns`` asks of a plural replacement)
PLURAL_ZIPF = 2.0


@functools.cache
def _not_words() -> frozenset[str]:
    return (
        word_set("grammatica", "bound_first_parts")
        | word_set("grammatica", "inseparable_prefixes")
        | word_set("grammatica", "particles")
    )


#: endings that make a noun (*-heid*, *-ing*, *-teit*, *-tie*, *-isme*, *-atiek*): such a word is a noun even when Dutch
#: text hardly uses its plural (*leefbaarheid*, *mobiliteit*, *systematiek*)
NOUN_ENDINGS = ("heid", "ing", "teit", "tie", "isme", "atiek")
#: a word whose plural Dutch text uses at least this often (wordfreq's Zipf scale) is a noun
NOUN_PLURAL_ZIPF = 1.0


@functools.cache
def is_noun(word: str) -> bool:
    """A noun that can be the last part of a compound: it ends as a noun does, or Dutch text uses its plural
    (*doelstellingen*, *reviews*); not an adverb or adjective (*wellicht*, *optimaal*, *compliant*)."""
    if is_adjective(word):
        return False
    plural = m.plural(word)
    return word.endswith(NOUN_ENDINGS) or (plural != word and m.zipf(plural) >= NOUN_PLURAL_ZIPF)


def is_adjective(word: str) -> bool:
    """*dergelijk*, *gering*, *multifunctioneel*: an adjective, whose -e form is more common than a plural (the
    tagger reads some uninflected adjectives before a noun as nouns: *een multifunctioneel gebouw*)."""
    plural, attributive = m.plural(word), m.attributive(word)
    return attributive != word and m.zipf(attributive) > m.zipf(plural)


@functools.cache
def first_part(prefix: str) -> bool:
    """*beleids*, *filter*, *maatwerk*, *gemeente*: a word, or a word and a linking letter."""
    part = prefix.rstrip("-")
    if not part.isalpha() or part in _not_words():
        return False  # mede-, her-: a prefix (and not 'med' with a linking e)
    bases = [part] + [part[: -len(link)] for link in LINKING if part.endswith(link)]
    return any(
        len(base) >= MIN_FIRST and base not in _not_words() and m.zipf(base) >= FIRST_PART_ZIPF
        for base in bases
    )


def _fixed(low: str) -> bool:
    """The word is one of ``fixed_compounds`` (data/grammatica.toml), singular or plural."""
    fixed = word_set("grammatica", "fixed_compounds")
    return low in fixed or any(low.startswith(w) and low[len(w) :] in ("en", "s", "'s") for w in fixed)


def splits(low: str) -> list[tuple[str, str]]:
    """Every place a lower-case word may split into a first part and a head of ``MIN_HEAD`` letters or more, the
    longest head first: at its last hyphen only (*beleids-*, *doelstelling*), else after ``MIN_FIRST`` letters or
    more. Whether the head is listed and the first part a word is for the caller (``heads``; the matcher's quick
    test asks only for a listed head)."""
    if "-" in low:
        prefix, _, head = low.rpartition("-")
        return [(prefix + "-", head)] if len(head) >= MIN_HEAD else []
    return [(low[:k], low[k:]) for k in range(MIN_FIRST, len(low) - MIN_HEAD + 1)]


def heads(word: str, known) -> list[tuple[str, str]]:
    """(first part, head) for every head in ``known`` that ends ``word``, the longest head first; the first part
    as written, with its linking letter or hyphen."""
    low = word.lower()
    if _fixed(low):
        return []  # a term of art of its field (instandhoudingsdoelstellingen)
    return [(prefix, head) for prefix, head in splits(low) if head in known and first_part(prefix)]


def compound_replacement(noun: Token, prefix: str, head: str, term: str, replacement: str):
    """(the tokens to replace, the new text) or None when the new compound does not fit (see module doc).
    ``prefix`` is the first part as written in ``noun`` (its case kept)."""
    from .realise_nouns import _determiner_gender, regendered_phrase

    rep = replacement.strip().lower()
    if not rep.isalpha() or m.article(rep) is None or not m.lemmas(rep, "NOUN"):
        return None  # a phrase, an instruction or no noun: it cannot be the last part of a word
    if head != term:
        if head != m.plural(term):
            return None  # a diminutive or another form: advice
        plural = m.plural(rep)
        if plural == rep or m.zipf(plural) < PLURAL_ZIPF:
            return None
        return [noun], prefix + plural
    new = prefix + rep
    gender = m.article(rep)
    if m.article(new.lower()) != gender:
        return None  # the new word would not take the gender of its last part
    shown = _determiner_gender(noun)
    if shown == gender:
        return [noun], new
    if shown is None:
        if any(c.dep_ == "acl:relcl" for c in noun.children) and gender != m.article(term):
            return None  # de beleidsdoelstelling die ... → not 'het beleidsdoel die'
        return [noun], new  # nothing in the sentence shows the gender
    return regendered_phrase(noun, [new])  # de beleidsdoelstelling → het beleidsdoel (None: it cannot)
