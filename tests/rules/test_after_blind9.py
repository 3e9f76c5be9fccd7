"""After blind9 (bench/quality/real/RESULTS.md, "After blind9: ..."): a negated passive that says nothing was done,
a nominalisation in a list of features or a term the text has just defined, a sentence just over the limit that
reads as one message. Each signal on sentences written for the test, with a sentence of the same shape beside it
that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Er zijn tijdens de inspraak over het plan geen zienswijzen ingediend.",
        "Er is bij de gemeente nog geen melding voor een nieuwe schuur gedaan.",
        "Tot op heden zijn bij het graven in de tuin van de pastorie geen resten gevonden.",
        "Er zijn in de eerste drie maanden van dit jaar geen klachten over geluid ontvangen.",
    ],
)
def test_a_zijn_passive_with_geen_says_nothing_was_done(text):
    assert rules(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        # the same shape with a subject that is there: somebody did it, and may be named
        "Er zijn tijdens de inspraak over het plan drie zienswijzen ingediend.",
        "Er is bij de gemeente vorige week een melding voor een nieuwe schuur gedaan.",
        # a text that leaves something out: its writer chose that
        "Er is in het nieuwe programma van de gemeente geen ruimte voor extra woningen opgenomen.",
        # worden with geen: somebody expects or allows, and may be named
        "Door de gemeente worden in deze wijk geen nieuwe woningen toegestaan.",
    ],
)
def test_the_same_passive_without_geen_still_fires(text):
    assert rules(text, "BT301", "BT302") in (["BT301"], ["BT302"])


@pytest.mark.parametrize(
    "text",
    [
        # a row of properties: the other nouns are made from no verb
        "Door de plaatsing, hoogte en breedte van de nieuwe schuren blijft het uitzicht op de weilanden open.",
        "De inrichting, kleur en vorm van het nieuwe plein passen bij de oude kern van het dorp.",
        # a term the paragraph has just defined, used as a measure (a size after 'van' is no object either since
        # nomin15; the sentences that still fire below use the noun with an object)
        "Onder drooglegging wordt verstaan het hoogteverschil tussen het water in de sloot en de straat. "
        "Voor de straat geldt een drooglegging van 1 meter.",
        "In deze wijk ligt het water laag. Drooglegging is het hoogteverschil tussen het water in de sloot en de "
        "straat. Voor de straat geldt een drooglegging van 1 meter.",
    ],
)
def test_a_noun_in_a_row_of_properties_or_a_defined_term_is_no_act(text):
    assert rules(text, "BT201") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het waterschap zorgt voor de drooglegging van de kelders in de straat.",
        "Door de plaatsing van de nieuwe schuren door de boer blijft het uitzicht op de weilanden open.",
        # a row of acts: the other nouns are made from verbs too
        "De gemeente zorgt voor de aanleg, het onderhoud en de verbetering van de wegen in het dorp.",
        # a definition of another word does not make this noun a term
        "Onder een woning wordt verstaan een gebouw voor één huishouden. "
        "Het waterschap zorgt voor de drooglegging van de kelders in de straat.",
        # a defined act with its object is still the act
        "Onder handhaving wordt verstaan het toezicht op de regels. "
        "De handhaving van de regels voor het parkeren wordt door de gemeente uitgevoerd.",
        # the noun as the subject of a sentence that says something else about it
        "Drooglegging is een taak van het waterschap. Het waterschap zorgt voor de drooglegging van de kelders in de straat.",
    ],
)
def test_the_same_noun_without_a_row_or_a_definition_still_fires(text):
    assert rules(text, "BT201") == ["BT201"]


def test_a_short_name_in_brackets_does_not_make_a_sentence_long():
    # 29 words, of which 3 in "(hierna: de nota)": 26 words of message, in short parts
    text = (
        "De nieuwe nota over wonen en zorg (hierna: de nota) beschrijft hoe de gemeente de komende jaren "
        "nieuwe woningen voor ouderen wil bouwen, in alle dorpen van de gemeente."
    )
    assert rules(text, "BT401") == []


def test_the_same_sentence_with_other_words_in_brackets_is_long():
    text = (
        "De nieuwe nota over wonen en zorg (van de raad) beschrijft hoe de gemeente de komende jaren "
        "nieuwe woningen voor ouderen wil bouwen, in alle dorpen van de gemeente."
    )
    assert rules(text, "BT401") == ["BT401"]
