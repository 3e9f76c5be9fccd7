"""After blind9: nouns that name a hazard, and an overview a thing gives (BT201, BT202; task nomin13). Every
sentence here is written for the test; each "not reported" sentence gave a finding before the change, each guard
is reported before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.nominalisation import BLOCKERS

NOMIN = Config(select=("BT201",), min_severity="info")
SUPPORT = Config(select=("BT202",), min_severity="info")


def spans(text: str, config: Config = NOMIN) -> list[str]:
    return [f.text for f in check_text(text, config=config)]


def test_hazard_is_a_blocker():
    assert "hazard" in BLOCKERS


# hazard: after *risico op*, *beschermen tegen*, *gevaar voor* a noun names a possible event, not an act


@pytest.mark.parametrize(
    "text",
    [
        "De dijk beschermt de wijk tegen overstroming van de rivier.",
        "Om het dorp te beschermen tegen eventuele overstroming van de beek, ligt er een dijk.",
        "Er is gevaar voor vernieling van de bloembakken.",
        "Er bestaat gevaar voor aantasting van de oevers.",
        "Door de nieuwe afvoer is er geen risico op vervuiling van het grondwater.",
    ],
)
def test_hazard_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the act someone does stays reported, also beside a word of risk elsewhere in the sentence
        ("De gemeente zorgt voor de bescherming van het grondwater.", "de bescherming van het grondwater"),
        ("Wij werken aan de verbetering van de dienstverlening.", "de verbetering van de dienstverlening"),
        (
            "Het risico op vertraging is klein, maar de aanleg van de weg start pas in mei.",
            "de aanleg van de weg",
        ),
    ],
)
def test_act_still_reported(text, flagged):
    assert flagged in spans(text)


# BT202 'overzicht geven': with a subject that gives it (a text, a screen, a person) it is ordinary Dutch; a passive
# without an actor still hides who does it


@pytest.mark.parametrize(
    "text",
    [
        "Deze paragraaf geeft een overzicht van de regels voor de wijk.",
        "Het scherm geeft een helder overzicht van alle meldingen.",
        "Een lijst die een kort overzicht geeft van de kosten.",
    ],
)
def test_overview_with_a_subject_not_reported(text):
    assert spans(text, SUPPORT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hieronder wordt een overzicht gegeven van de kosten.",
        "In bijlage 2 is een overzicht gegeven van de regels.",
    ],
)
def test_overview_in_a_passive_still_reported(text):
    assert spans(text, SUPPORT)


# regime: a law or scheme brought into practice (*de invoering van de Omgevingswet*) is done by no one in particular;
# title: a word of a law's title is a name


def test_regime_and_title_are_blockers():
    assert "regime" in BLOCKERS
    assert "title" in BLOCKERS


@pytest.mark.parametrize(
    "text",
    [
        "Na de invoering van de Omgevingswet krijgt de gemeente meer taken.",
        "De nieuwe app ondersteunt de uitvoering van de Wegenverkeerswet.",
        "Het bureau helpt bij de implementatie van het DSO in de gemeente.",
        "De Regeling standaarden ruimtelijke ordening geeft aan welke normen gelden.",
    ],
)
def test_law_in_practice_or_title_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an ordinary object, an article by its number, a noun outside the title: the act stays reported
        ("De gemeente begint in mei met de uitvoering van het plan.", "de uitvoering van het plan"),
        ("Toepassing van artikel 12 is hier nodig om de bouw toe te staan.", "Toepassing van artikel 12"),
        ("Volgens de Wet vindt de toetsing in mei plaats.", "de toetsing"),
        (
            "De Verordening ruimte vraagt om de verbetering van de dorpsranden.",
            "de verbetering van de dorpsranden",
        ),
    ],
)
def test_act_beside_a_law_still_reported(text, flagged):
    assert flagged in spans(text)


# named: what a definition names is the thing being named; a verb cannot carry the name


def test_named_is_a_blocker():
    assert "named" in BLOCKERS


@pytest.mark.parametrize(
    "text",
    [
        "Het bijhouden van de wijzigingen heet versiebeheer.",
        "Het controleren van de code wordt ook wel een review genoemd.",
    ],
)
def test_named_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Het bijhouden van de wijzigingen kost veel tijd.", "Het bijhouden van de wijzigingen"),
        # an evaluation (an adjective) is no name
        ("Wij noemen het bijhouden van de wijzigingen belangrijk.", "het bijhouden van de wijzigingen"),
    ],
)
def test_act_that_is_not_named_still_reported(text, flagged):
    assert flagged in spans(text)
