"""The rules' CPU per rule over text parsed once, in several rounds, each doing the rules' whole work (issue 23).

Usage: python bench/rule_rounds.py [--rounds 5] [--words 20000] [--skip 40]
The text is what ``bench/speed.py`` checks. Before each round every memo is put back to its state right after the
parse (each paragraph's ``user_data``, ``Analysis.memo``, ``Document.memo``), so no round reuses another's answers;
the process-wide memos (``lru_cache``: syllables, lemmas, participles) are warm from the second round on. The
minimum over rounds 2 and later is the figure that moves least with the load of a shared machine: compare two trees
by it in alternating runs (``PYTHONPATH`` on each tree). CPU time only; the collector is off as in a check.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from profile_check import WARM_UP
from speed import pick_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--skip", type=int, default=40)
    args = parser.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import _context, check_text
    from beleidstaal.nlp import get_analyser
    from beleidstaal.readers import read_path
    from beleidstaal.rules.registry import all_rules, rule_enabled

    folder = Path(tempfile.mkdtemp()) / "corpus"
    folder.mkdir()
    pick_files(args.words, folder, skip=args.skip)
    check_text(WARM_UP)  # model, word lists and rules loaded before the clock starts
    analyser = get_analyser(None)
    analyser._cache.clear()
    config = Config()
    gc.disable()
    analyses = [analyser.analyse(read_path(f)) for f in sorted(folder.glob("*.md"))]
    after_parse = [
        ([dict(p.doc.user_data) for p in a.paragraphs], dict(a.memo), dict(a.document.memo)) for a in analyses
    ]
    ctx = _context(config)
    rules = [r for r in all_rules() if r.check is not None and rule_enabled(r, config)]
    best: dict[str, float] = {}
    for n in range(args.rounds):
        for a, (data, memo, document_memo) in zip(analyses, after_parse, strict=True):
            for paragraph, kept in zip(a.paragraphs, data, strict=True):
                paragraph.doc.user_data.clear()
                paragraph.doc.user_data.update(kept)
            a.memo.clear()
            a.memo.update(memo)
            a.document.memo.clear()
            a.document.memo.update(document_memo)
        cost: dict[str, float] = defaultdict(float)
        for a in analyses:
            for rule in rules:
                start = time.process_time()
                list(rule.check(a, ctx))
                cost[rule.code] += time.process_time() - start
        total = sum(cost.values())
        shown = sorted(cost.items(), key=lambda kv: -kv[1])
        print(f"round {n + 1}: {total:.3f} s " + " ".join(f"{k} {v:.3f}" for k, v in shown if v >= 0.004))
        if n:
            for k, v in [*cost.items(), ("total", total)]:
                best[k] = min(best.get(k, v), v)
    shown = sorted(best.items(), key=lambda kv: -kv[1])
    print("least of rounds 2-: " + " ".join(f"{k} {v:.3f}" for k, v in shown if v >= 0.004))


if __name__ == "__main__":
    main()
