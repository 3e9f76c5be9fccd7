"""Paragraphs in another language than Dutch: the Dutch rules say nothing useful about them.

A paragraph counts as foreign (English, in practice: README files, code comments, quotations) when it has at least
``MIN_MARKERS`` English function words and more of them than Dutch function words. Short paragraphs without clear
markers (a name, a heading, a single English word in a Dutch text) stay Dutch, except in a document that is mostly
English: there a short paragraph with an English function word and no Dutch one (*CMS for content management.*)
is English too. In a document written in English on purpose (``WHOLLY``: almost all its words in English
paragraphs, or English by its function words) so is a short line with no function word at all (a step *CPSV-AP
3.2.0 alignment*, a heading *Key notes*): a Dutch rule has nothing to say about it, unless one paragraph of the
document is Dutch (a Dutch README with an English licence text). A document is mostly English when half its words
stand in English paragraphs, or when its English function words outnumber its Dutch ones many times over
(``DOCUMENT_MARKERS``, ``DOCUMENT_RATIO``): an English README written as short list items has few paragraphs long
enough to tell alone. The word lists are data in
``lexicons/data/talen.toml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .data import word_set
from .words import doc_text, word_mask

if TYPE_CHECKING:
    from ..nlp import Analysis

#: at least this many English function words before a paragraph counts as English
MIN_MARKERS = 3
#: a document with at least this many English function words, and this many times more than Dutch ones, is English
DOCUMENT_MARKERS = 10
DOCUMENT_RATIO = 5
#: a document with this share of its words in English paragraphs is written in English on purpose (as
#: ``rules.foreign.ENGLISH_DOCUMENT_SHARE``)
WHOLLY = 0.8
#: the letters of a function word (the markers are counted on the raw text, so a tagger error cannot hide one)
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class Foreign:
    """The paragraphs in another language: their spans in the document text (in order) and their words."""

    spans: tuple[tuple[int, int], ...]
    words: int
    total_words: int

    @property
    def share(self) -> float:
        return self.words / self.total_words if self.total_words else 0.0

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.spans, (start, float("inf"))) - 1
        return i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]


def _markers(text: str) -> tuple[int, int]:
    """The English and the Dutch function words in a text."""
    english, dutch = word_set("talen", "english"), word_set("talen", "dutch")
    words = [w.lower() for w in _LETTERS.findall(text)]
    return sum(w in english for w in words), sum(w in dutch for w in words)


def is_english(text: str) -> bool:
    return _english_by_markers(*_markers(text))


def _english_by_markers(english: int, dutch: int) -> bool:
    return english >= MIN_MARKERS and english > dutch


_COUNTS = "beleidstaal_language_markers"


def _paragraph_counts(doc) -> tuple[int, int, int]:
    """The words, English and Dutch function words of a parsed paragraph, counted once per paragraph (the
    language server asks again for every unchanged paragraph after each edit)."""
    cached = doc.user_data.get(_COUNTS)
    if cached is None:
        cached = doc.user_data[_COUNTS] = (sum(word_mask(doc)), *_markers(doc_text(doc)))
    return cached


def foreign_paragraphs(analysis: Analysis) -> Foreign:
    """The analysed paragraphs in another language; words counted by the one definition (``words.is_word``)."""
    spans, words, total = [], 0, 0
    all_english = all_dutch = 0
    short = []  # paragraphs with English and no Dutch function words, but too few to tell alone
    bare = []  # paragraphs without any function word (a heading, a step of a list)
    # a paragraph that is Dutch by the same test: the document is not English throughout
    dutch_paragraph = False
    for ap in analysis.paragraphs:
        n, english, dutch = _paragraph_counts(ap.doc)
        total += n
        all_english += english
        all_dutch += dutch
        if _english_by_markers(english, dutch):
            spans.append((ap.paragraph.start, ap.paragraph.end))
            words += n
        elif english and not dutch:
            short.append((ap.paragraph.start, ap.paragraph.end, n))
        elif not dutch:
            bare.append((ap.paragraph.start, ap.paragraph.end, n))
        dutch_paragraph = dutch_paragraph or _english_by_markers(dutch, english)
    english_document = all_english >= DOCUMENT_MARKERS and all_english >= DOCUMENT_RATIO * all_dutch
    if total and (words / total >= 0.5 or english_document):  # its short English lines are English too
        spans += [(start, end) for start, end, _ in short]
        words += sum(n for *_, n in short)
    # and a line without function words too, unless a paragraph is Dutch: a Dutch README with an English licence
    # text keeps its Dutch list items (*Aanvraag middels DigiD*)
    if total and (words / total >= WHOLLY or english_document) and not dutch_paragraph:
        spans += [(start, end) for start, end, _ in bare]
        words += sum(n for *_, n in bare)
    return Foreign(tuple(sorted(spans)), words, total)
