"""BT501 (issue 18 with issue 16's bar, task tang49): the second pole of a verb group where the parse loses it, the
inner clause that ends at its own verbs, and how the words of an article tang are counted. Every sentence is
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


# --- an auxiliary the parser hung under its subject: the participle that ends its clause is its second pole


def test_an_auxiliary_hung_under_its_subject_waits_for_the_participle_at_the_end():
    for text, first, last in (
        (
            "Met het oog op de toekomst is de afgelopen jaren de openbare ruimte en het groen in de Dorpsstraat "
            "opnieuw ingericht.",
            "is",
            "ingericht",
        ),
        (
            "In het eerste onderzoek is de geluidsbelasting voor de woningen aan de Stationsweg, net ten noorden "
            "van het spoor, berekend.",
            "is",
            "berekend",
        ),
        (
            "Op de kaart zijn de bestemmingen, met de bijbehorende aanduidingen die in het gebied gelden, in beeld "
            "gebracht.",
            "zijn",
            "gebracht",
        ),
    ):
        brackets = verb_brackets(text)
        assert len(brackets) == 1, text
        assert brackets[0].startswith(first + " ") and brackets[0].endswith(last)
    # a copula with a noun: the verbs after *ook al* are those of another clause
    assert (
        verb_brackets(
            "Het plan is een vorm van goede samenwerking tussen de gemeente en de bewoners, ook al worden er hier nog "
            "geen afspraken gemaakt."
        )
        == []
    )
    # the clause ends at the colon
    assert (
        verb_brackets(
            "Nederland heeft grote doelen voor de toekomst van het land: in 2030 moet het gebruik van grondstoffen met "
            "de helft verminderd zijn."
        )
        == []
    )


def test_a_finite_verb_is_never_the_auxiliary_of_another_finite_verb():
    text = (
        "In de dorpen die na de oorlog ontstonden werden, natuurlijk, ook allerlei voorzieningen, zoals scholen, "
        "winkels, kerken en andere gebouwen neergezet."
    )
    assert [b.split()[0] for b in verb_brackets(text)] == ["werden,"]
    # the tagger reads the modal's infinitive *zijn* as finite: the auxiliary's clause ends there
    assert (
        verb_brackets("Het kan een naam of een nummer zijn, zolang ze maar kort en niet te moeilijk zijn.")
        == []
    )


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


# --- the inner clause ends at a verb of it with words after it


def test_a_particle_after_an_inner_clause_that_ended_closes_the_bracket():
    for text in (
        "Het bestemmingsplan legt de opzet zoals beschreven in het Programma van Eisen van de gemeente Utrecht vast.",
        "De gemeente wil de mogelijkheden om in te spelen op nieuwe wensen van bewoners en bedrijven open houden.",
        "De provincie kan voor de soorten die zijn genoemd in de lijst van het ministerie een algemene vrijstelling "
        "verlenen.",
    ):
        assert len(verb_brackets(text)) == 1, text
    # an attribute in the inner clause does not end it: *zorgen* is the omdat-clause's
    assert (
        verb_brackets(
            "Dit is het gebied waarvoor extra aandacht nodig is, omdat de in de toekomst te verwachten hogere "
            "grondwaterstanden hier voor problemen kunnen zorgen."
        )
        == []
    )


def test_zoals_hung_under_the_subject_of_its_clause_opens_that_clause():
    # *gebeurd* (a slip for *gebeurt*) is the zoals-clause's verb; *wanneer ...* ended before it
    text = (
        "Er is veel meer mogelijk wanneer regels openlijk gedeeld zouden worden net zoals dat voor wetten en "
        "besluiten al gebeurd."
    )
    assert verb_brackets(text) == []
    text = (
        "Daarmee neemt het aantal woningen ten opzichte van de situatie zoals is vastgelegd in het oude plan "
        "nauwelijks toe."
    )
    assert [b.endswith("toe") for b in verb_brackets(text)] == [True]


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
