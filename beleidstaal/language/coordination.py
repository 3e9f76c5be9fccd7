"""Modifiers that reach a noun through a coordination (issue 18, a discontinuous form of an adjective + noun
term): *de maatschappelijke vraagstukken en opgaven* says *maatschappelijke opgaven*, and *het sociaal en fysiek
domein* says *sociaal domein*. In Dutch a modifier before the first of coordinated nouns, and each of coordinated
adjectives before one noun, belongs to every noun of the coordination.

- ``shared_modifiers(noun)``: the adjectives (or adjectival participles) that modify ``noun`` but do not stand
  right before it: those of the noun it is a conjunct of (shared over the coordination), and those of its own that
  are the first of coordinated adjectives (*sociaal en fysiek*). An adjective right before the noun is the plain
  phrase, found word for word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the relations of an adjective before its noun (the model uses nmod for some)
_MODIFIER = ("amod", "nmod")
#: the words that may stand between coordinated nouns or adjectives besides the conjuncts themselves
_LINKS = ("cc", "punct", "conj")


def _adjectives(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in _MODIFIER
        and (c.pos_ == "ADJ" or (c.pos_ == "VERB" and c.dep_ == "amod"))
    ]


def _only_coordination(first: Token, last: Token) -> bool:
    """Every word between ``first`` and ``last`` (both excluded) is a conjunction, a comma or another conjunct."""
    return all(first.doc[i].dep_ in _LINKS for i in range(first.i + 1, last.i))


def shared_modifiers(noun: Token) -> list[Token]:
    """The adjectives that modify ``noun`` through a coordination, left of it and not right before it."""
    out: list[Token] = []
    # the first of coordinated adjectives before the noun: *sociaal en fysiek domein* (the model hangs the second
    # adjective on the first or, with the conjunction, on the noun)
    for adj in _adjectives(noun):
        between = [adj.doc[i] for i in range(adj.i + 1, noun.i)]
        if (
            between
            and any(t.dep_ in ("cc", "conj") for t in between)
            and all(t.dep_ in _LINKS or (t.head.i == noun.i and t.dep_ in _MODIFIER) for t in between)
        ):
            out.append(adj)
    # the adjectives of the first noun of a coordination, where the later noun has no article or adjective of its
    # own: *maatschappelijke vraagstukken en opgaven*, not *maatschappelijke vraagstukken en de opgaven*
    first = noun.head
    if (
        noun.dep_ == "conj"
        and first.pos_ == "NOUN"
        and first.i < noun.i
        and not _adjectives(noun)
        and not any(c.dep_ == "det" for c in noun.children)
        and _only_coordination(first, noun)
    ):
        out.extend(_adjectives(first))
    return out


#: the words that open a noun phrase before its first adjective, when the model misreads the adjective
_OPENERS = ("DET", "ADP")


def _written_nouns(adj: Token) -> list[Token]:
    """The written-order backstop where the model misreads a bare adjective (*de relevante en nieuwe partijen*:
    *relevante* read as a noun): a phrase opened by an article or preposition, the adjective, then either more
    adjectives with a conjunction and the noun (*relevante en nieuwe partijen*), or nouns with a conjunction and
    the last noun (*betrokken bewoners en partijen*)."""
    doc = adj.doc
    if adj.i == 0 or doc[adj.i - 1].pos_ not in _OPENERS:
        return []
    run = []
    for tok in doc[adj.i + 1 : min(len(doc), adj.i + 12)]:
        link = tok.dep_ == "cc" or tok.text == ","
        if not link and tok.pos_ not in ("ADJ", "NOUN"):
            break
        run.append((tok, "link" if link else tok.pos_))
        if tok.pos_ == "NOUN" and run[0][1] != "NOUN":
            break  # the noun after the adjectives ends the phrase
        if tok.pos_ == "NOUN" and len(run) > 1 and run[-2][0].dep_ == "cc":
            break  # the noun after the conjunction ends the list of nouns
    kinds = [k for _, k in run]
    if not run or run[-1][1] != "NOUN" or not any(t.dep_ == "cc" for t, _ in run):
        return []
    if kinds[0] == "NOUN":  # *betrokken bewoners, bedrijven en partijen*
        return [t for t, k in run[1:] if k == "NOUN"] if set(kinds) <= {"NOUN", "link"} else []
    # *relevante, nieuwe en oude partijen*: adjectives and links, the last adjective right before the noun
    return [run[-1][0]] if set(kinds[:-1]) <= {"ADJ", "link"} and kinds[-2] == "ADJ" else []


def coordinated_nouns(adj: Token) -> list[Token]:
    """The nouns that ``adj`` modifies through a coordination and does not stand right before: by the parse
    (``shared_modifiers``), else by the written order where the model misread the phrase."""
    head = adj.head
    parsed = [n for n in (head, *(c for c in head.children if c.dep_ == "conj")) if n.pos_ == "NOUN"]
    found = [n for n in parsed if adj in shared_modifiers(n)]
    return found or _written_nouns(adj)
