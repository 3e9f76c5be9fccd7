"""An auxiliary the parser hung elsewhere, found by the arcs around the participle (``passive._loose``): the
nearest form of *worden* or *zijn* before it in its clause (``loose_aux``), or the ``aux:pass`` of a word the parser
made its head by mistake (``shared_aux``). Moved out of ``passive`` in the twenty-ninth round; ``passive_words``
(the passive by the words of its clause) searches back past brackets the same way (``bracket_place``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .brackets import closes_in_order

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def loose_aux(verb: Token) -> Token | None:
    """A form of worden/zijn that the parser attached elsewhere (*Het zwembad is vorig jaar door de gemeente
    gekocht*, *Er zijn afspraken gemaakt*): the nearest one before the participle in the same clause, with no
    other verb, comma or subordinating word in between."""
    from .passive import aux_kind, is_participle
    from .passive_lookalikes import manner_participle

    sent = verb.sent
    for j in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
        t = verb.doc[j]
        place = bracket_place(verb.doc, j, verb.i)
        if place == INSIDE:
            return None  # the participle stands inside a parenthesis: *(vastgesteld d.d. ...)*
        if place == SKIP:
            continue
        if t.text in (",", ";", ":") or t.pos_ in ("SCONJ", "CCONJ") or "Rel" in t.morph.get("PronType"):
            return None
        kind = aux_kind(t)
        if kind is not None:
            if (
                t.dep_ == "aux:pass"
                and t.head.i not in (t.i, verb.i)
                and is_participle(t.head)
                and not manner_participle(t.head)
            ):
                return None  # the auxiliary of another participle: *moeten opgericht worden in de ... aangegeven*
            if (
                t.lower_ == "zijn"
                and t.pos_ == "DET"
                and not (j > sent.start and verb.doc[j - 1].lower_ == "er")
            ):
                return None  # possessive 'zijn' (his)
            return t
        if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or t.morph.get("Tense")):
            return None
        if t.pos_ == "VERB" and j > sent.start and verb.doc[j - 1].lower_ == "te":
            return None  # a te-infinitive of its own: *Het doel is na te gaan welke ... ontwikkelingen*
    return None


def brackets_whole(doc, start: int, end: int) -> bool:
    """The round brackets between the tokens ``start`` and ``end`` close in order. Only round ones: the count of
    ``loose_aux`` never counted square brackets, and findings stay as recorded."""
    return closes_in_order(doc[i].text for i in range(start, end) if doc[i].text in ("(", ")"))


#: ``bracket_place``: the participle stands inside a parenthesis that opens at the word (the search stops)
INSIDE = "inside"
#: ``bracket_place``: a bracket, or a word inside a parenthesis closed before the participle (the search passes it)
SKIP = "skip"


def bracket_place(doc, j: int, end: int) -> str | None:
    """Where the word at ``j`` stands to the round brackets before the participle at ``end``, for a search back
    from the participle to its auxiliary (``loose_aux``, ``passive_words``): ``INSIDE``, ``SKIP``, or None for a
    word of the participle's own stretch of the clause."""
    text = doc[j].text
    whole = brackets_whole(doc, j + 1, end)
    if text == "(" and whole:
        return INSIDE
    if text in ("(", ")") or not whole:
        return SKIP
    return None


def shared_aux(verb: Token) -> Token | None:
    """The passive auxiliary of a word the parser made the participle's head by mistake (*Hierin wordt het voor
    dit plan relevante beleid beschreven*: *beschreven* hangs as ``conj`` on *relevante*, which holds *wordt*): the
    head is no participle itself (two participles that share an auxiliary, *wordt gebouwd en verkocht*, are one
    passive, found at the first) and its ``aux:pass`` stands before the participle with no comma or conjunction
    right before the participle (*wordt beoordeeld, en ... verleend* is a coordination)."""
    from .passive import aux_kind, is_participle

    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.i > verb.i or is_participle(head):
        return None
    if head.pos_ not in ("VERB", "ADJ"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.is_punct or prev.pos_ == "CCONJ":
        return None
    for c in head.children:
        if c.dep_ == "aux:pass" and aux_kind(c) and c.i < verb.i:
            return c
    return None
