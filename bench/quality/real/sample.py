"""Sample findings of today's linter on real text into a judging sheet (TSV), stratified per rule, fixed seed.

Run from the repository root:

    python bench/quality/real/sample.py --part dev --seed 16 --out bench/quality/real/dev-sheet.tsv

The files of both corpora are split in two halves by a stable hash of their path (``--part dev|blind``); a run
reads a fixed random subset of one half (``--files``), so it takes minutes. Next to the sheet it writes
``<sheet>.meta.json``: the seed, the commit, the files read and how many findings each rule had in them.
``--exclude-sheets OLD.tsv ...`` leaves out every file that has a row in an earlier sheet, so that a fresh blind
sample holds only text no judge saw and nothing was tuned on. ``--only-sheets SHEET.tsv ...`` does the opposite: it
draws only from the files that have a row in those sheets (of the chosen part), for instance the files of a copy sheet
whose warnings nobody studied. ``--compounds-only`` keeps only the word-list findings on the last part of a compound
(*beleidsdoelstellingen*), for a sheet that judges those alone.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    DEFAULT_FILES,
    REPO,
    Row,
    choose_files,
    corpus_root,
    lint_file,
    sheet_files,
    words_in,
    write_sheet,
)


def allocate(counts: dict[str, int], total: int, floor: int) -> dict[str, int]:
    """Findings to draw per rule: at least ``floor`` (or all the rule has), the rest in proportion to the
    rule's share of the findings, never more than the rule has."""
    quota = {rule: min(n, floor) for rule, n in counts.items()}
    left = total - sum(quota.values())
    while left > 0:
        room = {rule: counts[rule] - quota[rule] for rule in counts if counts[rule] > quota[rule]}
        if not room:
            break
        weight = sum(room.values())
        given = 0
        for rule in sorted(room, key=lambda r: -room[r]):
            extra = min(room[rule], max(1, round(left * room[rule] / weight)), left - given)
            quota[rule] += extra
            given += extra
            if given >= left:
                break
        left -= given
    return quota


def draw(rng: random.Random, rows: list[Row], n: int, docs_share: float) -> list[Row]:
    """``n`` rows of one rule: docs-as-code gets at least ``docs_share`` of them where it has them (the zoning plans
    are ten times longer and would otherwise fill the sheet), the rest at random from the zoning plans."""
    docs = [r for r in rows if r.file.startswith("docs-as-code/")]
    plans = [r for r in rows if not r.file.startswith("docs-as-code/")]
    natural = round(n * len(docs) / len(rows)) if rows else 0
    n_docs = min(len(docs), max(natural, math.ceil(n * docs_share)))
    n_plans = min(len(plans), n - n_docs)
    n_docs = min(len(docs), n - n_plans)
    return rng.sample(docs, n_docs) + rng.sample(plans, n_plans)


def commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "beleidstaal", "lexicons"],
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return out.stdout.strip() + ("+wijzigingen" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "onbekend"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "blind", "all"), required=True)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", required=True, help="the sheet to write (TSV)")
    parser.add_argument("--total", type=int, default=240, help="findings in the sheet (default 240)")
    parser.add_argument("--floor", type=int, default=10, help="at least this many per rule (default 10)")
    parser.add_argument(
        "--docs-share", type=float, default=0.4, help="least share of docs-as-code per rule (default 0.4)"
    )
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument(
        "--files",
        nargs=2,
        type=int,
        metavar=("PLANNEN", "DOCS"),
        default=(DEFAULT_FILES["bestemmingsplannen"], DEFAULT_FILES["docs-as-code"]),
        help="files read per corpus (default %(default)s)",
    )
    parser.add_argument(
        "--replacements-only",
        action="store_true",
        help="only findings whose first suggestion is replacement text (not advice): to judge suggestions",
    )
    parser.add_argument(
        "--warnings-only",
        action="store_true",
        help="only findings at severity warning or error (as a writer sees them by default): to judge warnings",
    )
    parser.add_argument(
        "--compounds-only",
        action="store_true",
        help="only word-list findings on the last part of a compound (data form = compound: "
        "beleidsdoelstellingen): to judge those",
    )
    parser.add_argument(
        "--exclude-sheets",
        nargs="+",
        default=[],
        metavar="BLAD",
        help="leave out every file that has a row in these earlier sheets (TSV): a fresh sample of unseen files",
    )
    parser.add_argument(
        "--only-sheets",
        nargs="+",
        default=[],
        metavar="BLAD",
        help="read only the files that have a row in these sheets (TSV): the opposite of --exclude-sheets",
    )
    args = parser.parse_args(argv)

    from beleidstaal.config import Config

    root = corpus_root(args.corpus)
    counts = {"bestemmingsplannen": args.files[0], "docs-as-code": args.files[1]}
    excluded = sheet_files([Path(p) for p in args.exclude_sheets])
    only = sheet_files([Path(p) for p in args.only_sheets]) if args.only_sheets else None
    files = choose_files(root, args.part, args.seed, counts, excluded, only)
    if not files:
        reason = (
            "geen bestand van dit deel staat op de bladen van --only-sheets (of ze staan ook op een eerder blad)."
            if only is not None
            else "alle bestanden van dit deel staan al op een eerder blad."
        )
        print(f"Geen bestanden over: {reason}", file=sys.stderr)
        return 2
    config = Config(min_severity="info")
    by_rule: dict[str, list[Row]] = defaultdict(list)
    started = time.time()
    words = 0
    for i, rel in enumerate(files, 1):
        rows = lint_file(root, rel, config)
        for row in rows:
            if args.replacements_only and (not row.suggestion or row.suggestion.startswith("advies: ")):
                continue
            if args.warnings_only and row.severity not in ("warning", "error"):
                continue
            if args.compounds_only and row.form != "compound":
                continue
            by_rule[row.rule].append(row)
        words += words_in(root, rel)
        print(f"[{i}/{len(files)}] {rel}: {len(rows)} bevindingen", file=sys.stderr)
    population = {rule: len(rows) for rule, rows in sorted(by_rule.items())}
    quota = allocate(population, args.total, args.floor)
    rng = random.Random(f"{args.seed}:{args.part}:sample")
    chosen: list[Row] = []
    for rule in sorted(quota):
        chosen.extend(draw(rng, by_rule[rule], quota[rule], args.docs_share))
    chosen.sort(key=lambda r: (r.file, r.offset, r.end_offset, r.rule))
    sheet = []
    for n, row in enumerate(chosen, 1):
        sheet.append({"id": f"{args.part}-{n:03d}", **row.__dict__})
    out = Path(args.out)
    write_sheet(out, sheet)
    meta = {
        "part": args.part,
        "seed": args.seed,
        "total": args.total,
        "floor": args.floor,
        "docs_share": args.docs_share,
        "commit": commit(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "files": files,
        "excluded_sheets": args.exclude_sheets,
        "excluded_files": len(excluded),
        "only_sheets": args.only_sheets,
        "words": words,
        "findings_per_rule": population,
        "sampled_per_rule": dict(sorted(Counter(r.rule for r in chosen).items())),
        "sampled_docs_as_code": sum(r.file.startswith("docs-as-code/") for r in chosen),
        "replacements_only": args.replacements_only,
        "warnings_only": args.warnings_only,
        "compounds_only": args.compounds_only,
        "severity": {row["id"]: row["severity"] for row in sheet},
        "seconds": round(time.time() - started),
    }
    out.with_name(out.name + ".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{len(sheet)} bevindingen van {sum(population.values())} in {len(files)} bestanden ({words} woorden) "
        f"→ {out}  ({meta['seconds']} s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
