"""Replacements that are correct Dutch in their sentence (task mend26, after the review of mend25, issue #16).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one


def advice(text: str, rule: str, words: str) -> str:
    return " ".join(one(text, rule, words).advice)


# (1) *weg* is a noun and a particle: the particle only where particle + verb is a Dutch verb
@pytest.mark.parametrize(
    "text,verb",
    [
        ("De wegafsluiting van de provincie duurt drie weken.", "afsluiten"),
        ("Na de wegverbreding van de N302 rijden er meer vrachtwagens.", "verbreden"),
    ],
)
def test_a_road_is_no_particle(text, verb):
    hit = found(text, "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == verb, [f.data for f in hit]


# (1) guards: a particle that is no noun (*door*) stays, even for a verb the lists lack
@pytest.mark.parametrize(
    "text,verb",
    [
        ("De doorberekening van de hogere lonen gebeurt pas volgend jaar.", "doorberekenen"),
        ("De voorbereiding van de nieuwe begroting kost veel tijd.", "voorbereiden"),
    ],
)
def test_a_particle_verb_stays(text, verb):
    hit = found(text, "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == verb, [f.data for f in hit]


# (2) *zich voornemen* with an adverb of time between: reflexive, no finding of *voorgenomen*
@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben ons onze hele loopbaan voorgenomen goed werk te leveren.",
        "Wij hebben ons voorgenomen eerlijke prijzen te vragen.",
        "Wij hebben ons zaterdag en zondag voorgenomen om de tuin op te ruimen.",
        "Wij hebben ons in maart en april voorgenomen de straat te vegen.",
    ],
)
def test_zich_voornemen_is_no_plan(text):
    assert not [f for f in found(text, "BT101") if f.text == "voorgenomen"]


# (2) guards: the participle before its noun is still *gepland*
@pytest.mark.parametrize(
    "text",
    [
        "Zij hebben het voorgenomen besluit over de brug ingetrokken.",
        "De raad heeft besloten het voorgenomen plan te wijzigen.",
    ],
)
def test_voorgenomen_before_its_noun_is_still_found(text):
    assert [f for f in found(text, "BT101") if f.text == "voorgenomen"]


# (3) the object of BT201's verb is a person, whatever the parse does with the words after it
def test_people_with_a_phrase_after_them_are_helped():
    said = advice("Het faciliteren van huurders met een klein budget is nodig.", "BT201", "faciliteren")
    assert "helpen'" in said and "mogelijk maken'" not in said


# (4) people are not laid down: no 'vastleggen' for *verankeren* with people as its object
@pytest.mark.parametrize(
    "text,words",
    [
        ("Het verankeren van de huurders in het dorp vraagt om betaalbare huizen.", "verankeren"),
        ("De gemeente verankert de nieuwe inwoners in hun buurt.", "verankert"),
    ],
)
def test_people_are_not_vastgelegd(text, words):
    said = " ".join(a for f in found(text, "BT201") + found(text, "BT102") for a in f.advice + f.suggestions)
    assert "vastleggen" not in said and "vastlegging" not in said, said


def test_afspraken_are_still_vastgelegd():
    assert "vastleggen'" in advice("De afspraken worden verankerd in een convenant.", "BT102", "verankerd")


# (4) a task is carried out: 'uitvoeren', not 'bouwen' or 'maken'
@pytest.mark.parametrize(
    "text,rule,words",
    [
        ("Het realiseren van deze taken kost de gemeente veel geld.", "BT201", "realiseren"),
        ("De realisatie van de opdracht duurt twee jaar.", "BT201", "realisatie"),
        ("Wij willen de taken realiseren met minder mensen.", "BT102", "realiseren"),
        ("Wij realiseren de opdracht samen met de partners.", "BT102", "realiseren"),
    ],
)
def test_a_task_is_carried_out(text, rule, words):
    said = advice(text, rule, words)
    assert "uitvoer" in said and "bouwen'" not in said, said


@pytest.mark.parametrize(
    "text,words",
    [
        ("De gemeente wil veertig woningen realiseren.", "realiseren"),
        # a phrase with a preposition of its own, or the main clause before *om*, is not what is realised
        ("Naast de nieuwe maatregelen worden er twee speelplekken gerealiseerd.", "gerealiseerd"),
        ("De nota noemt maatregelen om de speelplekken te realiseren.", "realiseren"),
    ],
)
def test_houses_are_still_built(text, words):
    assert "bouwen'" in advice(text, "BT102", words)


# (5) 'ook' cannot stand inside a noun phrase before its adjective: advice, no replacement
@pytest.mark.parametrize(
    "text,words",
    [
        ("Wij sturen de eveneens gewijzigde regels naar de raad.", "eveneens"),
        ("Dit staat in de tweede en tevens laatste bijlage.", "tevens"),
    ],
)
def test_ook_inside_a_noun_phrase_is_advice(text, words):
    hit = one(text, "BT101", words)
    assert not hit.suggestions and "ook'" in " ".join(hit.advice), (hit.suggestions, hit.advice)


# (5) guards: 'ook' in the clause drops in as before
@pytest.mark.parametrize(
    "text,words",
    [
        ("Bij de dijk zijn tevens drie peilbuizen geplaatst.", "tevens"),
        ("De school, die eveneens grote plannen heeft, opent in mei.", "eveneens"),
        ("Voor de fietsen gelden tevens strenge regels.", "tevens"),
    ],
)
def test_ook_in_the_clause_stays(text, words):
    assert one(text, "BT101", words).suggestions[:1] == ["ook"]


# (6) a passive whose only subject is the support verb's noun: one verb that needs an object leaves it without one
@pytest.mark.parametrize(
    "text",
    [
        "In dit hoofdstuk wordt per onderdeel een toelichting gegeven.",
        "Tijdens de avond werd door de wethouder een toelichting gegeven.",
    ],
)
def test_passive_without_its_subject_is_advice(text):
    hit = one(text, "BT202", "toelichting")
    assert not hit.suggestions and "toelichten'" in " ".join(hit.advice), (hit.suggestions, hit.advice)


# (6) guards: a passive with a subject of its own keeps its replacement
@pytest.mark.parametrize(
    "text,words,now",
    [
        ("De aanvraag wordt volgende week in behandeling genomen.", "behandeling", "behandeld"),
        ("De maatregel moet voor de zomer tot uitvoering worden gebracht.", "uitvoering", "uitgevoerd"),
    ],
)
def test_passive_with_its_own_subject_stays(text, words, now):
    assert now in one(text, "BT202", words).suggestions[0]


# guards found on unjudged corpus text: what these changes must leave as it was
def test_het_as_subject_is_no_noun_phrase():
    assert one("In de tuin is het tevens mogelijk een schuur te bouwen.", "BT101", "tevens").suggestions[
        :1
    ] == ["ook"]


def test_a_passive_with_an_of_clause_keeps_its_verb():
    said = one("Dan moet de afweging gemaakt worden of de brug nodig is.", "BT202", "afweging").suggestions
    assert said[:1] == ["afgewogen"]


@pytest.mark.parametrize(
    "text,rule,words,now",
    [
        (
            "Het plan voorziet daarmee in zowel de huidige als in de latere behoefte.",
            "BT101",
            "voorziet",
            "voldoen aan",
        ),
        (
            "Zodra in deze zone nieuwe bestemmingen worden gerealiseerd, is onderzoek nodig.",
            "BT102",
            "gerealiseerd",
            "plek",
        ),
        ("Er zijn kansen om nieuwe functies in het dorp te realiseren.", "BT102", "realiseren", "plek"),
    ],
)
def test_the_sense_by_the_object_stays(text, rule, words, now):
    assert now in advice(text, rule, words)
