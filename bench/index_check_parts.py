"""Where the time of a check with a reference index goes, part by part, in one process (issue #24 item 5): for
each plan, the copy rules (BT801, BT802, BT107) with ``--reference INDEX``, the parse cached, the index opened afresh
and the stem and word-hash caches emptied for every check (as in a new process, like ``index_check_cost.py``),
with a CPU timer (``time.process_time``) around each of the functions in ``PARTS``; ``--rounds`` times, the round
with the least total counts. A part's time includes the parts it calls (``_hits`` holds ``grouped``, the lookup of
the fingerprints; ``find_passages`` holds both); the timers themselves cost a little (``_chain_rows`` is called
thousands of times). The chains come from a generator (``chains.open_chains``) that ``find_passages`` draws from
as it goes: its time is in ``find_passages`` (of it ``_stretches`` and ``_chain_rows``), not a part of its own.

The total is the whole check with only those three rules (the parse cached): the copy rules' work, which a check
without an index does not do (the rules stay silent), and the little that any check does besides its rules. What
a check in its own process adds on top: the imports of the index and copy modules and the writing of the extra
findings (``index_child_cost.py`` measures the whole).

    python bench/index_check_parts.py /tmp/archive/archive.sqlite PLAN.md [PLAN.md ...] --rounds 2
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import time
from collections import Counter

#: the rules that use the index
RULES = ("BT801", "BT802", "BT107")
#: (module, function) timed; a name with a dot is a method of a class of that module
PARTS = (
    ("beleidstaal.index.noise", "prose_tokens"),
    ("beleidstaal.language.policy_quotes", "policy_quotations"),
    ("beleidstaal.index.match", "find_repeats"),
    ("beleidstaal.index.match", "find_passages"),
    ("beleidstaal.index.match", "_hits"),
    ("beleidstaal.index.store", "ReferenceIndex.grouped"),
    ("beleidstaal.index.chains", "_stretches"),
    ("beleidstaal.index.chains", "_chain_rows"),
    ("beleidstaal.index.match", "_diagonal_promising"),
    ("beleidstaal.index.match", "align"),
    ("beleidstaal.index.match", "_sharing"),
    ("beleidstaal.index.match", "realign"),
    ("beleidstaal.index.records", "StoredDocument.words_range"),
    ("beleidstaal.index.records", "StoredDocument.ids_range"),
    ("beleidstaal.index.numbers", "Numbering.ids"),
    ("beleidstaal.index.numbers", "Vocabulary.draft"),
    ("beleidstaal.index.store", "ReferenceIndex._blocks"),
    ("beleidstaal.index.fit", "own_words"),
    ("beleidstaal.rules.copy_kinds", "likely_origin"),
    ("beleidstaal.rules.copy_kinds", "more_holders"),
    ("beleidstaal.rules.copy", "quotation_reason"),
    ("beleidstaal.rules.copy_spans", "sentence_starts"),
    ("beleidstaal.rules.copy_spans", "run_in_headings"),
    ("beleidstaal.rules.copy_spans", "stock_phrases"),
)

spent: Counter[str] = Counter()
calls: Counter[str] = Counter()


def timed(name: str, func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - t
            calls[name] += 1

    return wrapper


def install() -> None:
    """Put a timer around each part (a module's function as the copy rules look it up, at call time)."""
    for module, name in PARTS:
        owner = importlib.import_module(module)
        *cls, attr = name.split(".")
        if cls:
            owner = getattr(owner, cls[0])
        setattr(owner, attr, timed(name, getattr(owner, attr)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plans", nargs="+")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import check_path
    from beleidstaal.index import normalise, records, reference
    from beleidstaal.nlp import get_analyser

    get_analyser()
    for plan in args.plans:  # parse once, and import the copy modules, before any timer
        check_path(plan, config=Config(select=RULES), lookup=False)
    install()
    for plan in args.plans:
        best = None
        for _ in range(args.rounds):
            spent.clear()
            calls.clear()
            reference._cache.clear()  # as in a new process: no open index, no stems or word hashes kept
            normalise._stems.clear()
            normalise._hashes.clear()
            getattr(records, "_SHARED", {}).clear()  # the stems' strings (index format 4)
            t = time.process_time()
            check_path(plan, config=Config(reference=(args.index,), select=RULES), lookup=False)
            total = time.process_time() - t
            if best is None or total < best[0]:
                best = (total, dict(spent), dict(calls))
        total, parts, counts = best
        print(
            f"{os.path.basename(plan)}: copy rules with the index {total:.3f} s CPU (least of {args.rounds})"
        )
        for name, secs in sorted(parts.items(), key=lambda kv: -kv[1]):
            print(f"  {name:28} {secs:7.3f} s  {counts[name]:6d} calls")
    print(f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
