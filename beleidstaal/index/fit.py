"""Passages fitted to the draft (after ``index.match`` found them).

``on_sentences`` moves the edges to whole sentences of the draft (a sentence with at most ``EXTEND_WORDS`` words
outside the match is taken whole, another one is left out), splits a passage at a heading or table, merges passages
from the same source that touch, and drops what is shorter than ``MIN_WORDS`` afterwards. ``own_words`` counts the
words of a passage that are equal to its source in runs of their own, not through the collection's stock phrases.
"""

from __future__ import annotations

import bisect

from .alignment import _matching_blocks, anchored_blocks, diagonals
from .holdings import joined
from .match import MARGIN, MIN_WORDS, Passage, holders

EXTEND_WORDS = 4


def on_sentences(passages: list[Passage], breaks: list[int], hard: list[int], n: int) -> list[Passage]:
    """The passages moved to whole sentences of the draft: ``breaks`` are the words that start a sentence or
    paragraph, ``hard`` the words after a heading or table (never crossed), ``n`` the number of words."""
    starts = sorted(set(breaks) | set(hard) | {0})
    hard_set = set(hard)
    hard_sorted = sorted(hard_set)

    def sentence(i: int) -> tuple[int, int]:
        j = bisect.bisect_right(starts, i) - 1
        return starts[j], starts[j + 1] if j + 1 < len(starts) else n

    out: list[Passage] = []
    for p in passages:
        a, b = sentence(p.start)
        start = a if p.start - a <= EXTEND_WORDS and min(b, p.end) - p.start >= 0.5 * (b - a) else b
        c, d = sentence(p.end - 1)
        end = d if d - p.end <= EXTEND_WORDS and p.end - max(c, start) >= 0.5 * (d - c) else c
        inner = hard_sorted[bisect.bisect_right(hard_sorted, start) : bisect.bisect_left(hard_sorted, end)]
        cuts = [start, *inner, end]
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            inside = max(0, min(hi, p.end) - max(lo, p.start))
            matched = min(hi - lo, round(p.matched * inside / max(1, p.length)))
            src_start = max(0, p.src_start + (lo - p.start))
            # the pieces share the passage's holders (thousands of documents for template text), read only; a
            # piece gets arrays of its own when another is merged into it (``holdings.joined``)
            q = Passage(lo, hi, p.doc, src_start, max(src_start + 1, p.src_end + (hi - p.end)), matched,
                        p.also, p.shared, p.at, p.cover, p.hits)  # fmt: skip
            last = out[-1] if out else None
            if last is not None and last.doc == q.doc and last.end >= q.start and q.start not in hard_set:
                last.end, last.src_end = max(last.end, q.end), max(last.src_end, q.src_end)
                last.matched = min(last.length, last.matched + q.matched)
                last.also = sorted(set(last.also) | set(q.also))
                # a document holds the merged passage when it holds most of it, not when it holds one piece: the
                # words covered added, the first and last source word of the hits the outer ones (new arrays)
                merged = joined((last.at, last.cover), (q.at, q.cover))
                last.at, last.cover = merged.at, merged.cover
                last.shared = (
                    holders(last.cover, last.doc) if last.cover else sorted(set(last.shared) | set(q.shared))
                )
            else:
                out.append(q)
    return [p for p in out if p.length >= MIN_WORDS]


#: a run of equal words shorter than this, between words that differ, is loose words, not copied text
OWN_RUN = 4
#: a run of equal words that a stock phrase holds, but for at most this many words on either side, is that phrase
STOCK_SLACK = 1


def own_words(
    keys: list[str],
    p: Passage,
    source,
    stock: list[tuple[int, int]],
    common: frozenset[str],
    names: frozenset[int] = frozenset(),
) -> int:
    """How many words of passage ``p`` are equal to its source in runs of their own: runs of at least ``OWN_RUN``
    equal words that are more than one stock phrase of the collection (``stock``: the (start, end) of every
    occurrence of one in the draft, sorted), not counting common words (``common``: function words). A passage
    that shares little more than a stock phrase and function words with its source (*Het aspect geur vormt geen
    belemmering*, *de aan het plan ten grondslag liggende*) is a sentence of its own in the collection's stock
    wording, not copied text; a template passage found in so many documents that all of it is stock phrases
    still counts, since its runs are longer than any one phrase. A name of several words (``names``: the places in
    ``keys`` of words with a capital inside a sentence) counts as one word: a date and a law's name with *in
    werking* around them (*Op 1 september trad de Wet op de Archeologische Monumentenzorg (Wamz) in werking*) is a
    fact that every plan states, no copied text."""
    r0, r1 = max(0, p.src_start - MARGIN), min(len(source), p.src_end + MARGIN)
    # the stems as numbers of the index's table (``numbers.py``)
    a, b = source.numbers.draft(keys)[p.start : p.end], source.ids_range(r0, r1)
    own = 0
    offsets = diagonals(a, b)
    for i, _, size in anchored_blocks(a, b, offsets) if offsets else _matching_blocks(a.tolist(), b.tolist()):
        if size < OWN_RUN:
            continue
        s, e = p.start + i, p.start + i + size
        # a phrase that holds the run starts at most STOCK_SLACK words after it, and at most 12 words before its end
        lo = bisect.bisect_left(stock, (e - STOCK_SLACK - 12, 0))
        hi = bisect.bisect_right(stock, (s + STOCK_SLACK, len(keys)))
        if any(ps - STOCK_SLACK <= s and e <= pe + STOCK_SLACK for ps, pe in stock[lo:hi]):
            continue
        # a name of several words counts as one word
        own += sum(1 for i in range(s, e) if keys[i] not in common and (i not in names or i - 1 not in names))
    return own
