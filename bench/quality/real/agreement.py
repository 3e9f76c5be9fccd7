"""How often two editors agree on the same findings: two judged sheets with the same row ids (the second judged
without seeing the first's verdicts), compared row by row.

It prints, overall and per rule: the rows both judged, how often both said "right" (TP) or both "not right" (FP or
?), Cohen's kappa for that yes/no, the precision each editor gives, and the same for the suggestion verdicts
(good / hint / bad). A round's change in precision is read against this spread: when two editors differ on one row
in eight, a sheet's precision moves by a few points with the editor alone.

Run from the repository root:

    python bench/quality/real/agreement.py bench/quality/real/blind18-judged.tsv bench/quality/real/agree18-judged.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import read_sheet  # noqa: E402


def _right(row: dict[str, str]) -> bool | None:
    verdict = row.get("verdict", "").strip().upper()
    return None if verdict not in {"TP", "FP", "?"} else verdict == "TP"


def kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa for two raters' yes/no on the same items (None when chance agreement is total)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    p_a = sum(a for a, _ in pairs) / n
    p_b = sum(b for _, b in pairs) / n
    chance = p_a * p_b + (1 - p_a) * (1 - p_b)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def _line(label: str, pairs: list[tuple[bool, bool]]) -> str:
    n = len(pairs)
    both_right = sum(a and b for a, b in pairs)
    both_wrong = sum(not a and not b for a, b in pairs)
    k = kappa(pairs)
    return (
        f"| {label} | {n} | {both_right} | {both_wrong} | {n - both_right - both_wrong} | "
        f"{(both_right + both_wrong) / n:.2f} | {'-' if k is None else f'{k:.2f}'} | "
        f"{sum(a for a, _ in pairs) / n:.2f} | {sum(b for _, b in pairs) / n:.2f} |"
    )


def compare(first: list[dict[str, str]], second: list[dict[str, str]]) -> str:
    by_id = {row["id"]: row for row in second}
    per_rule: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    suggestions: dict[tuple[str, str], int] = defaultdict(int)
    for row in first:
        other = by_id.get(row["id"])
        if other is None:
            continue
        a, b = _right(row), _right(other)
        if a is None or b is None:
            continue
        per_rule[row["rule"]].append((a, b))
        sa = row.get("suggestion_verdict", "").strip().lower()
        sb = other.get("suggestion_verdict", "").strip().lower()
        if sa and sb:
            suggestions[(sa, sb)] += 1
    lines = [
        "| rule | rows | both right | both wrong | differ | agree | kappa | precision 1st | precision 2nd |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    everything: list[tuple[bool, bool]] = []
    for rule in sorted(per_rule):
        lines.append(_line(rule, per_rule[rule]))
        everything += per_rule[rule]
    if not everything:
        return "No row judged on both sheets."
    lines.append(_line("**all**", everything))
    same = sum(count for (sa, sb), count in suggestions.items() if sa == sb)
    total = sum(suggestions.values())
    lines.append("")
    lines.append(
        f"Suggestion verdicts the same: {same} of {total}" + (f" ({same / total:.2f})" if total else "")
    )
    for (sa, sb), count in sorted(suggestions.items()):
        if sa != sb:
            lines.append(f"- first {sa}, second {sb}: {count}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", help="the sheet as judged first (the scored one)")
    parser.add_argument("second", help="the same rows judged again by another editor")
    args = parser.parse_args(argv)
    print(compare(read_sheet(Path(args.first)), read_sheet(Path(args.second))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
