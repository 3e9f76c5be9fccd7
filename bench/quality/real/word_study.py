"""Blind studies of words before they go into the lists (the twenty-second round): real sentences of the *dev* half
that hold a word, found by pattern (not by the linter), each with the finding and advice beleidstaal would give,
for new editors to judge with ``JUDGE-brief.md`` (verdict TP/FP/?, as on every sheet). A word goes in only where
they call it right; its study sheet stays in this folder as ``<study>-study.tsv`` (not ``*-judged.tsv``: its rows
are no findings of beleidstaal, so the replay tools do not read it). Results: RESULTS.md, twenty-second round.

Per study: at most ``per_word`` sentences per word, at most 2 per file, never a sentence of a judged sheet or of
``annotated-real.tsv``, in a fixed order from the study's seed, split into halves A and B (rows interleaved) for two
editors. The studies are defined in ``word_studies_22.py``, ``word_studies_28.py`` and ``word_studies_31.py``.
Standard library only.

    python bench/quality/real/word_study.py words22c --out /tmp/words22c   # writes A.tsv and B.tsv (and sheet.tsv)
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import draw_annotation as draw  # noqa: E402
from common import corpus_files, corpus_root, part_of  # noqa: E402
from word_studies_22 import STUDIES_22  # noqa: E402
from word_studies_28 import STUDIES_28  # noqa: E402
from word_studies_31 import STUDIES_31  # noqa: E402
from word_study_kinds import Study, Word, _word  # noqa: E402, F401  (Word and _word for callers)

HEAD = ["id", "file", "line", "sentence", "span", "rule", "message", "suggestion", "verdict", "suggestion_verdict",
        "reason"]  # fmt: skip

#: every study by name; the definitions: word_studies_22.py (rounds 22-25), word_studies_28.py (rounds 26-32) and
#: word_studies_31.py (round 33 on)
STUDIES: dict[str, Study] = {**STUDIES_22, **STUDIES_28, **STUDIES_31}


def blind_sentences(root: Path) -> set[str]:
    """Every sentence of the blind half, whitespace-normalised: only to leave out dev sentences that stand there too."""
    found: set[str] = set()
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) == "dev" or (root / rel).is_symlink():
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            found |= {" ".join(s.split()) for _, para in draw.paragraphs(text) for s in draw.sentences(para)}
    return found


def found_sentences(study: Study, root: Path) -> dict[str, list[tuple[str, int, str, str]]]:
    """word -> (file, line, sentence, span) of every dev-half sentence that holds it, in corpus order."""
    seen = draw.seen_sentences(leave_out=study.later)
    if study.dev_only:
        seen |= blind_sentences(root)
    found: dict[str, list[tuple[str, int, str, str]]] = {w: [] for w in study.words}
    reserved = draw.reserved() if study.no_reserved else set()
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) != "dev" or (root / rel).is_symlink() or rel in reserved:
                continue
            text = (root / rel).read_text(encoding="utf-8", errors="replace")
            for line, para in draw.paragraphs(text):
                for sentence in draw.sentences(para):
                    if " ".join(sentence.split()) in seen or len(sentence.split()) < 5:
                        continue
                    if study.skip is not None and study.skip.search(sentence):
                        continue
                    for name, word in study.words.items():
                        if m := word.pattern.search(sentence):
                            found[name].append((rel, line, sentence, m.group(1)))
    return found


def study_rows(study: Study, root: Path) -> list[list]:
    rng = random.Random(study.seed)
    rows: list[list] = []
    for name, items in found_sentences(study, root).items():
        rng.shuffle(items)
        per_file: dict[str, int] = {}
        picked = []
        drawn: set[str] = set()
        for item in items:
            if per_file.get(item[0], 0) >= 2:
                continue
            if study.once:
                if " ".join(item[2].split()) in drawn:
                    continue
                drawn.add(" ".join(item[2].split()))
            per_file[item[0]] = per_file.get(item[0], 0) + 1
            picked.append(item)
            if len(picked) == study.per_word:
                break
        word = study.words[name]
        suggestion = word.suggestion or f"advies: {word.message}"
        rows += [[rel, line, s, span, word.rule, word.message, suggestion] for rel, line, s, span in picked]
        print(f"{name}: {len(items)} sentences, {len(picked)} drawn", file=sys.stderr)
    rng.shuffle(rows)
    return rows


def _write(path: Path, rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(HEAD)
        w.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("study", choices=sorted(STUDIES))
    parser.add_argument("--out", type=Path, required=True, help="folder for A.tsv and B.tsv")
    args = parser.parse_args()
    study = STUDIES[args.study]
    rows = study_rows(study, corpus_root())
    args.out.mkdir(parents=True, exist_ok=True)
    if study.one_sheet:
        numbered = [[f"w-{i:03d}", *row, "", "", ""] for i, row in enumerate(rows, 1)]
        _write(args.out / "sheet.tsv", numbered)
        halves = {"A": numbered[0::2], "B": numbered[1::2]}
    else:
        halves = {
            n: [[f"{n}-{i:03d}", *row, "", "", ""] for i, row in enumerate(part, 1)]
            for n, part in (("A", rows[0::2]), ("B", rows[1::2]))
        }
    for n, part in halves.items():
        _write(args.out / f"{n}.tsv", part)


if __name__ == "__main__":
    main()
