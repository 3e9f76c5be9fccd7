"""Fingerprints of overlapping word n-grams, selected by winnowing.

Why winnowing and not MinHash? MinHash estimates how similar two *whole documents* are; it cannot say *where* the
shared text is. We need the exact passage in the draft and its place in the source, so we keep positional
fingerprints: every run of ``K`` normalised words gets a hash, and of each window of ``W`` consecutive hashes the
smallest is kept (winnowing, Schleimer, Wilkerson & Aiken 2003). That keeps about 2/(W+1) of the hashes (29% here)
and still guarantees that every shared run of at least W+K-1 = 10 words leaves at least one shared fingerprint.
The rule looks for passages of about 12 words or more *with words changed here and there*: three changed words in a
40-word passage leave runs of about 9 equal words, so the guarantee is set a little below 12 (W=8 would give 12, and
an index 15% smaller, but misses more edited passages). The draft side is not winnowed: all its K-gram hashes are
looked up, so shorter shared runs around a changed word are found too; one shared fingerprint is enough, the word
alignment afterwards finds the whole passage.

Hashes are 47-bit so SQLite stores them in 6 bytes; with millions of fingerprints a chance collision is rare, and a
collision only proposes a candidate that the word alignment afterwards rejects.
"""

from __future__ import annotations

import numpy as np

from .normalise import word_hash

K = 5
W = 6
HASH_BITS = 47

_P = np.uint64(0x100000001B3)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_MASK = np.uint64((1 << HASH_BITS) - 1)


def key_hashes(keys: list[str]) -> np.ndarray:
    return np.fromiter((word_hash(k) for k in keys), dtype=np.uint64, count=len(keys))


def ngram_hashes(wh: np.ndarray, n: int) -> np.ndarray:
    """The hash of every run of ``n`` words (``len(wh) - n + 1`` values, int64 below 2**47)."""
    m = len(wh) - n + 1
    if m <= 0:
        return np.zeros(0, dtype=np.int64)
    with np.errstate(over="ignore"):
        h = wh[:m].copy()
        for j in range(1, n):
            h = h * _P + wh[j : j + m]
        h ^= h >> np.uint64(33)
        h *= _M1
        h ^= h >> np.uint64(29)
    return (h & _MASK).astype(np.int64)


def winnow(hashes: np.ndarray, w: int = W) -> np.ndarray:
    """Positions of the fingerprints kept by winnowing: the rightmost minimum of every window of ``w`` hashes."""
    n = len(hashes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if n <= w:
        return np.array([n - 1 - int(np.argmin(hashes[::-1]))], dtype=np.int64)
    windows = np.lib.stride_tricks.sliding_window_view(hashes, w)
    rightmost = w - 1 - np.argmin(windows[:, ::-1], axis=1)
    return np.unique(np.arange(n - w + 1) + rightmost)


def fingerprints(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, word positions) of the winnowed K-gram fingerprints of a word stream."""
    hashes = ngram_hashes(key_hashes(keys), K)
    positions = winnow(hashes)
    return hashes[positions], positions
