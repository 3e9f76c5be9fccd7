"""BT201: findings an editor rejects for their example or span (task prec49). *Het voorkomen van X* is either
*voorkómen* (somebody prevents X) or *vóórkomen* (X is there): where X is no act and no harm the example would read
as 'prevent', so the advice names both verbs and gives none. A clause of means, manner or time (*door ... te
kopen*) ends the object; a rate (*per jaar*) belongs to its amount; a determiner of the other gender (*dat* before a
de-word) is no part of the noun's phrase."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT201",), min_severity="info")


def finding(sentence: str):
    found = check_text(sentence, config=ONLY)
    assert found
    return found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bij de sloop van de schuur houden we rekening met het mogelijk voorkomen van uilen.",
        "Het bureau deed onderzoek naar het voorkomen van oude munitie in de bodem.",
        # the tagger reads the noun as an infinitive and hangs the object on it
        "Volgens het bureau is de wijk verdacht voor wat betreft het voorkomen van niet-ontplofte granaten.",
    ],
)
def test_what_may_be_there_gets_no_example_that_prevents_it(sentence):
    found = finding(sentence)
    advice = " ".join(found.advice)
    assert "bijvoorbeeld met" not in advice
    assert "twee dingen" in advice and "komt voor" in advice


@pytest.mark.parametrize(
    ("sentence", "example"),
    [
        ("De gemeente werkt aan het voorkomen van geluidhinder bij de school.", "geluidhinder voorkomen"),
        (
            "Het beleid is gericht op het voorkomen van verdere aantasting van de dijk.",
            "verdere aantasting van de dijk voorkomen",
        ),
    ],
)
def test_a_harm_or_an_act_is_prevented_and_keeps_its_example(sentence, example):
    assert f"bijvoorbeeld met '{example}'" in " ".join(finding(sentence).advice)


@pytest.mark.parametrize(
    ("sentence", "span", "example"),
    [
        (
            "De gemeente zorgt voor de verbetering van het gebied door de gronden te kopen.",
            "de verbetering van het gebied",
            "het gebied verbeteren",
        ),
        (
            "De gemeente werkt aan het verbeteren van het gebied door de gronden te kopen.",
            "het verbeteren van het gebied",
            "het gebied verbeteren",
        ),
    ],
)
def test_a_clause_of_means_ends_the_object(sentence, span, example):
    found = finding(sentence)
    assert found.text == span
    assert f"bijvoorbeeld met '{example}'" in " ".join(found.advice)


@pytest.mark.parametrize(
    ("sentence", "example"),
    [
        (
            "Het bedrijf vraagt om de verwerking van 300 ton grond per jaar.",
            "300 ton grond per jaar verwerken",
        ),
        (
            "De gemeente regelt het oppompen van 40 m³ grondwater per dag.",
            "40 m³ grondwater per dag oppompen",
        ),
    ],
)
def test_a_rate_belongs_to_its_amount(sentence, example):
    assert f"bijvoorbeeld met '{example}'" in " ".join(finding(sentence).advice)


def test_a_determiner_of_the_other_gender_is_not_the_nouns():
    found = finding("Dit heeft tot gevolg dat vaststelling van een nieuw plan nodig is.")
    assert found.text == "vaststelling van een nieuw plan"


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("De beantwoording van de vragen kost de gemeente veel tijd.", "De beantwoording van de vragen"),
        ("De raad werkt aan deze uitbreiding van de school.", "deze uitbreiding van de school"),
        # the tagger calls *afvoer* neuter and the dictionary knows it only by its last part (*voer*): no certain gender
        (
            "Per dag bedraagt de totale afvoer van huishoudelijk water ruim 2 m3.",
            "de totale afvoer van huishoudelijk water",
        ),
    ],
)
def test_a_determiner_of_the_same_gender_stays(sentence, span):
    assert finding(sentence).text == span
