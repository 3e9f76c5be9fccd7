"""Word normalisation for fingerprints: cheap, deterministic and the same on both sides (index and draft).

Why not the spaCy lemmas? Building a reference collection means reading thousands of documents. The spaCy parser
handles a few thousand words per second on one core, so 10,000 documents of 2,000 words would take hours; the regular
expression plus suffix stripper below does the same collection in a couple of minutes. Copy detection does not need
real lemmas: it needs a word to map to the *same key* wherever it appears, so that small changes in inflection
(*plan/plannen*, *groen/groene*, *wordt/worden*) do not break a match. A light suffix stripper gives exactly that.
It sometimes merges two different words; for copy detection that costs nothing, because a match needs many words
in a row.

Numbers are dropped from the word stream: article numbers, dates and amounts change between copies
(*artikel 3.1.6*, *2016-2020*), and numbered lists and page numbers are conversion noise.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

#: words: letters with inner hyphens or apostrophes (*bestemmings-plan*, *auto's*); numbers are matched to be dropped
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:/-]\d+)*", re.UNICODE)
#: the same, for text with mojibake (UTF-8 read as Latin-1: *Ã©Ã©n* for *één*), where Latin-1 signs join the word
_TOKEN_MOJIBAKE = re.compile(
    r"(?:[^\W\d_]|[\u0080-\u00ff])+(?:['’\-](?:[^\W\d_]|[\u0080-\u00ff])+)*|\d+(?:[.,:/-]\d+)*", re.UNICODE
)
_SENTENCE_END = re.compile(r"[.!?;:]")
_VOWELS = set("aeiouy")

#: bump when the normaliser changes: fingerprints made with another version do not match
NORMALISER_VERSION = 3

_stems: dict[str, str] = {}
_hashes: dict[str, int] = {}


def stem(word: str) -> str:
    """A light Dutch stemmer for lower-cased words: strip diacritics, plural and inflection endings, then undouble a
    final consonant. *plannen* → *plan*, *woningen* → *woning*, *groene* → *groen*, *wordt*/*worden* → *word*."""
    cached = _stems.get(word)
    if cached is not None:
        return cached
    w = word
    if not w.isascii():
        w = "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))
    w = w.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif len(w) > 6 and w.endswith("heden"):
        w = w[:-5] + "heid"
    elif len(w) > 5 and w.endswith("en"):
        w = w[:-2]
    elif (len(w) > 3 and w.endswith("e")) or (len(w) > 4 and w.endswith("s") and w[-2] not in "su'"):
        w = w[:-1]  # groene → groen, plans → plan
    if len(w) > 3 and w.endswith("dt"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]
    if len(_stems) > 500_000:
        _stems.clear()
    _stems[word] = w
    return w


def stems(words: list[str]) -> list[str]:
    """``[stem(w) for w in words]``, looked up in the cache in one pass (a check stems blocks of stored words): after
    the first blocks of a check nearly every word is known, and one ``map`` in C answers the whole block; only the
    words not known yet go through ``stem``."""
    out = list(map(_stems.get, words))
    if None in out:
        for i, known in enumerate(out):
            if known is None:
                out[i] = stem(words[i])
    return out


def word_hash(key: str) -> int:
    """A stable 64-bit hash of a normalised word (Python's own ``hash`` changes per process)."""
    h = _hashes.get(key)
    if h is None:
        h = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
        if len(_hashes) > 500_000:
            _hashes.clear()
        _hashes[key] = h
    return h


@dataclass
class Tokens:
    """The normalised word stream of a text: one entry per kept word.

    ``words`` are lower-cased surface forms (for display), ``keys`` the stems that fingerprints are made of,
    ``starts``/``ends`` character offsets in the text that was tokenised, ``breaks`` the indexes of words that start a
    sentence or paragraph, ``quoted`` marks words inside quotation marks or a block quote, ``hard`` the breaks a
    passage may not cross.
    """

    words: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)
    #: indexes of words that start a paragraph after a skipped heading, table or other non-prose block: a copied
    #: passage never runs across one (filled by ``noise.prose_tokens``)
    hard: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.keys)


def tokenise_into(
    tokens: Tokens, text: str, offset: int = 0, *, quoted_spans=(), all_quoted: bool = False
) -> None:
    """Add the words of one paragraph (``text``, starting at ``offset``) to ``tokens``. The paragraph start is a
    break; so is every word after sentence punctuation. ``quoted_spans`` are (start, end) offsets within ``text``."""
    pending_break = True
    last_end = 0
    spans = list(quoted_spans)
    mojibake = "Ã" in text or "â€" in text
    # bound once: this loop runs for every word of a collection
    words, keys, starts, ends, breaks, quoted = (
        tokens.words, tokens.keys, tokens.starts, tokens.ends, tokens.breaks, tokens.quoted
    )  # fmt: skip
    sentence_end = _SENTENCE_END.search
    known = _stems.get  # most words of a text were stemmed before: one look-up, no call of ``stem``
    for m in (_TOKEN_MOJIBAKE if mojibake else _TOKEN).finditer(text):
        start, end = m.span()
        if not pending_break and sentence_end(text, last_end, start):
            pending_break = True
        last_end = end
        token = m.group()
        if token[0].isdigit():
            continue  # numbers are noise for copy detection; a break before them moves to the next word
        if mojibake:
            token = _repair(token)
        low = token.lower()
        if pending_break:
            breaks.append(len(keys))
            pending_break = False
        words.append(low)
        keys.append(known(low) or stem(low))
        starts.append(offset + start)
        ends.append(offset + end)
        quoted.append(all_quoted or (bool(spans) and any(s <= start and end <= e for s, e in spans)))


def _repair(token: str) -> str:
    """Undo mojibake in one word (*partiÃ«le* → *partiële*); words that are not mojibake stay as they are."""
    if not any("\u0080" <= ch <= "\u00ff" for ch in token):
        return token
    for codec in ("cp1252", "latin-1"):
        try:
            return token.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return token


def tokenise(text: str) -> Tokens:
    tokens = Tokens()
    tokenise_into(tokens, text)
    return tokens


#: quotation marks that open a quote, with the marks that close it
_QUOTES = re.compile(
    r"“[^”\n]*”|„[^”“\n]*[”“]|«[^»\n]*»|‘[^’\n]*’(?![\w])|\"[^\"\n]*\""
    r"|(?<![\w'])'(?=\w)[^'\n]*(?<=[\w.,!?)])'(?![\w])"
)


#: the marks that every quote of ``_QUOTES`` opens with
_OPENING_MARKS = ("“", "„", "«", "‘", '"', "'")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of passages between quotation marks (“…”, „…”, "…", '…', «…»). A text without an
    opening mark has none (most paragraphs: the marks are looked for in C, the pattern would be tried at every
    character)."""
    if not any(mark in text for mark in _OPENING_MARKS):
        return []
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
