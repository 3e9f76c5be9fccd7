"""What a word study is (the twenty-second round on): a word with the finding and advice beleidstaal would give, and a
study of several words drawn together. The studies themselves: ``word_studies_22.py`` (rounds 22-25) and
``word_studies_28.py`` (round 26 on); the draw: ``word_study.py``. Standard library only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    #: the first group of the pattern is the span
    pattern: re.Pattern
    rule: str
    message: str
    #: replacement text, or advice starting with "advies:"; empty: "advies: " + the message
    suggestion: str = ""


@dataclass(frozen=True)
class Study:
    seed: int
    per_word: int
    words: dict[str, Word] = field(default_factory=dict)
    #: sentences that match this are left out for every word
    skip: re.Pattern | None = None
    #: ids of one numbered sheet (``w-001``) split afterwards, instead of ids per half (``A-001``)
    one_sheet: bool = False
    #: sheets drawn after the study, whose sentences it did not leave out (so that a repeated draw gives its rows)
    later: tuple[str, ...] = ("new22", "blind20")
    #: draw a sentence that stands word for word in several files only once (studies from words25 on)
    once: bool = False
    #: leave out a sentence that stands word for word in a file of the blind half too (studies from words30 on)
    dev_only: bool = False
    #: leave out the plans reserved for blind sheets (``reserve*-files.tsv``), dev half by their hash but counted with
    #: the blind half by ``new_findings.py`` (studies from words33 on)
    no_reserved: bool = False


def _word(pattern: str, rule: str, message: str, suggestion: str = "", flags: int = 0) -> Word:
    return Word(re.compile(pattern, flags), rule, message, suggestion)
