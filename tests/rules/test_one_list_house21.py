"""Task house21: one list of units of measure (``grammatica.measure_units``) for the passives (BT301: a unit after
*in* gives a method) and the nominalisations (BT201: a number with a unit gives a size). Every sentence here is
written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.data import word_set


def rules(text: str, rule: str) -> list[str]:
    return [f.text for f in check_text(text, config=Config(min_severity="info")) if f.rule == rule]


def test_the_lists_do_not_overlap():
    units = word_set("grammatica", "measure_units")
    assert not units & word_set("grammatica", "time_units")
    assert not units & word_set("lijdende_vorm", "measure_scales")


def test_a_unit_of_the_one_list_gives_the_passive_a_method():
    # before: the passives' own list had no procentpunt, gram or eur
    assert rules("De stijging van de kosten wordt uitgedrukt in procentpunten.", "BT301") == []
    assert rules("Het gewicht van het afval wordt gemeten in gram.", "BT301") == []
    assert rules("De hoogte wordt gemeten in meters.", "BT301") == []


def test_a_period_after_per_is_no_unit_for_the_passive():
    assert rules("Het verkeer wordt per week gemeten.", "BT301")


def test_a_unit_of_the_one_list_gives_the_noun_a_size():
    # before: the nominalisations' own list had no 'vierkante', where the parse hangs the number
    assert rules("Een vergroting van 20 vierkante meter is toegestaan.", "BT201") == []
    assert rules("Een verlenging van 2 jaar wordt verleend.", "BT201") == []


def test_a_counted_scale_word_is_an_object_for_the_noun():
    # a scale after *in* (the passives' ``measure_scales``) is a counted thing after a number
    assert rules("De aanleg van 2 lijnen is gepland.", "BT201")


def test_circumstance_is_the_time_frame_and_the_time_after():
    # one list of the frame prepositions, read by nominal_signals (a time frame) and lexicon_sense (not an object);
    # 'na' and 'sinds' are a phrase of time, but no frame at the same time as the act
    from beleidstaal.rules.lexicon_sense import CIRCUMSTANCE

    frame = word_set("grammatica", "frame_prepositions")
    assert frame < CIRCUMSTANCE
    assert CIRCUMSTANCE - frame == word_set("grammatica", "since_prepositions") == {"na", "sinds"}
