"""Draw the sheet of the words22 study: real sentences of the dev half with a word the lists did not hold
(*betreffende* after an article, *eventuele*, *nader(e)*, *invulling*), each with the advice beleidstaal would give,
for editors to judge blind (verdict TP/FP/?, as on every sheet) before the words went into the lists.

Standard library only (the sentences are found by pattern, not by the linter): 18 sentences per word, at most 2 per
file, never a sentence of a judged sheet or of ``annotated-real.tsv``; seed 22. The judged result is
``words22-study.tsv`` (two editors, 36 rows each; not named ``*-judged.tsv``: its rows are no findings of
beleidstaal, so the replay tools do not read it).

    python bench/quality/real/words22_draw.py --out /tmp/words22/sheet.tsv
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import draw_annotation as draw  # noqa: E402
from common import corpus_files, corpus_root, part_of  # noqa: E402

#: word -> (pattern whose first group is the span, rule, the message and advice that were judged)
WORDS = {
    "betreffende": (
        re.compile(r"\b(?:de|het|deze|die|dit|dat)\s+(betreffende)\s+\w", re.I),
        "BT101",
        "Stijf woord. Vaak kan het weg, of zeg 'deze' of 'die'.",
    ),
    "eventuele": (
        re.compile(r"\b(eventuele?)\b", re.I),
        "BT106",
        "Vaag woord. Vaak kan het weg, of zeg 'als er ... zijn' of 'mogelijke'.",
    ),
    "nader": (
        re.compile(r"\b(nadere?)\b", re.I),
        "BT101",
        "Stijf woord. Zeg 'meer', 'verder' of 'later', of laat het weg.",
    ),
    "invulling": (
        re.compile(r"\b(invulling)\b", re.I),
        "BT106",
        "Vaag woord. Zeg wat er gebeurt of komt: 'hoe het terrein wordt ingericht', 'wat er komt'.",
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--per-word", type=int, default=18)
    args = parser.parse_args()
    root, seen = corpus_root(), draw.seen_sentences()
    found: dict[str, list[tuple[str, int, str, str]]] = {w: [] for w in WORDS}
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) != "dev" or (root / rel).is_symlink():
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            for line, para in draw.paragraphs(text):
                for sentence in draw.sentences(para):
                    if " ".join(sentence.split()) in seen or len(sentence.split()) < 5:
                        continue
                    for word, (pattern, _, _) in WORDS.items():
                        if m := pattern.search(sentence):
                            found[word].append((rel, line, sentence, m.group(1)))
    rng = random.Random(args.seed)
    rows = []
    for word, items in found.items():
        rng.shuffle(items)
        per_file: dict[str, int] = {}
        picked = []
        for item in items:
            if per_file.get(item[0], 0) >= 2:
                continue
            per_file[item[0]] = per_file.get(item[0], 0) + 1
            picked.append(item)
            if len(picked) == args.per_word:
                break
        _, rule, message = WORDS[word]
        rows += [[rel, line, s, span, rule, message, f"advies: {message}"] for rel, line, s, span in picked]
        print(f"{word}: {len(items)} sentences, {len(picked)} drawn", file=sys.stderr)
    rng.shuffle(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "file", "line", "sentence", "span", "rule", "message", "suggestion", "verdict",
                    "suggestion_verdict", "reason"])  # fmt: skip
        for i, row in enumerate(rows, 1):
            w.writerow([f"w-{i:03d}", *row, "", "", ""])


if __name__ == "__main__":
    main()
