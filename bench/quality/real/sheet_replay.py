"""Which judged rows of whole sheets still fire in a whole-file check with today's code (a studied replay: once a
sheet is scored, its rows may be studied, so this says what fixes did on those rows, never what new text will show).
Each file of the sheet is checked whole (all rules, severity info and up, no cache); a judged row still fires when a
finding of the same rule overlaps its offsets. Reserved lists are refused: a sheet drawn from them is not scored yet.
Run from the repository root:
    python bench/quality/real/sheet_replay.py blind13 docs13
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docs_replay import fired_spans, tally  # noqa: E402

HERE = Path(__file__).resolve().parent
RESERVED = HERE / "reserve14-files.tsv"
#: sheets drawn from the reserved plans and scored once: their rows may be studied (the copy tools keep the plans
#: reserved for copy16, the copy findings at places no copy sheet holds)
SCORED_FROM_RESERVE = frozenset({"blind15"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "sheets", nargs="+", help="names of judged sheets in this folder (blind13 → blind13-judged.tsv)"
    )
    parser.add_argument(
        "--corpus", default=str(HERE.parents[3] / "shared" / "corpus"), help="the corpus folder"
    )
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    reserved = {
        line.strip() for line in RESERVED.read_text(encoding="utf-8").splitlines()[1:] if line.strip()
    }
    for name in args.sheets:
        with (HERE / f"{name}-judged.tsv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        files = sorted({r["file"] for r in rows})
        if reserved & set(files) and name not in SCORED_FROM_RESERVE:
            print(f"{name}: refused, the sheet holds reserved files", file=sys.stderr)
            return 2
        fired = fired_spans(corpus, files)
        per, _ = tally(rows, fired)
        total = [sum(c[i] for c in per.values()) for i in range(4)]
        share = total[2] / (total[2] + total[3]) if total[2] + total[3] else 0.0
        print(
            f"{name}: judged TP {total[0]}, wrong {total[1]}; still firing: TP {total[2]}, wrong {total[3]}; "
            f"precision of what fires {share:.2f}"
        )
        for rule, c in sorted(per.items()):
            print(f"  {rule}: TP {c[2]}/{c[0]}, wrong {c[3]}/{c[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
