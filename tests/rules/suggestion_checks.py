"""What the suggestion tests (test_suggestions_sugg20/21/22, after15, after27) ask of a checked sentence: all
findings of one rule at info level and above, the one finding of a rule whose text contains the given words, and the
one finding of a word-list term; and the word-list findings of a sentence as (rule, text, first offer), which the
word-study tests (test_lexicon_words24 ... words34) ask of each sentence, with those that hold a study's words."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, rule: str):
    return [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == rule]


def one(text: str, rule: str, words: str):
    hits = [f for f in found(text, rule) if words.lower() in f.text.lower()]
    assert len(hits) == 1, [(f.rule, f.text) for f in found(text, rule)]
    return hits[0]


def one_term(text: str, term: str):
    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.term == term]
    assert len(hits) == 1, text
    return hits[0]


def word_list_offers(text: str) -> list[tuple[str, str, str]]:
    """(rule, text, first suggestion or advice) of the word-list findings (BT1xx and BT202) of one sentence."""
    config = Config(min_severity="info")
    return [
        (f.rule, f.text, (f.suggestions or f.advice or [""])[0])
        for f in check_text(text, config=config)
        if f.rule.startswith("BT1") or f.rule == "BT202"
    ]


def one_offer(text: str, rule: str) -> tuple[str, str]:
    """(text, first offer) of the one word-list finding of ``rule`` in a sentence; fails when there is not exactly one."""
    hits = [(t, a) for r, t, a in word_list_offers(text) if r == rule]
    assert len(hits) == 1, word_list_offers(text)
    return hits[0]


def study_words_found(text: str, words) -> list[tuple[str, str, str]]:
    """The word-list findings (``word_list_offers``) whose text holds one of a study's ``words`` (lower case parts of
    its terms): what a sentence of ordinary Dutch must not have."""
    return [f for f in word_list_offers(text) if any(word in f[1].lower() for word in words)]
