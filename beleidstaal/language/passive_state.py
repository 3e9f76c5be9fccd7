"""Passives that describe what a plan, a map or an appendix shows, or a state that a named means brought about:
nobody in particular hides, and 'zeg wie het doet' has no useful answer (``passive_worth.left_out_because``).

- ``plan-state``: a *zijn*-passive whose subject is an element of the plan map (*de dubbelbestemming is toegekend
  aan de gronden*, *het bouwvlak is vergroot*): the plan made it so; the sentence describes the plan.
- ``map``: a *worden*-passive of a verb of showing with a phrase *op* + a map (*de bouwhoogte wordt op de
  verbeelding weergegeven*): a map legend, the map is the better subject; a duty (*moet op de verbeelding worden
  weergegeven*: who must draw it?) stays.
- ``tenure``: homes or plots that are offered, let or sold (*de woningen worden aangeboden in de huursector*,
  *de kavels worden vrij verkocht*): a description of the housing programme, whoever sells; a duty (*moeten met
  voorrang aan starters worden aangeboden*) stays.
- ``result``: a *zijn*-passive that opens with *hiermee*, *daarmee*, *hierdoor* or *daardoor* (*hiermee is de
  uitvoerbaarheid gewaarborgd*): a state reached through the means the sentence before named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive import aux_kind, subject

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def described_state(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> str | None:
    """Which of the descriptions above the passive is (``plan-state``, ``map``, ``tenure``, ``result``), or None."""
    kind = aux_kind(pass_aux)
    duty = _has_duty([*auxes, *(a.head for a in auxes), verb.head])  # *moet op de kaart worden weergegeven*
    if kind == "zijn" and not impersonal and _subject_ends_with(verb, auxes, "plan_elements"):
        return "plan-state"
    legend = infinitive(verb) in _lv("showing_verbs") and _on_a_map_anywhere(verb)
    if kind == "worden" and legend and not duty:
        return "map"
    # de woningen worden aangeboden in de huursector: the housing programme, whoever sells (a duty stays)
    homes = infinitive(verb) in _lv("tenure_verbs") and _subject_ends_with(verb, auxes, "housing_nouns")
    if homes and not duty:
        return "tenure"
    if kind == "zijn" and infinitive(verb) != "voldoen" and _opens_with_means(pass_aux):
        return "result"
    return None


def _subject_ends_with(verb: Token, auxes: list[Token], key: str) -> bool:
    """A subject of the clause ends with a word of the list (by the end of the word: *dubbelbestemming*,
    *huurwoningen*). The parser may give the clause two subjects (*dat* read as one, or a name after the noun):
    any of them counts."""
    words = tuple(_lv(key))
    heads = [subject(verb, auxes), *(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass"))]
    return any(h is not None and h.lower_.endswith(words) for h in heads)


def _has_duty(tokens: list[Token]) -> bool:
    duty = _lv("duty_modals")
    return any(t.lower_ in duty or t.lemma_.lower() in duty for t in tokens)


def _on_a_map_anywhere(verb: Token) -> bool:
    """A phrase *op* + a map (*op de plankaart*, *op de verbeelding*) in the clause of the verb, also where the parser
    hangs it on another phrase (*door middel van een aanduiding op de plankaart*), not inside the subject."""
    maps = tuple(_lv("map_nouns"))
    subj = subject(verb, [])
    inside_subject = {t.i for t in subj.subtree} if subj is not None else set()
    for t in verb.subtree:
        if t.i in inside_subject or not t.lower_.endswith(maps):
            continue
        if any(c.dep_ == "case" and c.lower_ == "op" for c in t.children) and not _in_other_clause(t, verb):
            return True
    return False


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """A verb other than ``verb`` stands between ``tok`` and ``verb`` in the parse (a relative clause of its own)."""
    node, seen = tok.head, 0
    while node.i != verb.i and node.head.i != node.i and seen < 20:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node, seen = node.head, seen + 1
    return False


def _opens_with_means(pass_aux: Token) -> bool:
    """The clause opens with an adverb that names the means or cause of the sentence before, right before the
    finite *zijn* (*Hiermee is ...*, *Daardoor zijn ...*): what the passive says is the result of it."""
    sent = pass_aux.sent
    if pass_aux.i == sent.start:
        return False
    before = pass_aux.doc[pass_aux.i - 1]
    opener = before.i == sent.start or pass_aux.doc[before.i - 1].is_punct
    return opener and before.lower_ in _lv("means_adverbs")
