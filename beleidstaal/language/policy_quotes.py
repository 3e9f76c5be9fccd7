"""Quotations of law and policy (``policy_quotations``), for telling a quotation from a copy (``rules.copy``): the
quoted blocks of ``language.quotation``, and the text that a sentence naming a law or policy text introduces."""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from .quotation import (
    _ITALIC_LINE,
    MAX_INTRO_CHARS,
    QuotedBlock,
    _after_intro,
    _merge,
    _source,
    _words,
    is_heading,
    quoted_blocks,
)

_ARTICLE_REFERENCE = re.compile(r"\bart(?:ikel|\.)\s*\d+(?:[.:]\d+)*[a-z]?\b", re.I)


def names_policy(text: str) -> bool:
    """The text names a law or a policy document: an article (*artikel 2.30*), the short name of a law (*Bro*),
    or a word that is or ends in the name of a kind of law or policy text (*Omgevingsverordening*, *Structuurvisie*,
    *Waterwet*, *provinciaal beleid*)."""
    if _ARTICLE_REFERENCE.search(text):
        return True
    sources, laws = _words("policy_sources"), _words("law_abbreviations")
    return any(w in laws or w.endswith(tuple(sources)) for w in re.findall(r"\w+", text.lower()))


def _introduces_policy(text: str) -> int | None:
    """Where a quotation of law or policy starts when ``text`` ends a sentence with a colon after a verb that
    introduces one, among its last three words, and the name of the law or policy text (*In de Omgevingsvisie
    staat:*, *De verordening stelt het volgende:*, *In artikel 2.30 is het volgende opgenomen:*): the offset after
    the colon, else None. Without
    that name (*De adviseur concludeert het volgende:*) the text after it is no quotation of law or policy."""
    for m in re.finditer(r":", text):
        clause = re.split(r"[.!?]\s+(?=[A-Z])", text[: m.start()][-MAX_INTRO_CHARS:])[-1]
        words = re.findall(r"\w+", clause.lower())
        # the verb ends the sentence ('staat:', 'stelt het volgende:'): a colon further on opens a list of the
        # sentence's own ('In deel B staan de ambities voor de vier structuren: ...')
        if any(w in _words("policy_intro_verbs") for w in words[1:][-3:]) and names_policy(clause):
            return m.end()
    return None


def _is_italic(document: Document, p: Paragraph) -> bool:
    return bool(_ITALIC_LINE.match(_source(document, p).strip()))


def _policy_context(document: Document, headings: list[bool], i: int) -> bool:
    """The italic paragraph ``i`` stands where law or policy is quoted: the paragraph before its run of italic
    paragraphs, or the heading above it, names a law or policy text (``names_policy``). Italics alone are no
    sign: plans also set a report's conclusions or an advice in italics."""
    paragraphs = document.paragraphs
    j = i - 1
    while j >= 0 and not headings[j] and _is_italic(document, paragraphs[j]):
        j -= 1
    if j >= 0 and names_policy(document.paragraph_text(paragraphs[j])):
        return True
    while j >= 0 and not headings[j]:
        j -= 1
    return j >= 0 and names_policy(document.paragraph_text(paragraphs[j]))


def policy_quotations(document: Document) -> list[QuotedBlock]:
    """Quoted text of law or policy, for telling a quotation from a copy (``rules.copy``): the blocks of
    ``quoted_blocks``, except a paragraph in italics that does not stand where law or policy is quoted
    (``_policy_context``), and with the text that a sentence naming a law or policy text introduces
    (``_introduces_policy``: *In de Omgevingsvisie staat:*)."""
    paragraphs = document.paragraphs
    headings = [is_heading(document, p) for p in paragraphs]
    index = {p.start: i for i, p in enumerate(paragraphs)}
    blocks = [
        b
        for b in quoted_blocks(document)
        if b.kind != "cursief" or _policy_context(document, headings, index.get(b.start, 0))
    ]
    i = 0
    while i < len(paragraphs):
        at = None if headings[i] else _introduces_policy(document.paragraph_text(paragraphs[i]))
        if at is None:
            i += 1
            continue
        block, i = _after_intro(document, headings, i, at, "beleid")
        if block is not None:
            blocks.append(block)
    return _merge(blocks)
