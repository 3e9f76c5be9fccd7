"""Paragraphs in another language than Dutch: the Dutch rules say nothing useful about them.

A paragraph counts as foreign (English, in practice: README files, code comments, quotations) when it has at least
``MIN_MARKERS`` English function words and more of them than Dutch function words. Short paragraphs without clear
markers (a name, a heading, a single English word in a Dutch text) stay Dutch. The word lists are data in
``lexicons/data/talen.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from .data import word_set

#: at least this many English function words before a paragraph counts as English
MIN_MARKERS = 3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class Foreign:
    """The paragraphs in another language: their spans in the document text and their words."""

    spans: tuple[tuple[int, int], ...]
    words: int
    total_words: int

    @property
    def share(self) -> float:
        return self.words / self.total_words if self.total_words else 0.0

    def holds(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.spans)


def is_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in word_set("talen", "english") for w in words)
    dutch = sum(w in word_set("talen", "dutch") for w in words)
    return english >= MIN_MARKERS and english > dutch


def foreign_paragraphs(document: Document) -> Foreign:
    spans, words, total = [], 0, 0
    for p in document.paragraphs:
        text = document.paragraph_text(p)
        n = len(_WORD.findall(text))
        total += n
        if is_english(text):
            spans.append((p.start, p.end))
            words += n
    return Foreign(tuple(spans), words, total)
