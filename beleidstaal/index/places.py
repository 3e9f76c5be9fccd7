"""The fingerprints of the reference collection on disk: table ``places``, one row per hash with every stored place
of that hash in one blob (little-endian int64 ``document * PLACE + word position``, ascending: in document and
position order, each place once).

A lookup reads one row per asked hash and numpy reads the blobs as they are; with one row per place (format version
2) SQLite walked every place and joined them as text. Adding or removing a document reads, changes and writes the
blobs of its hashes (``merge``, ``remove``); a fresh build writes each hash's blob once from its sorted hash range
(``bulk.FingerprintSpill``).
"""

from __future__ import annotations

import numpy as np

#: a stored place as one number: document * PLACE + word position
PLACE = 1 << 32
#: hashes asked for in one SQL statement
CHUNK = 500
_DTYPE = np.dtype("<i8")


def place_values(doc_ids, positions: np.ndarray) -> np.ndarray:
    """The places of ``positions`` in document ``doc_ids`` (one id, or one per position) as stored numbers."""
    return np.asarray(doc_ids, dtype=np.int64) * PLACE + np.asarray(positions, dtype=np.int64)


def runs(hashes: np.ndarray, values: np.ndarray) -> list[tuple[int, bytes]]:
    """(hash, blob) for each hash of rows sorted by (hash, value), each place once."""
    if len(hashes) == 0:
        return []
    keep = np.concatenate(([True], (hashes[1:] != hashes[:-1]) | (values[1:] != values[:-1])))
    hashes, values = hashes[keep], values[keep].astype(_DTYPE, copy=False)
    cut = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1], [True])))
    starts = hashes[cut[:-1]].tolist()
    return [(h, values[cut[i] : cut[i + 1]].tobytes()) for i, h in enumerate(starts)]


def _rows(conn, hashes: list[int]):
    """The stored (hash, blob) rows of ``hashes``, ``CHUNK`` hashes to a statement, by hash within each."""
    for i in range(0, len(hashes), CHUNK):
        chunk = hashes[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(
            f"SELECT hash, places FROM places WHERE hash IN ({marks}) ORDER BY hash", chunk
        )


def _stored(conn, hashes: list[int]) -> dict[int, bytes]:
    return dict(_rows(conn, hashes))


def merge(conn, hashes: np.ndarray, values: np.ndarray) -> None:
    """Add places (``hashes`` with their ``values``, any order) to the stored blobs of those hashes."""
    if len(hashes) == 0:
        return
    hashes = np.asarray(hashes, dtype=np.int64)
    values = np.asarray(values, dtype=np.int64)
    order = np.lexsort((values, hashes))
    new = runs(hashes[order], values[order])
    old = _stored(conn, [h for h, _ in new])
    rows = []
    for h, blob in new:
        if h in old:
            both = np.concatenate((np.frombuffer(old[h], _DTYPE), np.frombuffer(blob, _DTYPE)))
            blob = np.unique(both).astype(_DTYPE, copy=False).tobytes()
        rows.append((h, blob))
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?, ?)", rows)


def remove(conn, hashes: np.ndarray, doc_id: int) -> None:
    """Take every place of document ``doc_id`` out of the blobs of ``hashes``; a hash left without places goes."""
    old = _stored(conn, np.unique(np.asarray(hashes, dtype=np.int64)).tolist())
    kept, gone = [], []
    for h, blob in old.items():
        values = np.frombuffer(blob, _DTYPE)
        rest = values[values // PLACE != doc_id]
        if len(rest) == len(values):
            continue
        if len(rest):
            kept.append((h, rest.tobytes()))
        else:
            gone.append((h,))
    conn.executemany("UPDATE places SET places=? WHERE hash=?", [(b, h) for h, b in kept])
    conn.executemany("DELETE FROM places WHERE hash=?", gone)


def lookup(
    conn, hashes: list[int], skip: list[int], most: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every stored place of ``hashes`` (distinct), as arrays of hash, document and position, by hash within each
    ``CHUNK`` asked for; without the documents in ``skip``, and, with ``most``, without the hashes stored at more than
    ``most`` places of the other documents."""
    found, counts, values = grouped(conn, hashes, skip, most)
    return np.repeat(found, counts), values >> 32, values & (PLACE - 1)


def grouped(
    conn, hashes: list[int], skip: list[int], most: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``lookup`` with each found hash once: the hashes found (by hash within each ``CHUNK`` asked for), how many
    places each has, and those places as stored numbers (``document * PLACE + position``), hash after hash."""
    found, counts, parts = [], [], []
    for h, blob in _rows(conn, hashes):
        found.append(h)
        counts.append(len(blob) >> 3)
        parts.append(blob)
    if not parts:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    both = np.frombuffer(b"".join(parts), dtype=_DTYPE)
    counts = np.array(counts, dtype=np.int64)
    found = np.array(found, dtype=np.int64)
    if skip:
        keep = ~np.isin(both >> 32, np.array(skip, dtype=np.int64))
        group = np.repeat(np.arange(len(found)), counts)
        counts = np.bincount(group[keep], minlength=len(found)).astype(np.int64)
        both = both[keep]
    if skip or most is not None:
        wanted = counts > 0 if most is None else (counts > 0) & (counts <= most)
        if not wanted.all():
            both = both[np.repeat(wanted, counts)]
            found, counts = found[wanted], counts[wanted]
    return found, counts, both.astype(np.int64, copy=False)
