"""Verbs that are two verbs in one spelling (``grammatica.two_reading_verbs``): *voorkómen* 'to prevent' and
*vóórkomen* 'to occur'. In *het voorkomen van X* the word after *van* is the object of the first and the subject of
the second, so an example of BT201 that puts it before the verb ('vleermuizen voorkomen') says 'prevent bats' where
the text says that bats are there. Something unwanted that may happen is prevented: an act or a change (a noun made
from a verb: *de aantasting*, *een toename*) or a harm of ``grammatica.prevented_nouns`` (*hinder*, *overlast*,
*schade*, also as the end of a compound: *geurhinder*). Of things and beings (*soorten*, *explosieven*, *asbest*)
Dutch says that they occur, and of harms that are states found in soil or water (*verontreiniging*, *vervuiling*:
``grammatica.found_states``) both: there the reading is open (``open_reading``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def open_reading(verb: str, objects: list[Token]) -> bool:
    """The verb is one of two in its spelling and its object after *van* (``objects``: the head nouns after *van*)
    does not show which: neither an act nor a harm. False for every other verb, and where there is no object."""
    if verb not in word_set("grammatica", "two_reading_verbs") or not objects:
        return False
    return not any(_prevented(t) for t in objects)


def _prevented(tok: Token) -> bool:
    """An act, a change or a harm: a noun made from a verb (*aantasting*), a nominal infinitive (*het ontstaan*), or
    a noun of ``prevented_nouns`` or a compound ending in one (*geurhinder*); not a state found in soil or water
    (``found_states``: *verontreinigingen in de grond* may occur there) without an object of its own."""
    from .nominal_object_end import is_noun
    from .nominal_verb import noun_verb
    from .noun_lemmas import noun_forms

    if "Inf" in tok.morph.get("VerbForm") and not is_noun(tok):
        return True  # not a noun the tagger read as an infinitive (*granaten*)
    forms = {f.lower() for f in noun_forms(tok)} | {tok.lower_, (tok.lemma_ or tok.lower_).lower()}
    states = word_set("grammatica", "found_states")
    if any(f.endswith((*states, *(f"{w}en" for w in states))) for f in forms) and not _own_object(tok):
        return False  # a state found in the soil or the water (*verontreinigingen in de grond*): it may occur
    harms = word_set("grammatica", "prevented_nouns")
    if any(f.endswith(tuple(harms)) for f in forms):
        return True
    return any(f.isalpha() and noun_verb(f) is not None for f in forms)


def _own_object(tok: Token) -> bool:
    """The noun has an object of its own after *van*: the act of making that state (*vervuiling van het hemelwater*:
    the water is polluted), which is prevented."""
    return any(
        c.dep_.startswith("nmod") and any(g.dep_ == "case" and g.lower_ == "van" for g in c.children)
        for c in tok.children
    )
