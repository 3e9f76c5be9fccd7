"""The grammatical number of a noun phrase, for the finite verb a rewrite makes agree with it (an active rewrite
of a passive, a relative clause made from a tang). The tagger's ``Number`` alone errs both ways: it takes
*procedure* after *een* for a plural and gives names such as *Provinciale Staten* no number at all. Here the parse
(coordination, determiners, the words of a name) and the dictionary (a noun's own plural) decide together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import morphology as m
from .data import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

PLURAL_NAMES = word_set("realisatie", "plural_names")
SINGULAR_NAMES = word_set("realisatie", "singular_names")
SINGULAR_DETERMINERS = word_set("realisatie", "singular_determiners")
PLURAL_DETERMINERS = word_set("realisatie", "plural_determiners")


def phrase_plural(head: Token) -> bool:
    """The noun phrase headed by ``head`` takes a plural verb: two nouns joined by *en* (*de klant en de
    medewerker*; with *of* the number of the last one), a plural name (*Provinciale Staten van Gelderland*), or a
    plural noun (:func:`noun_plural`)."""
    conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    van = [t.i for t in head.subtree if t.lower_ == "van" and t.i > head.i]
    # het College van Burgemeester en Wethouders: a bare noun after a van-phrase is joined inside that phrase
    conj = [c for c in conj if not (van and min(van) < c.i and not any(g.dep_ == "det" for g in c.children))]
    if conj:
        joined_by_of = any(g.dep_ == "cc" and g.lower_ in ("of", "ofwel") for c in conj for g in c.children)
        return phrase_plural(conj[-1]) if joined_by_of else True
    if head.pos_ == "PROPN" or head.is_title:
        name = _name_words(head)
        whole = " ".join(t.lower_ for t in name)
        if whole in SINGULAR_NAMES or name[-1].lower_ in SINGULAR_NAMES:
            return False  # de Staten-Generaal heeft
        if whole in PLURAL_NAMES or name[-1].lower_ in PLURAL_NAMES:
            return True
        if head.pos_ == "PROPN":
            return False  # a name: de gemeente Nijmegen, Rijkswaterstaat
    return noun_plural(head)


def _name_words(head: Token) -> list[Token]:
    """The words of a name: its head and the flat or compound parts that follow it without a gap. Not a year or a
    title the parse hung on the name further on (*Provinciale Staten van Noord-Holland het Verkeersplan
    2011-2015*: the year is not part of the actor's name)."""
    name = [head]
    for t in head.doc[head.i + 1 : head.sent.end]:
        if t.head.i != head.i or t.dep_ not in ("flat", "compound"):
            break
        name.append(t)
    return name


def noun_plural(noun: Token) -> bool:
    """A plural noun: by its determiner (*een*, *elk* → singular; *alle*, *enkele* → plural), else by the
    tagger unless the dictionary knows the word as a singular whose plural is another word Dutch text uses
    (*procedure* → *procedures*), else by the dictionary (the word is the plural of a noun: *stakeholders*)."""
    for c in noun.children:
        if c.dep_ in ("det", "nummod") and c.i < noun.i:
            if c.lower_ in SINGULAR_DETERMINERS:
                return False
            if c.lower_ in PLURAL_DETERMINERS or (c.like_num and c.lower_ not in ("1", "één", "een")):
                return True
    low = noun.lower_
    own_plural = m.plural(low)
    singular_by_dictionary = own_plural != low and m.zipf(own_plural) >= 2.0
    plural_of_a_noun = any(lemma != low and m.plural(lemma) == low for lemma, _ in m.lemmas(low, "NOUN"))
    if "Plur" in noun.morph.get("Number"):
        return plural_of_a_noun or not singular_by_dictionary
    if not m.lemmas(low, "NOUN"):
        return _compound_plural(low)
    return plural_of_a_noun and not singular_by_dictionary


def _compound_plural(word: str) -> bool:
    """A compound the dictionary does not know is plural when its last part is the plural of a noun it knows
    (*domeinexperts*: *experts*, the plural of *expert*); the longest known last part decides."""
    for k in range(1, len(word) - 3):
        tail = word[k:]
        found = m.lemmas(tail, "NOUN")
        if found:
            singular = m.plural(tail) != tail and m.zipf(m.plural(tail)) >= 2.0  # grens: grenzen, not 'gren'
            return not singular and any(lemma != tail and m.plural(lemma) == tail for lemma, _ in found)
    return False
