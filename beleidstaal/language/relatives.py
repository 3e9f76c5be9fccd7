"""The noun a relative word stands for (its antecedent): *de zone waarbinnen ...*, *de grenzen waarbinnen ...*. The
word lists ask it where a relative word is right after one noun and stiff after another (``unless_antecedent``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keys import full_lemma
from .noun_lemmas import noun_lemma

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")


def antecedent(word: Token) -> Token | None:
    """The noun before the relative word that it stands for: the noun the parse hangs the word (or its clause) on,
    else the nearest noun before it in the sentence. The parse often hangs the clause on the verb when a particle or
    a verb stands between (*het bouwvlak geeft de begrenzing weer waarbinnen ...*, *zijn getalsmatige grenzen
    opgenomen waarbinnen ...*); the noun before the verb cluster is then the one it stands for."""
    node = word
    for _ in range(2):
        node = node.head
        if node.pos_ in _NOUNS and node.i < word.i:
            return node
        if node.head is node:
            break
    sent = word.sent
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
    return bool(names & set(keys)) or any(n.endswith(ends) for n in names if ends)
