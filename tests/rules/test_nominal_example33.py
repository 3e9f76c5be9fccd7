"""BT201: no example made of a phrase that stops before its noun (task sugg33). Where the finding's words end on
an adjective or participle of a later noun (*van slechts vijf grondgebonden* | *woning*, *van bestaand* |
*bebouwd gebied*), the example lost that noun ('slechts vijf grondgebonden toevoegen'): the advice names the verb
without one. A phrase that ends on its noun keeps its example."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT201",), min_severity="info")


def advice(sentence: str) -> str:
    found = check_text(sentence, config=ONLY)
    assert found
    return " ".join(found[0].advice)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            "Het voorstel gaat uit van het toevoegen van slechts vijf grondgebonden woning in het lint.",
            "toevoegen",
        ),
        ("Wij streven naar een betere benutting van bestaand bebouwd gebied.", "benutten"),
        ("De gemeente werkt aan een snellere benutting van bestaand stedelijk gebied.", "benutten"),
    ],
)
def test_no_example_from_a_phrase_cut_before_its_noun(sentence, verb):
    text = advice(sentence)
    assert "bijvoorbeeld met" not in text
    assert f"'{verb}'" in text


def test_a_phrase_that_ends_on_its_noun_keeps_its_example():
    text = advice("Het college gaat uit van het toevoegen van twee woningen aan het plan.")
    assert "bijvoorbeeld met 'twee woningen aan het plan toevoegen'" in text
