"""A participle with *blijven* (*is behouden gebleven*, *blijft gesloten*) says what stays as it is: the auxiliary
before it is *blijven*'s, there is no passive and no doer to name (blind19, studied after it was scored)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")


@pytest.mark.parametrize(
    "sentence",
    [
        "De oude structuur van het dorp is in het plangebied voor een belangrijk deel behouden gebleven.",
        "De historische gevels zijn na de renovatie van het hele blok gelukkig behouden gebleven.",
        "De boerderijen zijn tot op heden goed bewaard gebleven.",
    ],
)
def test_a_participle_with_blijven_is_no_passive(sentence):
    assert check_text(sentence, config=ONLY) == []


def test_a_passive_next_to_it_keeps_its_finding():
    found = check_text("De gevels worden door de aannemer hersteld en blijven daarna behouden.", config=ONLY)
    assert [f.text for f in found] == ["worden door de aannemer hersteld"]


def test_a_passive_after_blijven_keeps_its_finding():
    sentence = "Het landschap moet zo worden ingericht dat het open karakter behouden blijft dan wel wordt versterkt."
    assert "wordt versterkt" in [f.text for f in check_text(sentence, config=ONLY)]
