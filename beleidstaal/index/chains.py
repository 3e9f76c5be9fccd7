"""Chains of hits along the diagonal (step 2 of ``index.match``), strongest first, made as the check needs them.

A hit is a (draft position, source position) pair of one reference document where a K-word run of the draft is
stored. Hits close together on nearly the same diagonal form a chain: one candidate passage. ``find_passages``
takes the chains of all documents strongest first (longest, then in the order of the hits) and skips every chain
whose draft words were already looked at often enough; against an archive almost all of them (plan 0344: 190 of
20,623 chains are looked at). ``open_chains`` gives only the chains that are not skipped, and chains the hits of
a stretch only when that stretch can still give one.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

import numpy as np

from .fingerprint import K

CHAIN_GAP = 25
#: chains and stretches of ``open_chains`` tested at once in numpy against the words seen enough
BLOCK = 1024


def _chains(hits: list[tuple[int, int]], *, ordered: bool = False) -> list[list[tuple[int, int]]]:
    """Group (draft pos, source pos) hits into chains along the diagonal. ``ordered``: the hits are already sorted
    and distinct."""
    pairs = hits if ordered else sorted(set(hits))
    ds, rs = [d for d, _ in pairs], [r for _, r in pairs]
    return [[pairs[i] for i in chain] for chain in _chain_rows(ds, rs, 0, len(pairs))]


def _chain_rows(ds: list[int], rs: list[int], a: int, b: int) -> list[list[int]]:
    """The chains of the hits ``a..b-1`` (draft positions ``ds``, source positions ``rs``, sorted and distinct), as
    lists of their row numbers: a hit joins the latest of the last 8 chains whose last hit it follows near the
    diagonal (at most ``CHAIN_GAP`` words on, off the diagonal by at most half that, not back in the source), else
    it starts a chain. The last hit of each chain is kept beside it (``ends_d``, ``ends_r``): this loop runs for
    every hit of a check against an archive that lies off the plain chains of ``open_chains``."""
    half = CHAIN_GAP // 2
    chains: list[list[int]] = []
    ends_d: list[int] = []
    ends_r: list[int] = []
    for i in range(a, b):
        d, r = ds[i], rs[i]
        diagonal = r - d
        k = len(chains) - 1
        stop = k - 8 if k >= 8 else -1
        while k > stop:
            ld, lr = ends_d[k], ends_r[k]
            if d - ld <= CHAIN_GAP and -half <= diagonal - lr + ld <= half and r >= lr:
                chains[k].append(i)
                ends_d[k], ends_r[k] = d, r
                break
            k -= 1
        else:
            chains.append([i])
            ends_d.append(d)
            ends_r.append(r)
    return chains


def _stretches(docs: np.ndarray, ds: np.ndarray, rs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The stretches of the hits (sorted by document, draft and source position): a document's hits fall apart
    where the draft position jumps by more than ``CHAIN_GAP``, and no chain reaches across such a jump. Their first
    rows, their ends, and whether each is simple: every hit in it follows the one before (near the same diagonal,
    not back in the source), so that it is one chain, as ``_chains`` would make it."""
    n = len(docs)
    near = (docs[1:] == docs[:-1]) & (ds[1:] - ds[:-1] <= CHAIN_GAP)
    follows = near & (np.abs((rs[1:] - ds[1:]) - (rs[:-1] - ds[:-1])) <= CHAIN_GAP // 2) & (rs[1:] >= rs[:-1])
    starts = np.flatnonzero(np.concatenate(([True], ~near)))
    ends = np.concatenate((starts[1:], [n]))
    broken = np.concatenate(([0], np.cumsum(~follows & near)))
    return starts, ends, broken[ends - 1] == broken[starts]


def open_chains(
    docs: np.ndarray, ds: np.ndarray, rs: np.ndarray, rare_hit: np.ndarray, seen: tuple[bytearray, bytearray]
) -> Iterator[tuple[int, int, int, list[tuple[int, int]]]]:
    """The chains of hits (``_chains``) of every document, strongest first, but for those on words seen enough:
    (document, first draft word, last draft word + K, its hits (draft, source position)), in the order that
    sorting the chains of every document by (-length, document, first draft position, first hit) gives. A chain of
    one hit on a common hash is left out: one shared common 5-word phrase ("in het kader van de") is no sign of
    copying. ``seen``: two masks of one byte per draft word, 1 while the word can still make a chain worth a look; a
    chain is skipped when one of them holds no 1 on its draft words at the moment it comes up. The caller may
    change them between two chains, but only from 1 to 0 (a word is looked at more often, never less).

    Against an archive a plan has hundreds of thousands of hits in thousands of documents, and almost all chains
    are skipped (plan 0344: 190 of 20,623 looked at). So the stretches (``_stretches``) are found in numpy, and a
    simple stretch is a chain at once. The other stretches are chained (``_chain_rows``, in Python) only when they
    come up: each stands in the order before every chain it can give (a chain of a stretch is shorter than the
    stretch and starts at or after it), and is left out there when its draft words are seen enough, as each of its
    chains would be later; the chains of a stretch that is chained join the order through a heap. (The hits are
    sorted by document and draft position, so a chain's first hit orders it after its length.)"""
    if not len(docs):
        return
    find_a, find_b = seen[0].find, seen[1].find

    def still_open(lo: int, hi: int) -> bool:  # both masks still hold a 1 on the draft words lo..hi
        return find_a(1, lo, hi) >= 0 and find_b(1, lo, hi) >= 0

    starts, ends, simple = _stretches(docs, ds, rs)
    size = ends - starts
    keep = simple & ((size > 1) | rare_hit[starts])
    rows = np.concatenate((starts[keep], starts[~simple]))
    if not len(rows):
        return  # only lone hits on common words: no chain (a short draft that shares one stock phrase)
    length = np.concatenate((size[keep], size[~simple]))
    last = np.concatenate((ends[keep], ends[~simple])) - 1
    whole = np.arange(len(rows)) < int(keep.sum())
    o = np.lexsort((rows, -length))
    # (-length, first row) as one number per chain or stretch, so that a heap of numbers merges them in order
    top, longest = len(docs) + 1, int(length.max())
    rows, last = rows[o], last[o]
    key = (longest - length[o]) * top + rows
    lo_of, hi_of, doc_of, one_of = ds[rows], ds[last] + K, docs[rows], whole[o]
    seen_a, seen_b = np.frombuffer(seen[0], dtype=np.uint8), np.frombuffer(seen[1], dtype=np.uint8)
    heap: list[int] = []
    # a chain of a stretch that was chained: its document, draft words, and its hits as rows of the stretch's
    # positions, made into (draft, source) pairs only when it comes up open (most never do)
    made: dict[int, tuple[int, int, int, list[int], list[int], list[int]]] = {}

    def pairs(chain: tuple[int, int, int, list[int], list[int], list[int]]):
        doc, lo, hi, dl, rl, rows_of = chain
        return doc, lo, hi, [(dl[i], rl[i]) for i in rows_of]

    for block in range(0, len(rows), BLOCK):
        # the chains and stretches of the block on words seen enough already now are skipped at their turn too (the
        # masks only lose their 1s): they are left out at once, in numpy, and only the others are looked at in turn
        part = slice(block, block + BLOCK)
        lo_in, hi_in = lo_of[part], hi_of[part]
        open_ = np.ones(len(lo_in), dtype=bool)
        for mask in (seen_a, seen_b):
            count = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
            open_ &= count[hi_in] > count[lo_in]
        pick = np.flatnonzero(open_) + block
        for k, doc, row, end, lo, hi, one in zip(
            key[pick].tolist(),
            doc_of[pick].tolist(),
            rows[pick].tolist(),
            (last[pick] + 1).tolist(),
            lo_of[pick].tolist(),
            hi_of[pick].tolist(),
            one_of[pick].tolist(),
            strict=True,
        ):
            while heap and heap[0] < k:
                chain = made.pop(heapq.heappop(heap))
                if still_open(chain[1], chain[2]):
                    yield pairs(chain)
            if not still_open(lo, hi):
                continue
            dl, rl = ds[row:end].tolist(), rs[row:end].tolist()
            if one:
                yield doc, lo, hi, list(zip(dl, rl, strict=True))
                continue
            for rows_of in _chain_rows(dl, rl, 0, end - row):
                first = rows_of[0]
                if len(rows_of) > 1 or rare_hit[row + first]:
                    at = (longest - len(rows_of)) * top + row + first
                    made[at] = (doc, dl[first], dl[rows_of[-1]] + K, dl, rl, rows_of)
                    heapq.heappush(heap, at)
    while heap:
        chain = made.pop(heapq.heappop(heap))
        if still_open(chain[1], chain[2]):
            yield pairs(chain)
