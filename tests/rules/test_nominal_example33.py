"""BT201: no example made of a phrase that stops before its noun (task sugg33). Where the finding's words end on
an adjective or participle of a later noun (*van slechts vijf grondgebonden* | *woning*, *van bestaand* |
*bebouwd gebied*), the example lost that noun ('slechts vijf grondgebonden toevoegen'); since task example48 the object runs on to
that noun (``language.nominal_object_end``). A phrase that ends on its noun keeps its example."""

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
    ("sentence", "example"),
    [
        (
            "Het voorstel gaat uit van het toevoegen van slechts vijf grondgebonden woning in het lint.",
            "slechts vijf grondgebonden woning toevoegen",
        ),
        (
            "Wij streven naar een betere benutting van bestaand bebouwd gebied.",
            "bestaand bebouwd gebied beter benutten",
        ),
        (
            "De gemeente werkt aan een snellere benutting van bestaand stedelijk gebied.",
            "bestaand stedelijk gebied sneller benutten",
        ),
    ],
)
def test_a_phrase_cut_before_its_noun_runs_on_to_it(sentence, example):
    # example48: where the noun follows directly, the example takes it along (it gave no example before)
    assert f"bijvoorbeeld met '{example}'" in advice(sentence)


def test_a_phrase_that_ends_on_its_noun_keeps_its_example():
    text = advice("Het college gaat uit van het toevoegen van twee woningen aan het plan.")
    assert "bijvoorbeeld met 'twee woningen aan het plan toevoegen'" in text
