"""One definition of a word and a sentence (language/words.py): the figures and the rules count alike."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.stats import stats_for_text

#: a time (10:00) is a word; an abbreviation the tagger calls X (art.) is not
TEXT = "Om 10:00 uur stelt de raad het plan vast, voor 3,5 km² grond (zie § 4) en 12 % meer huizen. Goed zo!"


def test_stats_and_sentence_length_count_the_same_words():
    figures = stats_for_text(TEXT).document
    long = [
        f
        for f in check_text(TEXT, config=Config(select=("BT401",), max_sentence_words=1))
        if f.rule == "BT401"
    ]
    assert figures.sentences == len(long) == 2
    assert figures.words == sum(f.data["words"] for f in long) == 20


def test_punctuation_and_symbols_are_no_words():
    figures = stats_for_text("Wat nu ? ! § % …").document
    assert figures.words == 2
