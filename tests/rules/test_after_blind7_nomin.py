"""After blind7 (studied): a nominalisation's example is correct Dutch in its sentence or there is advice instead
(BT201); a list label that runs into its sentence is not counted as part of it (BT401); a paragraph of *label:
value* fields is a record, not prose (BT701). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.rules.readability import is_data_record

NOMINAL = Config(select=("BT201",), min_severity="info")
LONG = Config(select=("BT401",), min_severity="info")


def nominal(text: str, span: str):
    found = [f for f in check_text(text, config=NOMINAL) if f.text == span]
    assert found, [f.text for f in check_text(text, config=NOMINAL)]
    return " ".join(found[0].advice)


@pytest.mark.parametrize(
    ("text", "span", "example"),
    [
        # a coordinated object is taken whole
        (
            "De gemeente ontstond in 1980 na samenvoeging van Oosterdorp en Westerdorp.",
            "samenvoeging van Oosterdorp en Westerdorp",
            "'Oosterdorp en Westerdorp samenvoegen'",
        ),
        (
            "De gemeente wil de samenvoeging van de scholen en de bibliotheek snel regelen.",
            "de samenvoeging van de scholen en de bibliotheek",
            "'de scholen en de bibliotheek samenvoegen'",
        ),
        # a present participle of a comparative and gaan: only the comparative stays
        (
            "De raad vraagt om verdergaande versterking van het centrum van de stad.",
            "verdergaande versterking van het centrum van de stad",
            "'het centrum van de stad verder versterken'",
        ),
        # a phrase the parse cut open after van ends before it
        (
            "Doel van de studie was het geven van een eerste schatting van het te verwachten verkeer in de wijk.",
            "het geven van een eerste schatting",
            "'een eerste schatting geven'",
        ),
    ],
)
def test_whole_example(text, span, example):
    assert example in nominal(text, span)


@pytest.mark.parametrize(
    ("text", "span", "verb"),
    [
        # two determiners in a row are a slip: no example copies it; the advice names the plain verb, not
        # 'realiseren', which the word list reports (mend24)
        (
            "Door de realisatie van het dit project neemt het verkeer toe.",
            "de realisatie van het dit project",
            "bouwen",
        ),
        # a compound the parse cut: the object goes on after the span
        (
            "Er is geen afname van NNN gebied en er wordt niet buiten de grens gebouwd.",
            "geen afname van NNN",
            "afnemen",
        ),
        # another present participle makes no adverb
        (
            "De raad wil de doorgaande verbetering van de wegen.",
            "de doorgaande verbetering van de wegen",
            "verbeteren",
        ),
    ],
)
def test_advice_without_example(text, span, verb):
    advice = nominal(text, span)
    assert "bijvoorbeeld met" not in advice
    assert f"'{verb}'" in advice


def test_separate_act_is_not_joined():
    spans = [
        f.text
        for f in check_text(
            "Wij zien de realisatie van woningen en de aanleg van wegen als een stap.", config=NOMINAL
        )
    ]
    assert "de realisatie van woningen" in spans
    assert "de aanleg van wegen" in spans


def test_list_label_is_not_part_of_the_sentence():
    label = (
        "- Samenwerking tussen gemeente en provincie door overleg Het plan is de basis voor alle afspraken over de "
        "inrichting van het gebied rond de kern en over de wegen naar het dorp;\n"
    )
    assert not [f for f in check_text(label, config=LONG, kind="markdown") if f.rule == "BT401"]
    sentence = (
        "Samenwerking tussen gemeente en provincie door overleg over het plan is de basis voor alle afspraken over "
        "de inrichting van het gebied rond de kern en over de wegen naar het dorp.\n"
    )
    assert [f for f in check_text(sentence, config=LONG, kind="markdown") if f.rule == "BT401"]
    # a name with a capitalised article is no sentence start
    name = (
        "Bewoners uit De Bilt en omgeving klagen al jaren over het lawaai van de snelweg en vragen de gemeente en "
        "de provincie om een hoge geluidswal langs de weg.\n"
    )
    assert [f for f in check_text(name, config=LONG, kind="markdown") if f.rule == "BT401"]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "meter: 3, kleur: grijs, datum: 3-4-2020, X: 12.345,6, Y: 45.678,9, grond: klei met zand, "
            "opmerking: geen, dieper: nee",
            True,
        ),
        (
            "De gemeente wil drie dingen: meer groen, minder verkeer en betere fietspaden. Het plan: een nieuw park. "
            "Daarna volgt de rest van het werk in de wijk.",
            False,
        ),
    ],
)
def test_data_record(text, record):
    assert is_data_record(text) is record
