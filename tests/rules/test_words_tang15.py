"""After blind11 (issue #16, task tang15): a listed word that is the name of a theme in a list of named themes is
not the writer's word choice (word-list rules). Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str) -> list[str]:
    config = Config(select=("BT102", "BT103"), min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config)]


def test_an_item_of_a_list_of_themes_after_a_colon_is_a_name():
    text = "De gemeente kiest in haar visie vijf thema's: wonen, werken, zorg, onderwijs en vitaliteit."
    assert "vitaliteit" not in flagged(text)


def test_an_item_of_a_list_of_aims_in_brackets_is_a_name():
    text = (
        "Voor de drie speerpunten van de gemeente (landbouw, cultuur en vitaliteit) is het water belangrijk."
    )
    assert "vitaliteit" not in flagged(text)


def test_a_long_item_or_a_short_list_is_the_writers_own():
    # guards: two items, and an item of more than three words, are no list of names
    assert "integrale" in flagged(
        "Twee pijlers zijn daarbij: samenwerking en een integrale aanpak van de zorg."
    )
    assert "vitaliteit" in flagged("De aandachtspunten zijn: water, vitaliteit en verkeer.")


def test_the_word_before_the_colon_is_no_item():
    # guard: the listed word stands in the lead-in, not in the list of themes
    text = (
        "Bij de drie thema's hoort een integrale aanpak: de gemeente werkt samen met de scholen en de zorg."
    )
    assert "integrale" in flagged(text)


def test_a_noun_with_a_year_right_after_it_names_an_edition():
    text = "De cijfers in de tabel komen uit de monitoring 2023 van de provincie."
    assert "monitoring" not in flagged(text)


def test_a_year_in_a_phrase_of_its_own_names_no_edition():
    # guards: *van 2023*, *in 2023*: the noun is the writer's word, the year a time
    assert "monitoring" in flagged("De cijfers komen uit de monitoring van 2023.")
    assert "monitoring" in flagged("In 2023 start de monitoring van de luchtkwaliteit.")
