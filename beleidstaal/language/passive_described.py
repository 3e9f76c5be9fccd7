"""Passives that describe a situation where nobody in particular acts (``passive_worth.left_out_because``): the
clause names a condition, a finding, a purpose, an effect, a fact, a practice, a measure of comparison or an item of
a list, or tells how water flows through a system. Whoever brings it about is beside the point, so 'zeg wie het
doet' has no useful answer. Most tests look at the clause the passive stands in (``passive_clauses``); what a plan
or map shows, and a state a named means reached, is ``passive_state``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive import aux_kind, subject
from .passive_clauses import (
    _comparison_clause,
    _condition,
    _effect_clause,
    _fact_clause,
    _list_item,
    _purpose_phrase,
    _usual_clause,
)
from .passive_hidden_doer import _has_modal
from .passive_state import water_word

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def _described_not_done(verb: Token, auxes: list[Token]) -> str | None:
    """The passive describes a condition, a finding, a purpose, an effect or a list item, where nobody in
    particular acts (see ``worth_reporting``): which of them, or None."""
    if any(aux_kind(a) == "worden" for a in auxes) and _condition(verb, auxes):
        return "condition"
    lemma = infinitive(verb)
    # the modal verb may be the head of the auxiliary (*hoeven niet te worden aangetoond*)
    if lemma in _lv("observation_verbs") and not _has_modal([*auxes, *(a.head for a in auxes), verb.head]):
        return "observation"
    if lemma in _lv("purpose_verbs") and _purpose_phrase(verb):
        return "purpose"
    if _effect_clause(verb):
        return "effect"
    if _fact_clause(verb):
        return "fact"
    if _usual_clause(verb):
        return "usual"  # het komt voor dat er bomen worden gekapt: a practice, whoever does it
    if _comparison_clause(verb):
        return "comparison"
    if _list_item(verb):
        return "list-item"
    if any(aux_kind(a) == "worden" for a in auxes) and _flow_subject(verb, auxes):
        return "flow"
    return None


def _flow_subject(verb: Token, auxes: list[Token]) -> bool:
    """The subject is water or waste water that a system carries, and the verb what the system does with it (*het
    afvalwater wordt op het riool geloosd*, *het water wordt tijdelijk geborgen*, *kan 80 m3 hemelwater worden
    geborgen*): a technical description of how water flows, where nobody in particular acts.
    With a duty (*het hemelwater moet op eigen terrein worden opgevangen*) somebody must, and it stays."""
    if infinitive(verb) not in _lv("flow_verbs"):
        return False
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals")):
        return False
    subj = subject(verb, auxes)
    water = water_word(verb, subj)
    if water is None:
        return False
    doc = verb.doc
    before = doc[water.i - 1] if water.i > verb.sent.start else None
    # the water itself, not a noun named after another one (*het aspect water*, *de paragraaf water*); a number
    # may stand before it with its unit (*576 m3 hemelwater*: the parse may tag the unit as anything); the word
    # before is its adjective where the parse took that for the subject (*het vuile afvalwater*)
    return (
        before is None
        or (subj is not None and before.i == subj.i)
        or before.pos_ in ("DET", "ADJ", "PRON")
        or any(t.like_num for t in doc[max(verb.sent.start, water.i - 2) : water.i])
    )
