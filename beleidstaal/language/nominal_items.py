"""An item of an enumeration that an earlier sentence introduces, made of a noun made from a verb (task nomin26).

*De gemeente streeft naar:* / *het verminderen van de vraag naar energie;* / *het waarborgen van een omgeving
waarin ...* Each item names a goal, a measure or a condition with a noun phrase, parallel to the other items; the
lead-in says what is done with them. A verb for one item breaks the row, and verbs for all of them turn one list into
as many clauses without a subject. The item is known by its form: it goes on from the lead-in (it starts in lower
case, after an enumerator such as *a.* or *2)* at most) or it ends in a semicolon; and the noun's phrase is the item
itself: the noun heads it (no finite verb above it) and opens it (no preposition before it). An item that is a clause
(*de gemeente zorgt voor de verbetering van ...;*) or opens with a phrase (*bij de uitvoering van ...*) stays reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

#: an enumerator before the item's first word: *a.*, *g.*, *2)*, *(iii)*, a dash or a bullet
_ENUMERATOR = re.compile(r"^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|[-*+•·–])$")


def _enumerator(tok: Token) -> bool:
    return tok.is_space or tok.is_punct or bool(_ENUMERATOR.match(tok.lower_))


#: the relations that hang a clause of its own on a word
_CLAUSES = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "list", "appos")


def _own_verb(anchor: Token) -> bool:
    """A finite copula or auxiliary that the parse hangs on the noun or on a word of its own phrase (not through a
    clause of its own): a verb-final clause read as a noun phrase (*de toename van het risico minder is dan ...;*,
    *het stellen van eisen niet nodig is;*). The tagger's finite verbs that are plural nouns do not count: only a
    copula or an auxiliary."""
    for tok in anchor.sent:
        if tok.dep_ not in ("cop", "aux", "aux:pass") or "Fin" not in tok.morph.get("VerbForm"):
            continue
        head = tok.head
        if head.i == anchor.i or (head.head.i == anchor.i and head.dep_ not in _CLAUSES):
            return True
    return False


def _words(tok: Token) -> list[int]:
    """The places of the sentence's words, without white space and without the enumerators that open it (read from
    the paragraph's columns: no Token for every word of the sentence)."""
    sent, cols = tok.sent, columns(tok.doc)
    words = [i for i in range(sent.start, sent.end) if not cols.text[i].isspace()]
    while words and _ENUMERATOR.match(cols.lower[words[0]]):
        words = words[1:]
    return words


def opens_list_item(anchor: Token) -> bool:
    """The noun phrase of ``anchor`` (the first of its coordination) is an item of an enumeration: the sentence
    starts in lower case, going on from a lead-in, or ends in a semicolon; the noun heads the sentence (at most an
    enumerator or a space above it) and its phrase opens it without a preposition. The form is asked first: it is
    the cheapest test, and most sentences fail it."""
    words, cols = _words(anchor), columns(anchor.doc)
    if len(words) < 3 or not (cols.text[words[0]][:1].islower() or cols.text[words[-1]] == ";"):
        return False
    if not anchor.left_edge.i <= words[0] <= anchor.i:
        return False
    if anchor.head.i != anchor.i and not _enumerator(anchor.head):
        return False  # the noun is part of a clause: the subject of a verb, an object
    if _own_verb(anchor):
        return False  # a clause with the noun as its subject, read as a noun phrase: not a nominal item
    # a phrase opens the item: *bij de uitvoering van*, *uit de beoordeling van*
    return not any(cols.pos[i] == "ADP" for i in range(words[0], anchor.i))
