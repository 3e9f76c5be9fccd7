"""Stock phrases: word sequences of 4 to 12 words that occur in many different documents.

Frequent n-grams are mined level by level (Apriori): an (n+1)-gram can only occur in N documents if both its n-word
prefix and suffix do, so each level only counts the positions where both are frequent. Everything is vectorised
with numpy over the whole collection; phrases never cross a sentence or paragraph boundary.

A phrase is reported in its longest common form: *in het kader van* is dropped when *in het kader van de* occurs in
(almost) as many documents. Long boilerplate blocks give many overlapping 12-word windows; the listing shows one.

For very large collections the miner reads a fixed random sample of documents (at most ``SAMPLE_DOCS`` documents and
about ``SAMPLE_WORDS`` words): a stock phrase is by definition frequent, so a sample of 200 documents finds every
phrase that occurs in more than a few percent of documents, and the counts are scaled up (and marked as estimates).
Memory stays near 100 bytes per sampled word, so about 250 MB, and time near 2 seconds per million sampled words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from .fingerprint import key_hashes, ngram_hashes

MIN_WORDS = 4
MAX_WORDS = 12
SAMPLE_DOCS = 1000
SAMPLE_WORDS = 2_500_000
#: a shorter phrase is not reported when a longer one containing it occurs in at least this share of its documents
CLOSED_SHARE = 0.8
#: a stock phrase has at least this many words that are not among the most common words of Dutch
MIN_CONTENT_WORDS = 2
#: Zipf frequency (wordfreq) from which a word counts as one of the most common (de, van, op, ten, niet, worden)
COMMON_ZIPF = 5.5


def phrase_places(word_hashes: np.ndarray, phrases: dict) -> dict[int, list[tuple[int, object]]]:
    """Where the stock phrases of an index (``phrases``: the hash of a phrase's words to the phrase, as
    ``ReferenceIndex.phrases()`` gives them) occur in a draft (``word_hashes``: ``key_hashes`` of its words): for
    each length n of ``MIN_WORDS`` to ``MAX_WORDS`` words, the (start, phrase) of every run of n words whose hash is
    a phrase of n words, by start. The runs are compared with the phrases in numpy; only the few that match are
    looked up. A table of one flag per value of a hash's low bits (``phrase_filter``) leaves out at once almost
    every run that is no phrase, so that only the others are searched in the sorted phrases (a plan of 24,000 words
    has that many runs of each length, an archive a few hundred phrases)."""
    known = np.fromiter(phrases, dtype=np.int64, count=len(phrases))
    known.sort()
    table, mask = phrase_filter(known)
    found: dict[int, list[tuple[int, object]]] = {}
    for n in range(MIN_WORDS, MAX_WORDS + 1):
        runs = ngram_hashes(word_hashes, n)
        places: list[tuple[int, object]] = []
        if len(runs) and len(known):
            maybe = np.flatnonzero(table[runs & mask])
            at = np.minimum(np.searchsorted(known, runs[maybe]), len(known) - 1)
            for i in maybe[known[at] == runs[maybe]].tolist():
                phrase = phrases[int(runs[i])]
                if phrase.words == n:
                    places.append((i, phrase))
        found[n] = places
    return found


def phrase_filter(known: np.ndarray) -> tuple[np.ndarray, int]:
    """A flag for each value of the low bits (``mask``) of a hash, set where a hash of ``known`` has them: a run
    whose flag is not set is no phrase (at least 16 flags per phrase, so about one run in 16 or fewer is searched)."""
    bits = max(12, len(known).bit_length() + 4)
    mask = (1 << bits) - 1
    table = np.zeros(1 << bits, dtype=bool)
    table[known & mask] = True
    return table, mask


@dataclass
class Phrase:
    hash: int
    words: int
    docs: int
    text: str
    estimated: bool = False

    def to_dict(self) -> dict:
        return {"phrase": self.text, "words": self.words, "documents": self.docs, "estimated": self.estimated}


def content_words(words: list[str]) -> int:
    """How many words are not among the most frequent words of Dutch (wordfreq's Zipf scale, so no word list in
    the code). *op basis van de* has one: it is a fixed expression that the lexicon rules already know, not
    boilerplate of this collection."""
    from wordfreq import zipf_frequency

    n = 0
    for w in words:
        z = _zipf.get(w)
        if z is None:
            z = _zipf[w] = zipf_frequency(w, "nl")
        n += z < COMMON_ZIPF
    return n


_zipf: dict[str, float] = {}


def mine(
    docs: Iterable[tuple[list[str], list[int]]],
    min_docs: int,
    surface: Callable[[int, int, int], list[str]],
    *,
    min_words: int = MIN_WORDS,
    max_words: int = MAX_WORDS,
    scale: float = 1.0,
) -> list[Phrase]:
    """Phrases from ``docs`` = [(keys, breaks)] that occur in at least ``min_docs`` of them, most common first.
    ``surface(doc, pos, n)`` gives the written words of an occurrence, for display (read only for the phrases
    found, so the miner never holds the words of the whole collection). ``scale`` multiplies the counts (for a
    sample)."""
    min_docs = max(2, min_docs)
    wh_parts, doc_parts, seg_parts = [], [], []
    doc_starts: list[int] = []
    seg_base = 0
    total = 0
    for i, (keys, breaks) in enumerate(docs):
        n = len(keys)
        doc_starts.append(total)
        if n == 0:
            continue
        total += n
        wh_parts.append(key_hashes(keys))
        doc_parts.append(np.full(n, i, dtype=np.int64))
        starts = np.zeros(n, dtype=np.int64)
        starts[0] = 1
        if breaks:
            starts[np.asarray(breaks, dtype=np.int64)] = 1
        seg = np.cumsum(starts) + seg_base
        seg_base = int(seg[-1])
        seg_parts.append(seg)
    if not wh_parts:
        return []
    if len(doc_starts) >= 1 << 16:
        raise ValueError("mine at most 65,535 documents at once (use a sample)")
    wh = np.concatenate(wh_parts)
    docof = np.concatenate(doc_parts)
    seg = np.concatenate(seg_parts)
    del wh_parts, doc_parts, seg_parts

    levels: dict[
        int, tuple[np.ndarray, np.ndarray, np.ndarray]
    ] = {}  # n → (hashes sorted, docs, first position)
    dropped: dict[int, set[int]] = {}
    prev_freq: np.ndarray | None = None
    prev_h: np.ndarray | None = None
    for n in range(min_words, max_words + 1):
        h = ngram_hashes(wh, n)
        m = len(h)
        if m == 0:
            break
        valid = seg[:m] == seg[n - 1 : n - 1 + m]
        if prev_freq is not None:
            valid &= prev_freq[:m] & prev_freq[1 : m + 1]
        idx = np.flatnonzero(valid)
        if len(idx) == 0:
            break
        keys = h[idx]
        pairs = np.unique((keys << 16) | docof[idx])
        uk, counts = np.unique(pairs >> 16, return_counts=True)
        frequent = uk[counts >= min_docs]
        fcounts = counts[counts >= min_docs]
        if len(frequent) == 0:
            break
        at = np.minimum(np.searchsorted(frequent, keys), len(frequent) - 1)
        is_freq = frequent[at] == keys
        del at
        freq = np.zeros(m, dtype=bool)
        freq[idx[is_freq]] = True
        fpos = idx[is_freq]
        fkeys = h[fpos]
        _, first = np.unique(fkeys, return_index=True)  # sorted like ``frequent``
        levels[n] = (frequent, fcounts, fpos[first])
        # shorter phrases inside a frequent longer one with (almost) the same spread are not reported
        if prev_h is not None and n - 1 in levels:
            sup_df = fcounts[np.searchsorted(frequent, fkeys)]
            subs = np.concatenate([prev_h[fpos], prev_h[fpos + 1]])
            sups = np.concatenate([sup_df, sup_df])
            pf, pc, _ = levels[n - 1]
            sub_df = pc[np.searchsorted(pf, subs)]
            dropped[n - 1] = set(subs[sups >= CLOSED_SHARE * sub_df].tolist())
        prev_freq, prev_h = freq, h

    found: list[tuple[int, int, int, int, int]] = []  # (document, position, words, hash, count)
    for n, (frequent, fcounts, firsts) in levels.items():
        skip = dropped.get(n, set())
        for hsh, count, pos in zip(frequent.tolist(), fcounts.tolist(), firsts.tolist(), strict=True):
            if hsh not in skip:
                doc = int(docof[pos])
                found.append((doc, pos - doc_starts[doc], n, hsh, count))
    del wh, docof, seg, levels, prev_freq, prev_h
    phrases: list[Phrase] = []
    for doc, pos, n, hsh, count in sorted(found):  # in document order: each document is read once for display
        words = surface(doc, pos, n)
        if content_words(words) < MIN_CONTENT_WORDS:
            continue
        phrases.append(Phrase(hsh, n, math.ceil(count * scale), " ".join(words), estimated=scale != 1.0))
    phrases.sort(key=lambda p: (-p.docs, -p.words, p.text))
    return phrases


def distinct(phrases: list[Phrase], top: int | None = None) -> list[Phrase]:
    """Leave out shifted windows of the same boilerplate: a phrase that shares four words in a row with a phrase
    already listed and occurs in nearly as many documents."""
    listed: list[tuple[Phrase, set[tuple[str, ...]]]] = []
    for p in phrases:
        words = p.text.split()
        grams = {tuple(words[i : i + 4]) for i in range(len(words) - 3)}
        if any(grams & g and p.docs >= 0.75 * q.docs for q, g in listed):
            continue
        listed.append((p, grams))
        if top is not None and len(listed) >= top:
            break
    return [p for p, _ in listed]
