"""Precision of the word lists on plain Dutch: how many lexicon findings on 200 plain B1 sentences?

Every sentence in bench/quality/b1_zinnen.txt is plain, B1-level Dutch (news style, letters to residents), so every
lexicon finding on it is a false alarm. Goal: fewer than 1 per 20 sentences, i.e. fewer than 10 in total.

    python bench/lexicon_precision.py            # the count and each finding
    python bench/lexicon_precision.py --quiet    # only the count
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "bench" / "quality" / "b1_zinnen.txt"
LEXICON_RULES = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT202")
GOAL = 10


def read_sentences(path: Path = SENTENCES) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.startswith("#")]


def lexicon_findings(sentences: list[str]):
    """(sentence, finding) for every word-list finding; each sentence is checked on its own."""
    from beleidstaal import Config, check_text

    config = Config(select=LEXICON_RULES)
    return [(s, f) for s in sentences for f in check_text(s, config=config)]


def main(argv: list[str]) -> int:
    sentences = read_sentences()
    found = lexicon_findings(sentences)
    if "--quiet" not in argv:
        for sentence, f in found:
            print(f"{f.rule} {f.term!r} ({f.text!r}): {sentence}")
    per20 = len(found) / len(sentences) * 20
    print(
        f"{len(found)} lexicon findings on {len(sentences)} plain B1 sentences ({per20:.2f} per 20 sentences; goal < {GOAL})"
    )
    return 0 if len(found) < GOAL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
