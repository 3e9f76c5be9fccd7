"""Task sugg21: word-list replacements that keep the meaning. An entry offers a replacement only in the sense where
it means the same; elsewhere the writer gets advice. Every sentence here is written for the test."""

from __future__ import annotations

from suggestion_checks import one

# --- in samenspraak met: talking together (overleg), not making it together


def test_samenspraak_is_overleg():
    hit = one("De wijkraad stelt het plan op in samenspraak met de bewoners.", "BT104", "samenspraak")
    assert hit.suggestions[:1] == ["in overleg met"]


# --- immer: 'steeds' fits a growing thing and a lasting one; 'altijd' not the first


def test_immer_before_a_growing_thing_is_steeds():
    hit = one("Het dorp kampt met een immer groeiende stroom auto's.", "BT101", "immer")
    assert hit.suggestions[:1] == ["steeds"]


def test_immer_for_a_state_is_steeds_too():  # guard: the finding and a replacement stay
    hit = one("De bibliotheek is immer open voor iedereen.", "BT101", "immer")
    assert hit.suggestions[:1] == ["steeds"]


# --- verstrekken: food, drink and lodging are sold or served, not given


def test_verstrekken_of_drinks_is_advice():
    hit = one("Het café richt zich op het verstrekken van dranken aan wandelaars.", "BT101", "verstrekken")
    assert hit.suggestions == []
    assert any("verkopen" in a and "schenken" in a for a in hit.advice)


def test_verstrekken_of_lodging_is_advice():
    hit = one("Op de boerderij mag de eigenaar logies verstrekken aan fietsers.", "BT101", "verstrekken")
    assert hit.suggestions == []


def test_verstrekken_of_information_stays_geven():  # guard
    hit = one(
        "De school wil de ouders elk jaar een overzicht van de kosten verstrekken.", "BT101", "verstrekken"
    )
    assert hit.suggestions[:1] == ["geven"]


# --- faciliteren of people is helping them; 'mogelijk maken' fits only a thing or an activity


def test_faciliteren_of_families_is_advice():
    text = "Het dorp legt de nadruk op het faciliteren van jonge gezinnen met kinderen."
    hit = one(text, "BT102", "faciliteren")
    assert hit.suggestions == []
    assert any("helpt" in a for a in hit.advice)


def test_faciliteren_of_an_activity_stays_mogelijk_maken():  # guard
    hit = one("Het nieuwe plan moet de bouw van een sporthal faciliteren.", "BT102", "faciliteren")
    assert hit.suggestions[:1] == ["mogelijk maken"]


# --- in algemene zin right after a noun says what kind of thing it is: 'nota's in het algemeen' is all of them


def test_algemene_zin_after_a_noun_is_no_in_het_algemeen():
    hit = one("Het college schrijft minder nota's in algemene zin.", "BT106", "algemene zin")
    assert "in het algemeen" not in hit.suggestions
    assert hit.advice[:1] == ["Schrappen."]


def test_algemene_zin_first_in_the_sentence_stays():  # guard
    hit = one("In algemene zin geldt dat de regels streng zijn.", "BT106", "algemene zin")
    assert hit.suggestions[:1] == ["In het algemeen"]


def test_cutting_a_phrase_with_its_own_preposition_leaves_the_next_one():
    # *in algemene termen* is a phrase of its own: *over* after it belongs to the verb (*sprak ... over*)
    hit = one("De voorzitter sprak in algemene termen over de begroting.", "BT106", "in algemene termen")
    assert not any("over'" in a for a in hit.advice), hit.advice


def test_faciliteren_by_a_company_or_of_organising_is_no_advice_about_people():
    # the subject is who facilitates (*Het bedrijf*), and *de organisatie van* is the act of organising
    for text in (
        "Het bedrijf faciliteert thuiswerken voor het personeel.",
        "De gemeente faciliteert de organisatie van het zomerfeest.",
    ):
        hit = one(text, "BT102", "faciliteert")
        assert not any("helpt" in a for a in hit.advice), (text, hit.advice)


def test_in_algemene_zin_inside_the_clause_is_advice():
    # sugg29: inside the clause 'in het algemeen' can read as 'usually' (judged bad and hint on real plans, where
    # the phrase was not first in the sentence); it stays a replacement only first in the sentence or between commas
    hit = one("De raad heeft de begroting in algemene zin besproken.", "BT106", "in algemene zin")
    assert hit.suggestions == [] and hit.advice[:1] == ["Schrappen."]


def test_verstrekken_after_a_phrase_of_time_with_a_food_word_keeps_geven():
    # *tijdens het ontbijt* says when; what is given is the information
    hit = one("Tijdens het ontbijt verstrekken wij uitleg over de wandelroute.", "BT101", "verstrekken")
    assert hit.suggestions[:1] == ["geven"]
