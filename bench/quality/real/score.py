"""Score a judged sheet: precision per rule and overall, strict and lenient, and how often the first suggestion
drops in. With ``--recall-from OLD_SHEET``: which true positives of an older judged sheet today's code still finds.

Run from the repository root:

    python bench/quality/real/score.py bench/quality/real/dev-judged.tsv
    python bench/quality/real/score.py --recall-from bench/quality/real/dev-judged.tsv

Strict precision counts ``?`` as wrong: TP / (TP + FP + ?). Lenient leaves ``?`` out: TP / (TP + FP).
A row without a verdict is reported and left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_root, lint_file, read_sheet  # noqa: E402

VERDICTS = {"TP", "FP", "?"}
SUGGESTION_VERDICTS = {"good", "hint", "bad", "none"}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def precision_table(rows: list[dict[str, str]]) -> str:
    per_rule: dict[str, Counter] = defaultdict(Counter)
    unjudged = []
    for row in rows:
        verdict = row.get("verdict", "").strip().upper()
        if verdict not in VERDICTS:
            unjudged.append(row.get("id", "?"))
            continue
        per_rule[row["rule"]][verdict] += 1
        sv = row.get("suggestion_verdict", "").strip().lower()
        per_rule[row["rule"]]["s_" + (sv if sv in SUGGESTION_VERDICTS else "none")] += 1
    lines = [
        "| rule | n | TP | FP | ? | strict | lenient | with suggestion | good | hint | bad | drop-in |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    total: Counter = Counter()
    for rule in sorted(per_rule):
        c = per_rule[rule]
        total.update(c)
        lines.append(_line(rule, c))
    lines.append(_line("**all**", total))
    if unjudged:
        lines.append("")
        lines.append(f"Not judged (left out): {len(unjudged)}: {', '.join(unjudged[:20])}")
    return "\n".join(lines)


def _line(name: str, c: Counter) -> str:
    n = c["TP"] + c["FP"] + c["?"]
    with_s = c["s_good"] + c["s_hint"] + c["s_bad"]
    return (
        f"| {name} | {n} | {c['TP']} | {c['FP']} | {c['?']} | {_ratio(c['TP'], n)} | "
        f"{_ratio(c['TP'], c['TP'] + c['FP'])} | {with_s} | {c['s_good']} | {c['s_hint']} | {c['s_bad']} | "
        f"{_ratio(c['s_good'], with_s)} |"
    )


def recall(old_rows: list[dict[str, str]], corpus: str | None) -> str:
    """Which TP rows of an old judged sheet still fire: a finding of the same rule that overlaps the span."""
    from beleidstaal.config import Config

    root = corpus_root(corpus)
    config = Config(min_severity="info")
    tps = [r for r in old_rows if r.get("verdict", "").strip().upper() == "TP"]
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in tps:
        by_file[row["file"]].append(row)
    kept: Counter = Counter()
    all_tp: Counter = Counter()
    lost: list[str] = []
    for rel, rows in sorted(by_file.items()):
        current = defaultdict(list)
        for f in lint_file(root, rel, config):
            current[f.rule].append((f.offset, f.end_offset))
        for row in rows:
            s, e = int(row["offset"]), int(row["end_offset"])
            all_tp[row["rule"]] += 1
            if any(fs < e and s < fe or (fs == s and fe == e) for fs, fe in current[row["rule"]]):
                kept[row["rule"]] += 1
            else:
                lost.append(f"{row['id']} {row['rule']} «{row['span'][:60]}»")
    lines = ["| rule | TPs then | still found | lost | loss |", "|---|---|---|---|---|"]
    for rule in sorted(all_tp):
        n, k = all_tp[rule], kept[rule]
        lines.append(f"| {rule} | {n} | {k} | {n - k} | {_ratio(n - k, n)} |")
    n, k = sum(all_tp.values()), sum(kept.values())
    lines.append(f"| **all** | {n} | {k} | {n - k} | {_ratio(n - k, n)} |")
    if lost:
        lines += ["", "Lost:"] + [f"- {item}" for item in lost]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", nargs="?", help="a judged sheet (TSV)")
    parser.add_argument("--recall-from", metavar="OLD_SHEET", help="count which TP rows still fire today")
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    args = parser.parse_args(argv)
    if not args.sheet and not args.recall_from:
        parser.error("geef een blad om te scoren, of --recall-from OUD_BLAD")
    for path in filter(None, (args.sheet, args.recall_from)):
        if not Path(path).is_file():
            print(f"Bestand niet gevonden: {path}", file=sys.stderr)
            return 2
    if args.sheet:
        rows = read_sheet(Path(args.sheet))
        meta = Path(args.sheet + ".meta.json")
        if meta.is_file():
            info = json.loads(meta.read_text())
            print(f"Sheet {args.sheet}: part {info['part']}, seed {info['seed']}, commit {info['commit']}\n")
        print(precision_table(rows))
    if args.recall_from:
        if args.sheet:
            print()
        print(recall(read_sheet(Path(args.recall_from)), args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
