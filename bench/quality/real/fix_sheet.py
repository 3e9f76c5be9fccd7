"""A judging sheet from ``fix-diff.txt`` (issue #17): pair the removed and added lines of the diff, cut out each
changed sentence (before and after), and sample N of them with a seed. The judge fills in ``verdict`` (good /
awkward / wrong / meaning) and ``reason``; ``fix-judged.tsv`` is such a sheet, judged blind.

Run: ``python bench/quality/real/fix_sheet.py bench/quality/real/fix-diff.txt 150 2026 fix-sheet.tsv``
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
from pathlib import Path

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def line_pairs(diff: str) -> list[tuple[str, str, str]]:
    """(file, old line, new line) for every changed line of a unified diff."""
    pairs, path, removed = [], "", []
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:]
        elif line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and removed:
            pairs.append((path, removed.pop(0), line[1:]))
        elif not line.startswith("+"):
            removed = []
    return pairs


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def changed_sentences(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    rows = []
    for path, old, new in pairs:
        a, b = sentences(old), sentences(new)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag != "equal":
                rows.append(
                    (path, " ".join(a[i1:i2]).replace("\t", " "), " ".join(b[j1:j2]).replace("\t", " "))
                )
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Een beoordelingsblad van de zinnen die check --fix veranderde."
    )
    parser.add_argument("diff", type=Path, help="de diff van fix_diff.py")
    parser.add_argument("n", type=int, help="aantal zinnen op het blad")
    parser.add_argument("seed", type=int)
    parser.add_argument("out", type=Path, help="het blad (TSV)")
    args = parser.parse_args(argv)
    diff, n, seed, out = args.diff, args.n, args.seed, args.out
    if not diff.is_file():
        parser.exit(2, f"Bestand niet gevonden: {diff}\n")
    rows = changed_sentences(line_pairs(diff.read_text(encoding="utf-8")))
    random.Random(seed).shuffle(rows)
    lines = ["id\tfile\tbefore\tafter\tverdict\treason"]
    lines += [f"fix-{i:03d}\t{p}\t{b}\t{a}\t\t" for i, (p, b, a) in enumerate(rows[:n], 1)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} changed sentences, {min(n, len(rows))} on the sheet -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
