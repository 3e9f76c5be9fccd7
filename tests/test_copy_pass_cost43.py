"""Exact cuts of copycost43 in the alignment (issue 24): each gives what the code before it gave, on data made here."""

from __future__ import annotations

import random
from typing import NamedTuple

import numpy as np

from beleidstaal.index import alignment
from beleidstaal.index.alignment import EDGE_RUN, MAX_GAP, anchored_blocks, best_passage


class _Block(NamedTuple):
    a: int
    b: int
    size: int


def _best_passage_before(found, d0: int, r0: int):
    """``best_passage`` as it was: the groups as lists of named blocks."""
    blocks = [_Block(i, j, n) for i, j, n in found if n]
    if not blocks:
        return None
    groups: list[list] = [[blocks[0]]]
    for blk in blocks[1:]:
        last = groups[-1][-1]
        if blk.a - (last.a + last.size) <= MAX_GAP and blk.b - (last.b + last.size) <= MAX_GAP:
            groups[-1].append(blk)
        else:
            groups.append([blk])
    best = None
    for g in groups:
        while len(g) > 1 and g[0].size < EDGE_RUN:
            g = g[1:]
        while len(g) > 1 and g[-1].size < EDGE_RUN:
            g = g[:-1]
        matched = sum(blk.size for blk in g)
        if best is None or matched > best[4]:
            best = (d0 + g[0].a, d0 + g[-1].a + g[-1].size, r0 + g[0].b, r0 + g[-1].b + g[-1].size, matched)
    return best


def _random_blocks(rng: random.Random) -> list[tuple[int, int, int]]:
    """Matching blocks as difflib gives them: ascending on both sides, not overlapping, sizes from 1 (gaps of 0 to 8
    words, so that groups join and split), with the closing block of size 0; now and then a block of size 0 inside."""
    i = j = 0
    out = []
    for _ in range(rng.randint(0, 25)):
        i += rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 8))
        j += rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 8))
        size = rng.choice((0, 1, 1, 2, 2, 3, 4, 7, 12)) if out else rng.randint(1, 6)
        out.append((i, j, size))
        i, j = i + size + 1, j + size + 1
    out.append((i + rng.randint(0, 5), j + rng.randint(0, 5), 0))
    return out


def test_best_passage_gives_what_the_groups_of_named_blocks_gave():
    rng = random.Random(43)
    for _ in range(5000):
        found = _random_blocks(rng)
        d0, r0 = rng.randint(0, 900), rng.randint(0, 900)
        assert best_passage(found, d0, r0) == _best_passage_before(found, d0, r0), found
    assert best_passage([], 0, 0) is None
    assert best_passage([(3, 4, 0)], 0, 0) is None


def test_best_passage_keeps_the_first_of_equal_passages_and_trims_short_edges():
    # two groups of 6 equal words (gap of 10 between them): the first wins; the 1-word edge blocks are not taken
    found = [(0, 0, 1), (2, 2, 6), (20, 30, 3), (24, 34, 3), (28, 38, 1), (40, 50, 0)]
    assert best_passage(found, 100, 200) == (102, 108, 202, 208, 6)
    assert _best_passage_before(found, 100, 200) == (102, 108, 202, 208, 6)


def _anchored_before(a, b, offsets):
    """``anchored_blocks`` on numbers as it was: the whole draft window turned into a list first."""
    numbered = isinstance(a, np.ndarray)
    if not numbered:
        return anchored_blocks(a, b, offsets)
    words_a = [f"w{x}" for x in a.tolist()]
    words_b = [f"w{x}" for x in b.tolist()]
    return anchored_blocks(words_a, words_b, offsets)


def test_anchored_blocks_on_numbers_takes_the_gaps_out_of_both_arrays():
    """The gaps between anchors are taken out of the draft's array one by one (not the whole window as a list
    first): the same blocks as on the stems, on edited copies with words changed, added and dropped."""
    rng = random.Random(4343)
    for _ in range(300):
        n = rng.randint(8, 120)
        a = [rng.randint(0, 30) for _ in range(n)]
        b = list(a)
        for _ in range(rng.randint(0, 8)):
            k = rng.randrange(len(b))
            op = rng.random()
            if op < 0.4:
                b[k] = rng.randint(0, 40)
            elif op < 0.7:
                b.insert(k, rng.randint(0, 40))
            elif len(b) > 5:
                del b[k]
        b = (
            [rng.randint(0, 40) for _ in range(rng.randint(0, 30))]
            + b
            + [rng.randint(0, 40) for _ in range(9)]
        )
        offsets = sorted({rng.randint(-10, 40) for _ in range(rng.randint(1, 4))})
        na, nb = np.array(a, dtype=np.int32), np.array(b, dtype=np.int32)
        got = anchored_blocks(na, nb, offsets)
        assert got == _anchored_before(na, nb, offsets)
        assert all(type(x) is int for blk in got for x in blk)
        assert alignment.align(na, nb, 5, 9, offsets) == alignment.align(
            [f"w{x}" for x in a], [f"w{x}" for x in b], 5, 9, offsets
        )
