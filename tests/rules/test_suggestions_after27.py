"""After the review of sugg27: zijnde clauses and hanteren with a clause. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_term

from beleidstaal import check_text
from beleidstaal.config import Config


def zijnde_advice(text: str) -> list[str]:
    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.text == "zijnde"]
    assert hits, text
    return hits[0].advice


GENERAL = "Maak er een bijzin van met 'die' of 'dat' en '... is' of '... zijn' na het zelfstandig naamwoord."


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # a clause that is right on its own: no second advice to 'herschrijf de zin met die is'
        (
            "Wij lezen de in voorbereiding zijnde regels.",
            "Maak er een bijzin van: 'de regels die in voorbereiding zijn'.",
        ),
        # the article of a noun inside the phrase (*van het Rijk*) is not the article of the noun phrase
        (
            "Wij kopen de in handen van het Rijk zijnde grond.",
            "Maak er een bijzin van: 'de grond die in handen van het Rijk is'.",
        ),
        (
            "Wij verhuren het in eigendom van de kerk zijnde gebouw.",
            "Maak er een bijzin van: 'het gebouw dat in eigendom van de kerk is'.",
        ),
        (
            "Alle in bezit van de provincie zijnde wegen gaan over.",
            "Maak er een bijzin van: 'Alle wegen die in bezit van de provincie zijn'.",
        ),
        # a series with commas and en: all nouns go before the clause
        (
            "Wij bekijken de voor de buurt van belang zijnde brief, plannen en kaarten.",
            "Maak er een bijzin van: 'de brief, plannen en kaarten die voor de buurt van belang zijn'.",
        ),
        # the noun's own complement with van or over stays with the noun, before the clause
        (
            "Wij lezen de in voorbereiding zijnde nota over het verkeer.",
            "Maak er een bijzin van: 'de nota over het verkeer die in voorbereiding is'.",
        ),
        (
            "Wij lezen het in voorbereiding zijnde besluit van de raad.",
            "Maak er een bijzin van: 'het besluit van de raad dat in voorbereiding is'.",
        ),
    ],
)
def test_zijnde_clause_with_the_whole_noun_phrase(text, advice):
    assert zijnde_advice(text) == [advice]


@pytest.mark.parametrize(
    "text",
    [
        # without zijnde the word before it would need an ending (aanwezige, niet 'aanwezig groen')
        "Wij snoeien het in het plantsoen aanwezig zijnde groen.",
        "Wij maaien de onder toezicht van de provincie zijnde bermen.",
        "Dit geldt voor zowel de in gebruik zijnde als de lege lokalen.",
    ],
)
def test_zijnde_that_cannot_simply_go_gets_the_general_advice(text):
    assert zijnde_advice(text) == [GENERAL]


def test_zijnde_apposition_can_still_go():
    advice = zijnde_advice("De huurder, zijnde de bewoner van de flat, meldt het lek.")
    assert advice[0] == "Schrappen."


# --- hanteren with a clause: also after a comma, after an adverbial phrase, and as an infinitive


def hanteren(text: str):
    return one_term(text, "hanteren")


@pytest.mark.parametrize(
    "text",
    [
        "Wij blijven hanteren dat elke melding gratis is.",
        "Wij hanteren sinds dit jaar dat verzoeken per post binnenkomen.",
        "Er wordt gehanteerd, dat de termijn vier weken is.",
    ],
)
def test_hanteren_with_a_clause_gets_no_drop_in(text):
    hit = hanteren(text)
    assert not hit.suggestions
    assert any("geldt" in a for a in hit.advice)


def test_hanteren_with_an_object_keeps_its_drop_in():
    assert "gebruiken" in hanteren("Wij blijven deze wachttijd hanteren.").suggestions
    assert hanteren("Wij hanteren dat.").suggestions == ["gebruiken"]


def test_zijnde_complement_in_a_series_gets_the_advice_without_example():
    # the complement goes on past a comma: the clause after 'het Rijk' would cut the series
    advice = zijnde_advice(
        "Het van kracht zijnde beleid van het Rijk, het waterschap en de gemeente telt mee."
    )
    assert advice == ["Maak er een bijzin van met 'die' of 'dat' en '... is' na het zelfstandig naamwoord."]


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # a single word before zijnde that the parser reads as a noun is still the phrase
        (
            "Dat blijkt uit de voorhanden zijnde cijfers.",
            "Maak er een bijzin van: 'de cijfers die voorhanden zijn'.",
        ),
        # 'van toepassing' with a bare noun says how the thing is, not whose: no complement of the noun
        (
            "Wij volgen de sinds vorig jaar van kracht zijnde Waterwet van nabij.",
            "Maak er een bijzin van: 'de Waterwet die sinds vorig jaar van kracht is'.",
        ),
    ],
)
def test_zijnde_clause_guards(text, advice):
    assert zijnde_advice(text) == [advice]


def test_zijnde_after_its_noun_before_a_comma_can_go():
    # the formula after its noun (de schuur, een bijgebouw zijnde,): nothing before it needs an ending
    assert zijnde_advice("Het gaat om de schuur, een bijgebouw zijnde, achter het huis.")[0] == "Schrappen."
