"""What a check with a reference index adds, measured in one process (issue #24 item 5): for each plan, the CPU time
of the copy rules with ``--reference INDEX`` minus the same check without it, the parse cached (both checks parse
the same text), the index opened afresh and the stem cache emptied for every check (as in a new process),
``--rounds`` times, the least counts. On a shared machine this varies far less than ``index_scale.py``'s checks in
child processes, whose model load and parse (several CPU seconds) vary by half a second under load.

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
    for plan in args.plans:  # parse once; the checks below reuse it
        check_path(plan, config=Config(select=RULES), lookup=False)
    added: dict[str, list[float]] = {p: [] for p in args.plans}

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
    for plan, values in added.items():
        print(
            f"{os.path.basename(plan)}: adds {min(values):.3f} s CPU (runs: {', '.join(f'{v:.3f}' for v in values)})"
        )
    mins = [min(v) for v in added.values()]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mean {sum(mins) / len(mins):.3f} s, most {max(mins):.3f} s CPU per check; peak memory {peak:.0f} MB; "
          f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")  # fmt: skip


if __name__ == "__main__":
    main()
