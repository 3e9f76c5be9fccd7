"""Score a judged copy sheet (``copy_sample.py``, issue #24): the share with the right kind, the share on sentence
boundaries, law quotations shown as a warning, and the counts per kind.

Run from the repository root:

    python bench/quality/real/copy_score.py bench/quality/real/copy-judged.tsv

Strict shares count ``?`` as wrong: right / (right + wrong + ?). Lenient shares leave ``?`` out: right / (right +
wrong). A row whose judge column is empty or unknown is reported and left out of that share. A law quotation is a
row the judge says is one: ``kind_verdict`` right on a ``law-quote`` row, or ``right_kind`` law-quote.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import read_sheet  # noqa: E402

KIND_VERDICTS = ("right", "wrong", "?")
BOUNDARY_VERDICTS = ("ok", "bad", "?")
RIGHT_KINDS = (
    "law-quote",
    "template",
    "own-reuse",
    "earlier-version",
    "internal-repeat",
    "other-copy",
    "not-copied",
)
LAW = "law-quote"
#: the kinds the tool shows as a warning when they stand alone (the document-level finding demotes them to info)
WARNING_KINDS = ("template", "other-copy")
#: the goals of issue #24
GOAL_SHARE = 0.90
GOAL_ROWS = 60


@dataclass
class Share:
    """Counts of one judge column over a set of rows."""

    good: str
    counts: Counter = field(default_factory=Counter)

    @property
    def judged(self) -> int:
        return sum(self.counts.values())

    @property
    def strict(self) -> float | None:
        return self.counts[self.good] / self.judged if self.judged else None

    @property
    def lenient(self) -> float | None:
        n = self.judged - self.counts["?"]
        return self.counts[self.good] / n if n else None


@dataclass
class Score:
    rows: int = 0
    kind: Share = field(default_factory=lambda: Share("right"))
    boundary: Share = field(default_factory=lambda: Share("ok"))
    per_kind: dict = field(default_factory=lambda: defaultdict(lambda: (Share("right"), Share("ok"))))
    #: (tool kind, the kind the judge says it is) of the rows with the wrong kind
    confusion: Counter = field(default_factory=Counter)
    #: ids of law quotations at severity warning, and of those the tool gave a warning kind (template, other-copy)
    law_warnings: list = field(default_factory=list)
    law_warning_kinds: list = field(default_factory=list)
    law_quotes: int = 0
    not_judged: list = field(default_factory=list)


def _verdict(row: dict, column: str, allowed: tuple[str, ...]) -> str | None:
    value = row.get(column, "").strip().lower()
    return value if value in allowed else None


def true_kind(row: dict) -> str | None:
    """What the judge says the passage is: the tool's kind when that is right, else ``right_kind`` (None: unknown)."""
    verdict = _verdict(row, "kind_verdict", KIND_VERDICTS)
    if verdict == "right":
        return row.get("kind", "").strip()
    return _verdict(row, "right_kind", RIGHT_KINDS)


def score(rows: list[dict]) -> Score:
    result = Score(rows=len(rows))
    for row in rows:
        kind = row.get("kind", "").strip()
        verdict = _verdict(row, "kind_verdict", KIND_VERDICTS)
        boundary = _verdict(row, "boundary_verdict", BOUNDARY_VERDICTS)
        if verdict is None or boundary is None:
            result.not_judged.append(row.get("id", "?"))
        kind_share, boundary_share = result.per_kind[kind]
        if verdict is not None:
            result.kind.counts[verdict] += 1
            kind_share.counts[verdict] += 1
            if verdict == "wrong":
                result.confusion[(kind, row.get("right_kind", "").strip().lower() or "-")] += 1
        if boundary is not None:
            result.boundary.counts[boundary] += 1
            boundary_share.counts[boundary] += 1
        if true_kind(row) == LAW:
            result.law_quotes += 1
            if row.get("severity", "").strip().lower() in ("warning", "error"):
                result.law_warnings.append(row.get("id", "?"))
            if kind in WARNING_KINDS:
                result.law_warning_kinds.append(row.get("id", "?"))
    return result


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _line(name: str, kind: Share, boundary: Share) -> str:
    k, b = kind.counts, boundary.counts
    return (
        f"| {name} | {kind.judged} | {k['right']} | {k['wrong']} | {k['?']} | {_ratio(kind.strict)} | "
        f"{_ratio(kind.lenient)} | {b['ok']} | {b['bad']} | {b['?']} | {_ratio(boundary.strict)} | "
        f"{_ratio(boundary.lenient)} |"
    )


def report(result: Score) -> str:
    lines = [
        "| kind | n | right | wrong | ? | kind strict | kind lenient | ok | bad | ? | boundary strict | "
        "boundary lenient |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in sorted(result.per_kind):
        lines.append(_line(kind, *result.per_kind[kind]))
    lines.append(_line("**all**", result.kind, result.boundary))
    if result.confusion:
        lines += ["", "Wrong kind (tool kind -> judged kind): count", ""]
        lines += [f"- {tool} -> {judged}: {n}" for (tool, judged), n in sorted(result.confusion.items())]
    lines += [
        "",
        f"Law quotations (judged): {result.law_quotes}; shown as warning: {len(result.law_warnings)}"
        + (f" ({', '.join(result.law_warnings)})" if result.law_warnings else "")
        + f"; given a warning kind (template, other-copy): {len(result.law_warning_kinds)}"
        + (f" ({', '.join(result.law_warning_kinds)})" if result.law_warning_kinds else ""),
    ]
    if result.not_judged:
        lines.append(
            f"Not fully judged (left out of a share): {len(result.not_judged)}: {', '.join(result.not_judged[:20])}"
        )
    lines += ["", "Goals of issue #24:"]
    for name, holds in goals(result).items():
        lines.append(f"- {name}: {'holds' if holds else 'NOT MET'}")
    return "\n".join(lines)


def goals(result: Score) -> dict[str, bool]:
    """The acceptance of issue #24 on this sheet, strict shares."""
    return {
        f"at least {GOAL_ROWS} judged findings": min(result.kind.judged, result.boundary.judged) >= GOAL_ROWS,
        f"right kind >= {GOAL_SHARE:.2f} (strict)": (result.kind.strict or 0) >= GOAL_SHARE,
        f"on sentence boundaries >= {GOAL_SHARE:.2f} (strict)": (result.boundary.strict or 0) >= GOAL_SHARE,
        "no law quotation shown as a warning": not result.law_warnings,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", help="a judged copy sheet (TSV)")
    args = parser.parse_args(argv)
    if not Path(args.sheet).is_file():
        print(f"Bestand niet gevonden: {args.sheet}", file=sys.stderr)
        return 2
    rows = read_sheet(Path(args.sheet))
    missing = [
        c for c in ("kind", "severity", "kind_verdict", "boundary_verdict") if rows and c not in rows[0]
    ]
    if missing:
        print(f"Dit is geen kopie-blad: de kolommen {', '.join(missing)} ontbreken.", file=sys.stderr)
        return 2
    print(f"Sheet {args.sheet}: {len(rows)} rows\n")
    print(report(score(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
