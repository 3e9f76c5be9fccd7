"""*zijn* with a predicate of its own: a later *gelegen* describes the noun before it, so it is no *zijn gelegen*
(issue #18 and #16, twenty-eighth round: forms42's bracket read *is onderdeel van een gebied gelegen tussen ...*
as *is ... gelegen*; found on the dev half after the round's reviews). Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORDY = Config(select=("BT104",), min_severity="info")


def gelegen(sentence: str) -> list[str]:
    return [f.text for f in check_text(sentence, config=WORDY) if "gelegen" in f.text]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare singular noun with its preposition right after *is*: the predicate (onderdeel van, eigenaar van)
        "Het huis is onderdeel van een rij woningen gelegen aan de dijk.",
        "De gemeente is eigenaar van de grond gelegen achter het station.",
        # a participle later in the clause is the one *is* goes with
        "Verder is een strook grond gelegen langs de sloot aangeduid als groen.",
    ],
)
def test_zijn_with_its_own_predicate_is_no_zijn_gelegen(sentence):
    assert gelegen(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Het plangebied is dus gelegen in een gemengd gebied.", "is dus gelegen"),
        ("Het plangebied is niet gelegen naast een gezoneerd industrieterrein.", "is niet gelegen"),
        ("Het plangebied is volgens de nota gelegen in een stil gebied.", "is volgens de nota gelegen"),
        ("Daarnaast is het plangebied gelegen in een beschermd gebied.", "is het plangebied gelegen"),
    ],
)
def test_zijn_gelegen_across_the_bracket_stays(sentence, span):
    assert gelegen(sentence) == [span]
