"""Whom a passive without a door-phrase hides, for the advice of BT301 and BT302 (``hidden_doer``): who must, who
can, who says so, what meets it, which text can be the subject, what counts as what, what is enough, or who does
it. The question the advice asks depends on the verb and its modal, so that the reader gets one they can answer.
``passive_worth`` asks it too: a dated *zijn*-passive is left out only where the advice could ask no more than who
did it or who can (``dated``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import MODAL_FORMS, infinitive
from .passive_frames import as_phrase, text_phrases

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def _has_modal(auxes: list[Token], modals: frozenset[str] | None = None) -> bool:
    """One of ``auxes`` (the auxiliaries, often with their heads and the participle's head: the modal verb may be
    the head of the auxiliary) is a form or lemma of ``modals``; by default any modal verb or verb of duty."""
    forms = modals if modals is not None else frozenset(MODAL_FORMS) | _lv("duty_modals")
    return any(a.lower_ in forms or a.lemma_.lower() in forms for a in auxes)


def hidden_doer(verb: Token, auxes: list[Token]) -> str:
    """Whom a passive without a door-phrase hides, for the advice: ``duty`` (*moet worden aangevraagd*: who
    must?), ``can`` (*kan elders worden opgelost*: who can, the reader, or anyone?), ``report`` (*er wordt
    geconcludeerd dat*: who says so?), ``meets`` (*er wordt voldaan aan*: what meets it?), ``source`` (a report verb
    with *in* + a text: *in hoofdstuk 3 wordt beschreven*: the text can be the subject), ``counts`` (a verb that
    classifies with *als*: *wordt beschouwd als*: say 'is'), ``enough`` (*kan worden volstaan met*: say what is
    enough), else ``doer``."""
    lemma = infinitive(verb)
    if lemma == "voldoen":
        return "meets"
    if lemma in _lv("reporting_verbs"):
        if text_phrases(verb):
            return "source"
        if any(
            c.dep_ in ("ccomp", "csubj", "csubj:pass")
            or any(g.dep_ == "mark" and g.lower_ in ("dat", "of") and g.i > verb.i for g in c.children)
            for c in verb.children
        ):  # a clause with dat (the parse may label it 'dep': *kan gesteld worden dat het plan ... is*)
            return "report"
        end = max(t.i for t in [verb, *auxes]) + 1
        if end < verb.sent.end and verb.doc[end].lower_ == "dat" and verb.doc[end].pos_ == "SCONJ":
            return "report"  # *dat* right after the verb cluster, hung elsewhere: *Opgemerkt dient te worden dat*
    # the modal verb may be the head of the auxiliary (*dient te worden herzien*)
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals")):
        return "duty"
    if lemma in _lv("enough_verbs"):
        return "enough"
    if lemma in _lv("classifying_verbs") and as_phrase(verb):
        return "counts"
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("possibility_modals")):
        return "can"
    return "doer"
