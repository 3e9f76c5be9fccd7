"""Twelfth round, task nomin16 (BT201): a noun that names where something can be read, and a noun a subject
receives. Every sentence here is written for the test; each "not reported" sentence gave a finding before the
change, each guard is reported before and after."""

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
        "Uit een vergelijking van de tellingen blijkt dat het verkeer op de dijk is afgenomen.",
        "Uit de meting van het geluid volgt dat de norm wordt gehaald.",
        "In de beoordeling van deze reactie is aangegeven welke maatregelen de gemeente neemt.",
        "In de uitwerking van het ontwerp is beschreven hoe de tuin eruit komt te zien.",
    ],
)
def test_source_of_a_finding_not_reported(text):
    # *uit* or *in* with a verb of finding or telling: the noun names the outcome or the text, not the act
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het nieuwe plein heeft de aanduiding 'marktterrein' gekregen.",
        "Bezoekers krijgen een rondleiding door het gemeentehuis.",
    ],
)
def test_what_a_subject_receives_not_reported(text):
    # *krijgen*: the subject receives it; a verb would need a passive and shows the doer no better
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Door een vergelijking van de tellingen weten we dat het verkeer is afgenomen.",
            "een vergelijking van de tellingen",
        ),
        ("Het plan voorziet in de realisatie van twintig woningen.", "de realisatie van twintig woningen"),
        (
            "Bij de beoordeling van deze reactie heeft de gemeente de buren gehoord.",
            "de beoordeling van deze reactie",
        ),
        ("De vergelijking van de tellingen vindt volgend jaar plaats.", "De vergelijking van de tellingen"),
        (
            "Volgens de wethouder heeft er een zorgvuldige afweging plaatsgevonden.",
            "een zorgvuldige afweging",
        ),
    ],
)
def test_act_still_reported(text, span):
    # another preposition, another verb, or a weak verb that is no receiving: the act stays reported
    assert span in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bij de uitvoering van het werk wordt de weg twee weken afgesloten.",
        "Tijdens de renovatie van de school worden de boeken in de kerk opgeslagen.",
    ],
)
def test_time_frame_of_a_passive_without_doer_not_reported(text):
    # *bij*/*tijdens* before a passive without a doer: a clause for the frame would be a second passive
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Bij de toekenning van subsidies kijkt de gemeente naar het effect in de wijk.",
            "de toekenning van subsidies",
        ),
        (
            "Bij de toetsing van de plannen wordt rekening gehouden met het verkeer.",
            "de toetsing van de plannen",
        ),
        (
            "Bij de uitvoering van het werk wordt de weg door de aannemer afgesloten.",
            "de uitvoering van het werk",
        ),
        (
            "Voor de uitvoering van het plan moet worden onderzocht welke dieren er leven.",
            "de uitvoering van het plan",
        ),
        (
            "Na de afronding van het onderzoek wordt het rapport naar de raad gestuurd.",
            "de afronding van het onderzoek",
        ),
    ],
)
def test_frame_still_reported(text, span):
    # an active clause, a clause that is nominal too, a doer, a purpose, an act that must be over first
    assert span in spans(text)


SUPPORT = Config(select=("BT202",), min_severity="info")


def test_numbered_link_title_not_reported():
    # *[4. Maak gebruik van open standaarden](...)*: the number of a title in its list; the title is a name
    text = "Lees ook:\n\n- [4. Maak gebruik van open standaarden](../standaarden/index.md)\n"
    assert [f.text for f in check_text(text, config=SUPPORT, kind="markdown")] == []


def test_link_in_lower_case_and_plain_sentence_still_reported():
    link = "De gemeente wil [beter gebruik maken van data](../data/index.md) in haar werk.\n"
    plain = "De gemeente maakt gebruik van open standaarden.\n"
    assert [f.text for f in check_text(link, config=SUPPORT, kind="markdown")] == ["gebruik maken van"]
    assert [f.text for f in check_text(plain, config=SUPPORT, kind="markdown")] == ["maakt gebruik van"]
