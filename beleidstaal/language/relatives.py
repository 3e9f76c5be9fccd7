"""The noun a relative word stands for (its antecedent): *de zone waarbinnen ...*, *de grenzen waarbinnen ...*. The
word lists ask it where a relative word is right after one noun and stiff after another (``unless_antecedent``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keys import full_lemma
from .morphology import plural
from .noun_lemmas import noun_lemma

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
#: what may stand between a noun and its relative clause: the verbs and the particle that close the noun's clause
_CLOSING = ("VERB", "AUX", "ADP")


def antecedent(word: Token) -> Token | None:
    """The noun before the relative word that it stands for. A relative clause follows its noun right away, or
    after the verbs and particle that close the noun's own clause (*het bouwvlak geeft de begrenzing weer
    waarbinnen ...*, *zijn richtafstanden gegeven waarbinnen ...*): that noun first, whatever the parse hangs the
    word on (it may hang it on a noun further back). Else the noun the parse hangs the word or its clause on, else
    the nearest noun before it in the sentence."""
    sent = word.sent
    for t in reversed(word.doc[sent.start : word.i]):
        if t.pos_ in _NOUNS:
            return t
        if not (t.pos_ in _CLOSING or t.text == ","):
            break
    head = word.head
    if head.pos_ in _NOUNS and head.i < word.i:
        return head  # *de grens van het plangebied waarbinnen*: the parse's choice between the two nouns
    if head.dep_ == "acl:relcl" and head.head.pos_ in _NOUNS and head.head.i < word.i:
        return head.head  # the clause of the word hangs on its noun
    return next((t for t in reversed(word.doc[sent.start : word.i]) if t.pos_ in _NOUNS), None)


def antecedent_is(word: Token, keys: tuple[str, ...]) -> bool:
    """The antecedent (``antecedent``) is one of the nouns of ``keys``: as written, by the parse's lemma or the
    dictionary's (``noun_lemma``: the parse's lemma may be off, *begrenzingen*); a key with a hyphen in front is the
    end of a compound (``-grens``: *plangrens*, *bebouwingsgrenzen*)."""
    noun = antecedent(word)
    if noun is None:
        return False
    low = noun.lower_
    names = {low, noun.lemma_.lower(), full_lemma(noun), noun_lemma(low) or low}
    ends = tuple(k[1:] for k in keys if k.startswith("-") and len(k) > 2)
    ends += tuple(plural(e) for e in ends)  # an unknown compound keeps its plural as lemma (*richtafstanden*)
    return bool(names & set(keys)) or any(n.endswith(ends) for n in names if ends)
