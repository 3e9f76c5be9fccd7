"""Listed words read in the sense and setting the entry means, thirty-second round (issue 16, task sense47). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def _words(text: str, rule: str) -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config) if f.rule == rule]


# -- an English noun as the first part of a compound written apart, with the capital of its sentence --------------------


@pytest.mark.parametrize(
    "compound, alone, word",
    [
        # the capital of the sentence's first word, or of the first word after a colon, is no name
        (
            "Norm 14001: Management systeem eisen voor de milieuzorg van bedrijven.",
            "Norm 14001: Management besluit daar elk jaar over.",
            "management",
        ),
        (
            "Management systeem eisen staan in de tweede bijlage.",
            "Management besluit daar volgende week over.",
            "management",
        ),
    ],
)
def test_an_english_noun_before_another_noun_is_the_first_part_of_a_compound(compound, alone, word):
    assert _words(compound, "BT103") == []
    assert word in _words(alone, "BT103")  # the noun on its own is still the English word


def test_only_an_english_word_that_names_a_thing_opens_such_a_compound():
    assert _words("Management rapportages sturen wij elke maand rond.", "BT103") == []
    # 'offline' names no thing (its Dutch words are no nouns): it describes the noun after it
    assert _words("Offline werkzaamheden plannen wij in het weekend.", "BT103") == ["offline"]
    assert _words("Offline berekeningen maken wij in het weekend.", "BT103") == ["offline"]


# -- an English word inside a fixed English term: the whole term is the finding ---------------------------------------


def test_a_fixed_english_term_is_flagged_whole_not_by_its_last_word():
    text = "Wij vergelijken de total cost of ownership van twee pakketten voor de afdeling."
    assert _words(text, "BT103") == ["total cost of ownership"]
    assert _words("Wij willen meer ownership bij de teams van de afdeling.", "BT103") == ["ownership"]
