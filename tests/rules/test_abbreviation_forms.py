"""An abbreviation of initials in the lists (*i.c.*, *t.o.v.*, *m.b.t.*) is found where the writer left out its
last full stop (issue 18 item 1; the lead, after annotated-blind31 bp085). Without any stop it could be another word,
so that spelling stays silent. Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.entry_forms import abbreviation_forms

CONFIG = Config(min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=CONFIG)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Er is geen onderzoek nodig voor het plangebied (i.c het terrein van de school).", "i.c"),
        ("De school ligt vlak bij het dorp, t.o.v het station wat verder weg.", "t.o.v"),
        ("De afspraken m.b.t de nieuwe school staan in de bijlage.", "m.b.t"),
    ],
)
def test_an_abbreviation_without_its_last_stop_is_found(text, span):
    assert span in spans(text)


def test_the_full_spelling_is_found_as_before():
    assert "i.c." in spans("Het college, i.c. de wethouder, beslist over de aanvraag.")


def test_only_initials_with_stops_give_a_second_spelling():
    assert abbreviation_forms("i.c.") == {"i.c"}
    assert abbreviation_forms("middels") == frozenset()
    assert abbreviation_forms("ca.") == frozenset()  # one letter group: *ca* is no abbreviation of initials
