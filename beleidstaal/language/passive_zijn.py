"""*zijn*-passives that name a state, not an act that hides its doer (``passive_worth.left_out_because``): a state
required or described in a clause with *dat* or a modal, one that a named law made, what a text or a map holds,
that nothing was done, what happened at a date, and a short one that is easy to read. A long *zijn*-passive without
any of these is hard to read and stays a finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import MODAL_FORMS, infinitive
from .passive_clauses import _complement_clause
from .passive_hidden_doer import hidden_doer
from .passive_time import dated as _dated

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


#: a passive with *zijn* (a state or a finished action: *het plan is voorgelegd*) is worth a finding only when this
#: many words or more stand from the start of its subject (or the auxiliary) to the end of the verb group
HEAVY_ZIJN_WORDS = 7


def _words_outside_brackets(tokens) -> int:
    """Words, not counting punctuation or what stands between brackets (a case number, an abbreviation)."""
    depth, words = 0, 0
    for t in tokens:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and not t.is_punct and not t.is_space:
            words += 1
    return words


def zijn_state(
    verb: Token, auxes: list[Token], impersonal: bool, subj: Token | None, first_aux: int
) -> str | None:
    """Why a *zijn*-passive is left out (``zijn-complement``, ``zijn-modal``, ``legal-basis``, ``contents``,
    ``nothing-done``, ``dated``, ``zijn-short``), or None when it is reported. ``subj`` is its subject (or None),
    ``first_aux`` the index of its first auxiliary."""
    # dat de taak is uitgevoerd, moeten zijn afgestemd: a state, not an act
    if _complement_clause(verb):
        return "zijn-complement"
    if any(a.lower_ in MODAL_FORMS for a in auxes):
        return "zijn-modal"
    if _legal_basis(verb):
        return "legal-basis"
    # (with *er* the sentence reports that somebody put it there, *er is een bouwvlak opgenomen*: it stays)
    if not impersonal and (infinitive(verb) in _lv("contents_verbs") or _on_a_map(verb)):
        return "contents"
    if _nothing_done(verb, subj) and infinitive(verb) not in _lv("contents_verbs"):
        return "nothing-done"
    if _dated(verb, auxes) and hidden_doer(verb, auxes) in ("doer", "can"):
        return "dated"
    subj_start = subj.left_edge.i if subj is not None else None
    start = min(first_aux, subj_start) if subj_start is not None else first_aux
    end = max(verb.i, *(a.i for a in auxes))
    if _words_outside_brackets(verb.doc[start : end + 1]) < HEAVY_ZIJN_WORDS:
        return "zijn-short"
    return None


def _on_a_map(verb: Token) -> bool:
    """A phrase with *op* and a map (*op de verbeelding*, *op de plankaart*): the *zijn*-passive says what the map
    shows (*de contouren zijn op de verbeelding aangegeven*), as one with a verb of contents says what a text holds."""
    maps = tuple(_lv("map_nouns"))
    # the parser may hang the participle on its subject (*Op de verbeelding is het vlak iets vergroot*: *vergroot* on
    # *vlak*, which holds the phrase): a phrase on that word before the participle is the participle's too
    near = [*verb.children, *(c for c in verb.head.children if c.i < verb.i and verb.dep_ == "acl:relcl")]
    return any(
        c.dep_.startswith("obl")
        and c.lower_.endswith(maps)
        and any(k.dep_ == "case" and k.lower_ == "op" for k in c.children)
        for c in near
    )


def _nothing_done(verb: Token, subj: Token | None) -> bool:
    """The subject of a *zijn*-passive is negated with *geen* (*er zijn geen reacties ingediend*, *er is geen
    aanvraag gedaan*): the sentence says that nothing was done, so there is no doer to name."""
    heads = [subj] if subj is not None else [c for c in verb.children if c.dep_ == "obj"]
    return any(any(c.dep_ == "det" and c.lower_ == "geen" for c in head.children) for head in heads)


def _legal_basis(verb: Token) -> bool:
    """A phrase of the participle names the law that made the state (*zijn op grond van de Wet geluidhinder
    gezoneerd*): the law acts, nobody hides. The phrase must hold a name (a law, a rule), not *op basis van
    metingen*."""
    doc = verb.doc
    for c in verb.children:
        if not c.dep_.startswith("obl"):
            continue
        start = c.left_edge.i
        words = " ".join(t.lower_ for t in doc[start : min(start + 3, verb.sent.end)])
        mark = next((m for m in _lv("legal_basis_marks") if words.startswith(m)), None)
        if mark is None:
            continue
        after = [t for t in doc[start + len(mark.split()) : verb.i] if t.pos_ != "DET"]
        if after and after[0].text[:1].isupper():
            return True  # a named law or rule (*de Wet geluidhinder*), not *op basis van metingen*
    return False
