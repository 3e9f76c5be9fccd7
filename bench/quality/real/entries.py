"""Precision per word-list entry over every judged sheet, and which judged rows today's code still reports.

Reads every ``*-judged.tsv`` of this folder that has a ``rule`` column, keeps the rows of the word-list rules
(BT101-BT106), counts each judged finding once (same file, offsets and rule), and groups them by the entry that
fired: the term today's finding names, else the term quoted in the judged message. With ``--now`` it runs today's
linter over the judged files (the reserved blind files are never read) and counts, per entry, the TPs and the
wrong rows (FP or ``?``) that still fire, with the severity they have now.

Run from the repository root:

    python bench/quality/real/entries.py                    # judged figures only (seconds)
    python bench/quality/real/entries.py --now              # also today's findings (a long run: all judged files)
    python bench/quality/real/entries.py --now --min-n 2    # only entries with 2 or more judged rows
    python bench/quality/real/entries.py --now --dump F     # and keep today's findings in F (JSON lines)
    python bench/quality/real/entries.py --load F --by-sheet  # count again from F, per sheet too (seconds)
    python bench/quality/real/entries.py --load F --rules BT106 --by-now-rule  # which rule each row fires under now

Strict precision: TP / (TP + FP + ?). These are studied sheets: estimates for finding patterns, not blind figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HERE, add_skip_sheet, corpus_root, read_sheet, sheet_files  # noqa: E402

RULES = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT108", "BT109")
#: a judged row of a rule whose list was split later is found by a finding of any of its parts: the reservations
#: (BT108) and vague quantities (BT109) left BT106 after blind9 and run only when selected
SPLIT = {"BT106": ("BT106", "BT108", "BT109")}
RESERVED: tuple[str, ...] = (
    "reserve14-files.tsv",
)  # blind12 is scored; the last 17 unchecked plans are kept
_QUOTED = re.compile(r"'([^']+)'")


def judged_rows(rules: tuple[str, ...] = RULES, skip: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Every judged word-list row of every sheet, each finding once (the first sheet in name order that holds it);
    rows of the reserved plans are left out, and the sheets named in ``skip`` (``copy15``) are never read."""
    seen: dict[tuple, dict[str, str]] = {}
    reserved = sheet_files([HERE / name for name in RESERVED if (HERE / name).is_file()])
    for path in sorted(HERE.glob("*-judged.tsv")):
        if path.name.removesuffix("-judged.tsv") in skip:
            continue
        for row in read_sheet(path):
            if row.get("rule") not in rules or row.get("verdict", "").strip().upper() not in (
                "TP",
                "FP",
                "?",
            ):
                continue
            if row["file"] in reserved:
                continue  # a row of a reserved blind plan: not studied
            key = (row["file"], row["offset"], row["end_offset"], row["rule"])
            if key not in seen:
                row = dict(row, sheet=path.name.removesuffix("-judged.tsv"))
                seen[key] = row
    return list(seen.values())


def quoted_term(row: dict[str, str]) -> str:
    match = _QUOTED.match(row.get("message", ""))
    return (match.group(1) if match else row.get("span", "")).lower()


def today(
    rows: list[dict[str, str]], corpus: str | None, dump: Path | None = None
) -> dict[tuple, tuple[str, str]]:
    """(file, offset, end, rule) of each judged row -> (term, severity) of today's finding on it, where one fires.
    With ``dump``: every word-list finding of the judged files, one JSON line each, for further study."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_path

    root = corpus_root(corpus)
    reserved = sheet_files([HERE / name for name in RESERVED if (HERE / name).is_file()])
    config = Config(select=RULES, min_severity="info")
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_file[row["file"]].append(row)
    found: dict[tuple, tuple[str, str]] = {}
    out = dump.open("w", encoding="utf-8") if dump else None
    for i, (rel, file_rows) in enumerate(sorted(by_file.items()), 1):
        if rel in reserved:
            continue
        print(f"  [{i}/{len(by_file)}] {rel}", file=sys.stderr)
        result = check_path(root / rel, config=config)
        if result.error:
            print(f"  {rel}: {result.error}", file=sys.stderr)
            continue
        if out:
            for f in result.findings:
                item = dict(file=rel, rule=f.rule, term=f.term, text=f.text, severity=f.severity)
                item.update(offset=f.offset, end=f.end_offset, line=f.line, advice=bool(f.advice))
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        for row in file_rows:
            s, e = int(row["offset"]), int(row["end_offset"])
            for f in result.findings:
                if f.rule in SPLIT.get(row["rule"], (row["rule"],)) and (
                    f.offset < e and s < f.end_offset or (f.offset, f.end_offset) == (s, e)
                ):
                    found[_key(row)] = ((f.term or f.text).lower(), _severity(f.rule, f.severity))
                    break
    if out:
        out.close()
    return found


def load(rows: list[dict[str, str]], dump: Path) -> dict[tuple, tuple[str, str]]:
    """As ``today``, from the findings a run with ``--dump`` wrote (no linter run)."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            by_file[item["file"]].append(item)
    found: dict[tuple, tuple[str, str]] = {}
    for row in rows:
        s, e = int(row["offset"]), int(row["end_offset"])
        for f in by_file.get(row["file"], ()):
            if f["rule"] in SPLIT.get(row["rule"], (row["rule"],)) and (
                f["offset"] < e and s < f["end"] or (f["offset"], f["end"]) == (s, e)
            ):
                found[_key(row)] = ((f["term"] or f["text"]).lower(), _severity(f["rule"], f["severity"]))
                break
    return found


def by_sheet(rows: list[dict[str, str]], found: dict[tuple, tuple[str, str]]) -> str:
    """Per sheet and rule: TPs and wrong rows (FP or ?) judged, and how many of each still fire."""
    lines = ["| sheet | rule | TP | TP still found | FP+? | FP+? still found |", "|---|---|---|---|---|---|"]
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        ok = "TP" if row["verdict"].strip().upper() == "TP" else "wrong"
        c = counts[(row["sheet"], row["rule"])]
        c[ok] += 1
        c[ok + " now"] += _key(row) in found
    for (sheet, rule), c in sorted(counts.items()):
        lines.append(f"| {sheet} | {rule} | {c['TP']} | {c['TP now']} | {c['wrong']} | {c['wrong now']} |")
    return "\n".join(lines)


def now_rule(found_value: tuple[str, str]) -> str:
    """The rule today's finding reports under: an opt-in part of a split list (``_severity`` names it), else the
    judged rule's own."""
    parts = found_value[1].split()
    return parts[1] if len(parts) > 1 else ""


def by_now_rule(rows: list[dict[str, str]], found: dict[tuple, tuple[str, str]]) -> str:
    """Per sheet group (all, the blind sheets, dev, dev2): the judged rows that fire today, by the rule they fire
    under (the judged rule, which runs by default, or an opt-in part of its split list), with strict precision."""
    groups = {
        "all sheets": lambda s: True,
        "blind sheets": lambda s: s.startswith("blind"),
        "dev": lambda s: s == "dev",
        "dev2": lambda s: s == "dev2",
    }
    lines = ["| sheets | judged rule | fires under | TP | FP+? | strict |", "|---|---|---|---:|---:|---:|"]
    for name, chosen in groups.items():
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for row in rows:
            if _key(row) not in found or not chosen(row["sheet"]):
                continue
            rule = now_rule(found[_key(row)]) or row["rule"]
            ok = row["verdict"].strip().upper() == "TP"
            counts[(row["rule"], rule)]["TP" if ok else "wrong"] += 1
        for (judged, rule), c in sorted(counts.items()):
            n = c["TP"] + c["wrong"]
            default = "" if rule == judged else " (opt-in)"
            lines.append(
                f"| {name} | {judged} | {rule}{default} | {c['TP']} | {c['wrong']} | {c['TP'] / n:.2f} |"
            )
    return "\n".join(lines)


def _severity(rule: str, severity: str) -> str:
    """The severity column: a finding of an opt-in rule (off by default) is named by its rule."""
    return f"{severity} {rule}" if rule in ("BT108", "BT109") else severity


def _key(row: dict[str, str]) -> tuple:
    return (row["file"], row["offset"], row["end_offset"], row["rule"])


def table(rows: list[dict[str, str]], found: dict[tuple, tuple[str, str]] | None, min_n: int) -> str:
    then: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        term = found[_key(row)][0] if found and _key(row) in found else quoted_term(row)
        c = then[(row["rule"], term)]
        ok = row["verdict"].strip().upper() == "TP"
        c["TP" if ok else "wrong"] += 1
        if found is not None and _key(row) in found:
            c["TP now" if ok else "wrong now"] += 1
            c["sev " + found[_key(row)][1]] += 1
    head = "| rule | entry | n | TP | FP+? | strict |"
    if found is not None:
        head += " TP now | FP+? now | severity now |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    order = sorted(then.items(), key=lambda kv: (kv[0][0], -(kv[1]["wrong"]), kv[0][1]))
    for (rule, term), c in order:
        n = c["TP"] + c["wrong"]
        if n < min_n:
            continue
        line = f"| {rule} | {term} | {n} | {c['TP']} | {c['wrong']} | {c['TP'] / n:.2f} |"
        if found is not None:
            sev = ", ".join(f"{k[4:]} {v}" for k, v in sorted(c.items()) if k.startswith("sev "))
            line += f" {c['TP now']} | {c['wrong now']} | {sev or '-'} |"
        lines.append(line)
    return "\n".join(lines)


def per_rule(rows: list[dict[str, str]], found: dict[tuple, tuple[str, str]] | None) -> str:
    lines = ["| rule | n | TP | FP+? | strict | TP still found | FP+? still found | strict of what fires |"]
    lines.append("|---|---|---|---|---|---|---|---|")
    for rule in RULES:
        chosen = [r for r in rows if r["rule"] == rule]
        if not chosen:
            continue
        tp = sum(r["verdict"].strip().upper() == "TP" for r in chosen)
        wrong = len(chosen) - tp
        if found is None:
            lines.append(f"| {rule} | {len(chosen)} | {tp} | {wrong} | {tp / len(chosen):.2f} | - | - | - |")
            continue
        tp_now = sum(r["verdict"].strip().upper() == "TP" and _key(r) in found for r in chosen)
        wrong_now = sum(r["verdict"].strip().upper() != "TP" and _key(r) in found for r in chosen)
        fires = tp_now + wrong_now
        strict = f"{tp_now / fires:.2f}" if fires else "-"
        lines.append(
            f"| {rule} | {len(chosen)} | {tp} | {wrong} | {tp / len(chosen):.2f} | {tp_now} | {wrong_now} | {strict} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--now", action="store_true", help="run today's linter over the judged files")
    parser.add_argument(
        "--min-n", type=int, default=1, help="only entries with at least this many judged rows"
    )
    parser.add_argument(
        "--rules", nargs="+", default=list(RULES), help="the rules to count (default: BT101-BT106)"
    )
    parser.add_argument(
        "--dump", type=Path, help="with --now: write every finding of the judged files here (JSON lines)"
    )
    parser.add_argument(
        "--load", type=Path, help="instead of --now: read the findings a run with --dump wrote (seconds)"
    )
    parser.add_argument("--by-sheet", action="store_true", help="with --now or --load: a table per sheet too")
    parser.add_argument(
        "--by-now-rule",
        action="store_true",
        help="with --now or --load: the rows that fire, by the rule they fire under now (BT106, BT108, BT109)",
    )
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    add_skip_sheet(parser)
    args = parser.parse_args(argv)
    rows = judged_rows(tuple(args.rules), tuple(args.skip_sheet))
    found = None
    if args.load:
        found = load(rows, args.load)
    elif args.now:
        found = today(rows, args.corpus, args.dump)
    print(per_rule(rows, found))
    print()
    if args.by_now_rule and found is not None:
        print(by_now_rule(rows, found))
        print()
    if args.by_sheet and found is not None:
        print(by_sheet(rows, found))
        print()
    print(table(rows, found, args.min_n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
