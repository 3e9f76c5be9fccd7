"""Where the copy rules' pass spends its CPU time, function by function, without a profiler's overhead (cProfile
triples the pass and inflates the functions called most often): the pass of a check with every rule and the index,
as ``index_check_cost.py`` times it (``pass``), with each listed function of the index and copy modules wrapped by a
timer (``time.process_time`` around each call; nested functions count in their callers too). ``--rounds`` checks,
each as in a new process (no open index, no stems or word hashes kept); the round with the least pass is printed.

    python bench/copy_pass_parts.py /tmp/cc17/archive.sqlite PLAN.md --rounds 3
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections import defaultdict

#: module -> functions timed (functions that another module imported by name are rebound there too)
TIMED = {
    "beleidstaal.index.alignment": [
        "diagonals",
        "anchored_blocks",
        "_matching_blocks",
        "best_passage",
        "blocks_within",
        "_numbered_diagonals",
    ],
    "beleidstaal.index.match": ["find_passages", "_hits", "_sharing", "realign", "find_repeats"],
    "beleidstaal.index.chains": ["_chain_rows"],
    "beleidstaal.index.normalise": ["tokenise_into", "quoted_spans"],
    "beleidstaal.index.noise": ["prose_tokens", "is_noise"],
    "beleidstaal.index.fit": ["own_words"],
    "beleidstaal.rules.copy_kinds": ["likely_origin", "run_share", "more_holders", "fragment_holders"],
    "beleidstaal.language.policy_quotes": ["policy_quotations"],
    # the quoted blocks: every check finds them (``fold_quoted``), the copy pass only first (BT107 runs before it)
    "beleidstaal.language.quotation": ["quoted_blocks"],
    "beleidstaal.rules.copy_spans": ["sentence_starts", "run_in_headings", "list_blocks", "stock_phrases"],
    "beleidstaal.rules.copy_quotes": ["quotation_reason", "_mostly_in"],
    "beleidstaal.rules.copy_facts": ["same_facts", "lemmas", "title_words"],
    "beleidstaal.rules.copy": ["_holding"],
    "beleidstaal.index.fingerprint": ["key_hashes"],
    "beleidstaal.index.phrases": ["phrase_places"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plan")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import check_path
    from beleidstaal.index import normalise, reference
    from beleidstaal.index.records import StoredDocument
    from beleidstaal.index.store import ReferenceIndex
    from beleidstaal.nlp import get_analyser
    from beleidstaal.rules import copy

    get_analyser()
    check_path(args.plan, config=Config(), lookup=False)  # the parse, cached
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)

    def timed(function, label):
        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return function(*a, **k)
            finally:
                spent[label] += time.process_time() - t
                calls[label] += 1

        return wrapper

    modules = {name: importlib.import_module(name) for name in TIMED}
    wrapped = {}
    for name, functions in TIMED.items():
        for f in functions:
            if not hasattr(modules[name], f):
                continue  # a function of another version of the code (the same script times both trees)
            wrapped[f] = timed(getattr(modules[name], f), f)
            setattr(modules[name], f, wrapped[f])
    for module in modules.values():  # names imported from another module
        for f, w in wrapped.items():
            if f in vars(module) and not f.startswith("_"):
                setattr(module, f, w)
    for f in ("_window", "_block_range", "ids_range", "words_range"):
        if hasattr(StoredDocument, f):
            setattr(StoredDocument, f, timed(getattr(StoredDocument, f), f"StoredDocument.{f}"))
    try:  # the stems' numbers (since copycost41; the index's vocabulary since copycost42)
        from beleidstaal.index import numbers

        numbers.Numbering.ids = timed(numbers.Numbering.ids, "Numbering.ids")
        if hasattr(numbers, "Vocabulary"):
            numbers.Vocabulary.draft = timed(numbers.Vocabulary.draft, "Vocabulary.draft")
    except ImportError:
        pass
    ReferenceIndex.paths = timed(ReferenceIndex.paths, "ReferenceIndex.paths")
    shared, in_pass = copy._shared, [0.0]

    def timed_pass(code: str):
        check = shared(code)

        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return check(*a, **k)
            finally:
                in_pass[0] += time.process_time() - t

        return wrapper

    copy._shared = timed_pass
    best = None
    for _ in range(args.rounds):
        spent.clear()
        calls.clear()
        in_pass[0] = 0.0
        reference._cache.clear()
        normalise._stems.clear()
        normalise._hashes.clear()
        check_path(args.plan, config=Config(reference=(args.index,)), lookup=False)
        if best is None or in_pass[0] < best[0]:
            best = (in_pass[0], dict(spent), dict(calls))
    print(f"pass {best[0]:.3f} s CPU (least of {args.rounds})")
    for label, seconds in sorted(best[1].items(), key=lambda x: -x[1]):
        print(f"  {label:28s} {seconds:.3f} s  ({best[2][label]} calls)")


if __name__ == "__main__":
    main()
