"""The subject of a passive clause and its *er* (``passive.find_passives``, the rewrite and the guards): the word the
parse makes the participle's or an auxiliary's subject, and the *er* of the clause, not one of a clause around it
or beside it. Moved out of ``passive`` in the thirty-fifth round (no change in what they find)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import MODAL_FORMS, MODALS, infinitive, known_verbs
from .passive_clauses import adopted_children, relative_subject
from .passive_cluster import _in_cluster

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def expletive(verb: Token, auxes: list[Token]) -> Token | None:
    """The *er* of the passive's clause. An *er* before the relative pronoun that is the passive's subject belongs
    to the clause around the relative clause (*dat er kennis is die niet kan worden uitgedrukt*)."""
    relative = relative_subject(verb)
    finite = [a.i for a in auxes if "Fin" in a.morph.get("VerbForm")]
    anchor = min(finite) if finite else verb.i
    for t in [*verb.children, *adopted_children(verb), *(c for a in auxes for c in a.children)]:
        if relative is not None and t.i < relative.i:
            continue
        if t.lower_ == "er" and t.i < anchor and _finite_between(t, anchor, auxes):
            continue  # the *er* of another clause: *er een akkoord is van de medewerkers wordt ...*
        if t.lower_ == "er" and t.dep_ in (
            "advmod",
            "expl",
            "expl:pv",
            "obl",
            "nsubj",
            "nsubj:pass",
            "compound:prt",
        ):
            return t
    return None


def _finite_between(er: Token, anchor: int, auxes: list[Token]) -> bool:
    """A finite verb outside the passive's verb group stands between the *er* and the passive's finite auxiliary:
    a clause has one finite verb, so the *er* belongs to that verb's clause (*en er een akkoord is ... wordt*). Not a
    modal of the group the parser hung elsewhere (*er moet worden ingezet*), nor a verb of a relative clause inside
    (*dat er in overleg met degene die overlast ervaart, wordt gezocht*)."""
    from .passive import aux_kind

    doc = er.doc
    for t in doc[er.i + 1 : anchor]:
        if t.pos_ not in ("VERB", "AUX") or "Fin" not in t.morph.get("VerbForm") or t in auxes:
            continue
        if t.lower_ in MODAL_FORMS or infinitive(t) in MODALS or _in_cluster(t):
            continue
        if aux_kind(t) is None and infinitive(t) not in known_verbs():
            continue  # a word the tagger misreads as a verb (*voor een concreet project*)
        if any("Rel" in w.morph.get("PronType") for w in doc[er.i + 1 : t.i]):
            continue
        return True
    return False


def subject(verb: Token, auxes: list[Token]) -> Token | None:
    for t in [*verb.children, *adopted_children(verb), *(c for a in auxes for c in a.children)]:
        if t.dep_ in ("nsubj", "nsubj:pass", "csubj:pass") and t.lower_ != "er":
            return t
    return None
