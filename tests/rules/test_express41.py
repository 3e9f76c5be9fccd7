"""Round twenty-six (issue 16, after new26): a passive of *weergeven* with the form a quantity is shown in (*in dB*,
*met risicocontouren*, *met een rode lijn*) states how the quantity is given, like *uitgedrukt in*: nobody hides, no
passive finding. Where it is shown (*in de windroos*, *in het verslag*, *in bijlage 2*) the passive stays. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str) -> list[str]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [f.text for f in check_text(text, config=config, kind="markdown")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het geluidsniveau van de weg wordt weergegeven in dB.",
        "Het risico rond het tankstation wordt weergegeven met risicocontouren.",
        "De geluidsbelasting wordt weergegeven in een getal per etmaal.",
        "De grens van het bouwvlak wordt weergegeven met een rode lijn.",
        # a bare or indefinite scale after *in* is the form too (pass43)
        "De geluidsbelasting per woning wordt weergegeven in klassen.",
        "Het risico wordt weergegeven in een percentage.",
        "De uitkomst wordt weergegeven in een cijfer tussen 1 en 10.",
    ],
)
def test_the_form_a_quantity_is_shown_in_is_no_hidden_doer(sentence):
    assert passives(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In de windroos wordt de kans op wind uit elke richting weergegeven.",
        "Uw mening wordt weergegeven in het verslag van de raadsvergadering.",
        "De reacties op het plan worden weergegeven in bijlage 2.",
        "De resultaten van de enquête worden volgende week weergegeven.",
        "In figuur 4 is het uitzicht vanaf de dijk op de nieuwe woningen weergegeven.",
        "Hieronder worden de vijf gemaakte keuzes weergegeven met per keuze een korte toelichting.",
        "In onderstaande drie punten wordt ons advies weergegeven.",
        "Het risico wordt weergegeven met de lijn rond het bedrijf.",
        # a scale with an article: where it is shown (pass43)
        "Het advies wordt weergegeven in de punten hieronder.",
    ],
)
def test_where_something_is_shown_keeps_the_passive(sentence):
    assert passives(sentence), sentence
