"""Issue 16, twentieth round (names31): a listed word that is the name of a part or the topic of this document is
no word choice of the writer. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

CODES = ("BT102", "BT103", "BT106")


def flagged(text: str, kind: str = "markdown") -> list[str]:
    config = Config(select=CODES, min_severity="info")
    return [f.text.lower() for f in check_text(text, config=config, kind=kind) if f.rule in CODES]


# a noun with the number of a part in brackets after it names that part
@pytest.mark.parametrize(
    "text",
    [
        "Het afwegingskader (hoofdstuk 6) loopt tot en met 2027.",
        "Het afwegingskader (paragraaf 4.2) wordt elk jaar bijgewerkt.",
        "In bijlage 3 (afwegingskader) staan de kosten per project.",
    ],
)
def test_a_word_that_names_a_numbered_part_is_a_name(text):
    assert "afwegingskader" not in flagged(text)


def test_the_same_word_without_a_part_number_is_still_reported():
    assert "afwegingskader" in flagged("Het afwegingskader loopt tot en met 2027.")
    # a number in brackets that is no part of a document: a year
    assert "afwegingskader" in flagged("Het afwegingskader (2027) is klaar.")


# a heading of several words that is a name, repeated whole in the text
HEADED = """# Toelichting

## 3.4 Natuurinclusief bouwen

De gemeente schrijft nieuw beleid voor Natuurinclusief bouwen. Een natuurinclusief ontwerp kost weinig.

Zie ook:

- Natuurinclusief bouwen

## 3.5 Stakeholders

De stakeholders van het project zijn bekend.

## 3.6 Invloed van het planvoornemen

De invloed van het planvoornemen op het water is klein.
"""


def test_a_phrase_that_repeats_a_heading_is_the_name_of_that_part():
    found = flagged(HEADED)
    # 'beleid voor Natuurinclusief bouwen' and the line of the list repeat the heading as a name; 'een
    # natuurinclusief ontwerp' does not
    assert found.count("natuurinclusief") == 1


def test_a_heading_repeated_in_running_text_without_its_capital_is_still_the_writers_word():
    text = "# Nota\n\n## Integrale aanpak\n\nWij kiezen daarom voor een integrale aanpak van de overlast.\n"
    assert "integrale" in flagged(text)


def test_a_heading_of_one_word_or_a_description_does_not_make_a_name():
    found = flagged(HEADED)
    assert "stakeholders" in found
    assert "planvoornemen" in found


# the title of the document names its field
def test_a_noun_of_the_title_is_the_field_the_document_is_about():
    text = "# Beleidsnota Duurzame Mobiliteit\n\nDe mobiliteit in de stad groeit elk jaar.\n"
    assert "mobiliteit" not in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # no title
        "De gemeente schrijft een nota.\n\nDe mobiliteit in de stad groeit elk jaar.\n",
        # a title that is a question, not a name
        "# Wat doen wij aan mobiliteit?\n\nDe mobiliteit in de stad groeit elk jaar.\n",
        # a title of one word
        "# Mobiliteit\n\nDe mobiliteit in de stad groeit elk jaar.\n",
    ],
)
def test_without_a_title_that_names_it_the_word_is_still_reported(text):
    assert "mobiliteit" in flagged(text)


def test_a_capitalised_method_in_the_middle_of_a_sentence_is_a_name():
    # guard: the name of a working method keeps its capital in the middle of a sentence (names.in_name)
    assert "agile" not in flagged("Het team werkt sinds dit jaar volgens Agile en Scrum.")
    assert "agile" in flagged("Het team werkt sinds dit jaar agile.")


def test_a_word_with_a_fixed_plainer_word_is_reported_in_a_repeated_heading_too():
    # 'doelstelling' always has 'doel': a heading that is a name does not change that
    text = "# Toelichting\n\n## 1.2 Aanleiding en doelstelling\n\nDe aanleiding en doelstelling van het plan staan hier.\n"
    config = Config(select=("BT102",), min_severity="info")
    found = [f.text.lower() for f in check_text(text, config=config, kind="markdown")]
    assert "doelstelling" in found


def test_a_pointer_to_where_a_topic_is_treated_does_not_make_a_name():
    config = Config(select=("BT104",), min_severity="info")
    text = "De gevolgen voor het water ter plaatse (zie paragraaf 4.8) zijn klein."
    assert [f.text for f in check_text(text, config=config)] == ["ter plaatse"]


def test_a_heading_with_a_preposition_describes_and_does_not_name():
    text = (
        "# Toelichting\n\n## 4.2 Realisatie van parkeerplaatsen\n\n"
        "De realisatie van parkeerplaatsen gebeurt op kosten van de aanvrager.\n"
    )
    assert "realisatie" in flagged(text)


# review: a title's first word or a word in lower case describes what the document does; it is no name
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "# Implementatie Omgevingswet\n\nNa de implementatie evalueren wij de werkprocessen.\n",
            "implementatie",
        ),
        ("# Nota participatie en maatwerk\n\nWij bieden maatwerk waar dat nodig is.\n", "maatwerk"),
        ("# BELEIDSNOTA DUURZAME MOBILITEIT\n\nDe mobiliteit in de stad groeit elk jaar.\n", "mobiliteit"),
    ],
)
def test_a_title_word_that_is_not_written_as_a_name_is_still_reported(text, word):
    assert word in flagged(text)


def test_a_capitalised_word_later_in_the_title_is_a_name():
    text = "# Nota Participatie en Maatwerk\n\nWij bieden maatwerk waar dat nodig is.\n"
    assert "maatwerk" not in flagged(text)


def test_a_stiff_word_in_a_remark_in_brackets_after_a_part_number_is_still_reported():
    config = Config(select=("BT101", "BT104"), min_severity="info")
    text = "In paragraaf 4.2 (middels een nieuwe aanpak) staat meer over de kosten."
    assert "middels" in [f.text.lower() for f in check_text(text, config=config)]
