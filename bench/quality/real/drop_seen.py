"""Drop the rows of a freshly drawn sheet that lie at places an earlier sheet or the annotated sentences hold.

A blind sheet scores text nobody has studied. Its plans may have had rows on early sheets (blind2, blind5 ...) or
sentences in ``../annotated-real.tsv``; a drawn row whose span overlaps the span of a row of any earlier finding
sheet in this folder, or that stands on a line an annotated sentence comes from, is dropped before anyone judges
it. Copy sheets (``copy*``) are not read: their editors judged where a passage came from, not the words in it (and
the newest copy sheet stays closed). Only the columns file, offset and end_offset of the earlier sheets are read.
The kept rows are written back in place; ``<sheet>.meta.json`` gets ``dropped`` (id → why).

Run from the repository root:

    python bench/quality/real/drop_seen.py bench/quality/real/blind15-sheet.tsv
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATED = HERE.parent / "annotated-real.tsv"


def _earlier_places(sheet: Path) -> dict[str, list[tuple[int, int, str]]]:
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for path in sorted(HERE.glob("*.tsv")):
        if (
            path.resolve() == sheet.resolve()
            or path.name.startswith("copy")
            or path.name.endswith("-files.tsv")
        ):
            continue
        with path.open(encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            if not {"file", "offset", "end_offset"} <= set(reader.fieldnames or ()):
                continue
            for row in reader:
                try:
                    start, end = int(row["offset"]), int(row["end_offset"])
                except (TypeError, ValueError):
                    continue
                places[row["file"]].append((start, end, f"{path.name}:{row.get('id', '?')}"))
    return places


def _annotated_lines() -> set[tuple[str, int]]:
    lines: set[tuple[str, int]] = set()
    with ANNOTATED.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            file, _, line = row["source"].rpartition(":")
            if line.isdigit():
                lines.add((file, int(line)))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", type=Path, help="the drawn sheet (TSV), rewritten in place")
    args = parser.parse_args(argv)
    with args.sheet.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        fields = list(reader.fieldnames or ())
        rows = list(reader)
    places = _earlier_places(args.sheet)
    annotated = _annotated_lines()
    kept, dropped = [], {}
    for row in rows:
        start, end = int(row["offset"]), int(row["end_offset"])
        hit = next((name for s, e, name in places.get(row["file"], ()) if s < end and start < e), None)
        if hit is None and (row["file"], int(row["line"])) in annotated:
            hit = "annotated-real.tsv"
        if hit is None:
            kept.append(row)
        else:
            dropped[row["id"]] = f"place of {hit}"
    with args.sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    meta_path = args.sheet.with_name(args.sheet.name + ".meta.json")
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["dropped"] = dropped
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} rijen getrokken, {len(dropped)} weggelaten, {len(kept)} over", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
