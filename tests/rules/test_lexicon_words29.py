"""General policy words that the lists missed (issue 18, task words41; study words29 in
bench/quality/real/RESULTS.md): *mede*, *aannemelijk*, *passend zijn*, *op grond waarvan*, *daarbij behorende*,
*nadrukkelijk*, *essentieel*. Sentences written for the test."""

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
        (
            "Het is aannemelijk dat er vleermuizen in de oude schuur wonen.",
            "BT101",
            "aannemelijk",
            "waarschijnlijk",
        ),
        ("Het is niet aannemelijk dat de grond vervuild is.", "BT101", "aannemelijk", "waarschijnlijk"),
        ("Het nieuwe gebouw is passend binnen de omgeving.", "BT104", "is passend", "past"),
        ("De kleine woningen zijn passend voor ouderen.", "BT104", "zijn passend", "passen"),
        (
            "De raad heeft een regel gemaakt op grond waarvan ook dakkapellen zijn toegestaan.",
            "BT101",
            "op grond waarvan",
            "waarmee",
        ),
        (
            "De woningen worden verkocht met de daarbij behorende tuinen.",
            "BT104",
            "daarbij behorende",
            "bijbehorend",
        ),
        (
            "Het besluit en de hierbij behorende kaart liggen ter inzage.",
            "BT104",
            "hierbij behorende",
            "bijbehorend",
        ),
        (
            "Bij het ontwerp is nadrukkelijk gekeken naar de veiligheid van fietsers.",
            "BT101",
            "nadrukkelijk",
            "duidelijk",
        ),
        ("Goed overleg met de buurt is essentieel voor dit plan.", "BT101", "essentieel", "heel belangrijk"),
        (
            "Er vinden in de wijk geen essentiële veranderingen plaats.",
            "BT101",
            "essentiële",
            "heel belangrijk",
        ),
    ],
)
def test_the_word_is_found_with_plain_advice(text, rule, span, advice):
    text_found, offer = one_offer(text, rule)
    assert text_found == span
    assert advice in offer


@pytest.mark.parametrize(
    "text",
    [
        # fixed terms of zoning rules, and 'mede' as part of another word
        "De gronden zijn mede bestemd voor water en groen.",
        "Onder een bouwwerk wordt mede begrepen een schuur of een carport.",
        "Hij schreef de brief mede namens zijn buren.",
        "De medewerkers van de gemeente helpen u graag.",
        # 'aannemelijk maken' is the burden of proof in law
        "De initiatiefnemer moet aannemelijk maken dat er geen schade ontstaat.",
        "Het onderzoek heeft aannemelijk gemaakt dat de grond schoon is.",
        "Er is aannemelijk gemaakt dat de luchtkwaliteit niet verslechtert.",
        # 'passend' before a noun is ordinary Dutch
        "De gemeente neemt passende maatregelen tegen geluid.",
        "Wij zoeken een passend aanbod van woningen voor ouderen.",
        "Het nieuwe gebouw past goed in de omgeving.",
        # 'bijbehorend' is the plain word the advice offers
        "De woningen worden verkocht met de bijbehorende tuinen.",
        # terms of nature law
        "Het plangebied is geen essentieel foerageergebied voor vleermuizen.",
        "De bomenrij is geen essentiële vliegroute voor vleermuizen.",
        "De wet geldt voor aanbieders van essentiële diensten.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not [f for f in found(text) if any(word in f[1].lower() for word in NEW_WORDS)], found(text)
