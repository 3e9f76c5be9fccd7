"""Ninth round (issues #16/#18): long sentences (BT401) and tang constructions (BT501) on the shapes the editors of
the judged real-text sheets named. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, rule: str):
    return [f for f in check_text(text, config=Config(select=(rule,), min_severity="info")) if f.rule == rule]


# --- BT401: a date is one unit for the reader


def test_dates_count_as_one_word_each():
    # 27 words, of which two dates of three words: 23 for the reader
    text = (
        "De bewoners hebben de kans gehad om in de periode tussen maandag 3 februari 2025 en vrijdag 14 maart 2025 "
        "hun mening te geven over het plan."
    )
    assert found(text, "BT401") == []


def test_same_sentence_without_dates_stays_long():
    text = (
        "De bewoners hebben de kans gehad om in de periode tussen de eerste week van februari en de tweede week van "
        "maart hun mening te geven over het plan."
    )
    (f,) = found(text, "BT401")
    assert f.data["words"] == 29


# --- BT501: a noun phrase without an article, opened by a preposition


def test_tang_after_a_bare_preposition():
    text = "Bij de bouw moet rekening worden gehouden met in de bodem aanwezige of te verwachten archeologische resten."
    (f,) = found(text, "BT501")
    assert f.text == "met in de bodem aanwezige of te verwachten archeologische resten"
    assert f.data["kind"] == "voorzetsel"
    assert f.suggestions == []  # no article to take the relative pronoun's gender from
    assert f.advice == [
        "Begin met 'met archeologische resten' en maak van de rest een bijzin met 'die' of 'dat'."
    ]


def test_tang_after_in_door():
    (f,) = found(
        "Het college kan afzien van overleg in door de provincie en het Rijk aangewezen gevallen.", "BT501"
    )
    assert f.text == "in door de provincie en het Rijk aangewezen gevallen"


# --- BT501: verb brackets the parser split up


def test_als_phrase_is_no_inner_clause():
    # 'als eerste stap' is tagged as a subordinator, but opens no clause: the bracket heeft ... vastgesteld stands
    text = (
        "De gemeente Zuidwijk heeft als eerste stap in het voorjaar van 2022 een nieuwe verordening voor het "
        "parkeren in de wijk vastgesteld."
    )
    (f,) = found(text, "BT501")
    assert f.text.startswith("heeft als eerste stap") and f.text.endswith("vastgesteld")


def test_participle_parsed_as_a_conjunct_closes_the_bracket():
    text = (
        "Ter bescherming van de tuin is aansluitend aan de huizen van de Dorpsweg in de regels de mogelijkheid "
        "opgenomen een schutting te bouwen."
    )
    (f,) = found(text, "BT501")
    assert f.text == "is aansluitend aan de huizen van de Dorpsweg in de regels de mogelijkheid opgenomen"
    assert f.data["kind"] == "werkwoord"


def test_parenthesis_inside_a_subordinate_clause_does_not_close_it():
    from beleidstaal.language.tang_clauses import _clause_closed
    from beleidstaal.model import load_model

    doc = load_model()("als het geluid (zonder aftrek) bedraagt, dan niet)")
    assert not _clause_closed(doc[2:7])  # geluid ( zonder aftrek ) : opened and closed inside
    assert _clause_closed(doc[2:9])  # ... bedraagt , : a comma ends it
    assert _clause_closed(doc[9:12])  # dan niet ) : closes a parenthesis opened before


def test_relative_clause_between_the_parts_keeps_the_bracket():
    text = "Het college heeft de nota, die de raad in het voorjaar van vorig jaar heeft besproken, gisteren goedgekeurd."
    (f,) = found(text, "BT501")
    assert f.text.startswith("heeft de nota") and f.text.endswith("goedgekeurd")


NO_TANG = {
    # two prepositions, but no participle and noun close them
    "tot in": "De kinderen spelen tot in de late avond op het plein bij de school.",
    # 'om' opens a te-clause: its object has no article
    "om te": "De methode is niet geschikt om in de dagelijkse praktijk voorkomende vragen te beantwoorden.",
    "short bracket": "Het college heeft de nota over de toekomst van het centrum vastgesteld.",
    # 'af via het ...': the noun has its own article
    "own article": "Het nieuwe riool voert het water af via het bestaande gemengde stelsel.",
    # 'in te richten dat ... blijven': a particle and 'te', no preposition
    "in te": "De opgave is om de wijk zo in te richten dat de gevolgen (schade) van hevige buien beperkt blijven.",
    # a comma and a finite verb second: a new main clause, not the rest of 'dienen ... in'
    "new main clause": "Deze tabellen dienen als een lijst in de database, deze worden automatisch aangemaakt bij het "
    "starten van de toepassing in.",
    # 'zijn' is finite: the article's noun phrase ends before it
    "finite verb": "Is er nagedacht hoe het systeem past in de al bestaande technische- en netwerkinfrastructuur en "
    "zijn hier passende maatregelen voor genomen?",
}


@pytest.mark.parametrize("text", NO_TANG.values(), ids=NO_TANG.keys())
def test_no_tang(text):
    assert found(text, "BT501") == []


def test_no_tang_in_a_table_cell_that_is_a_label():
    table = (
        "| Nr. | Onderdeel | Blz. |\n|-----|-----------|------|\n"
        "| 1.1 | De bij het nieuwe plan behorende kaarten | 6 |\n"
        "| 1.2 | De door de raad in maart vastgestelde nota geldt tot 2028 | 7 |\n\n"
        "De bij het nieuwe plan behorende kaarten liggen ter inzage.\n"
    )
    config = Config(select=("BT501",), min_severity="info")
    lines = [(f.line, f.text) for f in check_text(table, kind="markdown", config=config)]
    # the cell with a verb is a sentence and keeps its finding; the label in row 1.1 gets none
    assert lines == [
        (4, "De door de raad in maart vastgestelde nota"),
        (6, "De bij het nieuwe plan behorende kaarten"),
    ]


# --- BT501: a particle splits off a finite verb only (after blind8)


def test_adverb_after_a_participle_closes_no_bracket():
    # *samen* after *wordt bepaald*: the parser reads it as a particle of *bepaald*, but a participle carries its
    # particle joined (*samengesteld*), so no verb bracket closes there
    text = (
        "De hoogte van de muur wordt bepaald aan de hand van de totale belasting van het verkeer op de Dorpsweg en "
        "de Kerklaan samen."
    )
    assert found(text, "BT501") == []


def test_particle_of_a_finite_verb_still_closes_the_bracket():
    text = "De gemeente stelt na overleg met de bewoners van de wijk en de ondernemers uit het centrum het plan vast."
    (f,) = found(text, "BT501")
    assert "'vast'" in f.message
