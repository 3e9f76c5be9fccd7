"""Defects a writer meets, mended by the lead in the sixteenth session: what the dev replays showed after the
round's mends. Sentences written for these tests."""

from __future__ import annotations

import pytest
from suggestion_checks import one


def test_faciliteren_of_people_the_tagger_read_as_a_verb():
    """*gezinnen* after *van*, tagged as a verb by the model (it takes no *van* of its own): people all the same, so
    no 'mogelijk maken' (*het mogelijk maken van gezinnen* is nonsense), the advice for people instead. Before:
    'mogelijk maken' was offered again once the people test read only nouns (mend25)."""
    text = "Naast de aandacht die de gemeente heeft voor het faciliteren van gezinnen, wil zij ook ouderen helpen."
    f = one(text, "BT102", "faciliteren")
    assert "mogelijk maken" not in f.suggestions and "hen helpt" in f.message, (f.suggestions, f.message)


def test_faciliteren_of_people_after_a_van_the_parser_hangs_loosely():
    """The same where the parser hangs *van* on *gezinnen* as a loose dependent (``dep``), not as its case."""
    text = "Met de focus die Oosterlo heeft op het faciliteren van gezinnen, willen de raad ook starters een kans geven."
    f = one(text, "BT102", "faciliteren")
    assert "mogelijk maken" not in f.suggestions and "hen helpt" in f.message, (f.suggestions, f.message)


# (review of mend25) the endings that name people in policy texts more often than devices stay people
@pytest.mark.parametrize(
    "text",
    [
        "Het faciliteren van de melder van de klacht gebeurt via het klantcontactcentrum.",
        "Het faciliteren van pashouders bij het zwembad is een taak van de gemeente.",
        "Het faciliteren van de houder van het kindercentrum gebeurt door de toezichthouder.",
    ],
)
def test_melders_and_houders_are_people(text):
    said = " ".join(one(text, "BT201", "faciliteren").advice)
    assert "helpen'" in said and "mogelijk maken'" not in said, said


# (review of mend25) a listed verb whose plain verb fits any object is not offered next to it
@pytest.mark.parametrize(
    "text,words,plain,listed",
    [
        ("Het faciliteren van de dagbesteding voor ouderen vraagt extra budget.", "faciliteren", "mogelijk maken",
         "faciliteren"),
        ("Het implementeren van de nieuwe werkwijze kost tijd.", "implementeren", "invoeren", "implementeren"),
    ],
)  # fmt: skip
def test_the_listed_verb_is_not_offered_next_to_its_plain_verb(text, words, plain, listed):
    said = " ".join(one(text, "BT201", words).advice)
    assert f"{plain}'" in said and f"{listed}'" not in said, said


# (review of mend25) a task is carried out, not reached; an aim in the plural is reached
def test_tasks_are_not_reached_and_plural_aims_are():
    tasks = " ".join(
        one("De realisatie van de taken uit het plan loopt achter.", "BT201", "realisatie").advice
    )
    assert "bereiken'" not in tasks, tasks
    aims = " ".join(one("De realisatie van de klimaatdoelen is haalbaar.", "BT201", "realisatie").advice)
    assert "'de klimaatdoelen bereiken'" in aims, aims
