"""After blind11 (issue #16, task tang15): verb brackets (BT501) whose middle field is long only by an aside that
names the noun again (an apposition between commas, names right after a common noun), and a separated particle
read as a preposition that opens an article tang. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str):
    return [
        f
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


def test_a_separated_particle_before_a_preposition_opens_no_noun_phrase():
    # *draagt ... bij aan*: *bij* is the particle of *bijdragen*, *aan* the verb's preposition; no tang opens there
    text = "Het bedrijf draagt flink bij aan de groei van de stad met jaarlijks 200 geplande woningen."
    assert not [f for f in found(text) if text[f.offset : f.end_offset].startswith("bij")]


def test_after_an_infinitive_the_word_is_a_preposition_that_opens_a_noun_phrase():
    # guard: *zich houden aan*: no particle can stand apart after an infinitive, so *aan bij ... gestelde regels*
    # is a noun phrase with a long modifier, a tang
    text = "Voor de bouw moeten gemeenten zich houden aan bij wet of verordening gestelde regels."
    assert [f for f in found(text) if text[f.offset : f.end_offset].startswith("aan bij")]


def test_an_apposition_between_commas_counts_as_one_word():
    text = "Voor de hoogte van de schuur wordt de schuur op het naastgelegen erf, Kerkweg 12, als voorbeeld gebruikt."
    assert not found(text)


def test_an_apposition_of_examples_counts_as_one_word():
    text = (
        "Zo kunnen ook nieuwe medewerkers, bijvoorbeeld stagiairs of uitzendkrachten, de handleiding zonder hulp "
        "lezen en begrijpen."
    )
    assert not found(text)


def test_names_right_after_a_common_noun_count_as_one_word():
    text = "In het onderzoek zijn bij alle scholen in de stad de waarden CO2, NO2 en PM10 berekend."
    assert not found(text)


def test_a_phrase_between_commas_is_part_of_the_clause_and_counts():
    # guard: an adverbial phrase set off by commas is no apposition; the reader holds it with the open verb
    text = "Het college heeft de nota, na een lange discussie in de raad over de kosten, toch vastgesteld."
    assert found(text)


def test_a_common_noun_after_a_noun_is_no_list_of_names():
    # guard: without names the words count one by one
    text = "Het college heeft de plannen van de gemeenten in de regio voor de komende jaren vastgesteld."
    assert found(text)


def test_the_items_of_a_list_are_no_apposition():
    # *de wegen, de pleinen, de parken en bermen*: each item counts; *de pleinen* is no aside of *de wegen*
    text = "Het team heeft de wegen, de pleinen, de parken en bermen in Zuid ingericht."
    assert found(text)
