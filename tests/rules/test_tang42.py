"""BT501: *worden* first in the final cluster after *is*, *wordt* or *heeft* is the finite verb of a clause of its
own (a *dat*-clause), not part of the main verb's bracket: those verbs take no infinitive (blind26)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

CONFIG = Config(min_severity="info")


def brackets(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=CONFIG) if f.rule == "BT501"]


@pytest.mark.parametrize(
    "text",
    [
        "Het doel daarbij is dat kleine en grote bedrijven niet in hun dagelijkse werk worden gehinderd door de "
        "nieuwe regels.",
        "Belangrijk voor de raad is dat de wensen van de inwoners van het dorp in het plan goed worden meegenomen.",
    ],
)
def test_a_dat_clause_after_is_closes_its_own_cluster(text):
    assert brackets(text) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Het bestemmingsplan moet na de zomer door de raad van de gemeente in een openbare vergadering worden "
         "vastgesteld.", "moet"),
        ("De nieuwe school zal na de zomer op de plek van het oude gemeentehuis aan de Dorpsstraat worden "
         "gebouwd.", "zal"),
        ("Het plan wordt na de zomer door de raad van de gemeente in een openbare vergadering vastgesteld.", "wordt"),
    ],
)  # fmt: skip
def test_worden_in_the_bracket_of_a_modal_stays_a_bracket(text, start):
    found = brackets(text)
    assert len(found) == 1 and found[0].startswith(start), found
