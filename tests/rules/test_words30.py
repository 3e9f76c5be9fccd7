"""Round twenty (issue #16, task words30): a name the document gives in quotation marks once, and a formal step
of a procedure. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules, min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


def test_a_name_given_once_in_quotes_is_the_same_name_later():
    text = (
        "De nota noemt de werkwijze de 'gebiedsgerichte aanpak'.\n\n"
        "Met de gebiedsgerichte aanpak krijgt elke wijk eigen regels voor de bouw.\n"
    )
    assert flagged(text, "BT102") == []
    text = (
        "Het college heeft drie 'rode draden' gekozen voor het beleid.\n\n"
        "De drie rode draden voor de komende jaren zijn wonen, werk en groen.\n"
    )
    assert flagged(text, "BT105") == []


def test_the_quoted_name_must_hold_the_word_as_it_stands():
    # another phrase with the same listed word is the writer's own choice
    text = (
        "De nota noemt de werkwijze de 'gebiedsgerichte aanpak'.\n\n"
        "Wij werken gebiedsgericht in elke wijk van de stad.\n"
    )
    assert flagged(text, "BT102") == ["gebiedsgericht"]


def test_one_quoted_word_names_nothing_for_the_rest_of_the_text():
    # one word in quotes is a word the text talks about or a word in scare quotes, not a name
    text = "Wij gebruiken het woord 'leefbaarheid' vaak.\n\nHet plan verbetert de leefbaarheid van de wijk.\n"
    assert flagged(text, "BT102") == ["leefbaarheid"]


def test_without_quotes_the_phrase_keeps_its_finding():
    text = "Met de gebiedsgerichte aanpak krijgt elke wijk eigen regels voor de bouw.\n"
    assert flagged(text, "BT102") == ["gebiedsgerichte"]


def test_aanleveren_of_rules_or_to_the_landelijke_voorziening_is_a_step_of_the_procedure():
    assert flagged("Daarna levert de gemeente het plan aan bij de landelijke voorziening.\n", "BT102") == []
    assert flagged("Het waterschap moet de nieuwe regels op tijd aanleveren.\n", "BT102") == []
    assert flagged("Daarna volgt het aanleveren van de regels aan de registratie.\n", "BT102") == []


def test_aanleveren_elsewhere_keeps_its_finding():
    text = "U moet de tekeningen voor 1 mei aanleveren bij de gemeente.\n"
    assert flagged(text, "BT102") == ["aanleveren"]
    # a text about the DSO: what citizens send in is still 'sturen' or 'geven'
    text = "Het Digitaal Stelsel Omgevingswet (DSO) kent vaste stappen.\n\nBurgers kunnen hier informatie aanleveren.\n"
    assert flagged(text, "BT102") == ["aanleveren"]


def test_rode_draden_as_the_main_themes_is_plain_dutch():
    text = "Wonen en groen zijn de rode draden van deze nota.\n"
    assert flagged(text, "BT105") == []


def test_als_een_rode_draad_door_stays_a_worn_image():
    text = "Duurzaamheid loopt als een rode draad door alle plannen van de gemeente.\n"
    assert flagged(text, "BT105") == ["als een rode draad"]


def test_a_compound_of_vraagstuk_is_not_reported():
    # 'parkeervraag' would be the demand for parking places: another thing
    assert (
        flagged("De gemeente zoekt een oplossing voor de parkeervraagstukken in het centrum.\n", "BT102")
        == []
    )
    assert flagged("Het vraagstuk van de parkeerplaatsen is groot.\n", "BT102") == ["vraagstuk"]
