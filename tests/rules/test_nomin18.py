"""Thirteenth round, task nomin18 (BT201): a noun that names the field a property or a rule applies to (*bepalend
voor de inrichting van*), and a predicate noun with *een* that names a kind of thing (*is een uitwerking van*).
Every sentence here is written for the test; each "not reported" sentence gave a finding before the change, each
guard is reported before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        "De breedte van de weg is doorslaggevend voor de beoordeling van de aanvraag.",
        "De hoogte van de dijk is bepalend voor de inrichting van de polder.",
        "Deze regels gelden voor de verwerking van afval door bedrijven.",
        "De gronden zijn bestemd voor de berging van regenwater.",
        "Het geld is bedoeld voor de verbetering van de fietspaden.",
    ],
)
def test_field_of_a_property_not_reported(text):
    # *voor* after a predicate adjective, a present participle or *gelden*: a kind of activity, no doer, no time
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dit plan is een uitwerking van de structuurvisie.",
        "De nieuwe regeling is geen verbetering van de oude.",
    ],
)
def test_kind_of_thing_not_reported(text):
    # a predicate noun with *een* or *geen* says what the subject is: a result, not an act
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De gemeente zorgt voor de verbetering van de wegen.", "de verbetering van de wegen"),
        (
            "Voor de uitvoering van het plan moet worden onderzocht welke dieren er leven.",
            "de uitvoering van het plan",
        ),
        (
            "Een van de taken van de raad is de vaststelling van de begroting.",
            "de vaststelling van de begroting",
        ),
        ("De verbetering van de wegen is bepalend voor de buurt.", "De verbetering van de wegen"),
        (
            "Uit de meldingen blijkt dat er sprake is van een toename van het aantal klachten.",
            "een toename van",
        ),
        (
            "Doel van het nieuwe beleid is een betere bescherming van de bomen.",
            "een betere bescherming van de bomen",
        ),
        ("Doel van het nieuwe beleid is een bescherming van de bomen.", "een bescherming van de bomen"),
    ],
)
def test_act_still_reported(text, span):
    # after an ordinary verb, a past participle, a definite predicate, or as the subject: the act stays reported
    assert any(found.startswith(span) for found in spans(text))


SUPPORT = Config(select=("BT202",), min_severity="info")


def test_reaching_a_solution_is_not_a_support_verb():
    # *tot een oplossing komen* names no problem: *oplossen* needs one as its object, so no verb says it better
    text = "Wij praten met de buren om samen tot een goede oplossing te komen."
    assert [f.text for f in check_text(text, config=SUPPORT)] == []


def test_past_participle_in_end_keeps_the_act():
    # *berekend* is the past participle of *berekenen*, not a present participle: the act stays reported
    text = "De kosten zijn berekend voor de aanleg van de nieuwe weg door de gemeente."
    assert any(found.startswith("de aanleg van") for found in spans(text))
