"""Replay the judged passive rows (BT301, BT302) of every scored sheet against today's code, each in its own
paragraph: which true positives still fire (recall loss), which wrong findings are gone, and at what severity.

Each judged row counts once (the first sheet that holds it). The paragraph is the block of lines around the
row's offsets, up to the blank lines before and after it, with the nearest heading above it put in front (some
decisions look at the heading). A check of the paragraph alone is much faster than a check of the whole file; it
can differ from a whole-file check where a rule looks beyond the paragraph (the document's actor, quoted blocks
that span paragraphs). Only judged sheets are read (a reserved list has no judged file). ``--rules all`` replays
every rule (a Word file is checked whole, once).

Run from the repository root:

    python bench/quality/real/passive_replay.py               # the table per rule
    python bench/quality/real/passive_replay.py --list        # and every row with what fires today
    python bench/quality/real/passive_replay.py --by-sheet    # and a table per sheet
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HERE, add_skip_sheet, corpus_root, read_sheet, sheet_files  # noqa: E402

RULES = ("BT301", "BT302")
#: the ninth round's blind plans: rows of them on earlier sheets are never replayed (their files never read)
RESERVED: tuple[str, ...] = (
    "reserve14-files.tsv",
)  # blind12 is scored; the last 17 unchecked plans are kept


def judged_rows(rules: tuple[str, ...] | None = None, skip: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Each judged row of the chosen rules once (the first sheet that holds it); ``("all",)``: every rule. The
    sheets named in ``skip`` (``copy15`` for ``copy15-judged.tsv``) are never read: a blind sheet stays unseen."""
    rules = rules or RULES
    reserved = sheet_files([HERE / name for name in RESERVED if (HERE / name).is_file()])
    rows, seen = [], set()
    for sheet in sorted(HERE.glob("*-judged.tsv")):
        if sheet.name.removesuffix("-judged.tsv") in skip:
            continue
        for row in read_sheet(sheet):
            verdict = row.get("verdict", "").strip().upper()
            if not row.get("rule") or verdict not in ("TP", "FP", "?") or row["file"] in reserved:
                continue
            if row["rule"] not in rules and rules != ("all",):
                continue
            key = (row["file"], row["offset"], row["end_offset"], row["rule"])
            if key in seen:
                continue
            seen.add(key)
            rows.append({**row, "sheet": sheet.name.removesuffix("-judged.tsv"), "verdict": verdict})
    return rows


#: with ``--section``: the text checked starts at most this many characters before the row's paragraph
MAX_SECTION = 6000


def paragraph(text: str, start: int, end: int, section: bool = False) -> tuple[int, str]:
    """(offset of the paragraph in the text, the text to check: the heading above it, a blank line, the
    paragraph). With ``section``: the paragraphs before it up to that heading too (at most ``MAX_SECTION``
    characters), for decisions that look at the paragraphs before (a list of conditions)."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    if section:
        floor = max(0, lo - MAX_SECTION)
        heading = max(text.rfind("\n#", floor, lo), -1)
        if heading >= 0:
            return heading + 1, text[heading + 1 : hi]
        first = text.find("\n\n", floor, lo) if floor else -1
        lo = floor if first < 0 else first + 2
        return lo, text[lo:hi]
    heading = ""
    pos = lo
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start : pos - 1] if pos - 1 >= line_start else ""
        if line.lstrip().startswith("#"):
            heading = line.strip() + "\n\n"
            break
        pos = line_start
    return lo - len(heading), heading + text[lo:hi]


def replay(rows: list[dict[str, str]], root: Path, section: bool = False) -> list[dict]:
    from beleidstaal.config import Config
    from beleidstaal.core import check_path, check_text

    config = Config(min_severity="info")
    texts: dict[str, str] = {}
    whole: dict[str, list] = {}
    out = []
    for row in rows:
        rel = row["file"]
        s, e = int(row["offset"]), int(row["end_offset"])
        if not rel.endswith(".md"):
            # a Word file: checked whole, once (its offsets are those of the text the reader gives)
            if rel not in whole:
                result = check_path(root / rel, config=config)
                whole[rel] = [] if result.error else result.findings
            found = [f for f in whole[rel] if f.rule == row["rule"] and f.offset < e and s < f.end_offset]
            out.append({**row, "now": found})
            continue
        if rel not in texts:
            texts[rel] = (root / rel).read_text(encoding="utf-8", errors="replace")
        text = texts[rel]
        base, para = paragraph(text, s, e, section)
        found = [
            f
            for f in check_text(para, config=config, kind="markdown")
            if f.rule == row["rule"] and base + f.offset < e and s < base + f.end_offset
        ]
        out.append({**row, "now": found})
    return out


def table(results: list[dict]) -> str:
    then: dict[str, Counter] = defaultdict(Counter)
    now: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        then[r["rule"]][r["verdict"]] += 1
        if r["now"]:
            now[r["rule"]][r["verdict"]] += 1
            now[r["rule"]][r["verdict"] + "_" + r["now"][0].severity] += 1
    lines = [
        "| rule | TPs | TPs still found | of them info / tip | FP+? | FP+? still found | precision then | "
        "precision of what still fires |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rule in sorted(then):
        t, n = then[rule], now[rule]
        wrong, wrong_now = t["FP"] + t["?"], n["FP"] + n["?"]
        lines.append(
            f"| {rule} | {t['TP']} | {n['TP']} | {n['TP_info']} | {wrong} | {wrong_now} | "
            f"{t['TP'] / max(1, t['TP'] + wrong):.2f} | {n['TP'] / max(1, n['TP'] + wrong_now):.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument("--list", action="store_true", help="print every row with what fires today")
    parser.add_argument("--by-sheet", action="store_true", help="a table per sheet as well")
    parser.add_argument(
        "--rules", nargs="+", help=f"the rules to replay (default: {' '.join(RULES)}; 'all': every rule)"
    )
    parser.add_argument("--wrong", action="store_true", help="with --list: only the wrong rows (FP or ?)")
    parser.add_argument(
        "--section", action="store_true", help="check each row with its section up to the heading above"
    )
    add_skip_sheet(parser)
    args = parser.parse_args(argv)
    rows = judged_rows(tuple(args.rules) if args.rules else None, tuple(args.skip_sheet))
    results = replay(rows, corpus_root(args.corpus), args.section)
    print(table(results))
    if args.by_sheet:
        for sheet in sorted({r["sheet"] for r in results}):
            print(f"\n{sheet}:\n")
            print(table([r for r in results if r["sheet"] == sheet]))
    if args.list:
        for r in results:
            if args.wrong and r["verdict"] == "TP":
                continue
            state = "FIRES" if r["now"] else "gone "
            where = f"{r['sheet']}:{r['id']}"
            print(
                f"{state} {r['verdict']:2} {r['rule']} {where} «{r['sentence'][:160]}» [{r['span'][:60]}]"
                f" — {r.get('reason', '')[:160]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
