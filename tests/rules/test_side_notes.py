"""A word-list finding in a short parenthesis of its own (*(indien aanwezig)*) is a tip, not a warning: such a set
side note is not worth the writer's time (beleidstaal.rules.lexicon_context.in_side_note)."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

INFO = Config(min_severity="info")


def _levels(text: str, span: str) -> list[str]:
    return [
        f.severity for f in check_text(text, config=INFO) if text[f.offset : f.end_offset].lower() == span
    ]


def test_a_short_side_note_is_a_tip():
    text = "Lid 4 bevat de specifieke gebruiksregels (indien aanwezig) en de afwijkingsregels (indien van toepassing)."
    assert _levels(text, "indien") == ["info", "info"]
    # at the level a writer sees by default (warning) they are gone
    shown = check_text(text, config=Config(min_severity="warning"))
    assert not [f for f in shown if text[f.offset : f.end_offset].lower() == "indien"]


def test_a_longer_parenthesis_and_running_text_keep_their_warning():
    assert _levels("Bouw de schuur (indien u dat wilt) achter het huis.", "indien") == ["warning"]
    assert _levels("Indien u bezwaar wilt maken, schrijft u ons een brief.", "indien") == ["warning"]
