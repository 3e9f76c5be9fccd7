"""Draw the sheet of the words22e study (the fifth of the lead's word studies; see ``words22_draw.py``): *behorende bij*
(BT104, 'bij'), *verwezenlijken* and the verb *voorliggen* (BT101, advice), words that ``annotated-blind22.tsv``
marks, 14 sentences each from the dev half, at most
2 per file, seed 2225, split in two halves for two editors (``words22e-study.tsv`` holds their verdicts). Standard
library only.

    python bench/quality/real/words22e_draw.py   # writes /tmp/words22e/A.tsv and B.tsv
"""

import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
OUT = Path("/tmp/words22e")

import draw_annotation as d  # noqa: E402
from common import corpus_files, corpus_root, part_of  # noqa: E402

PAIRS = {
    "behorende bij": (
        re.compile(r"\b([Bb]ehorende?\s+bij)\b"),
        "BT104",
        "Omslachtig; zeg 'bij'.",
        "bij",
    ),
    "verwezenlijken": (
        re.compile(r"\b(verwezenlijk\w*|\w*verwezenlijkt)\b"),
        "BT101",
        "Stijf woord; zeg 'waarmaken', 'bereiken' of 'uitvoeren'.",
        "advies: Kies wat hier past, bijvoorbeeld 'waarmaken', 'bereiken' of 'uitvoeren'.",
    ),
    "voorliggen": (
        re.compile(r"\b(voor(?:ligt|liggen|lag|lagen))\b"),
        "BT101",
        "Stijf woord; zeg wat er ligt: 'het plan dat er nu ligt', of 'dit plan'.",
        "advies: Zeg 'het plan dat er nu ligt' of 'dit plan'.",
    ),
}


def main() -> None:
    root, seen = corpus_root(), d.seen_sentences()
    found = {k: [] for k in PAIRS}
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) != "dev" or (root / rel).is_symlink():
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            for line, para in d.paragraphs(text):
                for s in d.sentences(para):
                    if " ".join(s.split()) in seen or len(s.split()) < 5:
                        continue
                    for k, (rx, _, _, _) in PAIRS.items():
                        if m := rx.search(s):
                            found[k].append((rel, line, s, m.group(1)))
    rng = random.Random(2223)
    rows = []
    for k, items in found.items():
        print(k, len(items), file=sys.stderr)
        rng.shuffle(items)
        per: dict[str, int] = {}
        pick = []
        for it in items:
            if per.get(it[0], 0) >= 2:
                continue
            per[it[0]] = per.get(it[0], 0) + 1
            pick.append(it)
            if len(pick) == 14:
                break
        _, rule, msg, sug = PAIRS[k]
        rows += [[rel, line, s, span, rule, msg, sug] for rel, line, s, span in pick]
    rng.shuffle(rows)
    head = ["id", "file", "line", "sentence", "span", "rule", "message", "suggestion", "verdict",
            "suggestion_verdict", "reason"]  # fmt: skip
    OUT.mkdir(exist_ok=True)
    for n, part in (("A", rows[0::2]), ("B", rows[1::2])):
        with (OUT / f"{n}.tsv").open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(head)
            for i, r in enumerate(part, 1):
                w.writerow([f"{n}-{i:03d}", *r, "", "", ""])


if __name__ == "__main__":
    main()
