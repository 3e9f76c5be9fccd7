"""Issue 16, thirty-fourth round (lex49): in a text about software, *oppakken* is what a team does with a ticket or
a program with data, a concrete act of the trade; in a policy text it stays the vague promise. Every sentence here
is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def jargon(text: str) -> list[str]:
    config = Config(select=("BT102",), min_severity="info")
    return [f.text.lower() for f in check_text(text, config=config) if f.rule == "BT102"]


# a text about software (it names an API, a database, GitHub): the program fetches, the team takes up a ticket
@pytest.mark.parametrize(
    "text",
    [
        "De module vraagt de API om de gegevens. Daarna pakt de functie de bestanden uit de map op.",
        "Meld een fout via GitHub. Het team geeft de melding een label en pakt uw issue binnen een week op.",
        "De server bewaart elke nacht een kopie in de database. Een script pakt die kopieën op.",
    ],
)
def test_oppakken_in_a_text_about_software_is_no_finding(text: str) -> None:
    assert not [w for w in jargon(text) if "pak" in w], jargon(text)


# the same verb in a policy text: the promise to take up a task without saying what
@pytest.mark.parametrize(
    "text",
    [
        "De gemeente pakt de opgave voor de wijk op.",
        "Dit vraagstuk moet de regio samen oppakken.",
    ],
)
def test_oppakken_in_a_policy_text_stays_a_finding(text: str) -> None:
    assert [w for w in jargon(text) if "pak" in w], jargon(text)
