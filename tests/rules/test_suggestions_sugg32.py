"""Replacements that are correct Dutch in their sentence (task sugg32): a finite verb with the form of its
participle, a support-verb noun that opens the sentence, an adjective the tagger took for a noun, a word of degree
before an adjective without degree, and the tang rewrite next to brackets. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one_term


@pytest.mark.parametrize(
    ("text", "term", "first"),
    [
        # a relative or subordinate clause with a subject of its own and no auxiliary: the finite verb
        ("Dit is een taak die de wijkagent verricht.", "verrichten", "doet"),
        ("Wij weten dat de provincie de subsidie verstrekt.", "verstrekken", "geeft"),
        # a main clause with a second verb elsewhere in the sentence
        ("De gemeente verstrekt de gegevens die de provincie vraagt.", "verstrekken", "geeft"),
        # a finite verb of the main clause right after it (not an auxiliary of the participle)
        ("Het werk dat hij verricht vinden wij goed.", "verrichten", "doet"),
    ],
)
def test_finite_verb_with_the_form_of_its_participle(text: str, term: str, first: str) -> None:
    f = one_term(text, term)
    assert f.suggestions and f.suggestions[0] == first, f.suggestions


@pytest.mark.parametrize(
    "text",
    [
        # guards: a participle with its auxiliary, also one shared with the first conjunct
        "Wij weten dat het onderzoek is verricht.",
        "Het rapport is geschreven en het onderzoek verricht.",
        "Wij weten dat het onderzoek verricht is.",
    ],
)
def test_participle_stays_a_participle(text: str) -> None:
    f = one_term(text, "verrichten")
    assert f.suggestions and f.suggestions[0] == "gedaan", f.suggestions


def test_support_verb_noun_that_opens_the_sentence_gets_advice() -> None:
    # without its noun the sentence would start with the finite verb: a question, not the same statement
    hits = [
        f for f in found("Een besluit wordt volgende week genomen.", "BT202") if "besluit" in f.text.lower()
    ]
    assert hits
    assert not any(s.lower().startswith("wordt") for f in hits for s in f.suggestions), hits[0].suggestions
    assert hits[0].advice


def test_support_verb_noun_later_in_the_sentence_keeps_its_replacement() -> None:
    hits = [
        f for f in found("Daarom wordt volgende week een besluit genomen.", "BT202") if "besluit" in f.text
    ]
    assert hits and hits[0].suggestions == ["besloten"], [f.suggestions for f in hits]


def test_adjective_tagged_as_noun_keeps_its_ending() -> None:
    f = one_term("Wij willen dat huurprijzen via separate beleidsregels worden bepaald.", "separaat")
    assert f.suggestions and f.suggestions[0] == "aparte", f.suggestions


def test_degree_word_before_an_adjective_without_degree() -> None:
    # een zodanig planologisch besluit: 'such a', not 'so'; 'een zo planologisch besluit' is no Dutch
    f = one_term("Wij nemen pas een zodanig planologisch besluit als de raad instemt.", "zodanig")
    assert "zo" not in f.suggestions, f.suggestions
    assert f.advice


def test_degree_word_before_a_gradable_adjective_stays() -> None:
    f = one_term("Het is een dusdanig lage waarde dat niemand klaagt.", "dusdanig")
    assert f.suggestions and f.suggestions[0] == "zo", f.suggestions


def test_tang_rewrite_not_before_an_ending_in_brackets() -> None:
    hits = found(
        "De regels geven een beschrijving van de aan de percelen toegekende bestemming(en).", "BT501"
    )
    assert hits
    assert not any(s.endswith("toegekend") for f in hits for s in f.suggestions), [
        f.suggestions for f in hits
    ]


def test_tang_rewrite_keeps_a_bracket_closed_up() -> None:
    hits = found("Wij bouwen op de door de eigenaar (in dit geval de stichting) gekozen plek.", "BT501")
    assert hits and hits[0].suggestions, [f.suggestions for f in hits]
    assert "( in" not in hits[0].suggestions[0]
    assert hits[0].suggestions[0] == "de plek die de eigenaar (in dit geval de stichting) heeft gekozen"


def test_tang_rewrite_guard() -> None:
    hits = found("Het gaat om de door de raad in mei vastgestelde nota.", "BT501")
    assert hits and hits[0].suggestions == ["de nota die de raad in mei heeft vastgesteld"]


def test_plural_present_is_no_singular() -> None:
    # guard: a plural present (the infinitive's form) keeps the plural
    f = one_term(
        "De resultaten van het onderzoek verschaffen duidelijkheid over de maatregelen.", "verschaffen"
    )
    assert "geeft" not in f.suggestions, f.suggestions


def test_manner_word_before_a_participle_keeps_zo() -> None:
    # guard: 'aldus' (thus) after 'de' is no 'such a'
    f = one_term("Het is goed dat in de aldus benodigde plaatsen kan worden voorzien.", "aldus")
    assert f.suggestions and f.suggestions[0] == "zo", f.suggestions


def test_gedurende_before_a_duration_gets_advice() -> None:
    # 'tijdens zes weken' is no Dutch for a length of time: say only how long
    f = one_term("Het plan ligt gedurende zes weken ter inzage.", "gedurende")
    assert not f.suggestions, f.suggestions
    assert f.advice and "hoe lang" in f.advice[0]


def test_gedurende_before_an_event_keeps_tijdens() -> None:
    f = one_term("Gedurende de werkzaamheden is de weg afgesloten.", "gedurende")
    assert f.suggestions and f.suggestions[0] == "Tijdens", f.suggestions


# Review (sugg32): sentences written for the review.


@pytest.mark.parametrize(
    "text",
    [
        # the auxiliary stands apart from the participle, hung by the parse on the subject
        "Het onderzoek is, zoals afgesproken, door de provincie verricht.",
        # a participle before the main clause, without a conjunction: 'when the research was done'
        "Het onderzoek verricht, stelde de gemeente een rapport op.",
    ],
)
def test_participle_with_its_auxiliary_apart_stays_a_participle(text: str) -> None:
    f = one_term(text, "verrichten")
    assert f.suggestions and f.suggestions[0] == "gedaan", f.suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Het terrein werd gedurende een week afgesloten.",
        "Gedurende vijf jaar mag de eigenaar het pand niet verkopen.",
        "Het geluid mag gedurende twee uren per etmaal hoger zijn.",
    ],
)
def test_gedurende_before_a_length_of_time_gets_advice(text: str) -> None:
    f = one_term(text, "gedurende")
    assert not f.suggestions, f.suggestions
    assert f.advice and "hoe lang" in f.advice[0]


@pytest.mark.parametrize(
    "text",
    [
        # a named period, not a length of time: 'tijdens' fits
        "Gedurende de wintermaanden is het zwembad gesloten.",
        "Gedurende de feestdagen is het gemeentehuis dicht.",
        "Gedurende de jaren negentig groeide de wijk snel.",
        "Gedurende de eerste twee weken van de inspraak houden wij een avond.",
    ],
)
def test_gedurende_before_a_named_period_keeps_tijdens(text: str) -> None:
    f = one_term(text, "gedurende")
    assert f.suggestions and f.suggestions[0] == "Tijdens", (f.suggestions, f.advice)


def test_tang_rewrite_keeps_a_glued_ending_of_the_doer() -> None:
    hits = found("De door de initiatiefnemer(s) gewenste ontwikkeling past in het plan.", "BT501")
    assert hits and hits[0].suggestions, [f.suggestions for f in hits]
    assert "initiatiefnemer(s) heeft gewenst" in hits[0].suggestions[0], hits[0].suggestions
