"""After blind6 (bench/quality/real/RESULTS.md, "After blind6: nominalisations, passives, sentences"): general causes of
the findings the editors rejected or whose rewrite they called bad, each fixed on a sentence written for the test:
sentence starts inside a quoted title or after an opening bracket, nominalisation spans built from a misparse, a
passive paired across a bracket, a legal status, a list of measures, and verb brackets of plain main-clause order."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.model import load_model


def found(text: str, *rules: str):
    return check_text(text, config=Config(select=rules, min_severity="info"))


@pytest.fixture(scope="module")
def nlp():
    return load_model(None)


# sentence boundaries


@pytest.mark.parametrize(
    "text",
    [
        "Lees hoofdstuk 4 van de 'Nota Wonen en Werken 2021' voor de regels over tuinen.",
        "Kijk in bijlage B van de 'Richtlijn Groen en Spelen 2019' voor de maten van speelplekken.",
    ],
)
def test_no_sentence_starts_inside_a_quoted_title(nlp, text):
    assert [s.text for s in nlp(text).sents] == [text]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "De wijk krijgt twaalf nieuwe woningen als er genoeg ruimte is voor (kleine) tuinen.",
            "(Grote) bedrijven zijn niet welkom in de wijk.",
        ),
        (
            "Het college toetst het plan aan de nota wanneer er (sociale) huurwoningen worden gebouwd.",
            "(Sociale) huurwoningen zijn o.a. flats, rijtjeshuizen en studio's.",
        ),
    ],
)
def test_an_opening_bracket_after_a_full_stop_starts_a_sentence(nlp, first, second):
    assert [s.text for s in nlp(f"{first} {second}").sents] == [first, second]


# nominalisations (BT201)


def test_a_name_after_the_object_stays_whole():
    # (the invoering of a named law is left out since nomin13: tests/rules/test_after_blind9_nomin.py)
    (f,) = found(
        "Na de aanpassing van de Richtlijn Stedelijk Afvalwater zuivert het waterschap meer water.", "BT201"
    )
    assert f.text == "de aanpassing van de Richtlijn Stedelijk Afvalwater"
    assert "'de Richtlijn Stedelijk Afvalwater aanpassen'" in f.advice[0]


def test_ter_and_a_noun_belong_to_the_verb():
    (f,) = found("De ter inzage legging van het bouwplan duurt zes weken.", "BT201")
    assert f.text == "De ter inzage legging van het bouwplan"
    assert "'het bouwplan ter inzage leggen'" in f.advice[0]
    assert "'leggen'" not in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Het college regelt in dit plan het bouwen van gebouwen in de wijk.",  # the object is the verb's own noun
        "De afmetingen van de parkeerplaatsen staan in de nota over parkeren.",  # a plural: a thing
        "De inrichtingen van het bedrijf liggen aan de rand van het dorp.",
    ],
)
def test_not_reported(text):
    assert found(text, "BT201") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a nominal infinitive is no plural of the noun (*afvoer*)
        (
            "In de regel staat dat versneld afvoeren van regenwater vanaf het dak ook onder dit verbod valt.",
            "afvoeren van regenwater",
        ),
        # a name that starts like the verb is no cognate object
        (
            "De bescherming van Beschermde Dorpsgezichten valt onder het rijk.",
            "De bescherming van Beschermde",
        ),
    ],
)
def test_still_reported(text, span):
    assert [f.text for f in found(text, "BT201")][0].startswith(span)


def test_a_parenthesis_in_the_object_closes_before_the_rewrite():
    (f,) = found("Het plaatsen van een (nieuw soort) scherm langs de weg kost veel geld.", "BT201")
    assert f.text == "Het plaatsen van een (nieuw soort) scherm"
    assert "'een (nieuw soort) scherm plaatsen'" in f.advice[0]


def test_a_span_cut_inside_a_bracket_gives_no_rewrite():
    (f,) = found("Het plaatsen van een (nieuw soort scherm langs de weg kost veel geld.", "BT201")
    assert f.advice == ["Schrijf met het werkwoord 'plaatsen' en zeg wie het doet."]


# passives (BT301, BT302)


def test_a_participle_in_brackets_is_not_the_passive_of_the_verb_outside():
    fs = found(
        "Deze normen zijn overgenomen in de gemeentelijke Nota Bomen (vastgesteld in mei 2020).", "BT301"
    )
    assert all("vastgesteld" not in f.message for f in fs)


def test_the_auxiliary_of_one_passive_is_not_that_of_a_participle_in_a_tang_after_it():
    # (zones, not bouwvlakken: a duty to build inside an area of the plan map is a rule of where buildings stand,
    # left out since passive15)
    fs = found("De schuren moeten gebouwd worden binnen de op de verbeelding aangegeven zones.", "BT301")
    assert [f.text for f in fs] == ["gebouwd worden"]


def test_a_status_by_law_is_not_reported_but_a_doer_is():
    assert found("Deze wegen zijn op grond van de Wet geluidhinder gezoneerd.", "BT301") == []
    assert found("Deze wegen zijn in 2019 door de provincie opnieuw gezoneerd.", "BT301") != []
    # a basis that is no law or rule: someone did the work
    assert found(
        "Op basis van metingen in de wijk is het verloop van het grondwater uitgebreid geanalyseerd.", "BT301"
    )


def test_a_measure_in_a_list_is_not_reported():
    assert found("Zorgen dat er meer bomen in de straten geplant worden.", "BT301", "BT302") == []


def test_the_duty_advice_names_no_doer_the_rule_may_not_have():
    (f,) = found("De vergunning moet vóór 1 mei worden aangevraagd.", "BT301")
    assert f.advice[0].startswith("Zeg wie dit moet doen")
    assert "De aanvrager moet" not in f.advice[0]


# tang constructions (BT501)


def test_subject_and_object_after_a_fronted_phrase_are_no_tang():
    text = "Op 12 mei 2021 heeft de gemeenteraad van de gemeente Hollands Kroon het bestemmingsplan 'Centrum' vastgesteld."
    assert found(text, "BT501") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 heeft de gemeente het plan voor de nieuwe wijk samen met de bewoners van het dorp uitgebreid besproken.",
        # a phrase before the subject's noun, which the parser hangs on that noun
        "Tevens zijn voor de schuren, garages en tuinhuizen van de woningen maximale goot- en bouwhoogten opgenomen.",
    ],
)
def test_a_phrase_that_could_move_is_still_a_tang(text):
    assert [f.text.split()[0] for f in found(text, "BT501")] in (["heeft"], ["zijn"])


def test_no_comma_after_the_relative_clause_when_a_comma_follows_the_verb():
    (f,) = found(
        "Wanneer de woningen onder de in de nota genoemde grenswaarden blijven, is geen onderzoek nodig.",
        "BT501",
    )
    assert f.suggestions == ["de grenswaarden die in de nota zijn genoemd"]
    (g,) = found("De in de nota genoemde regels gelden voor alle woningen.", "BT501")
    assert g.suggestions == ["De regels die in de nota zijn genoemd,"]


# long sentences (BT401, BT402): a citation after a colon that runs to the end of the sentence is not the writer's


@pytest.mark.parametrize(
    "text",
    [
        'In de verordening van de provincie is het begrip "dorpsgebied" nader omschreven als: *de gronden binnen de '
        "dorpen die gebruikt kunnen worden voor wonen en werken op grond van geldende plannen en op grond van "
        "ontwerpplannen voor zover de provincie daarover een positief advies heeft gegeven in het overleg*.",
        "Voor de ladder wordt bij de omschrijving van bestaand dorpsgebied de omschrijving uit het besluit gebruikt: "
        "“bestaand samenstel van bebouwing ten behoeve van wonen, werken, winkels of horeca, alsmede de daarbij "
        "behorende openbare of sociaal-culturele voorzieningen, groen en wegen.",
    ],
)
def test_a_citation_after_a_colon_does_not_count(text):
    assert found(text, "BT401", "BT402") == []


def test_the_writers_own_list_after_a_colon_counts():
    text = (
        "Voor de ladder van de provincie kijken wij in dit plan naar drie dingen: de woningen in het dorp, de winkels "
        "in het centrum en de wegen en paden tussen de dorpen en de stad en nog veel meer van die dingen."
    )
    assert [f.rule for f in found(text, "BT401", "BT402")] == ["BT402"]
