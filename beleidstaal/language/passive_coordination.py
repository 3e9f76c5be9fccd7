"""Participles in a coordination that share one auxiliary (*worden gemeten, berekend of geschat*, *worden behouden
en versterkt*): which joined participles form one list (``listed``, asked by ``passive_words`` as it searches for the
auxiliary), and which stand close enough for one finding to cover them (``joined_closely``, asked by
``rules.passive``). Moved out of ``passive_words`` in the thirty-fifth round (no change in what they find)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

#: the words that join coordinated participles
JOINERS = ("en", "of", "en/of", "/", ",")
#: how many other words may stand between two participles of one close coordination
CLOSE = 3


def joined_closely(first: Token, later: Token) -> bool:
    """Two participles that share one auxiliary stand in a close coordination: joined by *en*, *of*, *en/of* or a
    comma, with at most a few words between them that are no verb, open no clause and start no noun phrase of
    their own (*worden behouden en versterkt*, *bijgewerkt en aangevuld kan worden*, *is opgesteld door de
    provincie en goedgekeurd*, *wordt aangelegd en in stand gehouden*). Not *worden verwijderd en nieuwe bomen
    geplant* (a second clause with its own subject, the auxiliary left out), nor a participle after a long phrase
    or a clause (*is vastgesteld door de raad op 1 mei en aangenomen door ...*): the finding of the first stays
    short enough to act on (``rules.passive``)."""
    from .passive_words import _opens_clause

    words, joined, in_phrase = 0, False, False
    for t in first.doc[first.i + 1 : later.i]:
        if t.lower_ in JOINERS:
            joined = True
            continue
        words += 1
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") or _opens_clause(t) or words > CLOSE:
            return False
        if t.pos_ == "ADP":
            in_phrase = True  # *door de provincie*, *in stand*: a phrase of the participle's own
        elif t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM") and not in_phrase and t.dep_ != "advmod":
            return False  # a noun phrase of its own: the subject or object of a second clause (not *zo veel*)
    return joined


def listed(doc, at: int, verb: Token, participle, after: bool = False) -> bool:
    """The joining word at ``at`` (a comma, or for a list after ``verb`` any) joins participles of one list: a
    participle right before it, only participles and joining words between it and ``verb``, and an *en* or *of*
    in the list (*gemeten, berekend of geschat*; not *Wanneer beroep wordt ingesteld, beslist de rechter*: a
    finite verb after a clause)."""
    if at <= verb.sent.start or not participle(doc[at - 1]):
        return False
    if not after and not all(participle(t) or t.lower_ in JOINERS for t in doc[at + 1 : verb.i]):
        return False
    k, conj = min(at, verb.i), False
    while k < verb.sent.end and (k <= max(at, verb.i) or participle(doc[k]) or doc[k].lower_ in JOINERS):
        conj = conj or doc[k].lower_ in ("en", "of", "en/of")
        k += 1
    return conj
