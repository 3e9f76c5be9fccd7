"""What the wrong passive findings that still fired showed the detector reading wrongly (task pass47, thirty-second
round): words that look like a passive's participle and are not (a present tense of a strong verb, *praktisch
gezien*, a word broken at a line end, *gedateerd*, a participle after a predicate noun, the first of two participles
that only says how), an auxiliary of another clause (a question word, a condition after its main clause), and
door-phrases that name no doer of the passive (*door* + a te-infinitive, the phrase of another participle, of
another clause, of the subject). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text


def passives(text: str) -> list:
    return [f for f in check_text(text) if f.rule in ("BT301", "BT302")]


@pytest.mark.parametrize(
    "text",
    [
        # *betreft*: the present tense of *betreffen* (participle *betroffen*), after a fronted clause
        "Omdat er sprake is van een oude stortplaats betreft het een vervuilde locatie.",
        # *praktisch gezien*: 'seen that way', with the clause going on after it
        "Door de ligging van de sloot is het terrein praktisch gezien niet bruikbaar voor een nieuwe woning.",
        # *geschikt* broken at a line end: an adjective
        "Het oude hoofdgebouw is door de openingen in het dak potentieel ge-schikt voor vleermuizen.",
        # *gedateerd*: out of date
        "Door de snelle groei van de stad en de nieuwe wetgeving zijn de plannen op het gebied van wonen en werken gedateerd.",
        # *zijn* + a noun with *een*; the participle describes the noun
        "Het Kompas platform is een regelgedreven software platform ontworpen voor snelle, zakelijke oplossingen voor gemeenten met veel regels.",
        # *welke* opens a question's clause: *worden* before it is not *benodigd*'s
        "Hiermee kan per aanvraag / melding aangegeven worden welke rol benodigd is voor het mogen inzien van de stukken.",
        # a condition after its main clause, which the parse hung on the condition's participle
        "Van een grote ontwikkeling is sprake als er meer dan twintig woningen gebouwd worden.",
        # the door-phrase belongs to the subject: no doer; what the decree lays down is a text's contents
        "Het beleid voor het vervoer van gevaarlijke stoffen door buisleidingen is vastgelegd in het Besluit externe veiligheid buisleidingen.",
    ],
)  # fmt: skip
def test_no_passive_finding(text):
    assert passives(text) == [], [(f.text, f.message) for f in passives(text)]


def test_a_participle_that_says_how_is_not_the_verb():
    """*uitgebreid* says how; the passive is *wordt ... ingegaan*."""
    found = passives("In hoofdstuk 6 wordt meer uitgebreid op het thema water ingegaan.")
    assert len(found) == 1
    assert "ingegaan" in found[0].message and "uitgebreid'" not in found[0].message


def test_the_verb_after_a_manner_participle_keeps_the_door_phrase():
    """*gewijzigd vastgesteld*: the council adopted the plan (with changes); the rewrite says so."""
    found = passives("Het bestemmingsplan is vervolgens door de raad van de gemeente gewijzigd vastgesteld.")
    assert len(found) == 1
    assert found[0].suggestions == [
        "De raad van de gemeente heeft het bestemmingsplan vervolgens gewijzigd vastgesteld"
    ]


@pytest.mark.parametrize(
    ("text", "not_a_doer"),
    [
        # door + te-infinitive: by doing, the noun is the infinitive's object
        ("Verstoring van broedende vogels wordt voorkomen door de bomen buiten het broedseizoen te kappen.", "de bomen"),
        # the door-phrase of the participle after the noun
        ("Voor de procedure moeten de risico's veroorzaakt door het verkeer op de weg inzichtelijk worden gemaakt.", "het verkeer"),
        # the door-phrase of the clause of *optreden*
        ("Om te voorkomen dat, als gevolg van het plan, hinder en gevaar door drukke wegen optreden moet worden getoetst of:", "drukke wegen"),
    ],
)  # fmt: skip
def test_a_door_phrase_of_another_word_names_no_doer(text, not_a_doer):
    found = passives(text)
    assert found, "the passive itself stays a finding"
    assert all(not_a_doer not in f.message and not f.suggestions for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # an elliptic condition inside the passive's own clause (its finite verb is *zal*)
        "De weg zal indien nodig verbreed worden om het verkeer te kunnen verwerken.",
        # *als* of *zowel ... als*, inside a *dat*-clause
        "Uit de berekening volgt dat zowel in de zomer als in de winter wordt voldaan aan de norm.",
        # a noun after an article is no participle that ends the clause
        "Verder kan bij de verordening vrijstelling worden verleend van de verboden.",
        # *gezien* at the end of its clause: a passive
        "Het voorstel wordt door de bewoners positief gezien.",
    ],
)  # fmt: skip
def test_these_stay_findings(text):
    assert passives(text), text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Het plan wordt door de raad vastgesteld en gepubliceerd.", "door de raad"),
        ("Het bouwplan is door de gemeente in het voorjaar van 2020 ontworpen.", "door de gemeente"),
        # a verb inside the door-phrase's own relative clause does not end it
        ("Het plan is door de gemeente, die het gebied goed kent, in korte tijd opgesteld.", "door de gemeente"),
    ],
)  # fmt: skip
def test_a_door_phrase_of_the_passive_stays_the_doer(text, doer):
    found = passives(text)
    assert found and doer in found[0].message, [f.message for f in found]
