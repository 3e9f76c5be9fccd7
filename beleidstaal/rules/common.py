"""Helpers that several rule families share: spans and suggestion casing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def match_case(suggestion: str, original: str) -> str:
    """Give a suggestion the capital of the text it replaces (start of a sentence)."""
    if original[:1].isupper() and suggestion[:1].islower() and not original.isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def char_span(tokens: list[Token], offset: int) -> tuple[int, int]:
    """Start and end offset in Document.text of the tokens (paragraph offset added)."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return offset + first.idx, offset + last.idx + len(last.text)


def quoted(words: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in words)
