"""A small MinHash for passages: word shingles, a 64-value signature and LSH band keys.

Stable across processes and machines (no use of Python's salted ``hash``): shingles are hashed with BLAKE2b and
permuted with fixed universal-hash parameters, so signatures written by different workers can be compared.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

#: words: letters and digits (with inner hyphens/apostrophes), lowercased
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)

SHINGLE = 3
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # 4 rows a band: pairs above Jaccard ~0.5 become candidates

_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.RandomState(20260917)
_A = _rng.randint(1, 1 << 31, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM).astype(np.uint64)
_MASK32 = np.uint64(0xFFFFFFFF)


def words(text: str) -> list[str]:
    """The normalised words of a text (lowercase, punctuation left out)."""
    return [w.lower() for w in _WORD.findall(text)]


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def shingles(ws: list[str], k: int = SHINGLE) -> set[str]:
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def signature(shingle_set: set[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a set of shingles."""
    if not shingle_set:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    # 32-bit shingle hashes keep a*x+b below 2**63, so the arithmetic never overflows uint64
    x = np.fromiter(
        (stable_hash(s) & 0xFFFFFFFF for s in shingle_set), dtype=np.uint64, count=len(shingle_set)
    )
    perm = (x[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return (perm & _MASK32).min(axis=0).astype(np.uint32)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """LSH band keys for an (n, NUM_PERM) array of signatures: an (n, BANDS) array of uint64, where the band index
    is mixed in, so equal keys mean the same band matched."""
    n = signatures.shape[0]
    sig = signatures.reshape(n, BANDS, ROWS).astype(np.uint64)
    key = np.zeros((n, BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(ROWS):
            key = key * np.uint64(1_000_003) + sig[:, :, r]
        key = key * np.uint64(31) + np.arange(BANDS, dtype=np.uint64)[None, :]
        # final mix (splitmix64) so band keys spread evenly over the shuffle buckets
        key ^= key >> np.uint64(30)
        key *= np.uint64(0xBF58476D1CE4E5B9)
        key ^= key >> np.uint64(27)
        key *= np.uint64(0x94D049BB133111EB)
        key ^= key >> np.uint64(31)
    return key


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set that is also in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
