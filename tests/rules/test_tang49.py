"""BT501 (issue 18 with issue 16's bar, task tang49): the second pole of a verb group (*staan* + participle), where
a clause ends (a colon, *als* with a noun, an adverb the parser labels a conjunction), and the noun of an article
tang after a list of adjectives. Every sentence is
written for the test; each test pairs a sentence the rule now finds with one of the same shape it must leave
alone."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

CONFIG = Config(min_severity="info", select=("BT501",))


def found(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=CONFIG) if f.rule == "BT501"]


def verb_brackets(text: str) -> list[str]:
    return [
        f.text
        for f in check_text(text, config=CONFIG)
        if f.rule == "BT501" and f.data.get("kind") == "werkwoord"
    ]


# --- where the clause ends


def test_after_a_colon_a_finite_verb_opens_a_clause_of_its_own():
    assert (
        verb_brackets(
            "Nederland heeft grote doelen voor de toekomst van het land: in 2030 moet het gebruik van grondstoffen met "
            "de helft verminderd zijn."
        )
        == []
    )
    # no colon: one clause, one bracket
    text = (
        "Nederland heeft in het afgelopen jaar het gebruik van grondstoffen in de bouw en de industrie met de "
        "helft verminderd."
    )
    assert [b.endswith("verminderd") for b in verb_brackets(text)] == [True]


def test_als_with_a_noun_and_no_verb_is_a_phrase_not_a_clause():
    # *in werking getreden*: the participle of *is*, after *als stiltegebied*, a phrase
    text = (
        "Op 3 maart 2021 is het besluit tot aanwijzing van het gebied als stiltegebied onder de provinciale "
        "verordening in werking getreden."
    )
    assert [b.endswith("getreden") for b in verb_brackets(text)] == [True]
    # a noun the tagger read as a participle closes nothing
    assert (
        verb_brackets(
            "In de toelichting is aandacht voor de aanleiding, de ruimtelijke structuur en de stedenbouwkundig opzet."
        )
        == []
    )


# --- staan and liggen take a participle as the rest of their verb group


def test_staan_with_a_participle_is_a_verb_group():
    text = (
        "In de bijlage staan de gegevens over de ligging van de leidingen onder de nieuwe wegen en paden "
        "opgenomen."
    )
    assert verb_brackets(text) == [text[14:-1]]
    # a comma in a list of truncated compounds ends no clause
    text = (
        "In het register staat sinds 2020 de informatie over het vervoer van stoffen over de grote vaar-, spoor- "
        "en autowegen opgenomen."
    )
    assert [b.endswith("opgenomen") for b in verb_brackets(text)] == [True]


# --- the subordinate clause of the finite verb


def test_an_adverb_the_parser_labels_a_conjunction_opens_no_clause():
    text = (
        "Immers, als de woningen zijn gebouwd kan de grootste situatie zoals getekend in de afbeelding hieronder, "
        "niet meer vergund worden."
    )
    assert [b.split()[0] for b in verb_brackets(text)] == ["kan"]


# --- the article tang: the noun after a list of adjectives


def test_the_noun_after_a_list_of_adjectives_and_truncated_compounds():
    text = "Het college heeft de voor dit plan relevante rijks-, provinciale, regionale en gemeentelijke regels bekeken."
    assert "de voor dit plan relevante rijks-, provinciale, regionale en gemeentelijke regels" in found(text)
    # *het* as the subject pronoun opens no tang
    assert (
        found("Hierbij gaat het vooral om de vraag of de voorgenomen nieuwe ontwikkeling leidt tot hinder.")
        == []
    )
