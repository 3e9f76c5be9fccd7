"""What a check with a reference index adds, measured in one process (issue #24 item 5): for each plan, the CPU time
of the copy rules with ``--reference INDEX`` minus the same check without it, the parse cached (both checks parse
the same text), the index opened afresh and the stem cache emptied for every check (as in a new process),
``--rounds`` times, the least counts. On a shared machine this varies far less than ``index_scale.py``'s checks in
child processes, whose model load and parse (several CPU seconds) vary by half a second under load.

The check without the index still runs the three rules, selected by name, so BT801 still looks for passages
repeated within the plan: their shared pass reads the draft (its words, the quotations of law and policy, the
repeats, the sentence starts and headings) in both checks, and ``adds`` leaves that part out. A plain ``beleidstaal
check`` runs no copy rule at all, so a check with the index in a process of its own (``index_child_cost.py``) pays
the whole pass: ``pass`` is its CPU time within a check with every rule and the index, as the command line runs it,
timed around the pass itself (on plan 0344 about 0.2 s more than ``adds``, 6 Dec 2026). The pass runs before the
quotation rules (BT107 comes first), so it finds the quoted blocks (``quoted_blocks``) that every check finds, with
or without the index (``fold_quoted``): ``net`` is ``pass`` without them (on plan 0344 about 0.04 s less).

    python bench/index_check_cost.py /tmp/arch650/archive.sqlite PLAN.md [PLAN.md ...] --rounds 3
"""

from __future__ import annotations

import argparse
import os
import resource
import time

#: the rules that use the index (BT801 also finds repeats inside the plan, without an index)
RULES = ("BT801", "BT802", "BT107")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plans", nargs="+")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import check_path
    from beleidstaal.index import normalise, reference
    from beleidstaal.nlp import get_analyser

    get_analyser()
    for plan in args.plans:  # parse once, and load every rule's word lists; the checks below reuse them
        check_path(plan, config=Config(), lookup=False)
    added: dict[str, list[float]] = {p: [] for p in args.plans}
    passes: dict[str, list[float]] = {p: [] for p in args.plans}
    from beleidstaal.rules import copy

    shared = copy._shared  # the rules look ``_shared`` up when they run
    in_pass, passing = [0.0], [False]

    def timed_pass(code: str):
        check = shared(code)

        def wrapper(*args, **kwargs):
            t = time.process_time()
            passing[0] = True
            try:
                return check(*args, **kwargs)
            finally:
                passing[0] = False
                in_pass[0] += time.process_time() - t

        return wrapper

    copy._shared = timed_pass
    # the quoted blocks: the pass finds them first (BT107 runs before the quotation rules), but every check finds
    # them (``fold_quoted``), with or without the index; ``net`` is the pass without them
    from beleidstaal.language import policy_quotes, quotation

    blocks, in_blocks = quotation.quoted_blocks, [0.0]

    def timed_blocks(document):
        if not passing[0]:
            return blocks(document)
        t = time.process_time()
        try:
            return blocks(document)
        finally:
            in_blocks[0] += time.process_time() - t

    quotation.quoted_blocks = policy_quotes.quoted_blocks = timed_blocks
    nets: dict[str, list[float]] = {p: [] for p in args.plans}

    def fresh() -> None:
        """As in a new process: no open index, no stems or word hashes kept."""
        reference._cache.clear()
        normalise._stems.clear()
        normalise._hashes.clear()

    for _ in range(args.rounds):
        for plan in args.plans:
            fresh()
            t = time.process_time()
            check_path(plan, config=Config(reference=(args.index,), select=RULES), lookup=False)
            with_index = time.process_time() - t
            fresh()
            t = time.process_time()
            check_path(plan, config=Config(select=RULES), lookup=False)
            added[plan].append(with_index - (time.process_time() - t))
            fresh()
            in_pass[0] = 0.0
            in_blocks[0] = 0.0
            check_path(plan, config=Config(reference=(args.index,)), lookup=False)
            passes[plan].append(in_pass[0])
            nets[plan].append(in_pass[0] - in_blocks[0])
    for plan in args.plans:
        runs = ", ".join(f"{v:.3f}" for v in added[plan])
        print(f"{os.path.basename(plan)}: adds {min(added[plan]):.3f} s CPU (runs: {runs}); pass "
              f"{min(passes[plan]):.3f} s (runs: {', '.join(f'{v:.3f}' for v in passes[plan])}); net "
              f"{min(nets[plan]):.3f} s (runs: {', '.join(f'{v:.3f}' for v in nets[plan])})")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, figures in (("adds", added), ("pass", passes), ("net", nets)):
        mins = [min(v) for v in figures.values()]
        print(f"{name}: mean {sum(mins) / len(mins):.3f} s, most {max(mins):.3f} s CPU per check")
    print(f"peak memory {peak:.0f} MB; load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
