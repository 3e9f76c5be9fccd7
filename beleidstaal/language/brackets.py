"""Brackets in a stretch of text: whether a stretch is whole, or cut through a parenthesis (``passive``, the
auxiliary of a participle; ``nominal_rewrite``, a rewrite built from a span)."""

from __future__ import annotations

from collections.abc import Iterable

#: the brackets that open and close a parenthesis
BRACKETS = (("(", ")"), ("[", "]"))
OPENING = frozenset(a for a, _ in BRACKETS)
CLOSING = frozenset(b for _, b in BRACKETS)


def closes_in_order(units: Iterable[str]) -> bool:
    """Every bracket in the units closes after it opens, and none is left open: the stretch holds whole
    parentheses only (*wordt (vorig jaar) gebouwd*), none that opened before it or closes after it
    (*jaar) gebouwd*, *(vastgesteld*). A unit is one token's text (a bracket as a token of its own) or one
    character (a bracket inside a word counts too)."""
    depth = 0
    for unit in units:
        if unit in OPENING:
            depth += 1
        elif unit in CLOSING:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
