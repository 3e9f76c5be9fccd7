"""After blind19 (issue 16, task tang33): in a short sentence (at most 17 words) a verb bracket (BT501) is counted
in the units a reader holds, not in words: a date and a name of several words are one unit each. Every sentence
here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def spans(text: str) -> list[str]:
    return [
        text[f.offset : f.end_offset]
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


def test_a_date_and_an_agent_with_a_name_in_a_short_sentence_make_no_bracket():
    # 10 words between *is* and *goedgekeurd*, but five units: op, the date, door, de, the name
    assert (
        spans("De nieuwe nota is op 9 oktober 2020 door de Gedeputeerde Staten van Gelderland goedgekeurd.")
        == []
    )


def test_a_date_and_a_named_committee_in_a_short_sentence_make_no_bracket():
    text = "Daarom heeft op 3 juni 2021 de Commissie Water en Bodem een advies over de plannen gegeven."
    assert spans(text) == []


def test_a_list_of_place_names_is_one_unit_in_a_short_sentence():
    assert spans("Daarom is in Assen, Emmen en Hoogeveen geen nieuw plan voor de wijk gemaakt.") == []


def test_a_short_sentence_with_nested_phrases_keeps_its_bracket():
    # guard: no date and no name: 14 words of nested phrases (over ... van ... aan ... van) to hold
    text = "Daarom wordt het advies over de bouw van woningen aan de rand van het dorp opnieuw besproken."
    assert spans(text) == [
        "wordt het advies over de bouw van woningen aan de rand van het dorp opnieuw besproken"
    ]


def test_a_date_in_a_longer_sentence_still_counts_as_its_words():
    # guard: 20 words; in a longer sentence the bracket is counted in words as before (a date stays three)
    text = (
        "Na een lange discussie in de commissie heeft de raad op 14 maart 2019 het plan voor het centrum "
        "vastgesteld."
    )
    assert spans(text) == ["heeft de raad op 14 maart 2019 het plan voor het centrum vastgesteld"]


def test_a_short_sentence_with_a_name_and_many_other_words_keeps_its_bracket():
    # guard: the name is one unit, but the bracket still holds ten: a short sentence is not spared as such
    text = "Toch wordt de subsidie voor het project van de Stichting Groen Dorp ook dit jaar weer verlengd."
    assert spans(text) == [
        "wordt de subsidie voor het project van de Stichting Groen Dorp ook dit jaar weer verlengd"
    ]


def test_a_short_sentence_with_a_date_and_ten_units_keeps_its_bracket():
    # guard (review): the date is one unit, and ten remain (tot, the date, bij, het, loket, van, de, gemeente, een,
    # bezwaarschrift): the threshold is the same in a short sentence
    text = "U kunt tot 1 juli 2025 bij het loket van de gemeente een bezwaarschrift indienen."
    assert spans(text) == ["kunt tot 1 juli 2025 bij het loket van de gemeente een bezwaarschrift indienen"]
