"""The noun a relative word stands for (its antecedent): *de zone waarbinnen ...*, *de grenzen waarbinnen ...*. The
word lists ask it where a relative word is right after one noun and stiff after another (``unless_antecedent``).
Beside it the verb a pronominal adverb belongs to (*of plannen daarbinnen passen*: ``unless_head``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .keys import full_lemma
from .morphology import plural
from .noun_lemmas import noun_lemma

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
#: what may stand between a noun and its relative clause: the verbs and the particle that close the noun's clause
_CLOSING = ("VERB", "AUX", "ADP")
#: the prepositions of a noun's own phrase, between that noun and a relative clause that may be about it
_OWNED_BY = word_set("grammatica", "antecedent_phrase_prepositions")


def antecedents(word: Token) -> list[Token]:
    """Every noun before the relative word that it may stand for, nearest first. A relative clause follows its noun
    right away, or after the verbs and particle that close the noun's own clause (*het bouwvlak geeft de begrenzing
    weer waarbinnen ...*, *zijn richtafstanden gegeven waarbinnen ...*); with a noun's own *van*- or *voor*-phrase
    between (*de grens van het plangebied waarbinnen*, *een norm voor geluid, waarbinnen*) the clause may hang on
    the noun before the phrase as well as on the noun inside it. So: the nearest noun (after those closing words,
    else the nearest in the sentence), each noun its phrase of *van* or *voor* hangs on, and the noun the parse
    hangs the word or its clause on."""
    sent = word.doc[word.sent.start : word.i]
    found: list[Token] = []
    nearest = None
    for t in reversed(sent):
        if t.pos_ in _NOUNS:
            nearest = t
            break
        if not (t.pos_ in _CLOSING or t.text == ","):
            break
    if nearest is None:
        nearest = next((t for t in reversed(sent) if t.pos_ in _NOUNS), None)
    noun = nearest
    while noun is not None and noun not in found:
        found.append(noun)
        noun = _owner(noun)
    head = word.head
    if head.pos_ in _NOUNS and head.i < word.i:
        found.append(head)  # the parse's choice between two nouns
    elif head.dep_ == "acl:relcl" and head.head.pos_ in _NOUNS and head.head.i < word.i:
        found.append(head.head)  # the clause of the word hangs on its noun
    return list(dict.fromkeys(found))


def _owner(noun: Token) -> Token | None:
    """The noun before that ``noun``'s phrase of *van* or *voor* hangs on (*de grens* of *de grens van het
    plangebied*), else None."""
    head = noun.head
    if head is noun or head.pos_ not in _NOUNS or head.i > noun.i:
        return None
    if any(c.dep_ == "case" and c.lower_ in _OWNED_BY for c in noun.children):
        return head
    return None


def antecedent_is(word: Token, keys: tuple[str, ...]) -> bool:
    """Any noun the word may stand for (``antecedents``) is one of the nouns of ``keys``: as written, by the parse's
    lemma or the dictionary's (``noun_lemma``: the parse's lemma may be off, *begrenzingen*); a key with a hyphen in
    front is the end of a compound (``-grens``: *plangrens*, *bebouwingsgrenzen*). Any, not the likeliest: where
    the sentence leaves open which noun the clause is about, the word may be right, and a wrong offer costs more."""
    ends = tuple(k[1:] for k in keys if k.startswith("-") and len(k) > 2)
    ends += tuple(plural(e) for e in ends)  # an unknown compound keeps its plural as lemma (*richtafstanden*)
    for noun in antecedents(word):
        low = noun.lower_
        names = {low, noun.lemma_.lower(), full_lemma(noun), noun_lemma(low) or low}
        if names & set(keys) or any(n.endswith(ends) for n in names if ends):
            return True
    return False


def adverb_verbs(adverb: Token) -> list[Token]:
    """The verbs a pronominal adverb (*daarbinnen*, which stands for a preposition's phrase: *binnen dat gebied*)
    may belong to: the verb the parse hangs it on, and, where the tagger reads the adverb itself as a verb (it does
    not know the word), the verbs of its cluster that hang on it (*of plannen daarbinnen passen* with *passen* as
    its ``xcomp``, *de ontwikkeling past daarbinnen* with *past* as its auxiliary)."""
    verbs = [adverb.head] if adverb.head.i != adverb.i else []
    if adverb.pos_ in ("VERB", "AUX"):
        verbs += [c for c in adverb.children if c.dep_ in ("xcomp", "aux")]
    return [v for v in verbs if v.pos_ in ("VERB", "AUX")]
