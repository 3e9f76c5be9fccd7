"""A prototype for the next index format (issue #24 item 5): the fingerprints of an index as one row per hash with
all its places in a blob, ``post(hash INTEGER PRIMARY KEY, places BLOB)`` (little-endian int64 ``doc * PLACE +
pos``, in ``(doc, pos)`` order), instead of one row ``(hash, doc, pos)`` per place in the table ``fp``. Writes that
table into a file of its own (``--places``, once; the index is not changed) and compares, for each plan, the time
of ``ReferenceIndex.lookup`` of the plan's hashes with a lookup of the same hashes in the blobs, and whether both
give the same arrays.

    python bench/index_places_table.py /tmp/archive/archive.sqlite PLAN.md [PLAN.md ...] --places /tmp/post.sqlite

Writing the table reads every row of ``fp`` into Python (21 million for the 6,500-document archive: several minutes,
longer under load); a real build would write the blobs from its sorted hash ranges instead (``bulk.py``).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time

import numpy as np


def write_places(index_path: str, out: str, rows_per_read: int = 1_000_000) -> None:
    """The ``fp`` table of ``index_path`` as one blob of places per hash, in a new file ``out``."""
    from beleidstaal.index.store import PLACE

    src = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
    dst = sqlite3.connect(out)
    dst.execute("PRAGMA journal_mode=OFF")
    dst.execute("PRAGMA synchronous=OFF")
    dst.execute("CREATE TABLE post (hash INTEGER PRIMARY KEY, places BLOB NOT NULL)")

    def insert(rows: list[tuple[int, int]]) -> None:
        a = np.array(rows, dtype=np.int64)
        h, p = a[:, 0], a[:, 1]
        cut = np.flatnonzero(np.concatenate(([True], h[1:] != h[:-1], [True])))
        dst.executemany(
            "INSERT INTO post VALUES (?, ?)",
            ((int(h[cut[i]]), p[cut[i] : cut[i + 1]].tobytes()) for i in range(len(cut) - 1)),
        )

    cursor = src.execute(f"SELECT hash, doc * {PLACE} + pos FROM fp")  # in key order: by hash, doc, pos
    rows: list[tuple[int, int]] = []
    while chunk := cursor.fetchmany(rows_per_read):
        rows.extend(chunk)
        last = rows[-1][0]
        k = len(rows)
        while k and rows[k - 1][0] == last:  # the last hash may go on in the next chunk
            k -= 1
        if k:
            insert(rows[:k])
            rows = rows[k:]
    if rows:
        insert(rows)
    dst.commit()
    dst.close()
    src.close()


def lookup_places(conn, hashes: list[int], most: int | None = None):
    """What ``ReferenceIndex.lookup(hashes, (), most)`` gives, from the blobs."""
    from beleidstaal.index.store import PLACE

    found, counts, parts = [], [], []
    for i in range(0, len(hashes), 500):
        chunk = hashes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for h, blob in conn.execute(
            f"SELECT hash, places FROM post WHERE hash IN ({marks}) ORDER BY hash", chunk
        ):
            n = len(blob) >> 3
            if most is None or n <= most:
                found.append(h)
                counts.append(n)
                parts.append(blob)
    both = np.frombuffer(b"".join(parts), dtype="<i8")
    return np.repeat(np.array(found, dtype=np.int64), counts), both // PLACE, both % PLACE


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plans", nargs="+")
    ap.add_argument("--places", required=True, help="the file with the table of places (written if missing)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from beleidstaal.index.match import MAX_HITS_PER_HASH, run_hashes
    from beleidstaal.index.noise import prose_tokens
    from beleidstaal.index.store import ReferenceIndex
    from beleidstaal.readers import read_path

    if not os.path.exists(args.places):
        t = time.time()
        write_places(args.index, args.places)
        print(
            f"table of places written in {time.time() - t:.0f} s wall: {os.path.getsize(args.places) / 1e6:.1f} MB"
        )
    index = ReferenceIndex.open(args.index)
    post = sqlite3.connect(f"file:{args.places}?mode=ro", uri=True)
    for plan in args.plans:
        hashes = np.unique(run_hashes(prose_tokens(read_path(plan)).keys)).tolist()
        old = new = float("inf")
        for _ in range(args.rounds):
            t = time.process_time()
            a = index.lookup(hashes, (), MAX_HITS_PER_HASH)
            old = min(old, time.process_time() - t)
            t = time.process_time()
            b = lookup_places(post, hashes, MAX_HITS_PER_HASH)
            new = min(new, time.process_time() - t)
        same = all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
        print(f"{os.path.basename(plan)}: lookup {old:.3f} s CPU in fp, {new:.3f} s in the blobs (least of "
              f"{args.rounds}); {len(a[0])} places; the same arrays: {same}")  # fmt: skip
    print(f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
