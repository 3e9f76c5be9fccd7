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
    text = "Wij gebruiken het woord 'vitaliteit' vaak.\n\nHet plan verbetert de vitaliteit van de wijk.\n"
    assert flagged(text, "BT102") == ["vitaliteit"]


def test_without_quotes_the_phrase_keeps_its_finding():
    text = "Met de gebiedsgerichte aanpak krijgt elke wijk eigen regels voor de bouw.\n"
    assert flagged(text, "BT102") == ["gebiedsgerichte"]


def test_aanleveren_of_rules_or_to_the_landelijke_voorziening_is_a_step_of_the_procedure():
    assert flagged("Daarna levert de gemeente het plan aan bij de landelijke voorziening.\n", "BT102") == []
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


# review (words30): a quotation, a verb phrase, an example of a word and a worn image in quotes name nothing


def test_a_quoted_sentence_is_a_quotation_not_a_name():
    text = "'Wij faciliteren de bewoners', zei de wethouder.\n\nWij faciliteren de bewoners ook met geld.\n"
    assert flagged(text, "BT102") == ["faciliteren"]


def test_a_quoted_verb_phrase_is_not_a_name():
    text = "Het college wil 'maatwerk leveren'.\n\nWij gaan maatwerk leveren aan elke bewoner.\n"
    assert flagged(text, "BT102") == ["maatwerk"]


def test_an_example_after_woorden_als_is_not_a_name():
    text = (
        "Vermijd woorden als 'in het kader van' en 'maatschappelijke opgave'.\n\n"
        "De maatschappelijke opgave in de wijk is groot.\n"
    )
    assert flagged(text, "BT102") == ["maatschappelijke opgave"]


def test_a_worn_image_in_quotes_is_still_worn_later():
    text = "Bewoners noemen het plan ‘een stip op de horizon’.\n\nWij kiezen voor een concrete stip op de horizon.\n"
    assert flagged(text, "BT105") == ["stip op de horizon"]


def test_aanleveren_by_the_rules_is_still_sending_in():
    # 'volgens de regels' says how, not what: the citizen still sends the data
    assert flagged("U moet de gegevens volgens de regels aanleveren.\n", "BT102") == ["aanleveren"]
    assert flagged("U kunt uw gegevens aanleveren aan de registratie van de gemeente.\n", "BT102") == [
        "aanleveren"
    ]
    assert flagged("Binnen de regels van de subsidie kunt u de facturen later aanleveren.\n", "BT102") == [
        "aanleveren"
    ]


def test_a_quoted_title_with_a_verb_is_a_name():
    text = (
        "De afspraken staan in de brochure 'Integraal samenwerken in de wijk'.\n\n"
        "Integraal samenwerken in de wijk vraagt veel tijd van de ambtenaren.\n"
    )
    assert flagged(text, "BT102") == []


def test_als_rode_draad_without_een_is_the_same_worn_image():
    text = "Duurzaamheid loopt als rode draad door de hele visie.\n"
    assert flagged(text, "BT105") == ["als rode draad"]
