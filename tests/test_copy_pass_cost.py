"""Exact cuts in the copy rules' pass (issue 24, cost of a check with a reference index): each new form gives the
same result as the form it replaced, on random inputs, and the pass imports nothing that a check without the index
does not need."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np

from beleidstaal.index.match import _Words  # a word list read as a source
from beleidstaal.rules.copy_kinds import run_share


def _old_run_share(words: list[str], source, window: tuple[int, int]) -> float:
    """``run_share`` as it was before the bisection (with ``np.isin``)."""
    K = 5
    vocabulary: dict[str, int] = {}
    for w in words:
        vocabulary.setdefault(w, len(vocabulary) + 1)
    base = len(vocabulary) + 1
    if len(words) < K or base**K >= 2**63:
        return 0.0

    def runs(ids: list[int]) -> np.ndarray:
        a = np.asarray(ids, dtype=np.int64)
        if len(a) < K:
            return a[:0]
        code, known = np.zeros(len(a) - K + 1, dtype=np.int64), np.ones(len(a) - K + 1, dtype=bool)
        for k in range(K):
            part = a[k : len(a) - K + 1 + k]
            code, known = code * base + part, known & (part > 0)
        return code[known]

    length = len(words)
    lo, hi = max(0, window[0] - length), min(len(source), window[1] + K + length)
    mine = np.sort(runs([vocabulary[w] for w in words]))
    mine = mine[np.concatenate(([True], mine[1:] != mine[:-1]))]
    there = runs([vocabulary.get(w, 0) for w in source.keys_range(lo, hi)])
    return float(np.isin(mine, there).sum()) / len(mine)


def test_run_share_by_bisection_gives_what_isin_gave_on_random_passages():
    rng = random.Random(36)
    vocabulary = [
        "de",
        "het",
        "plan",
        "woning",
        "bouw",
        "tuin",
        "weg",
        "water",
        "groen",
        "school",
        "straat",
        "wijk",
    ]
    for trial in range(3000):
        words = [rng.choice(vocabulary[: rng.randint(2, len(vocabulary))]) for _ in range(rng.randint(0, 40))]
        # a source with the passage edited in, or only other words, or nothing near the window
        source = [rng.choice(vocabulary + ["ander", "nieuw"]) for _ in range(rng.randint(0, 120))]
        if words and rng.random() < 0.6:
            at = rng.randint(0, len(source))
            edited = [w if rng.random() < 0.8 else "ander" for w in words]
            source[at:at] = edited[rng.randint(0, len(edited)) :]
        lo = rng.randint(0, max(0, len(source)))
        window = (lo, lo + rng.randint(0, 30))
        src = _Words(source)
        assert run_share(words, src, window) == _old_run_share(words, src, window), (
            trial,
            words,
            source,
            window,
        )


def test_run_share_with_nothing_in_the_window_is_none_shared():
    words = ["de", "gemeente", "bouwt", "zes", "nieuwe", "woningen", "aan", "de", "oude", "haven"]
    assert run_share(words, _Words([]), (0, 0)) == 0.0
    assert run_share(words, _Words(["ander"] * 40), (10, 20)) == 0.0


def test_run_share_does_not_import_numpy_ma():
    """``np.isin`` (through ``np.unique``) imports ``numpy.ma`` on first use: about 9 ms of a check that a check
    without the index never pays."""
    code = (
        "import sys\n"
        "from beleidstaal.rules.copy_kinds import run_share\n"
        "class S:\n"
        "    def __init__(self, w): self.w = w\n"
        "    def __len__(self): return len(self.w)\n"
        "    def keys_range(self, a, b): return self.w[a:b]\n"
        "words = 'de gemeente bouwt zes nieuwe woningen aan de oude haven van het dorp'.split()\n"
        # the passage four times in the window: numpy's sorting path of ``np.isin``, not its loop for a few values
        "assert run_share(words, S(words * 4), (13, 26)) == 1.0\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
