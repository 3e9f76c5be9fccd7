"""Which judged rows on docs-as-code pages still fire in a whole-file check with today's code (a studied replay, like
``sheet_replay.py``, but over the docs rows of every judged sheet at once). Every ``*-judged.tsv`` of this folder is
read except the sheets named with ``--skip-sheet`` (``copy15`` is always skipped: nobody opens it); only rows whose
file lies under ``docs-as-code/`` count. Each of those files is checked whole once (all rules, severity info and up,
no cache); a row still fires when a finding of the same rule overlaps its offsets. A finding judged on two sheets
counts once (the first sheet's verdict, in name order). ``--rows`` lists the wrong rows that still fire, with the
editor's reason, to group them by what is wrong. Run from the repository root:
    python bench/quality/real/docs_replay.py [--rows]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HERE, add_skip_sheet, corpus_root, read_sheet  # noqa: E402

ALWAYS_SKIPPED = frozenset({"copy15"})


def docs_rows(skip: frozenset[str]) -> list[dict[str, str]]:
    """The judged docs rows of every sheet not skipped, one per finding (file, offsets, rule)."""
    seen: set[tuple[str, str, str, str]] = set()
    rows = []
    for path in sorted(HERE.glob("*-judged.tsv")):
        name = path.name[: -len("-judged.tsv")]
        if name in skip | ALWAYS_SKIPPED:
            continue
        for row in read_sheet(path):
            if not row.get("file", "").startswith("docs-as-code/") or not row.get("verdict"):
                continue
            key = (row["file"], row["offset"], row["end_offset"], row["rule"])
            if key in seen:
                continue
            seen.add(key)
            rows.append({**row, "sheet": name})
    return rows


def fired_spans(corpus: Path, files: list[str]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Today's findings of these files (a whole-file check, every severity, no cache), as (offset, end) per (file,
    rule); a file outside the corpus folder (``../office/x.docx``) is named as the sheet names it."""
    command = [sys.executable, "-m", "beleidstaal", "check", *(str(corpus / f) for f in files)]
    command += ["--format", "json", "--min-severity", "info", "--no-cache", "--exit-zero", "--jobs", "1"]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    fired: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for f in json.loads(out.stdout)["findings"]:
        rel = os.path.relpath(Path(f["path"]).resolve(), corpus.resolve()).replace(os.sep, "/")
        fired[(rel, f["rule"])].append((f["offset"], f["end_offset"]))
    return fired


def tally(rows: list[dict], fired) -> tuple[dict[str, list[int]], list[dict]]:
    """Per rule [TP, wrong, TP still firing, wrong still firing] (a row still fires when a finding of its rule
    overlaps it), and the wrong rows that still fire."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    firing_wrong = []
    for r in rows:
        a, b = int(r["offset"]), int(r["end_offset"])
        still = any(min(b, y) > max(a, x) for x, y in fired[(r["file"], r["rule"])])
        right = r["verdict"] == "TP"
        counts = per[r["rule"]]
        counts[0 if right else 1] += 1
        counts[2 if right else 3] += still
        if still and not right:
            firing_wrong.append(r)
    return per, firing_wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=None, help="the corpus folder")
    parser.add_argument(
        "--rows", action="store_true", help="list the wrong rows that still fire, with reasons"
    )
    add_skip_sheet(parser)
    args = parser.parse_args(argv)
    corpus = corpus_root(args.corpus)
    rows = docs_rows(frozenset(args.skip_sheet))
    fired = fired_spans(corpus, sorted({r["file"] for r in rows}))
    per, firing_wrong = tally(rows, fired)
    total = [sum(c[i] for c in per.values()) for i in range(4)]
    print(
        f"docs rows: judged TP {total[0]}, wrong {total[1]}; still firing: TP {total[2]}, wrong {total[3]} "
        f"({len({r['file'] for r in rows})} files)"
    )
    for rule, c in sorted(per.items()):
        print(f"  {rule}: TP {c[2]}/{c[0]}, wrong {c[3]}/{c[1]}")
    if args.rows:
        for r in sorted(firing_wrong, key=lambda r: (r["rule"], r["file"], int(r["offset"]))):
            print(
                f"\n{r['rule']} [{r['sheet']} {r['id']} {r['verdict']}] {r['file']}:{r['line']} «{r['span']}»"
                f"\n  zin: {r['sentence'][:300]}\n  sugg: {r['suggestion'][:120]}\n  reason: {r['reason']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
