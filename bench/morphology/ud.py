"""Reading the UD Dutch treebanks for the morphology data and benchmark: training files (both 2017 train files and
both dev files, without any sentence that also occurs in a test file) and test files, as (form, lemma, upos, xpos,
feats) rows per sentence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

UD = Path(os.environ.get("UD_DUTCH", "/work/shared/ud-dutch"))
TRAIN = (
    "nl_alpino-ud-train-2017-partial.conllu",
    "nl_lassysmall-ud-train-2017.conllu",
    "nl_alpino-ud-dev.conllu",
    "nl_lassysmall-ud-dev.conllu",
)
TEST = ("nl_alpino-ud-test.conllu", "nl_lassysmall-ud-test.conllu")

Row = tuple[str, str, str, str, str]


def sentences(name: str) -> Iterator[list[Row]]:
    sent: list[Row] = []
    with open(UD / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append((cols[1], cols[2], cols[3], cols[4], cols[5]))
    if sent:
        yield sent


def test_sentences() -> Iterator[tuple[str, list[Row]]]:
    for name in TEST:
        for s in sentences(name):
            yield name, s


def train_sentences() -> Iterator[list[Row]]:
    """Training and dev sentences, without those whose words also form a test sentence."""
    held = {tuple(r[0] for r in s) for _, s in test_sentences()}
    for name in TRAIN:
        for s in sentences(name):
            if tuple(r[0] for r in s) not in held:
                yield s


def lemma_of(row: Row) -> str:
    """The gold lemma without the compound and particle marks of the 2025 files (*uit_voeren* → *uitvoeren*)."""
    return row[1].replace("_", "").lower()
