"""The quick inner loop (``pytest -m "not slow"``) and the full run (CI: ``pytest``) of tests that repeat one check
for every entry of the word lists.

A test over every entry (its example fires it, its forms are all found) is the same code run a thousand times;
the quick loop runs a fixed sample of the entries (every ``EVERY``-th entry of each group, the first included, so
every word-list file and every kind of entry keeps cases), and marks the others ``slow``. CI runs them all. The
property tests try fewer examples in the quick loop (``QUICK``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import pytest

#: one in this many entries of each group runs in the quick loop
EVERY = 8
#: set by conftest.py before the test modules are imported: true when the slow tests are left out
#: (``-m "not slow"``); tests/test_properties.py then tries fewer examples
QUICK = False
_PARAM = type(pytest.param())


def sampled(cases: Iterable[Any], group: Callable[[Any], object], every: int = EVERY) -> list:
    """``cases`` (argument tuples or ``pytest.param``) as ``pytest.param``, in the same order, each but every
    ``every``-th case of its group (``group(values)``) marked slow. Ids and marks a case already has stay."""
    seen: dict[object, int] = defaultdict(int)
    out = []
    for case in cases:
        if isinstance(case, _PARAM):
            values, marks, id_ = case.values, list(case.marks), case.id
        else:
            values, marks, id_ = (case if isinstance(case, tuple) else (case,)), [], None
        key = group(values)
        if seen[key] % every:
            marks.append(pytest.mark.slow)
        seen[key] += 1
        out.append(pytest.param(*values, marks=marks, id=id_))
    return out
