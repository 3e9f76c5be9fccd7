"""Draw a judging sheet of copy findings (BT801, BT802 and the document-level BT801) on real zoning plans: ten plans
checked against an index of the other plans of the corpus, stratified over kind and plan, fixed seed (issue #24).

Run from the repository root:

    python bench/quality/real/copy_sample.py --seed 24 --out bench/quality/real/copy-sheet.tsv \
        --exclude-sheets bench/quality/real/*-sheet.tsv

With a fixed seed the script chooses ``--plans`` plans from the blind half of ``bestemmingsplannen/`` (the same
split as ``sample.py``), builds an index of all the other plans (``beleidstaal index build``, kept in ``--cache``
under a name made from the list of files, so a second run reuses it), runs ``beleidstaal check --reference`` with
JSON output on the chosen plans, and writes a sheet of ``--total`` copy findings with empty judge columns. Next to
the sheet it writes ``<sheet>.meta.json``: the seed, the commit, the files, the counts per kind and plan, and the
tool's own kind and data of every row.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import clean, corpus_files, corpus_root, part_of, sheet_files, write_sheet  # noqa: E402
from sample import allocate, commit  # noqa: E402

CORPUS = "bestemmingsplannen"
#: the tool's kinds (``data.kind`` of BT801/BT802) in the judges' words; ``document`` is the document-level finding
KIND_NAMES = {
    "citaat": "law-quote",
    "sjabloon": "template",
    "eigen": "own-reuse",
    "versie": "earlier-version",
    "herhaling": "internal-repeat",
    "kopie": "other-copy",
}
DOCUMENT = "document"
COLUMNS = (
    "id",
    "file",
    "offset",
    "end_offset",
    "line",
    "heading",
    "before",
    "passage",
    "after",
    "words",
    "kind",
    "severity",
    "sources",
    "message",
    "kind_verdict",
    "right_kind",
    "boundary_verdict",
    "reason",
)
#: characters of context shown before and after a passage
CONTEXT = 160
MAX_HEADING = 120


def choose_plans(
    root: Path,
    seed: int,
    n: int,
    part: str,
    exclude: frozenset[str] = frozenset(),
    only: frozenset[str] | None = None,
) -> tuple[list[str], list[str]]:
    """(the plans to check, all the other plans for the index): a fixed random choice from one half of the corpus,
    leaving out the plans in ``exclude`` (they still go into the index) and, where ``only`` is given, every plan not
    in it."""
    files = corpus_files(root, CORPUS)
    pool = [
        f
        for f in files
        if (part == "all" or part_of(f) == part) and f not in exclude and (only is None or f in only)
    ]
    rng = random.Random(f"{seed}:copy:{part}")
    chosen = sorted(rng.sample(pool, min(n, len(pool))))
    return chosen, [f for f in files if f not in set(chosen)]


def index_for(root: Path, files: list[str], cache: Path) -> tuple[Path, str, float | None]:
    """An index of ``files`` (relative to ``root``), built once per list of files: (path, key, seconds to build,
    None when it was reused)."""
    key = hashlib.sha256("\n".join(files).encode("utf-8")).hexdigest()[:16]
    path = cache / f"beleidstaal-copysheet-{key}.sqlite"
    if path.is_file():
        return path, key, None
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building.sqlite")
    partial.unlink(missing_ok=True)
    started = time.time()
    _run(["index", "build", *(str(root / f) for f in files), "--output", str(partial)])
    partial.replace(path)
    return path, key, time.time() - started


def _run(args: list[str]) -> str:
    """``beleidstaal ARGS`` in a child process; its standard output. Stops the script on an error."""
    done = subprocess.run([sys.executable, "-m", "beleidstaal", *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
        sys.exit(f"beleidstaal {args[0]} gaf code {done.returncode}")
    return done.stdout


def check(root: Path, plans: list[str], index: Path, jobs: int) -> dict:
    """``beleidstaal check --reference INDEX`` over the plans, only the copy rules, every severity, as JSON.
    An empty settings file keeps the defaults whatever folder the corpus is in."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / ".beleidstaal.toml"
        settings.write_text("")
        out = _run(
            ["check", *(str(root / p) for p in plans), "--reference", str(index), "--format", "json",
             "--select", "BT801", "--select", "BT802", "--min-severity", "info", "--no-cache", "--exit-zero",
             "--jobs", str(jobs), "--config", str(settings)]
        )  # fmt: skip
    return json.loads(out)


def kind_of(finding: dict) -> str:
    data = finding.get("data") or {}
    if data.get("summary"):
        return DOCUMENT
    return KIND_NAMES.get(data.get("kind", ""), data.get("kind", "?"))


def sources_of(finding: dict) -> str:
    """The source(s) the tool named, with the count, in one line."""
    data = finding.get("data") or {}
    if data.get("summary"):
        top = ", ".join(data.get("top", []))
        return f"{data.get('sources', 0)} andere documenten; grootste bronnen: {top}"
    if data.get("repeat"):
        return f"dit document, regels {data.get('source_line')}-{data.get('source_end_line')}"
    also = data.get("also", [])
    text = f"{data.get('source_relpath')} (regels {data.get('source_line')}-{data.get('source_end_line')})"
    others = data.get("also_at_least", len(also))
    if others:
        shown = ", ".join(also[:3]) + (", …" if others > 3 else "")
        text += f"; ook in {others} andere: {shown}"
    return text


def headings(source_path: Path) -> list[tuple[int, str]]:
    """(source offset, text) of every heading of a file, as the reader sees it."""
    from beleidstaal.readers import read_path

    document = read_path(source_path)
    found = []
    for p in document.paragraphs:
        if p.kind == "heading":
            found.append((document.locate(p.start, p.end).offset, clean(document.paragraph_text(p))))
    return found


def heading_before(found: list[tuple[int, str]], offset: int) -> str:
    text = ""
    for start, title in found:
        if start > offset:
            break
        text = title
    return text if len(text) <= MAX_HEADING else text[: MAX_HEADING - 1] + "…"


def rows_of(root: Path, result: dict) -> list[dict]:
    """Every copy finding of the check as a sheet row (without id), with the tool's kind and data kept aside."""
    sources: dict[str, str] = {}
    marks: dict[str, list] = {}
    rows = []
    for f in result["findings"]:
        if f["rule"] not in ("BT801", "BT802"):
            continue
        path = Path(f["path"])
        rel = path.resolve().relative_to(root.resolve()).as_posix()
        if rel not in sources:
            sources[rel] = path.read_text(encoding="utf-8", errors="replace")
            marks[rel] = headings(path)
        text = sources[rel]
        s, e = f["offset"], f["end_offset"]
        passage = clean(text[s:e])
        rows.append(
            {
                "file": rel,
                "offset": s,
                "end_offset": e,
                "line": f["line"],
                "heading": heading_before(marks[rel], s),
                "before": ("…" if s > CONTEXT else "") + clean(text[max(0, s - CONTEXT) : s]),
                "passage": passage,
                "after": clean(text[e : e + CONTEXT]) + ("…" if e + CONTEXT < len(text) else ""),
                "words": len(passage.split()),
                "kind": kind_of(f),
                "severity": f["severity"],
                "sources": sources_of(f),
                "message": clean(f["message"]),
                "_rule": f["rule"],
                "_data": f.get("data") or {},
            }
        )
    return rows


def draw(rows: list[dict], total: int, floor: int, seed: int) -> list[dict]:
    """``total`` rows stratified over kind (``sample.allocate``: a floor per kind, the rest in proportion) and,
    within a kind, spread evenly over the plans: the plans take turns in a random order, each giving a random one of
    its rows."""
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    quota = allocate({k: len(v) for k, v in by_kind.items()}, total, floor)
    rng = random.Random(f"{seed}:copy:draw")
    chosen = []
    for kind in sorted(quota):
        per_plan: dict[str, list[dict]] = defaultdict(list)
        for row in by_kind[kind]:
            per_plan[row["file"]].append(row)
        for plan_rows in per_plan.values():
            rng.shuffle(plan_rows)
        order = sorted(per_plan)
        rng.shuffle(order)
        taken = 0
        while taken < quota[kind]:
            for plan in order:
                if per_plan[plan] and taken < quota[kind]:
                    chosen.append(per_plan[plan].pop())
                    taken += 1
    chosen.sort(key=lambda r: (r["file"], r["offset"], r["end_offset"], r["kind"] == DOCUMENT))
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--out", required=True, help="the sheet to write (TSV)")
    parser.add_argument("--plans", type=int, default=10, help="plans to check (default 10)")
    parser.add_argument(
        "--part", choices=("blind", "dev", "all"), default="blind", help="half to choose from"
    )
    parser.add_argument("--total", type=int, default=80, help="findings in the sheet (default 80)")
    parser.add_argument("--floor", type=int, default=10, help="at least this many per kind (default 10)")
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/")
    parser.add_argument("--cache", default=tempfile.gettempdir(), help="folder for the index (default: /tmp)")
    parser.add_argument("--jobs", type=int, default=1, help="plans checked at the same time (default 1)")
    parser.add_argument(
        "--exclude-sheets",
        nargs="+",
        default=[],
        metavar="BLAD",
        help="do not choose plans that have a row in these earlier sheets (TSV): plans no judge has seen",
    )
    parser.add_argument(
        "--only-sheets",
        nargs="+",
        metavar="BLAD",
        help="choose only plans that have a row in these sheets (TSV), such as a reserved list of files",
    )
    args = parser.parse_args(argv)

    root = corpus_root(args.corpus)
    started = time.time()
    # the sheet being (re)drawn is never one to leave out: a second run with the same glob gives the same sheet
    earlier = [Path(p) for p in args.exclude_sheets if Path(p).resolve() != Path(args.out).resolve()]
    excluded = sheet_files(earlier)
    only = sheet_files([Path(p) for p in args.only_sheets]) if args.only_sheets else None
    plans, others = choose_plans(root, args.seed, args.plans, args.part, excluded, only)
    if len(plans) < args.plans:
        print(f"Maar {len(plans)} plannen over om uit te kiezen.", file=sys.stderr)
    index, key, build_seconds = index_for(root, others, Path(args.cache))
    print(f"index: {index} ({'gemaakt' if build_seconds is not None else 'hergebruikt'})", file=sys.stderr)
    check_started = time.time()
    result = check(root, plans, index, args.jobs)
    check_seconds = time.time() - check_started
    errors = {f["path"]: f["error"] for f in result["files"] if f.get("error")}
    if errors:
        sys.exit(f"Niet gecontroleerd: {errors}")
    rows = rows_of(root, result)
    chosen = draw(rows, args.total, args.floor, args.seed)
    sheet = [{"id": f"copy-{n:03d}", **row} for n, row in enumerate(chosen, 1)]
    out = Path(args.out)
    write_sheet(out, sheet, COLUMNS)
    words = {f["path"]: f["words"] for f in result["files"]}
    meta = {
        "seed": args.seed,
        "part": args.part,
        "excluded_sheets": [p.as_posix() for p in earlier],
        "excluded_plans": len(excluded),
        "only_sheets": args.only_sheets,
        "total": args.total,
        "floor": args.floor,
        "commit": commit(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "plans": plans,
        "words": {Path(p).name: w for p, w in words.items()},
        "index": {"files": len(others), "key": key, "path": str(index), "reference_files": others},
        "findings_per_kind": dict(sorted(Counter(r["kind"] for r in rows).items())),
        "findings_per_plan": dict(sorted(Counter(r["file"] for r in rows).items())),
        "severity_per_kind": {
            k: dict(Counter(r["severity"] for r in rows if r["kind"] == k))
            for k in sorted({r["kind"] for r in rows})
        },
        "sampled_per_kind": dict(sorted(Counter(r["kind"] for r in chosen).items())),
        "sampled_per_plan": dict(sorted(Counter(r["file"] for r in chosen).items())),
        "rows": {
            row["id"]: {"rule": row["_rule"], "severity": row["severity"], "data": row["_data"]}
            for row in sheet
        },
        "seconds": {
            "index_build": round(build_seconds) if build_seconds is not None else None,
            "check": round(check_seconds),
            "all": round(time.time() - started),
        },
        "load": os.getloadavg()[0],
    }
    out.with_name(out.name + ".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{len(sheet)} van {len(rows)} kopie-meldingen in {len(plans)} plannen → {out}  ({meta['seconds']['all']} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
