"""Findings whose text says a thing twice: a measure of how well beleidstaal's messages read.

Run from the repository root:

    python bench/quality/real/repeats.py                      # counts, dev half and the example nota
    python bench/quality/real/repeats.py --show 20            # and 20 repeating texts
    python bench/quality/real/repeats.py --save /tmp/a.tsv    # every finding's text, to compare two runs
    python bench/quality/real/repeats.py --compare /tmp/a.tsv # the texts that differ from a saved run

The text: every docs-as-code page of the dev half (``common.part_of``), ``--plans`` zoning plans of the dev half
(a fixed random subset, never the plans reserved for blind sheets) and ``voorbeelden/beleidsnota.md``. Two counts
(``beleidstaal.language.said``):

- *message*: findings whose message has a sentence that repeats an earlier one (the same sentence, or one whose
  content words are all in an earlier sentence): *Vaag; noem de partijen bij naam. Noem ze.*
- *with advice*: findings where a front end that shows the message and then the advice (the judging sheet, a
  client of the JSON) would show an advice sentence that the message already says: *Een actieve zin is directer:
  zeg wie het doet.* and *Zeg wie het doet.*
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, corpus_root  # noqa: E402
from new_entries import files_of  # noqa: E402

NOTA = REPO / "voorbeelden" / "beleidsnota.md"


def texts(paths: list[Path]) -> list[tuple[str, int, str, str, str, str]]:
    """(file, offset, rule, flagged words, message, advice joined) for every finding of the files."""
    from beleidstaal.core import check_path

    rows = []
    for path in paths:
        result = check_path(path)
        for f in result.findings:
            rows.append((path.name, f.offset, f.rule, f.text, f.message, " ".join(f.advice)))
    return rows


def main() -> None:
    from beleidstaal.language.said import repeats, says_again

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=4, help="zoning plans of the dev half (default 4)")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--show", type=int, default=0, help="print this many repeating texts")
    parser.add_argument("--save", help="write every finding's text to this TSV")
    parser.add_argument("--compare", help="print the texts that differ from this saved TSV")
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    args = parser.parse_args()
    root = corpus_root(args.corpus)
    paths = [root / f for f in files_of(root, "dev", args.plans, args.seed, False)] + [NOTA]
    rows = texts(paths)
    in_message, with_advice = Counter(), Counter()
    shown = []
    for file, _offset, rule, _words, message, advice in rows:
        again = repeats(message)
        told = [s for s in repeats(message + " " + advice) if advice and s not in again]
        told = [s for s in told if says_again(s, message)]
        if again:
            in_message[rule] += 1
        if told:
            with_advice[rule] += 1
        if (again or told) and len(shown) < args.show:
            shown.append(f"{file} {rule}: {message} || {advice}")
    print(f"{len(paths)} files, {len(rows)} findings")
    print(f"message repeats itself: {sum(in_message.values())} {dict(in_message.most_common())}")
    print(f"advice repeats the message: {sum(with_advice.values())} {dict(with_advice.most_common())}")
    for line in shown:
        print(" ", line)
    if args.save:
        with open(args.save, "w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter="\t").writerows(rows)
    if args.compare:
        with open(args.compare, encoding="utf-8", newline="") as saved:
            before = {(r[0], r[1], r[2], r[3]): r for r in csv.reader(saved, delimiter="\t")}
        for r in rows:
            old = before.get((r[0], str(r[1]), r[2], r[3]))
            if old is not None and (old[4], old[5]) != (r[4], r[5]):
                print(f"\n{r[0]} {r[2]} '{r[3]}'\n  was: {old[4]} || {old[5]}\n  now: {r[4]} || {r[5]}")


if __name__ == "__main__":
    main()
