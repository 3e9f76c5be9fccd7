"""A verb phrase whose own *te* stands before its old verb (*medewerking te verlenen*, *overleg te voeren*, *in beeld
te brengen*) keeps a *te* in its replacement, before the first verb of the new words (issue #16, twenty-eighth round:
new30 judged *'meewerken'* for *verzocht medewerking te verlenen* bad; forms42's word-for-word reading gives the
phrase with its *te*). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal.language.realise_verbs import rewrite_verb_phrase
from beleidstaal.nlp import get_analyser


def rewrite(sentence: str, first: str, words: list[str]) -> str | None:
    doc = get_analyser().parse([sentence])[0]
    start = next(t.i for t in doc if t.text == first)
    te = next(t.i for t in doc if t.lower_ == "te")
    return rewrite_verb_phrase([doc[k] for k in range(start, te + 2)], words)


@pytest.mark.parametrize(
    ("sentence", "first", "words", "expected"),
    [
        (
            "De school heeft de buurt gevraagd medewerking te verlenen aan het feest.",
            "medewerking",
            ["meewerken"],
            "mee te werken",
        ),
        (
            "De buren hebben besloten overleg te voeren met de gemeente.",
            "overleg",
            ["overleggen"],
            "te overleggen",
        ),
        ("Het is nodig om het gebied in beeld te brengen.", "in", ["laten", "zien"], "te laten zien"),
    ],
)
def test_the_phrase_te_stays_in_the_replacement(sentence, first, words, expected):
    assert rewrite(sentence, first, words) == expected
