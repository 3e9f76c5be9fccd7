"""Round twenty-six (issue 16, blind25): a verb + preposition entry (*sturen op*) fires only where the preposition
opens the verb's object; a preposition right before *te* and an infinitive is the first part of that verb
(*sturend op te treden*: *optreden*). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str) -> list[str]:
    config = Config(select=("BT101", "BT102", "BT104"), min_severity="info")
    return [f.text.lower() for f in check_text(text, config=config)]


def test_a_particle_before_te_is_no_preposition_of_the_verb():
    assert not any(
        t.startswith("sturend op") for t in flagged("De wethouder wil in de wijk sturend op te treden.")
    )


@pytest.mark.parametrize(
    "text,span",
    [
        ("De raad stuurt op resultaten in de wijken.", "stuurt op"),
        ("Wij sturen op te hoge kosten bij de bouw.", "sturen op"),
        ("Het plan voorziet in te bouwen woningen aan de rand van het dorp.", "voorziet in"),
        # a separable verb's own particle before *te* is still its part: *inzetten op*
        ("Het college besluit in te zetten op preventie.", "in te zetten op"),
    ],
)
def test_the_verb_and_its_own_preposition_still_count(text, span):
    assert span in flagged(text)
