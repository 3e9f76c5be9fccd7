"""Replay judged copy sheets with today's code (a dev measure for issue #24, never a blind one): check the plans of
each sheet again against an index of the same other plans, and compare each judged row with the finding that now
covers it most.

Run from the repository root:

    python bench/quality/real/copy_replay.py bench/quality/real/copy-judged.tsv bench/quality/real/copy2-judged.tsv \
        bench/quality/real/copy3-judged.tsv ... bench/quality/real/copy6-judged.tsv

A row's judged kind is its ``kind`` when the judge said right, else ``right_kind``. A row counts as right when the
finding that now overlaps it most (by characters, in the same plan) has that kind, or when the judge said
not-copied and no finding overlaps it. A document row counts as right when the judge said right and the document
finding of that plan still sits on it, or when the judge named another kind and the passage now has that kind
(the document finding having moved elsewhere). Also counted: rows judged law-quote that now overlap a warning
(the document finding included). The plans and the index come from the sheet's ``.meta.json``; files of a reserved
list (``RESERVED``; none since copy6 was scored) are never checked and never go into the index. With ``--boundaries``, every row judged bad on its
boundaries is listed with the span of the finding that now overlaps it most: the same span, or the text around its
new start and end.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_root, read_sheet, sheet_files  # noqa: E402
from copy_sample import DOCUMENT, check, index_for, kind_of  # noqa: E402

HERE = Path(__file__).resolve().parent
RESERVED: tuple[Path, ...] = (
    HERE / "reserve14-files.tsv",
)  # copy13 is scored; the last 17 unchecked plans are kept


def judged_kind(row: dict) -> str:
    return row["kind"] if row["kind_verdict"] == "right" else (row.get("right_kind") or "?")


def overlap(f: dict, row: dict) -> int:
    return max(0, min(f["end_offset"], int(row["end_offset"])) - max(f["offset"], int(row["offset"])))


def replay(rows: list[dict], findings: dict[str, list[dict]]) -> list[tuple[dict, str, str, bool, bool]]:
    """(row, judged kind, kind now, right, shown as a warning) per judged row."""
    out = []
    for row in rows:
        truth = judged_kind(row)
        mine = [f for f in findings.get(row["file"], []) if overlap(f, row) > 0]
        passages = [f for f in mine if kind_of(f) != DOCUMENT]
        best = max(passages, key=lambda f: overlap(f, row), default=None)
        now = kind_of(best) if best else "none"
        summary = any(kind_of(f) == DOCUMENT for f in mine)
        if row["kind"] == DOCUMENT and summary and truth == DOCUMENT:
            now = DOCUMENT
        right = now == truth or (truth == "not-copied" and now == "none")
        warned = any(f["severity"] == "warning" for f in mine)
        out.append((row, truth, now, right, warned))
    return out


def anchor_verdicts(rows: list[dict], findings: dict[str, list[dict]]) -> Counter:
    """Where each document finding now sits: on a judged row whose passage is template or other-copy (the judges'
    condition for a right document finding; a document row judged right counts too), on a judged row of another
    kind, or on no judged row (a passage no judge saw: unknown)."""
    out = Counter()
    for file, found in findings.items():
        for f in found:
            if kind_of(f) != DOCUMENT:
                continue
            under = [r for r in rows if r["file"] == file and overlap(f, r) > 0]
            if not under:
                out["unseen"] += 1
                continue
            best = max(under, key=lambda r: overlap(f, r))
            good = judged_kind(best) in ("template", "other-copy", DOCUMENT)
            out["good" if good else "bad"] += 1
    return out


def best_passage(row: dict, findings: dict[str, list[dict]]) -> dict | None:
    """The passage finding (not the document finding) that overlaps ``row`` most, if any."""
    mine = [f for f in findings.get(row["file"], []) if overlap(f, row) > 0 and kind_of(f) != DOCUMENT]
    return max(mine, key=lambda f: overlap(f, row), default=None)


def around(text: str, at: int) -> str:
    """70 characters either side of ``at``, with a mark between them, on one line."""
    return (text[max(0, at - 70) : at] + " ‖ " + text[at : at + 70]).replace("\n", "⏎")


def show_boundaries(root: Path, rows: list[dict], findings: dict[str, list[dict]]) -> None:
    """Every row judged bad on its boundaries, with the span of the passage that now overlaps it most."""
    texts: dict[str, str] = {}
    for row in rows:
        if row.get("boundary_verdict") != "bad":
            continue
        f = best_passage(row, findings)
        if f is None:
            print(f"  {row['id']} boundary: no finding now")
            continue
        if (f["offset"], f["end_offset"]) == (int(row["offset"]), int(row["end_offset"])):
            print(f"  {row['id']} boundary: same span ({kind_of(f)})")
            continue
        text = texts.setdefault(
            row["file"], (root / row["file"]).read_text(encoding="utf-8", errors="replace")
        )
        s, e = f["offset"], f["end_offset"]

        print(f"  {row['id']} boundary: now {s}-{e} (was {row['offset']}-{row['end_offset']}, {kind_of(f)})")
        print(f"      start: {around(text, s)}")
        print(f"      end:   {around(text, e)}")


def kinds_now(findings: dict[str, list[dict]]) -> Counter:
    return Counter(kind_of(f) for found in findings.values() for f in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheets", nargs="+", help="judged copy sheets (TSV) with their .meta.json")
    parser.add_argument("--cache", default="/tmp", help="folder for the indexes (default: /tmp)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/")
    parser.add_argument("--show", action="store_true", help="list every row that is not right")
    parser.add_argument(
        "--boundaries",
        action="store_true",
        help="list every row judged bad on its boundaries, with its span now",
    )
    parser.add_argument("--save", help="folder to write each sheet's check result to (JSON)")
    parser.add_argument(
        "--load", help="folder with the check results of an earlier --save: score those, check nothing"
    )
    args = parser.parse_args(argv)
    root = corpus_root(args.corpus)
    reserved = sheet_files([p for p in RESERVED if p.is_file()])
    total = Counter()
    for sheet in map(Path, args.sheets):
        meta_path = sheet.with_name(sheet.name.replace("-judged", "-sheet") + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        plans = [p for p in meta["plans"] if p not in reserved]
        if args.load:
            result = json.loads((Path(args.load) / f"{sheet.stem}.json").read_text(encoding="utf-8"))
        else:
            references = [p for p in meta["index"]["reference_files"] if p not in reserved]
            index, _, _ = index_for(root, references, Path(args.cache))
            result = check(root, plans, index, args.jobs)
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            (Path(args.save) / f"{sheet.stem}.json").write_text(json.dumps(result, ensure_ascii=False))
        findings: dict[str, list[dict]] = {}
        for f in result["findings"]:
            if f["rule"] in ("BT801", "BT802"):
                rel = Path(f["path"]).resolve().relative_to(root.resolve()).as_posix()
                findings.setdefault(rel, []).append(f)
        rows = [r for r in read_sheet(sheet) if r["file"] in plans]
        scored = replay(rows, findings)
        right = sum(s[3] for s in scored)
        laws = [s for s in scored if s[1] == "law-quote"]
        law_warned = sum(s[4] for s in laws)
        law_cited = sum(s[2] == "law-quote" for s in laws)
        by_kind = Counter((s[0]["kind"], s[3]) for s in scored)
        kinds = sorted({s[0]["kind"] for s in scored})
        per_kind = ", ".join(
            f"{k} {by_kind[(k, True)]}/{by_kind[(k, True)] + by_kind[(k, False)]}" for k in kinds
        )
        print(
            f"{sheet.name}: right kind {right} of {len(scored)} ({right / max(1, len(scored)):.2f}); "
            f"judged law quotations {len(laws)}, now BT802 {law_cited}, overlapping a warning {law_warned}; "
            "per kind on the sheet: "
            f"{per_kind}; copy findings now {sum(len(v) for v in findings.values())}"
        )
        total.update(
            rows=len(scored), right=right, laws=len(laws), law_warned=law_warned, law_cited=law_cited
        )
        anchors = anchor_verdicts(rows, findings)
        print(
            f"  document findings now {sum(anchors.values())}: on a passage judged template or other-copy "
            f"{anchors['good']}, judged another kind {anchors['bad']}, on no judged row {anchors['unseen']}; "
            f"kinds of all copy findings now: {dict(sorted(kinds_now(findings).items()))}"
        )
        if args.show:
            for row, truth, now, ok, warned in scored:
                if not ok or (truth == "law-quote" and warned):
                    print(f"  {row['id']} {row['file'][-40:]} l.{row['line']}: sheet {row['kind']}, judged {truth}, "
                          f"now {now}{' (warning)' if warned else ''}")  # fmt: skip
        if args.boundaries:
            show_boundaries(root, rows, findings)
    if len(args.sheets) > 1:
        print(
            f"all: right kind {total['right']} of {total['rows']} ({total['right'] / max(1, total['rows']):.2f}); "
            f"judged law quotations {total['laws']}, now BT802 {total['law_cited']}, overlapping a warning "
            f"{total['law_warned']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
