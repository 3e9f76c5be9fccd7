"""Score a judged sheet: precision per rule and overall, strict and lenient, and how often the first suggestion
drops in. With ``--recall-from OLD_SHEET``: which true positives of an older judged sheet today's code still finds;
with ``--min-severity warning`` as well, only what it still shows at that level (what a writer sees by default).

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


def recall(old_rows: list[dict[str, str]], corpus: str | None, min_severity: str = "info") -> str:
    """Which judged rows of an old sheet still fire today: a finding of the same rule that overlaps the span.
    The TP rows give the recall loss per rule; the FP rows that still fire give the precision of the old sample
    as far as today's code still reports it (an estimate on a sheet that was studied, not a blind figure). With
    ``min_severity`` a row counts as still found only when today's finding has at least that severity."""
    from beleidstaal.config import Config
    from beleidstaal.findings import SEVERITY_RANK

    root = corpus_root(corpus)
    config = Config(min_severity="info")
    judged = [r for r in old_rows if r.get("verdict", "").strip().upper() in VERDICTS]
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in judged:
        by_file[row["file"]].append(row)
    then: dict[str, Counter] = defaultdict(Counter)
    now: dict[str, Counter] = defaultdict(Counter)
    lost: list[str] = []
    for rel, rows in sorted(by_file.items()):
        current = defaultdict(list)
        for f in lint_file(root, rel, config):
            if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[min_severity]:
                current[f.rule].append((f.offset, f.end_offset))
        for row in rows:
            s, e = int(row["offset"]), int(row["end_offset"])
            verdict = row["verdict"].strip().upper()
            then[row["rule"]][verdict] += 1
            if any(fs < e and s < fe or (fs == s and fe == e) for fs, fe in current[row["rule"]]):
                now[row["rule"]][verdict] += 1
            elif verdict == "TP":
                lost.append(f"{row['id']} {row['rule']} «{row['span'][:60]}»")
    lines = [
        "| rule | TPs then | TPs still found | TP loss | FP+? then | FP+? still found | strict precision then | "
        "strict precision of what still fires |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total_then: Counter = Counter()
    total_now: Counter = Counter()
    for rule in sorted(then):
        total_then.update(then[rule])
        total_now.update(now[rule])
        lines.append(_recall_line(rule, then[rule], now[rule]))
    lines.append(_recall_line("**all**", total_then, total_now))
    if lost:
        lines += ["", "TPs lost:"] + [f"- {item}" for item in lost]
    return "\n".join(lines)


def _recall_line(name: str, then: Counter, now: Counter) -> str:
    tp, tp_now = then["TP"], now["TP"]
    wrong, wrong_now = then["FP"] + then["?"], now["FP"] + now["?"]
    return (
        f"| {name} | {tp} | {tp_now} | {_ratio(tp - tp_now, tp)} | {wrong} | {wrong_now} | "
        f"{_ratio(tp, tp + wrong)} | {_ratio(tp_now, tp_now + wrong_now)} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", nargs="?", help="a judged sheet (TSV)")
    parser.add_argument("--recall-from", metavar="OLD_SHEET", help="count which TP rows still fire today")
    parser.add_argument(
        "--min-severity",
        choices=("info", "warning", "error"),
        default="info",
        help="with --recall-from: a row still fires only when today's finding has this severity or more",
    )
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument("--meta", help="the meta file of the drawn sheet (default: SHEET.meta.json)")
    args = parser.parse_args(argv)
    if not args.sheet and not args.recall_from:
        parser.error("geef een blad om te scoren, of --recall-from OUD_BLAD")
    for path in filter(None, (args.sheet, args.recall_from)):
        if not Path(path).is_file():
            print(f"Bestand niet gevonden: {path}", file=sys.stderr)
            return 2
    if args.sheet:
        rows = read_sheet(Path(args.sheet))
        meta = Path(args.meta or args.sheet + ".meta.json")
        info = json.loads(meta.read_text()) if meta.is_file() else {}
        if info:
            print(f"Sheet {args.sheet}: part {info['part']}, seed {info['seed']}, commit {info['commit']}\n")
        print(precision_table(rows))
        severity = info.get("severity", {})
        for level in ("error", "warning", "info"):
            chosen = [row for row in rows if severity.get(row.get("id", "")) == level]
            if chosen:
                print(f"\nFindings at severity {level} when drawn ({len(chosen)}):\n")
                print(precision_table(chosen))
    if args.recall_from:
        if args.sheet:
            print()
        print(recall(read_sheet(Path(args.recall_from)), args.corpus, args.min_severity))
    return 0


if __name__ == "__main__":
    sys.exit(main())
