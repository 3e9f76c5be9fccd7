"""Draw the sheet of the words22b study (the second of the lead's word studies; see ``words22_draw.py``): *te*
before a place name (BT101, 'in') and *het aspect* / *de aspecten* (BT106), 20 sentences each from the dev half, at
most 2 per file, seed 222, split in two halves for two editors (``words22b-study.tsv`` holds their verdicts).
Standard library only.

    python bench/quality/real/words22b_draw.py   # writes /tmp/words22b/A.tsv and B.tsv
"""

import csv
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
OUT = Path("/tmp/words22b")

import draw_annotation as d  # noqa: E402
from common import corpus_files, corpus_root, part_of  # noqa: E402

root = corpus_root()
seen = d.seen_sentences()
W = {
    "te": (
        re.compile(r"(?<=[a-zë]) (te) (?:[A-Z][a-zé]+)(?: [A-Z][a-z]+)?\b"),
        "BT101",
        "Stijf; zeg 'in'.",
        "in",
    ),
    "aspect": (
        re.compile(r"\b((?:[Hh]et|[Dd]it|[Dd]e|[Dd]eze) aspecte?n?)\b"),
        "BT106",
        "Vaag woord; noem het onderwerp zelf: niet 'het aspect geluid' maar 'geluid'.",
        "advies: Noem het onderwerp zelf: niet 'het aspect geluid' maar 'geluid'.",
    ),
}
found = {k: [] for k in W}
for corpus in ("bestemmingsplannen", "docs-as-code"):
    for rel in corpus_files(root, corpus):
        if part_of(rel) != "dev" or (root / rel).is_symlink():
            continue
        text = (root / rel).read_text(encoding="utf-8", errors="replace")
        for line, para in d.paragraphs(text):
            for s in d.sentences(para):
                if " ".join(s.split()) in seen or len(s.split()) < 5:
                    continue
                for k, (rx, _, _, _) in W.items():
                    m = rx.search(s)
                    if m and not re.search(r"\bte (Noord|Zuid|Oost|West)\b", s):
                        found[k].append((rel, line, s, m.group(1)))
rng = random.Random(222)
rows = []
for k, items in found.items():
    print(k, len(items))
    rng.shuffle(items)
    per = {}
    pick = []
    for it in items:
        if per.get(it[0], 0) >= 2:
            continue
        per[it[0]] = per.get(it[0], 0) + 1
        pick.append(it)
        if len(pick) == 20:
            break
    rule, msg, sug = W[k][1], W[k][2], W[k][3]
    rows += [[rel, line, s, span, rule, msg, sug] for rel, line, s, span in pick]
rng.shuffle(rows)
head = [
    "id",
    "file",
    "line",
    "sentence",
    "span",
    "rule",
    "message",
    "suggestion",
    "verdict",
    "suggestion_verdict",
    "reason",
]
OUT.mkdir(exist_ok=True)
for n, part in (("A", rows[0::2]), ("B", rows[1::2])):
    with open(OUT / f"{n}.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(head)
        for i, r in enumerate(part, 1):
            w.writerow([f"{n}-{i:03d}", *r, "", "", ""])
