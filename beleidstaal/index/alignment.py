"""Word alignment of a draft window with a source window (step 3 of ``index.match``): the matching blocks, by
difflib or anchored on the diagonals of the hits, and the best passage in them (``align``)."""

from __future__ import annotations

import bisect
import operator
import re

import numpy as np

from .fingerprint import K

MAX_GAP = 4
EDGE_RUN = 3


#: a run of equal words on a diagonal of the hits at least this long anchors the alignment (``anchored_blocks``)
ANCHOR_RUN = 3
#: gaps between anchors of at most this many words on both sides are aligned by ``_small_blocks``, not difflib
SMALL_GAP = 12
#: a run of at least ``ANCHOR_RUN`` equal words in a diagonal's bytes of ``anchored_blocks`` (1: the words are equal)
_EQUAL_RUN = re.compile(b"\x01{%d,}" % ANCHOR_RUN)


def _small_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """difflib's matching blocks (``autojunk=False``, no junk) of two short word lists, without its set-up (a
    table of every word of ``b``), which costs more than the comparison for a gap of a few words between two
    anchors: the longest common run, the first in ``a`` and then in ``b`` of the longest, then the same left and
    right of it; touching blocks joined."""

    def longest(alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        bi = bj = bk = 0
        for i in range(alo, ahi):
            if ahi - i <= bk:
                break
            w = a[i]
            for j in range(blo, bhi - bk):
                if b[j] != w:
                    continue
                k = 1
                while i + k < ahi and j + k < bhi and a[i + k] == b[j + k]:
                    k += 1
                if k > bk:
                    bi, bj, bk = i, j, k
        return bi, bj, bk

    return [*_joined(sorted(_split_on_longest(longest, 0, len(a), 0, len(b)))), (len(a), len(b), 0)]


def _split_on_longest(longest, alo: int, ahi: int, blo: int, bhi: int) -> list[tuple[int, int, int]]:
    """The matching blocks of two stretches as difflib's ``get_matching_blocks`` finds them, unsorted: the longest
    common run (``longest(alo, ahi, blo, bhi)``: i, j, size), then the same left and right of it."""
    found = []
    todo = [(alo, ahi, blo, bhi)]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        bi, bj, bk = longest(alo, ahi, blo, bhi)
        if bk:
            found.append((bi, bj, bk))
            if alo < bi and blo < bj:
                todo.append((alo, bi, blo, bj))
            if bi + bk < ahi and bj + bk < bhi:
                todo.append((bi + bk, ahi, bj + bk, bhi))
    return found


def _joined(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Matching blocks (i, j, size) in order, two that touch made one, as difflib reports them."""
    out: list[tuple[int, int, int]] = []
    for i, j, n in blocks:
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + n)
        else:
            out.append((i, j, n))
    return out


def _matching_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    if len(a) == 1 or len(b) == 1:
        # one word against some: difflib's answer is its first equal place (a changed word in a copied passage
        # leaves many such gaps between the anchors; difflib's set-up costs more than the comparison)
        if len(a) == 1:
            j = next((j for j, w in enumerate(b) if w == a[0]), None)
            return ([(0, j, 1)] if j is not None else []) + [(len(a), len(b), 0)]
        i = next((i for i, w in enumerate(a) if w == b[0]), None)
        return ([(i, 0, 1)] if i is not None else []) + [(len(a), len(b), 0)]
    if len(a) <= SMALL_GAP and len(b) <= SMALL_GAP:
        return _small_blocks(a, b)
    # difflib's blocks, with a table of the places of only those words of ``b`` that ``a`` has (difflib tables
    # every word of ``b``, which costs more than the comparison for the tens of words around a passage)
    shared = set(a)
    places: dict[str, list[int]] = {}
    for j, w in enumerate(b):
        if w in shared:
            places.setdefault(w, []).append(j)
    return [*_joined(sorted(_longest_runs(a, places, 0, len(a), 0, len(b)))), (len(a), len(b), 0)]


def anchored_blocks(a: list[str], b: list[str], offsets) -> list[tuple[int, int, int]]:
    """The matching blocks (i, j, size) of ``a`` and ``b``, found from the diagonals that the hits lie on
    (``offsets``: source position minus draft position within the windows) instead of by ``difflib`` over the
    whole windows: the runs of equal words on those diagonals of at least ``ANCHOR_RUN`` words are the anchors
    (the longest first, none crossing another), and ``difflib`` aligns only the words between two anchors and
    before the first and after the last. A copied passage lies on one diagonal, or a few where words were added
    or dropped, so this finds the blocks that ``difflib`` finds, at a fraction of the cost for windows of hundreds
    of words. ``a`` and ``b`` are lists of stems, or arrays of their numbers (``numbers.py``): then each diagonal
    is compared in numpy, and only the words between anchors are taken out of the arrays."""
    numbered = isinstance(a, np.ndarray)
    runs = []
    lines = set(offsets)
    for off in lines:
        lo, end = max(0, -off), min(len(a), len(b) - off)
        if end - lo < ANCHOR_RUN:
            continue
        # the diagonal's words compared in C (one byte per pair, 1 where equal) and its maximal runs of at least
        # ANCHOR_RUN equal words found by a regular expression, in order along the diagonal
        if numbered:
            equal = (a[lo:end] == b[lo + off : end + off]).tobytes()
        else:
            equal = bytes(map(operator.eq, a[lo:end], b[lo + off : end + off]))
        for run in _EQUAL_RUN.finditer(equal):
            i = lo + run.start()
            runs.append((i, i + off, run.end() - run.start()))
    # the runs of one diagonal (half of the alignments of a plan) never cross one another: all are anchors, in their
    # order along it, as the choice below would take them
    anchors: list[tuple[int, int, int]] = runs if len(lines) == 1 else []
    for i, j, n in sorted(runs, key=lambda r: (-r[2], r[0])) if len(lines) > 1 else ():
        at = bisect.bisect_left(anchors, (i, j, n))
        before = anchors[at - 1] if at else None
        after = anchors[at] if at < len(anchors) else None
        if before is not None and (before[0] + before[2] > i or before[1] + before[2] > j):
            continue
        if after is not None and (i + n > after[0] or j + n > after[1]):
            continue
        anchors.insert(at, (i, j, n))
    blocks: list[tuple[int, int, int]] = []
    pi = pj = 0
    for i, j, n in [*anchors, (len(a), len(b), 0)]:
        if i == pi + 1 and j == pj + 1:
            # one word on each side (a changed word: most gaps between anchors): a block if the two are equal
            if a[pi] == b[pj]:
                blocks.append((pi, pj, 1))
        elif i > pi and j > pj:
            # numbers: both sides' gaps taken out of the arrays one by one (most of the words lie in the anchors)
            gap_a, gap_b = (a[pi:i].tolist(), b[pj:j].tolist()) if numbered else (a[pi:i], b[pj:j])
            blocks.extend((pi + x, pj + y, k) for x, y, k in _matching_blocks(gap_a, gap_b) if k)
        if n:
            blocks.append((i, j, n))
        pi, pj = i + n, j + n
    return _joined(blocks)


def align(
    a: list[str], b: list[str], d0: int, r0: int, offsets=None
) -> tuple[int, int, int, int, int] | None:
    """Align a draft window ``a`` (starting at word d0) with a source window ``b`` (starting at word r0). Returns
    (start, end, src_start, src_end, matched) in absolute word positions for the best passage, or None. With
    ``offsets`` (the diagonals of the hits in the windows), the blocks come from ``anchored_blocks``. ``a`` and
    ``b``: lists of stems, or arrays of their numbers (``numbers.py``)."""
    if offsets:
        return best_passage(anchored_blocks(a, b, offsets), d0, r0)
    if isinstance(a, np.ndarray):
        a, b = a.tolist(), b.tolist()
    return best_passage(_matching_blocks(a, b), d0, r0)


def best_passage(found, d0: int, r0: int) -> tuple[int, int, int, int, int] | None:
    """The best passage in the matching blocks (i, j, size) of two windows that start at words d0 and r0: runs
    close together (gaps of at most ``MAX_GAP`` words) form a passage, its edges runs of at least ``EDGE_RUN``
    words; the one with the most equal words wins (the first of equals). None without a block. (The groups are
    ranges of the list of blocks, not lists of their own: this runs for every alignment of a check.)"""
    blocks = [blk for blk in found if blk[2]]
    if not blocks:
        return None
    best = None
    n = len(blocks)
    first = 0
    while first < n:
        # a group: each next block within MAX_GAP words of the one before it on both sides
        end = first + 1
        while end < n:
            (pa, pb, ps), (a, b, _) = blocks[end - 1], blocks[end]
            if a - (pa + ps) > MAX_GAP or b - (pb + ps) > MAX_GAP:
                break
            end += 1
        lo, hi = first, end
        while hi - lo > 1 and blocks[lo][2] < EDGE_RUN:
            lo += 1
        while hi - lo > 1 and blocks[hi - 1][2] < EDGE_RUN:
            hi -= 1
        matched = sum(blk[2] for blk in blocks[lo:hi])
        if best is None or matched > best[4]:
            (a, b, _), (za, zb, zs) = blocks[lo], blocks[hi - 1]
            best = (d0 + a, d0 + za + zs, r0 + b, r0 + zb + zs, matched)
        first = end
    return best


def places_of(words: list[str]) -> dict[str, list[int]]:
    """Every position of each word of ``words``, in order: the table that ``blocks_within`` looks words up in."""
    places: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        places.setdefault(w, []).append(i)
    return places


def word_ids(words: list[str], places: dict[str, list[int]]) -> np.ndarray:
    """Each word of ``words`` as a number (its place in ``places``: ``places_of(words)``), equal words the same
    number: what ``blocks_within`` compares in bulk."""
    number = {w: k for k, w in enumerate(places)}
    return np.fromiter(map(number.__getitem__, words), dtype=np.int64, count=len(words))


def blocks_within(
    words: list[str],
    places: dict[str, list[int]],
    a: tuple[int, int],
    b: tuple[int, int],
    ids: np.ndarray | None = None,
) -> list[tuple[int, int, int]]:
    """difflib's matching blocks (``autojunk=False``, no junk) of two stretches ``a`` and ``b`` (start, end) of one
    word list, relative to their starts, with the closing (len a, len b, 0): the same blocks as
    ``SequenceMatcher(None, words[a[0]:a[1]], words[b[0]:b[1]], autojunk=False).get_matching_blocks()``, without
    its set-up (a table of every word of ``b``, which for the repeats within a draft can be thousands of words per
    alignment): ``places`` (``places_of(words)``) serves every alignment within the same words. With ``ids``
    (``word_ids``), the longest run of a large part of the two stretches is found in bulk (``_BulkLongest``)."""
    found = _longest_runs(words, places, *a, *b, ids=ids)
    return [*_joined(sorted((i - a[0], j - b[0], k) for i, j, k in found)), (a[1] - a[0], b[1] - b[0], 0)]


#: a part of two stretches of at least this many word pairs (about 1 in 60 of them equal in a plan) has its longest
#: run found in bulk (``_BulkLongest``); a smaller one word by word
BULK_CELLS = 50_000


def _narrow(values: np.ndarray) -> np.ndarray:
    """``values`` (not negative) as 16-bit numbers where they fit, which numpy's stable sort sorts by radix; else as
    they are (the same order either way)."""
    if len(values) and int(values.min()) >= 0 and int(values.max()) < 1 << 16:
        return values.astype(np.uint16)
    return values


class _BulkLongest:
    """difflib's longest run (``find_longest_match`` without junk) within parts of two stretches of one word list,
    from every pair of equal words of the whole stretches, found once with numpy: within a part, the equal pairs
    that continue no equal pair on their diagonal start a run, each pair's run length is its distance from that
    start, and the longest run ending first (by position in ``a``, then in ``b``) is difflib's answer."""

    def __init__(self, ids: np.ndarray, alo: int, ahi: int, blo: int, bhi: int) -> None:
        wa, wb = ids[alo:ahi], ids[blo:bhi]
        order = np.argsort(_narrow(wb), kind="stable")
        sb = wb[order]
        lo, hi = np.searchsorted(sb, wa, "left"), np.searchsorted(sb, wa, "right")
        n = hi - lo
        total = int(n.sum())
        rows = np.repeat(np.arange(len(wa)), n)
        at = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(total)
        # every equal pair, by position in ``a`` and then in ``b`` (the stable order keeps ``b`` ascending)
        i, j = rows + alo, order[at] + blo
        # one key per pair: its diagonal (made positive: diagonals from ``blo - ahi`` up), then its position in
        # ``a`` (below ``ahi``); the pairs sorted by it once here, so that each part (``__call__``) takes its pairs
        # in that order by a mask, not by a sort of its own (the keys are distinct: a sort of a part's pairs gives
        # the order that they have here)
        diagonal = j - i + ahi - blo + 1
        key = diagonal * (ahi + 1) + i
        # the pairs stand by ``i``: a stable sort by diagonal alone orders them by key (numpy sorts 16-bit numbers by
        # radix, far faster than a sort of the keys)
        by_key = np.argsort(_narrow(diagonal), kind="stable")
        self.i, self.j, self.key = i[by_key], j[by_key], key[by_key]
        #: each pair's place in the order by ``a``, then ``b``
        self.rank = by_key

    def __call__(self, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        i, j = self.i, self.j
        where = np.flatnonzero((i >= alo) & (i < ahi) & (j >= blo) & (j < bhi))
        if not len(where):
            return alo, blo, 0
        ranked = self.key[where]
        # the pairs by diagonal and position on it: a pair continues the run of the one before it on its diagonal
        # when that is one key lower
        starts = np.concatenate(([True], ranked[1:] != ranked[:-1] + 1))
        first = np.maximum.accumulate(np.where(starts, np.arange(len(ranked)), 0))
        size = np.arange(len(ranked)) - first + 1
        k = int(size.max())
        # the first pair (by ``i``, then ``j``: the order of the pairs) where a run of that size ends
        ends = where[size == k]
        end = int(ends[np.argmin(self.rank[ends])])
        return int(i[end]) - k + 1, int(j[end]) - k + 1, k


def _longest_runs(
    a: list[str],
    places: dict[str, list[int]],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    ids: np.ndarray | None = None,
) -> list[tuple[int, int, int]]:
    """The matching blocks of ``a[alo:ahi]`` and the words ``b[blo:bhi]`` whose places ``places`` lists (every
    position of each word in ``b``, in order), found as difflib finds them: the longest common run (the first in
    ``a``, then in ``b``, of the longest; difflib's ``find_longest_match`` without junk), then the same left and
    right of it. The places of a word before ``blo`` are skipped by bisection, not walked as difflib does. With
    ``ids`` (``a`` and ``b`` one word list, ``word_ids``), parts of at least ``BULK_CELLS`` word pairs are searched
    in bulk (``_BulkLongest``)."""

    def longest(alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        if bulk is not None and (ahi - alo) * (bhi - blo) >= BULK_CELLS:
            return bulk(alo, ahi, blo, bhi)
        bi, bj, bk = alo, blo, 0
        runs: dict[int, int] = {}
        for i in range(alo, ahi):
            at = places.get(a[i], ())
            longer: dict[int, int] = {}
            get = runs.get
            for j in at[bisect.bisect_left(at, blo) : bisect.bisect_left(at, bhi)]:
                k = longer[j] = get(j - 1, 0) + 1
                if k > bk:
                    bi, bj, bk = i - k + 1, j - k + 1, k
            runs = longer
        return bi, bj, bk

    big = ids is not None and (ahi - alo) * (bhi - blo) >= BULK_CELLS
    bulk = _BulkLongest(ids, alo, ahi, blo, bhi) if big else None
    return _split_on_longest(longest, alo, ahi, blo, bhi)


def diagonals(a: list[str], b: list[str]) -> list[int]:
    """The diagonals (position in ``b`` minus position in ``a``) of every run of K equal words of ``a`` and ``b``:
    the offsets that ``anchored_blocks`` aligns along, as the hits give them in ``find_passages``. Vectorised: a
    window can hold thousands of words. Only the runs of ``b`` whose K words all occur in ``a`` are hashed: a
    window around a passage is mostly other text. ``a`` and ``b`` are lists of stems, or arrays of their numbers
    (``numbers.py``; ``_numbered_diagonals``)."""
    if len(a) < K or len(b) < K:
        return []
    if isinstance(a, np.ndarray):
        found = _numbered_diagonals(a, b)
        if found is not None:
            return found
        a, b = a.tolist(), b.tolist()
    inside = np.fromiter(map(set(a).__contains__, b), dtype=bool, count=len(b))
    counts = np.concatenate(([0], np.cumsum(inside)))
    starts = np.flatnonzero(counts[K:] - counts[:-K] == K)
    if not len(starts):
        return []
    ha = np.fromiter(map(hash, zip(*(a[i:] for i in range(K)), strict=False)), dtype=np.int64)
    hb = np.fromiter((hash(tuple(b[j : j + K])) for j in starts.tolist()), dtype=np.int64, count=len(starts))
    return _offsets(ha, hb, starts)


def _offsets(ha: np.ndarray, hb: np.ndarray, starts: np.ndarray) -> list[int]:
    """The distinct diagonals ``j - i`` where run ``i`` of ``a`` (its code in ``ha``) equals the run of ``b`` that
    starts at ``starts[k]`` (its code in ``hb[k]``), in ascending order."""
    order = np.argsort(hb, kind="stable")
    sb = hb[order]
    lo, hi = np.searchsorted(sb, ha, "left"), np.searchsorted(sb, ha, "right")
    n = hi - lo
    if not n.any():
        return []
    rows = np.repeat(np.arange(len(ha)), n)
    at = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(int(n.sum()))
    offsets = np.sort(starts[order[at]] - rows)
    # distinct, as ``np.unique`` gives them (which imports ``numpy.ma`` on first use: 7 ms of a check's start)
    return offsets[np.concatenate(([True], offsets[1:] != offsets[:-1]))].tolist()


def _numbered_diagonals(a: np.ndarray, b: np.ndarray) -> list[int] | None:
    """``diagonals`` of two arrays of stem numbers, all in numpy: each word of ``b`` as its place among the distinct
    words of ``a`` (0: not in ``a``), each run of K words as one integer in base (distinct words of ``a``) + 1, the
    runs of ``b`` with no 0 in them looked up among those of ``a``. Equal runs have equal integers and different
    runs different ones. None where the integers would not fit in 64 bits (a passage of over 6,000 distinct
    words)."""
    vocabulary = np.sort(a)
    vocabulary = vocabulary[np.concatenate(([True], vocabulary[1:] != vocabulary[:-1]))]
    base = len(vocabulary) + 1
    if base**K >= 2**63:
        return None
    in_a = np.searchsorted(vocabulary, a) + 1
    at = np.minimum(np.searchsorted(vocabulary, b), len(vocabulary) - 1)
    in_b = np.where(vocabulary[at] == b, at + 1, 0)
    ha, hb = np.zeros(len(a) - K + 1, dtype=np.int64), np.zeros(len(b) - K + 1, dtype=np.int64)
    known = np.ones(len(hb), dtype=bool)
    for k in range(K):
        ha = ha * base + in_a[k : len(a) - K + 1 + k]
        part = in_b[k : len(b) - K + 1 + k]
        hb, known = hb * base + part, known & (part > 0)
    starts = np.flatnonzero(known)
    if not len(starts):
        return []
    return _offsets(ha, hb[starts], starts)
