"""Copy findings before and after a change to the reference index (issue #24): the ten plans of a copy sheet checked
against an index of the other 140 plans, every BT801/BT802 finding reduced to what a writer sees (plan, span, rule,
severity, kind, source, count), written to JSON; ``diff`` compares two such files.

Run each side from its own checkout (``python -m beleidstaal`` runs the code of the current folder), each with its
own ``--cache`` (the index format may differ between the two):

    cd /tmp/before && python /path/to/bench/copy_compare.py run --cache /tmp/cmp-before --out /tmp/before.json
    cd /work/wt-NAME && python bench/copy_compare.py run --cache /tmp/cmp-after --out /tmp/after.json
    python bench/copy_compare.py diff /tmp/before.json /tmp/after.json     # exit 1 when they differ

The plans and the reference files are those of the sheet's ``.meta.json`` (default: copy2). With ``--index`` and
``--plans`` the same comparison runs on other plans against an index built elsewhere (the synthetic archive of
``index_scale.py``, say: one index per code version).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REAL = Path(__file__).resolve().parent / "quality" / "real"
sys.path.insert(0, str(REAL))

from common import corpus_root, sheet_files  # noqa: E402
from copy_sample import check, index_for  # noqa: E402

#: this round's reserved plans (blind copy judging): never checked, never in the index
RESERVED = (
    REAL / "copy6-files.tsv",
    REAL / "copy8-files.tsv",
    REAL / "copy9-files.tsv",
    REAL / "copy10-files.tsv",
    REAL / "copy11-files.tsv",
    REAL / "copy12-files.tsv",
    REAL / "copy13-files.tsv",
    REAL / "blind12-files.tsv",
    REAL / "reserve14-files.tsv",
)


def essentials(finding: dict) -> dict:
    """What a finding tells the writer: where, which rule and severity, which kind, which source and how many."""
    data = finding.get("data") or {}
    out = {
        "plan": Path(finding["path"]).name, "offset": finding["offset"], "end_offset": finding["end_offset"],
        "rule": finding["rule"], "severity": finding["severity"], "kind": data.get("kind"),
        "source": data.get("source_relpath") or (Path(data["source"]).name if data.get("source") else None),
        "source_lines": [data.get("source_line"), data.get("source_end_line")],
        "count": data.get("documents"), "also": data.get("also"), "matched": data.get("matched"),
        "message": finding.get("message"),
    }  # fmt: skip
    if data.get("summary"):
        out.update(kind="document", share=data.get("share"), passages=data.get("passages"),
                   sources=data.get("sources"), top=data.get("top"), kinds=data.get("kinds"))  # fmt: skip
    return out


def run(args) -> None:
    meta = json.loads((REAL / f"{args.sheet}-sheet.tsv.meta.json").read_text(encoding="utf-8"))
    root = corpus_root(args.corpus)
    reserved = sheet_files([p for p in RESERVED if p.is_file()])
    plans = [str(Path(p).resolve()) for p in args.plans] if args.plans else meta["plans"]
    names = {Path(r).name for r in reserved}
    plans = [p for p in plans if Path(p).name not in names]
    t = time.time()
    if args.index:
        index, built = Path(args.index), None
    else:
        index, _, built = index_for(
            root, [p for p in meta["index"]["reference_files"] if p not in reserved], Path(args.cache)
        )
    t1 = time.time()
    result = check(root, plans, index, args.jobs)
    t2 = time.time()
    found = sorted(
        (essentials(f) for f in result["findings"] if f["rule"] in ("BT801", "BT802")),
        key=lambda f: (f["plan"], f["offset"], f["end_offset"], f["rule"], f["kind"] or ""),
    )
    Path(args.out).write_text(json.dumps({"findings": found}, ensure_ascii=False, indent=1), encoding="utf-8")
    how = f"built in {built:.0f} s" if built is not None else "reused"
    print(f"{len(found)} copy findings on {len(plans)} plans -> {args.out}; index {index} ({how}, "
          f"{t1 - t:.0f} s), check {t2 - t1:.0f} s wall, load {os.getloadavg()[0]:.2f}")  # fmt: skip


def diff(args) -> None:
    a = json.loads(Path(args.before).read_text(encoding="utf-8"))["findings"]
    b = json.loads(Path(args.after).read_text(encoding="utf-8"))["findings"]
    keys = ("plan", "offset", "end_offset", "rule", "severity", "kind", "source", "count")
    core_a = [tuple(f[k] for k in keys) for f in a]
    core_b = [tuple(f[k] for k in keys) for f in b]
    gone = [f for f in core_a if f not in set(core_b)]
    new = [f for f in core_b if f not in set(core_a)]
    rest = sum(1 for x, y in zip(a, b, strict=False) if x != y) if not gone and not new else None
    print(f"before {len(a)}, after {len(b)} copy findings; span/rule/severity/kind/source/count: "
          f"{len(gone)} only before, {len(new)} only after")  # fmt: skip
    for f in gone[:20]:
        print("  only before:", f)
    for f in new[:20]:
        print("  only after: ", f)
    if rest is not None:
        print(f"  other fields (source lines, also, matched, message) differ in {rest} findings")
    sys.exit(1 if gone or new or rest else 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="check the sheet's plans against the index of the other plans")
    r.add_argument("--sheet", default="copy2")
    r.add_argument("--corpus", default=None, help="the corpus folder (default: ../shared/corpus)")
    r.add_argument("--cache", help="folder for the index of the other plans (one per code version)")
    r.add_argument("--index", help="check against this index instead (of the same code version)")
    r.add_argument("--plans", nargs="*", help="check these files instead of the sheet's plans")
    r.add_argument("--out", required=True)
    r.add_argument("--jobs", type=int, default=1)
    d = sub.add_parser("diff", help="compare two files written by run")
    d.add_argument("before")
    d.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "run" and not (args.index or args.cache):
        ap.error("run needs --cache (a folder for the index of the other plans) or --index")
    run(args) if args.cmd == "run" else diff(args)


if __name__ == "__main__":
    main()
