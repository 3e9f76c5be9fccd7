"""Four replacement faults found after the sixth round (issue #17): a participle that looks like an infinitive,
*met ingang van* before a verb of coming into force, the comma before *alsmede*, and a replacement noun of the
other gender after a determiner or adjective. Sentences written for this test."""

from __future__ import annotations

import pytest
from test_realise import _finding

# --- bezien: infinitive and participle alike; the words around it tell which ----------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle fronted before its auxiliary (tagged as a name)
        ("Bezien wordt of een vergunning nodig is.", "Bekeken"),
        # after worden / zijn / hebben, also with words between them
        ("Het plan wordt bezien.", "bekeken"),
        ("Het plan moet worden bezien.", "bekeken"),
        ("Het plan is in 2020 bezien.", "bekeken"),
        ("Wij hebben het plan bezien.", "bekeken"),
        ("Nadat het plan is bezien, besluiten wij.", "bekeken"),
        # between an article and its noun
        ("Het bezien plan is goed.", "bekeken"),
        # the infinitive: after a modal verb, te, or another infinitive; the finite verb with its subject
        ("Wij zullen bezien of het kan.", "bekijken"),
        ("Het is nodig om het plan te bezien.", "bekijken"),
        ("Wij hebben het plan willen bezien.", "bekijken"),
        ("Wij bezien of het kan.", "bekijken"),
    ],
)
def test_bezien_gets_the_form_its_place_asks_for(text, expected):
    assert _finding(text, "bezien").suggestions == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a present singular the tagger took for an adverb or a name is still the finite verb
        ("Het college beziet of het kan.", "bekijkt"),
        ("Beziet de gemeente het plan?", "Bekijkt"),
    ],
)
def test_beziet_stays_finite(text, expected):
    assert _finding(text, "beziet").suggestions == [expected]


def test_an_imperative_stays_an_imperative():
    # 'Hanteer' first in a title, tagged as a name: not 'Gebruiken' (infinitive) nor 'Gebruikt'
    assert _finding("Hanteer een vaste werkwijze", "Hanteer").suggestions[0] == "Gebruik"


# --- met ingang van: a point in time before a verb of coming into force ---------------------------------------


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        ("De regeling zal met ingang van 1 januari in werking treden.", "met ingang van", "op"),
        ("Met ingang van 1 januari treedt de wet in werking.", "Met ingang van", "Op"),
        ("De nieuwe huur gaat met ingang van 1 januari in.", "met ingang van", "op"),
        ("Het besluit is met ingang van 1 mei ingegaan.", "met ingang van", "op"),
        ("De wet wordt met ingang van 1 juli van kracht.", "met ingang van", "op"),
        # from then on: 'vanaf' stays
        ("Met ingang van 1 januari betaalt u meer.", "Met ingang van", "Vanaf"),
        ("Met ingang van 1 januari wordt de huur hoger.", "Met ingang van", "Vanaf"),
    ],
)
def test_met_ingang_van_before_coming_into_force_is_op(text, flagged, expected):
    assert _finding(text, flagged).suggestions == [expected]


# --- alsmede: the comma that only served it goes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        (
            "Het plan regelt de bouw van woningen, alsmede de aanleg van wegen.",
            "woningen, alsmede",
            "woningen en",
        ),
        ("Wij betalen de huur van de woning, alsmede de kosten.", "woning, alsmede", "woning en"),
        # without a comma nothing else changes
        ("De huur alsmede de kosten zijn hoog.", "alsmede", "en"),
        # a comma that may close an insertion stays, and one that marks the top split of a nested list
        ("Wij betalen de huur, vastgesteld in 2020, alsmede de kosten.", "alsmede", "en"),
        (
            "Wij volgen de regels die hieraan eisen stellen, alsmede de afspraken met de buren.",
            "alsmede",
            "en",
        ),
        (
            "In de bijlage is een kaart opgenomen, alsmede een foto van de straat.",
            "opgenomen, alsmede",
            "opgenomen en",
        ),
        ("Hier mag u wonen, alsmede parkeren, spelen en wandelen.", "alsmede", "en"),
        ("Wij betalen de huur, die hoog is, alsmede de kosten.", "alsmede", "en"),
    ],
)
def test_the_comma_before_alsmede_goes_with_it(text, flagged, expected):
    finding = _finding(text, flagged)
    assert finding.suggestions[0] == expected
    assert finding.message.startswith("'alsmede'")  # the message names the word itself


# --- a replacement noun of the other gender: the noun phrase rewritten whole -----------------------------------


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        ("Algemene doelstelling", "Algemene doelstelling", "Algemeen doel"),
        (
            "De algemene doelstelling is dat het water schoon blijft.",
            "De algemene doelstelling",
            "Het algemene doel",
        ),
        ("De doelstelling van het plan is minder verkeer.", "De doelstelling", "Het doel"),
        ("Wij hebben een duidelijke doelstelling.", "een duidelijke doelstelling", "een duidelijk doel"),
        ("Deze belangrijke doelstelling halen wij.", "Deze belangrijke doelstelling", "Dit belangrijke doel"),
    ],
)
def test_a_noun_of_the_other_gender_takes_its_determiner_and_adjectives_along(text, flagged, expected):
    assert _finding(text, flagged).suggestions == [expected]


def test_a_relative_clause_keeps_the_old_gender():
    # 'het doel die wij kozen' would break the relative pronoun: advice
    finding = _finding("De doelstelling die wij kozen is goed.", "doelstelling")
    assert finding.suggestions == []
    assert finding.advice
