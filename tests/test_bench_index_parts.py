"""The bench scripts of a check's cost with an index: ``index_check_parts.py`` times named parts (every part it names
must exist, so a renamed function fails here and not in the middle of a measurement); ``index_places_table.py``
measures a table of places per hash against ``lookup`` (the prototype must give the same arrays)."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import index_check_parts  # noqa: E402


def test_every_timed_part_exists_and_is_callable():
    for module, name in index_check_parts.PARTS:
        owner = importlib.import_module(module)
        for attr in name.split("."):
            owner = getattr(owner, attr)
        assert callable(owner), (module, name)


def test_a_timed_part_counts_its_calls_and_returns_what_it_returned():
    index_check_parts.spent.clear()
    index_check_parts.calls.clear()
    twice = index_check_parts.timed("twice", lambda x: 2 * x)
    assert [twice(1), twice(4)] == [2, 8]
    assert index_check_parts.calls["twice"] == 2 and index_check_parts.spent["twice"] >= 0


def test_places_table_prototype_gives_what_lookup_gives(tmp_path):
    """``bench/index_places_table.py`` (one blob of places per hash) gives the arrays of ``ReferenceIndex.lookup``,
    common hashes left out the same way, also with a hash whose places are split over two reads of ``fp``."""
    import index_places_table
    import numpy as np

    from beleidstaal.index.store import ReferenceIndex

    path = tmp_path / "ref.sqlite"
    index = ReferenceIndex.create(path)
    rows = [
        (h, doc, pos) for h in (5, 9, 2**46 + 3) for doc in range(1, 5) for pos in (0, 7, 70_000 + h % 11)
    ]
    rows += [(11, 1, 4), (11, 2, 4), (12, 3, 8)]
    index.conn.executemany("INSERT INTO fp VALUES (?, ?, ?)", rows)
    index.conn.commit()
    out = tmp_path / "post.sqlite"
    index_places_table.write_places(str(path), str(out), rows_per_read=4)
    post = sqlite3.connect(out)
    asked = [5, 11, 12, 2**46 + 3, 40]
    for most in (None, 9, 2, 1):
        old, new = index.lookup(asked, (), most), index_places_table.lookup_places(post, asked, most)
        assert all(np.array_equal(a, b) for a, b in zip(old, new, strict=True))
