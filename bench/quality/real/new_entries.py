"""The findings of word-list entries that are new since a commit, on real text: to read them while writing the
entries (dev half), and to judge them blind afterwards (blind half, never read while writing).

Run from the repository root:

    python bench/quality/real/new_entries.py --base 2d8c0c8 --part dev --list
    python bench/quality/real/new_entries.py --base 2d8c0c8 --part blind --office --seed 18 --total 120 \\
        --out bench/quality/real/entries18-sheet.tsv

An entry is new when its term (lower-case, in its list file) is not in that list at ``--base``. The text: every
docs-as-code page of the chosen half and ``--plans`` zoning plans of it (a fixed random subset for the seed; the
plans reserved for blind sheets, ``reserve13-files.tsv`` and ``reserve14-files.tsv``, only with ``--part blind``),
and with ``--office`` the Word files of ``../shared/office/``. ``--list`` prints every finding with its sentence,
grouped by term, and a count per term; ``--out`` writes a judging sheet (the columns of ``sample.py``) of
``--total`` findings drawn at random, with at most ``--per-term`` of one term, and its ``.meta.json``;
``--exclude-rows SHEET`` leaves out the findings at the places of an earlier sheet's rows (a second sheet of
findings nobody judged).
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, Row, corpus_root, lint_file, part_of, read_sheet, sheet_files, words_in, write_sheet  # noqa: E402

HERE = Path(__file__).resolve().parent
LEXICONS = REPO / "lexicons"
RESERVED = ("reserve13-files.tsv", "reserve14-files.tsv")


def terms(text_of) -> set[tuple[str, str]]:
    """(list name, term) for every entry of every list, reading each list file through ``text_of(name)``."""
    found = set()
    for path in sorted(LEXICONS.glob("*.toml")):
        text = text_of(path.name)
        if text is None:
            continue
        for entry in tomllib.loads(text).get("entry", []):
            found.add((path.stem, entry["term"].lower()))
    return found


def new_terms(base: str) -> set[str]:
    def at_base(name: str) -> str | None:
        done = subprocess.run(
            ["git", "show", f"{base}:lexicons/{name}"], cwd=REPO, capture_output=True, text=True, check=False
        )
        return done.stdout if done.returncode == 0 else None

    now = terms(lambda name: (LEXICONS / name).read_text(encoding="utf-8"))
    return {term for _, term in now - terms(at_base)}


def reserved_plans() -> frozenset[str]:
    return sheet_files([HERE / name for name in RESERVED if (HERE / name).is_file()])


def files_of(root: Path, part: str, plans: int, seed: int, office: bool) -> list[str]:
    reserved = reserved_plans()
    docs = sorted(p.relative_to(root).as_posix() for p in (root / "docs-as-code").rglob("*.md"))
    docs = [f for f in docs if part_of(f) == part]
    all_plans = sorted(p.relative_to(root).as_posix() for p in (root / "bestemmingsplannen").glob("*.md"))
    all_plans = [f for f in all_plans if part_of(f) == part and (part == "blind" or f not in reserved)]
    if part == "blind":
        all_plans = sorted(set(all_plans) | reserved)
    chosen = sorted(random.Random(f"{seed}:{part}:plans").sample(all_plans, min(plans, len(all_plans))))
    extra = sorted(f"../office/{p.name}" for p in (root.parent / "office").glob("*.docx")) if office else []
    return docs + chosen + extra


def add_sample_options(parser: argparse.ArgumentParser) -> None:
    """The options of a run over one half of the corpus and of its judging sheet (shared with ``new_findings.py``)."""
    parser.add_argument("--part", choices=("dev", "blind"), required=True)
    parser.add_argument("--plans", type=int, default=12, help="zoning plans read (default 12)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--office", action="store_true", help="also the Word files of ../shared/office")
    parser.add_argument("--list", action="store_true", help="print every finding, grouped by term")
    parser.add_argument("--out", help="write a judging sheet (TSV) here")
    parser.add_argument("--total", type=int, default=120)
    parser.add_argument("--per-term", type=int, default=6)
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument(
        "--exclude-rows",
        nargs="+",
        default=[],
        metavar="BLAD",
        help="leave out every finding at the place of a row of these sheets (a second sheet of unjudged findings)",
    )


def judged_places(sheets: list[str]) -> set[tuple[str, int, int]]:
    """(file, offset, end offset) of every row of these sheets."""
    return {
        (row["file"], int(row["offset"]), int(row["end_offset"]))
        for sheet in sheets
        for row in read_sheet(Path(sheet))
    }


def print_groups(by_term: dict[str, list[Row]]) -> Counter:
    """Every finding with its sentence, grouped by term (most findings first); returns the count per term."""
    counts = Counter({term: len(rows) for term, rows in by_term.items()})
    for term, n in counts.most_common():
        print(f"\n## {term}: {n}")
        for r in by_term[term]:
            print(f"- {r.file}:{r.line} [{r.rule}] '{r.span}' -> {r.suggestion}\n    {r.sentence}")
    return counts


def write_sample(
    args: argparse.Namespace,
    by_term: dict[str, list[Row]],
    files: list[str],
    words: int,
    meta: dict,
    prefix: str,
    draw: str,
) -> None:
    """A judging sheet of ``--total`` findings drawn at random (``draw`` names the random series), at most
    ``--per-term`` of one term, with ids ``PREFIX-001`` ..., and its ``.meta.json`` (``meta`` adds what the kind of
    run knows: the count of new terms, the seconds it took)."""
    rng = random.Random(f"{args.seed}:{args.part}:{draw}")
    pool = [
        r
        for term in sorted(by_term)
        for r in rng.sample(by_term[term], min(args.per_term, len(by_term[term])))
    ]
    chosen = sorted(rng.sample(pool, min(args.total, len(pool))), key=lambda r: (r.file, r.offset, r.rule))
    sheet = [{"id": f"{prefix}-{n:03d}", **row.__dict__} for n, row in enumerate(chosen, 1)]
    out = Path(args.out)
    write_sheet(out, sheet)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    counts = {term: len(rows) for term, rows in by_term.items()}
    meta = {
        "base": args.base,
        "excluded_rows_of": args.exclude_rows,
        "part": args.part,
        "seed": args.seed,
        "commit": commit.stdout.strip(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "files": files,
        "words": words,
        **meta,
        "findings_per_term": dict(sorted(counts.items())),
        "terms": {row["id"]: row["term"] for row in sheet},
        "severity": {row["id"]: row["severity"] for row in sheet},
    }
    out.with_name(out.name + ".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(f"{len(sheet)} van {sum(counts.values())} bevindingen → {out}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit the new entries are counted from")
    add_sample_options(parser)
    args = parser.parse_args(argv)

    from beleidstaal.config import Config

    wanted = new_terms(args.base)
    judged = judged_places(args.exclude_rows)
    root = corpus_root(args.corpus)
    files = files_of(root, args.part, args.plans, args.seed, args.office)
    config = Config(min_severity="info")
    by_term: dict[str, list[Row]] = defaultdict(list)
    started, words = time.time(), 0
    for i, rel in enumerate(files, 1):
        rows = [
            r
            for r in lint_file(root, rel, config)
            if r.term.lower() in wanted and (r.file, r.offset, r.end_offset) not in judged
        ]
        for row in rows:
            by_term[row.term.lower()].append(row)
        words += words_in(root, rel)
        print(f"[{i}/{len(files)}] {rel}: {len(rows)} nieuwe", file=sys.stderr)
    if args.list:
        counts = print_groups(by_term)
        silent = sorted(wanted - set(counts))
        print(
            f"\n{sum(counts.values())} bevindingen van {len(counts)} nieuwe woorden in {len(files)} bestanden "
            f"({words} woorden); {len(silent)} nieuwe woorden zonder bevinding: {', '.join(silent)}"
        )
    if args.out:
        meta = {"new_terms": len(wanted), "seconds": round(time.time() - started)}
        write_sample(args, by_term, files, words, meta, "entry", "entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
