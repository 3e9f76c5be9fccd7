"""Round twenty-two (issue #16, task words33): word-list findings that editors called wrong because the text
itself says what the words mean: *een belangrijke rol spelen* before a colon that opens the list of what matters,
and a phrase the document names as a term (*het begrip (geluidsarme zone)*). Every sentence here is written for
the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules, min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


def test_belangrijke_rol_spelen_before_the_list_of_what_matters_is_no_finding():
    text = (
        "In het dorp zullen de volgende onderdelen een belangrijke rol spelen:\n\n"
        "- de bomen langs de straat;\n- de lage hagen voor de huizen.\n"
    )
    assert flagged(text, "BT105") == []


def test_belangrijke_rol_spelen_without_a_list_stays():
    text = "Bomen en hagen spelen een belangrijke rol in de straat.\n"
    assert flagged(text, "BT105") == ["spelen een belangrijke rol"]
    text = "Het groen kan een belangrijke rol spelen bij het behoud van de wijk.\n"
    assert flagged(text, "BT105") == ["belangrijke rol spelen"]
