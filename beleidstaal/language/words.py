"""The one definition of a word and of a sentence, and the per-sentence memo that rules and figures share.

A word is a token with a letter or digit that is not punctuation, a symbol, white space or an unknown token (``X``).
A sentence is a spaCy sentence with at least one word.
"""

from __future__ import annotations

import inspect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


WORD_POS_EXCLUDED = {"PUNCT", "SPACE", "SYM", "X"}
#: the marks that end a written sentence, each a token of its own
SENTENCE_ENDS = frozenset({".", "!", "?"})
#: a letter or digit (``str.isalnum``, as one regular expression: no Python loop over the characters)
ALNUM = re.compile(r"[^\W_]")
_WORD_MASK = "beleidstaal_word_mask"
_COLUMNS = "beleidstaal_columns"
_TEXT = "beleidstaal_text"


def is_word(token: Token) -> bool:
    return token.pos_ not in WORD_POS_EXCLUDED and not token.is_space and ALNUM.search(token.text) is not None


def date_words(sent) -> int:
    """The words a date or number adds after its number: the parser hangs the month and the year of *29 juni
    2016* (and the parts of *3 mei 2021*, *artikel 3.1 lid 2*) as ``flat`` under the number. The reader takes such
    a date in as one unit, so it counts as one word (*tussen 27 mei 2021 en 7 juli 2021* is 3 words, not 7)."""
    return sum(
        1 for t in sent if t.dep_ == "flat" and t.head.pos_ == "NUM" and t.head.i != t.i and is_word(t)
    )


def word_mask(doc) -> list[bool]:
    """``is_word`` of every token of a parsed paragraph, by token index (computed once per paragraph)."""
    cached = doc.user_data.get(_WORD_MASK)
    if cached is None or len(cached) != len(doc):
        cols = columns(doc)  # read from the columns: no second pass over the Token objects
        # (a text with a letter or digit is not white space: ``is_space`` needs no test of its own here)
        cached = doc.user_data[_WORD_MASK] = [
            p not in WORD_POS_EXCLUDED and ALNUM.search(t) is not None
            for t, p in zip(cols.text, cols.pos, strict=True)
        ]
    return cached


class Columns:
    """Attributes of every token of a parsed paragraph, as lists by token index, read once per paragraph: a loop
    over a sentence reads them here instead of making a spaCy Token object for every word it passes (most words
    are of no interest to a rule, and each Token object costs more than the test the rule makes)."""

    __slots__ = ("text", "lower", "lemma", "pos", "like_num")

    def __init__(self, doc) -> None:
        tokens = list(doc)
        self.text: list[str] = [t.text for t in tokens]
        self.lower: list[str] = [t.lower_ for t in tokens]
        #: the lemma in lower case
        self.lemma: list[str] = [t.lemma_.lower() for t in tokens]
        self.pos: list[str] = [t.pos_ for t in tokens]
        self.like_num: list[bool] = [t.like_num for t in tokens]


def columns(doc) -> Columns:
    """The ``Columns`` of a parsed paragraph (computed once per paragraph)."""
    cached = doc.user_data.get(_COLUMNS)
    if cached is None or len(cached.text) != len(doc):
        cached = doc.user_data[_COLUMNS] = Columns(doc)
    return cached


def doc_text(doc) -> str:
    """``doc.text``, kept with the parsed paragraph: spaCy joins every token's text again at each ``doc.text``."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return cached


def word_count(span: Span) -> int:
    return sum(word_mask(span.doc)[span.start : span.end])


def has_words(sent: Span) -> bool:
    """A sentence counts when it has at least one word."""
    return any(word_mask(sent.doc)[sent.start : sent.end])


def words_at(doc, i: int, words, end: int | None = None) -> bool:
    """The tokens of ``doc`` from index ``i`` on are these words (lower case), one token each, all before ``end``
    (default: the end of ``doc``): a fixed group of words read by its words (*in aansluiting op*, *te weten*)."""
    stop = len(doc) if end is None else end
    return i >= 0 and i + len(words) <= stop and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def tokens_text(tokens: list[Token]) -> str:
    """The tokens in text order, with the original space between neighbours and one space across a gap."""
    tokens = sorted(tokens, key=lambda t: t.i)
    out = ""
    for k, t in enumerate(tokens):
        out += t.text
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            out += t.whitespace_ if nxt.i == t.i + 1 else " "
    return out.strip()


def per_sentence(fn):
    """Memoise an analysis of one sentence on its parsed paragraph, so the rules and the readability figures
    share one pass (parsed paragraphs are cached, so an unchanged paragraph is never analysed twice)."""
    key = f"beleidstaal:{fn.__module__}.{fn.__qualname__}"
    collect = (
        list if inspect.isgeneratorfunction(fn) else (lambda value: value)
    )  # a generator is kept as a list

    def cached(sent: Span):
        memo = sent.doc.user_data.setdefault(key, {})
        span = (sent.start, sent.end)
        if span not in memo:
            memo[span] = collect(fn(sent))
        return memo[span]

    cached.__doc__ = fn.__doc__
    cached.__name__ = fn.__name__
    return cached
