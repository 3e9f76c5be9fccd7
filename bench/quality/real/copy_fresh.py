"""Keep only the rows of a drawn copy sheet at places no earlier copy sheet holds (issue #24; the way copy15 and copy16
were declared): a row is dropped when an earlier sheet has a row in the same file whose characters overlap it. Of the
rows left, at most ``--keep`` stay, chosen with ``random.Random(--keep-seed)`` and put back in sheet order, and the
ids are numbered again. Only the ``file``, ``offset`` and ``end_offset`` of the earlier sheets are read (their
``*-sheet.tsv``, never a judged sheet), so nobody reads an earlier sheet's rows by running it.

    python bench/quality/real/copy_fresh.py /tmp/copy16/drawn.tsv --earlier bench/quality/real/copy*-sheet.tsv \
        --keep 80 --keep-seed 6601:copy16-keep --out bench/quality/real/copy16-sheet.tsv
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import read_sheet, write_sheet  # noqa: E402
from copy_sample import COLUMNS  # noqa: E402


def earlier_places(paths: list[Path]) -> dict[str, list[tuple[int, int]]]:
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path in paths:
        for row in read_sheet(path):
            places[row["file"]].append((int(row["offset"]), int(row["end_offset"])))
    return places


def fresh(rows: list[dict], places: dict[str, list[tuple[int, int]]]) -> list[dict]:
    """The rows that overlap no earlier place of their file."""
    return [
        row
        for row in rows
        if not any(
            start < int(row["end_offset"]) and int(row["offset"]) < end
            for start, end in places.get(row["file"], ())
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", help="the drawn sheet (TSV, from copy_sample.py)")
    parser.add_argument("--earlier", nargs="+", required=True, help="earlier copy sheets (*-sheet.tsv)")
    parser.add_argument("--keep", type=int, default=80)
    parser.add_argument("--keep-seed", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    drawn = Path(args.sheet).resolve()
    out = Path(args.out).resolve()
    earlier = [Path(p) for p in args.earlier if Path(p).resolve() not in (drawn, out)]
    rows = read_sheet(drawn)
    left = fresh(rows, earlier_places(earlier))
    if len(left) > args.keep:
        chosen = set(map(id, random.Random(args.keep_seed).sample(left, args.keep)))
        left = [row for row in left if id(row) in chosen]
    for n, row in enumerate(left, 1):
        row["id"] = f"copy-{n:03d}"
    write_sheet(out, left, COLUMNS)
    print(f"{len(rows)} rows drawn, {len(rows) - len(fresh(rows, earlier_places(earlier)))} at earlier places, "
          f"{len(left)} kept -> {out}", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
