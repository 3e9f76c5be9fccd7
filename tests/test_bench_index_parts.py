"""The bench scripts of a check's cost with an index: ``index_check_parts.py`` times named parts (every part it names
must exist, so a renamed function fails here and not in the middle of a measurement); ``index_places_table.py``
measures a table of places per hash against ``lookup`` (the prototype must give the same arrays)."""

from __future__ import annotations

import importlib
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


def test_every_function_that_copy_pass_parts_times_exists():
    """``copy_pass_parts.py`` wraps the functions it lists by name: a renamed one fails here."""
    import copy_pass_parts

    for module, names in copy_pass_parts.TIMED.items():
        owner = importlib.import_module(module)
        for name in names:
            assert callable(getattr(owner, name, None)), (module, name)
