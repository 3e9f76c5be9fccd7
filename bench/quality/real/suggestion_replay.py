"""Replay judged replacement rows with the code of now (issue #17): what does each studied row get today?

For every row of a finding sheet (``*-judged.tsv`` with ``sentence``/``span``/``suggestion``) whose suggestion was
replacement text (not advice) and whose ``suggestion_verdict`` is one of ``--verdicts``, the sentence is checked on
its own and the finding of the same rule on the same words is looked up:

- ``same``: the same first replacement as judged; ``other``: another replacement; ``advice``: advice only now;
- ``none``: no finding there any more (another rule change, or the sentence reads differently alone).

For a fix sheet (``fix*-judged.tsv`` with ``before``/``after``), the ``before`` text goes through ``--fix``'s safe
and verified edits: ``same`` (the judged ``after`` again), ``other`` (another change), ``unchanged`` (no change now).

Each sentence is checked alone, not in its file, so context rules can differ: an estimate on studied rows, not a
blind measure. To compare with older code, run it with ``PYTHONPATH`` pointing at an export of that commit
(``git archive <commit> | tar -x -C /tmp/old``).

    python bench/quality/real/suggestion_replay.py bench/quality/real/replacements4-judged.tsv --verdicts bad,hint
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

#: plans kept back for a later blind sheet: rows of earlier sheets in them are never replayed or printed
RESERVED: tuple[str, ...] = ("reserve14-files.tsv",)

WORD_LIST_RULES = {"BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT201", "BT202"}


def _reserved() -> frozenset[str]:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from common import sheet_files

    return sheet_files([here / name for name in RESERVED if (here / name).is_file()])


def _rows(path: Path) -> list[dict[str, str]]:
    reserved = _reserved()
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r.get("file", "") not in reserved]


def replay_findings(
    rows: list[dict[str, str]], verdicts: set[str], rules: set[str] | None = None, advice: bool = False
) -> list[tuple[dict[str, str], str, str]]:
    from beleidstaal import check_text

    out = []
    for r in rows:
        said = r.get("suggestion", "")
        if r.get("suggestion_verdict") not in verdicts or not said:
            continue
        if said.startswith("advies") != advice:
            continue
        if rules and r.get("rule") not in rules:
            continue
        span = r["span"].replace("\\", "")
        hits = [
            f
            for f in check_text(r["sentence"])
            if f.rule == r["rule"] and f.text and (span in f.text or f.text in span)
        ]
        if not hits:
            out.append((r, "none", ""))
        elif advice:
            # advice rows: the first advice as judged (``same``), other advice, or replacement text now
            now = (hits[0].advice or [""])[0]
            was = said.removeprefix("advies:").strip().replace("\\", "")
            state = "replacement" if hits[0].suggestions else "same" if now == was else "other"
            out.append((r, state, hits[0].suggestions[0] if hits[0].suggestions else now))
        elif hits[0].suggestions:
            now = hits[0].suggestions[0]
            out.append((r, "same" if now == said.replace("\\", "") else "other", now))
        else:
            out.append((r, "advice", (hits[0].advice or [""])[0]))
    return out


def replay_fixes(rows: list[dict[str, str]], verdicts: set[str]) -> list[tuple[dict[str, str], str, str]]:
    from beleidstaal import check_text, fix
    from beleidstaal.config import Config

    config = Config()
    out = []
    for r in rows:
        if r.get("verdict") not in verdicts:
            continue
        before, after = r["before"].replace("\\", ""), r["after"].replace("\\", "")
        findings = check_text(before, config=config, kind="markdown")
        edits = fix.verified_edits(before, fix.safe_edits(before, findings, config), config, "markdown")
        now = fix.apply_edits(before, edits)
        state = "same" if now == after else "unchanged" if now == before else "other"
        out.append((r, state, now))
    return out


def _print_pairs(pairs: dict[tuple[str, str, str], list[tuple[str, str]]]) -> None:
    """Replacements offered now, per rule/term/text: judged good, hint, bad (worst first), with the reasons."""

    def badness(item: tuple[tuple[str, str, str], list[tuple[str, str]]]) -> tuple[int, int]:
        verdicts = [v for v, _ in item[1]]
        return (-(verdicts.count("bad") * 2 + verdicts.count("hint")), -len(verdicts))

    print("\nrule\tterm -> now\tgood/hint/bad\treasons (bad, hint)")
    for (rule, span, now), rows in sorted(pairs.items(), key=badness):
        if rule not in WORD_LIST_RULES:
            continue
        verdicts = [v for v, _ in rows]
        why = " | ".join(reason for v, reason in rows if v != "good" and reason)
        counts = f"{verdicts.count('good')}/{verdicts.count('hint')}/{verdicts.count('bad')}"
        print(f"{rule}\t{span[:40]} -> {now[:40]}\t{counts}\t{why[:300]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sheets", nargs="+", type=Path)
    ap.add_argument(
        "--verdicts", default="bad,hint", help="suggestion verdicts (fix sheets: verdicts) to replay"
    )
    ap.add_argument("--quiet", action="store_true", help="only the counts")
    ap.add_argument(
        "--advice",
        action="store_true",
        help="rows whose suggestion was advice (not replacement text) instead",
    )
    ap.add_argument("--rules", default="", help="only these rules (comma-separated; finding sheets only)")
    ap.add_argument(
        "--pairs",
        action="store_true",
        help="word-list rows: per rule, term and replacement offered now, the judged verdicts and reasons",
    )
    args = ap.parse_args(argv)
    verdicts = set(args.verdicts.split(","))
    rules = set(filter(None, args.rules.split(",")))
    total: Counter[str] = Counter()
    pairs: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for sheet in args.sheets:
        rows = _rows(sheet)
        fix_sheet = bool(rows) and "before" in rows[0]
        if fix_sheet and rules:
            continue
        results = (
            replay_fixes(rows, verdicts) if fix_sheet else replay_findings(rows, verdicts, rules, args.advice)
        )
        counts = Counter(state for _, state, _ in results)
        total.update(counts)
        if not fix_sheet:
            for r, state, now in results:
                if state in ("same", "other"):
                    key = (r["rule"], r["span"].replace("\\", "").lower(), now.lower())
                    pairs.setdefault(key, []).append((r["suggestion_verdict"], r.get("reason", "")))
        print(
            f"{sheet.name}: {len(results)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
        if args.quiet:
            continue
        for r, state, now in results:
            what = r.get("span") or r["before"][:60]
            was = r.get("suggestion", r.get("after", ""))[:60]
            print(f"  {r['id']}\t{r.get('rule', '')}\t{r.get('suggestion_verdict') or r.get('verdict')}\t{state}\t"
                  f"{what[:50]} -> {was} | now: {now[:80]}")  # fmt: skip
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    if args.pairs:
        _print_pairs(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
