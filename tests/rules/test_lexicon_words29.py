"""General policy words that the lists missed (issue 18, task words41; study words29 in
bench/quality/real/RESULTS.md): *mede*, *passend zijn*, *essentieel* (and *van essentieel
belang*). The editors turned down *aannemelijk*, *op grond waarvan*, *nadrukkelijk* and *de daarbij behorende*: they
stay silent. Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer
from suggestion_checks import word_list_offers as found

NEW_WORDS = ("mede", "aannemelijk", "passend", "op grond waarvan", "behorende", "nadrukkelijk", "essenti")


@pytest.mark.parametrize(
    "text,rule,span,advice",
    [
        ("De keuze voor deze plek is mede bepaald door de ligging aan het water.", "BT101", "mede", "ook"),
        ("Mede door de nieuwe wet zijn er meer woningen gebouwd.", "BT101", "Mede", "onder meer"),
        ("Het nieuwe gebouw is passend binnen de omgeving.", "BT104", "is passend", "past"),
        ("De kleine woningen zijn passend voor ouderen.", "BT104", "zijn passend", "passen"),
        ("Goed overleg met de buurt is essentieel voor dit plan.", "BT101", "essentieel", "heel belangrijk"),
        # before its noun it means 'wezenlijk', so 'groot' (the editors of words29)
        ("Er vinden in de wijk geen essentiële veranderingen plaats.", "BT101", "essentiële", "groot"),
        (
            "Een goede busverbinding is van essentieel belang voor het dorp.",
            "BT101",
            "van essentieel belang",
            "heel belangrijk",
        ),
    ],
)
def test_the_word_is_found_with_plain_advice(text, rule, span, advice):
    text_found, offer = one_offer(text, rule)
    assert text_found == span
    assert advice in offer


def test_essential_before_its_noun_is_advised_important_first():
    """Review of words41: 'groot' fits a change ('geen essentiële veranderingen'), not 'de essentiële kenmerken van
    het landschap' (not the big ones); 'belangrijk' fits both, so it comes first."""
    text_found, offer = one_offer("De essentiële kenmerken van het landschap blijven behouden.", "BT101")
    assert text_found == "essentiële"
    assert "bijvoorbeeld 'belangrijk'" in offer


@pytest.mark.parametrize(
    "text",
    [
        # fixed terms of zoning rules, and 'mede' as part of another word
        "De gronden zijn mede bestemd voor water en groen.",
        "Dit betekent dat de gronden mede zijn bestemd voor de bescherming van de dijk.",
        "Onder een bouwwerk wordt mede begrepen een schuur of een carport.",
        "Hij schreef de brief mede namens zijn buren.",
        "De medewerkers van de gemeente helpen u graag.",
        # 'passend' before a noun is ordinary Dutch
        "De gemeente neemt passende maatregelen tegen geluid.",
        "Wij zoeken een passend aanbod van woningen voor ouderen.",
        # attributive after a 'zijn' earlier in the clause (the dev half)
        "Er is al lang omgezien naar een passend gebruik, zoals een kinderopvang.",
        "Het nieuwe gebouw past goed in de omgeving.",
        # terms of nature law
        "Het plangebied is geen essentieel foerageergebied voor vleermuizen.",
        "De bomenrij is geen essentiële vliegroute voor vleermuizen.",
        "De wet geldt voor aanbieders van essentiële diensten.",
        "Het foerageergebied is alleen beschermd als het van essentieel belang is voor de functionaliteit van de "
        "verblijfplaats.",
        "Wij beschermen de vliegroutes die essentieel zijn voor de gunstige staat van instandhouding van de dieren.",
        # review of words41: the cookie category of a website, the singular of the cyber security term
        "Wij gebruiken alleen essentiële cookies op deze website.",
        "De aanbieder van een essentiële dienst moet een storing melden.",
        # review of words41: 'passend' as complement of another verb, and 'het is passend om/dat' (gepast)
        "De woningen zijn passend verklaard voor ouderen.",
        "Wij weten dat het plan passend is bevonden door de commissie.",
        "Het is passend om de buren eerst te vragen.",
        "De maatregelen zijn passend te achten.",
        "Het zou passend zijn, om de oude gevel te herstellen.",
        # turned down by the editors of words29
        "Het is aannemelijk dat er vleermuizen in de oude schuur wonen.",
        "De raad heeft een regel gemaakt op grond waarvan ook dakkapellen zijn toegestaan.",
        "De woningen worden verkocht met de daarbij behorende tuinen.",
        "Bij het ontwerp is nadrukkelijk gekeken naar de veiligheid van fietsers.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not [f for f in found(text) if any(word in f[1].lower() for word in NEW_WORDS)], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het college besluit de uitkomst van het onderzoek zo snel mogelijk aan de raad mede te delen.",
        "Wij vragen de eigenaren van de grond om mede te werken aan het nieuwe plan.",
        "Uit de digitale watertoets blijkt dat het plan geen essentiële waterbelangen raakt.",
    ],
)
def test_new29_a_verb_part_and_the_water_test_outcome_stay_silent(text):
    """new29: *mede* before *te* and an infinitive is the first part of that verb (*mededelen*, *meewerken*);
    *essentiële waterbelangen* is the outcome category of the water test (it decides the procedure)."""
    assert not [span for _rule, span, _offer in found(text) if span.lower() in ("mede", "essentiële")]
