"""After blind8 (issue #16): a reservation whose next sentence weighs the interests case by case (BT106), and a
literature reference read as prose (BT701). Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.rules.readability import is_reference


def vague(text: str):
    """Vague words and reservations (BT106, and BT108 since the task after blind9: it runs only when selected)."""
    codes = ("BT106", "BT108")
    return [f for f in check_text(text, config=Config(select=codes, min_severity="info")) if f.rule in codes]


def test_reservation_followed_by_a_weighing_of_interests():
    text = (
        "Bij een overtreding treedt de gemeente in beginsel op. "
        "Per zaak maakt het college daarbij een belangenafweging."
    )
    assert vague(text) == []


def test_reservation_with_an_unrelated_next_sentence_is_found():
    text = "Bij een overtreding treedt de gemeente in beginsel op. Het college doet dat via een brief."
    assert [f.text for f in vague(text)] == ["in beginsel"]


def test_literature_references_are_recognised():
    assert is_reference(
        "Bakker, J.P. en M. de Vries, 2019. Onderzoek naar de bodem. Adviesbureau, Rapport 12."
    )
    assert is_reference("- Vries, M. de (2021). Water in de wijk. Utrecht: Uitgeverij Oost.")
    assert is_reference("Heuvel, A. van den, 1998. De oude dijk.")


def test_prose_with_a_comma_and_a_year_is_no_reference():
    assert not is_reference("Bakker, de gemeente heeft in 2019 een nieuw plan gemaakt.")
    assert not is_reference("De raad, J. Bakker en de wethouder hebben in 2019 gesproken.")
    assert not is_reference("In 2019, na veel overleg, koos de raad voor het plan.")


# --- BT401: two main clauses joined by a semicolon count apart


def long_sentences(text: str):
    config = Config(select=("BT401",), min_severity="info")
    return [f for f in check_text(text, config=config, kind="markdown") if f.rule == "BT401"]


def test_two_main_clauses_after_a_semicolon_count_apart():
    # 17 + 20 words, each part a clause with its own verb
    text = (
        "De wet geeft voor deze drukke straat in het centrum van de stad geen vaste grens voor het geluid; wel moet "
        "de gemeente goed uitleggen waarom het geluid van de nieuwe weg voor de buren aanvaardbaar is."
    )
    assert long_sentences(text) == []


def test_a_part_without_a_verb_after_the_semicolon_keeps_the_sentence_whole():
    text = (
        "De gemeente weet dat een website alleen voor veel mensen geen goede oplossing is, zeker niet voor ouderen en "
        "nieuwkomers; een groot deel van de inwoners van de stad."
    )
    (f,) = long_sentences(text)
    assert f.data["words"] > 25


# --- BT106: a reservation in the conditional is hypothetical ('in theory')


def test_reservation_in_the_conditional_means_in_theory():
    text = "De gemeenten zouden in principe samen een regeling voor de hele regio moeten kunnen maken."
    assert vague(text) == []


def test_same_reservation_as_a_rule_is_found():
    text = "De gemeenten moeten in principe samen een regeling voor de hele regio maken."
    assert [f.text for f in vague(text)] == ["in principe"]


def test_conditional_in_another_sentence_does_not_count():
    text = "Bouwen is hier in principe niet toegestaan. Zou u toch willen bouwen, dan belt u de gemeente."
    assert [f.text for f in vague(text)] == ["in principe"]


# --- BT106: 'daadwerkelijk' before a measured quantity sets the actual value against the permitted one


def test_actual_quantity_against_the_limit():
    assert (
        vague(
            "Zonder drempels is een daadwerkelijke snelheid van 30 km per uur in deze straat niet haalbaar."
        )
        == []
    )


def test_daadwerkelijk_as_filler_is_found():
    assert [f.text for f in vague("Wij gaan nu daadwerkelijk aan de slag met het plan.")] == ["daadwerkelijk"]
