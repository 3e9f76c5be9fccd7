"""A passive in a *dat*-clause of a main clause that names who wants or decided it (*we hebben afgesproken dat de
schuur naar achteren wordt verplaatst*, *de provincie wil dat het landschap wordt beschermd*): the sentence
already says who stands behind the act, so the passive hides nobody the reader needs (``decided`` in
``passive_worth.left_out_because``).

Not when the clause holds a duty (*we hebben afgesproken dat de aanvraag moet worden ingediend*: who must hand it
in is what the reader needs), when the main clause is itself passive (*er is besloten dat*: who decided hides
there), when its subject is not the writer or a body that decides (*men*, *u wilt dat uw aanvraag wordt
behandeld*, *de bewoners willen dat de straat wordt opgeknapt*, *de dorpsraad wil dat ...*: who acts for them
hides), or when a wish is about the reader's thing (*wij willen dat uw aanvraag vóór 1 mei wordt ingediend*: the
reader is asked to act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive_clauses import clause_openers

if TYPE_CHECKING:
    from spacy.tokens import Token

#: labels the parser gives a *dat*-clause that a verb takes (a comma before *dat* may make it ``advcl``)
_CLAUSE_LABELS = ("ccomp", "advcl", "obj", "xcomp", "dep")


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def decided_clause(verb: Token, auxes: list[Token]) -> bool:
    """Whether the passive is in a *dat*-clause of an active verb of will or decision (``decision_verbs``) whose
    subject is the writer or a body that decides."""
    if not any(m.lower_ == "dat" for m in clause_openers(verb)):
        return False
    duty = _lv("duty_modals")
    if any(t.lower_ in duty or t.lemma_.lower() in duty for t in [*auxes, *(a.head for a in auxes)]):
        return False
    clause, seen = verb, 0
    # (the second of two clauses: *dat de schuur wordt gesloopt en er een tuin wordt aangelegd*)
    while clause.dep_ == "conj" and clause.head.i != clause.i and seen < 5:
        clause, seen = clause.head, seen + 1
    head = clause.head
    if (
        clause.dep_ not in _CLAUSE_LABELS
        or head.i == clause.i
        or infinitive(head) not in _lv("decision_verbs")
    ):
        return False
    if any(c.dep_ in ("aux:pass", "expl", "expl:pv") for c in head.children):
        return False  # er is besloten dat ...: the main clause hides who decided
    if infinitive(head) in _lv("wish_verbs") and any(t.lower_ in _lv("reader_words") for t in clause.subtree):
        return False  # wij willen dat uw aanvraag wordt ingediend: the reader is asked to act
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(_names_someone(s) for s in subjects)


def _names_someone(subject: Token) -> bool:
    """The writer (*we*) or a body that decides (*de gemeenteraad*, *de provincie*); not the reader, a resident or
    a company, whose wish leaves open who acts for them."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _lv("decider_pronouns")
    word = subject.lower_
    return subject.pos_ in ("NOUN", "PROPN") and (
        word in _lv("deciding_body_words") or word.endswith(tuple(_lv("deciding_bodies")))
    )
