"""What the tests of the tagger backstop (test_tagger21, test_mends_mend22) ask of a sentence: the texts of one
rule's findings, and the word class the parse (with ``language.morph_tags``' corrections) gives a word."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.nlp import get_analyser


def found(text: str, rule: str) -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [f.text for f in check_text(text, config=config)]


def tag(text: str, word: str) -> str:
    doc = get_analyser().parse([text])[0]
    return next(t.pos_ for t in doc if t.lower_ == word)
