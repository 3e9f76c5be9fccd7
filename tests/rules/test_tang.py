"""BT501 tang constructions: article-noun tangs with a relative-clause rewrite, and long verb brackets."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT501",))


def tangs(text: str):
    return [f for f in check_text(text, config=ONLY) if f.rule == "BT501"]


def test_article_noun_tang_with_rewrite():
    (f,) = tangs("De door de raad in 2024 vastgestelde nota geldt tot 2028.")
    assert f.text == "De door de raad in 2024 vastgestelde nota"
    assert f.suggestions == ["De nota die de raad in 2024 heeft vastgesteld"]
    assert f.data["kind"] == "lidwoord"


def test_neuter_noun_gets_dat():
    (f,) = tangs("Een door de gemeente samen met de woningcorporaties ontwikkeld plan ligt ter inzage.")
    assert f.suggestions == ["Een plan dat de gemeente samen met de woningcorporaties heeft ontwikkeld"]


def test_short_modifier_is_no_tang():
    assert tangs("De in 2024 vastgestelde nota geldt tot 2028.") == []
    assert tangs("De nota die de raad in 2024 heeft vastgesteld, geldt tot 2028.") == []


def test_long_verb_bracket():
    text = (
        "Wij stellen de regels voor het parkeren in de binnenstad en op de bedrijventerreinen rond het station "
        "in het voorjaar vast."
    )
    found = tangs(text)
    assert any(f.data["kind"] == "werkwoord" and f.data["words"] >= 12 for f in found)
    # what to do is advice, not replacement text
    assert all(f.advice and not f.suggestions for f in found if f.data["kind"] == "werkwoord")


def test_short_verb_bracket_is_fine():
    assert tangs("De raad stelt het plan in juni vast.") == []
