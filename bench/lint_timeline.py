"""Where a check's CPU time goes as a run goes on: per file, the parse, the rules and the rest, and the cost per
10,000 words; with ``--by-rule``, the CPU time of each rule over text parsed beforehand (issue 23).

Usage: python bench/lint_timeline.py [--words 200000] [--skip 0] [--bare] [--by-rule]
The text is what ``bench/speed.py`` checks (distinct blocks of the zoning plans, reserved plans left out), checked
file by file as its in-process lint does (``check_document``'s steps, timed one by one, the collector paused as
there). ``--bare`` times the bare pipeline over the same paragraphs first, cold, as ``speed.py`` does. The
collector's own time is measured through ``gc.callbacks``. CPU time only: the machine is shared.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from profile_check import WARM_UP
from speed import bare_pipeline, pick_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument(
        "--bare", action="store_true", help="time the bare pipeline first (cold), as speed.py"
    )
    parser.add_argument("--by-rule", action="store_true", help="CPU per rule, the text parsed beforehand")
    args = parser.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import _context, _finding, check_text, collector_paused, run_rules
    from beleidstaal.filters import drop_in_headings
    from beleidstaal.nlp import get_analyser
    from beleidstaal.readers import read_path
    from beleidstaal.rules.foreign import fold_foreign
    from beleidstaal.rules.quotation import fold_quoted
    from beleidstaal.rules.registry import all_rules, rule_enabled
    from beleidstaal.stats import analysis_stats
    from beleidstaal.summary import paragraph_heat

    folder = Path(tempfile.mkdtemp()) / "corpus"
    folder.mkdir()
    pick_files(args.words, folder, skip=args.skip)
    files = sorted(folder.glob("*.md"))
    if args.bare:
        words, _, cpu = bare_pipeline(folder)
        print(f"bare pipeline, cold: {words} words, CPU {cpu:.2f} s")
    check_text(WARM_UP)  # model, word lists and rules loaded before the clock starts
    analyser = get_analyser(None)
    analyser._cache.clear()
    config = Config()
    collector = [0.0]

    def timed(phase: str, _info: dict) -> None:
        if phase == "start":
            timed.start = time.process_time()
        else:
            collector[0] += time.process_time() - timed.start

    gc.callbacks.append(timed)
    if args.by_rule:
        gc.disable()
        analyses = [analyser.analyse(read_path(f)) for f in files]
        ctx = _context(config)
        rules = [r for r in all_rules() if r.check is not None and rule_enabled(r, config)]
        cost: dict[str, float] = defaultdict(float)

        def clock(name: str, fn):
            start = time.process_time()
            value = fn()
            cost[name] += time.process_time() - start
            return value

        for a in analyses:
            hits = []
            for rule in rules:
                hits.extend(clock(rule.code, lambda r=rule, a=a: list(r.check(a, ctx))))
            hits = clock("drop_in_headings", lambda h=hits, a=a: drop_in_headings(h, a.document, rules))
            hits = clock("fold_foreign", lambda h=hits, a=a: fold_foreign(a, h, ctx))
            hits = clock("fold_quoted", lambda h=hits, a=a: fold_quoted(a, h, ctx))
            clock("findings", lambda h=hits, a=a: [_finding(x, a.document, config) for x in h])
            clock("figures (analysis_stats)", lambda a=a: analysis_stats(a))
        total = sum(cost.values())
        words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
        print(f"rules over {words} words: CPU {total:.2f} s = {total / words * 1e6:.1f} µs a word")
        for name, seconds in sorted(cost.items(), key=lambda kv: -kv[1]):
            if seconds >= 0.001:
                print(f"  {name:26s} {seconds:6.3f} s {seconds / total:6.1%}")
        return

    sums: dict[str, float] = defaultdict(float)
    seen = 0
    for f in files:
        c0, g0 = time.process_time(), collector[0]
        document = read_path(f)
        c1 = time.process_time()
        with collector_paused():
            analysis = analyser.analyse(document)
            c2 = time.process_time()
            run_rules(analysis, config)
            c3 = time.process_time()
            stats = analysis_stats(analysis)
            paragraph_heat(analysis, stats)
            c4 = time.process_time()
        del analysis, stats, document  # as check_document's result would be dropped by the bench's loop
        c5 = time.process_time()
        n = len(f.read_text(encoding="utf-8").split())
        seen += n
        row = {"read": c1 - c0, "parse": c2 - c1, "rules": c3 - c2, "figures": c4 - c3, "after": c5 - c4}
        for k, v in row.items():
            sums[k] += v
        sums["collector"] += collector[0] - g0
        print(
            f"{f.name[:32]:32s} {n:6d} words, {seen:7d} so far: "
            + " ".join(f"{k} {v:.2f}" for k, v in row.items())
            + f" | per 10,000 words: parse {row['parse'] / n * 1e4:.2f} s, rules {row['rules'] / n * 1e4:.2f} s"
        )
    print(
        "total CPU: "
        + " ".join(f"{k} {v:.2f} s" for k, v in sums.items())
        + f"; paragraphs cached {len(analyser._cache)}"
    )


if __name__ == "__main__":
    main()
