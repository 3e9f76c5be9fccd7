"""Passives that BT301/BT302 reported without a doer worth naming, or that were no passive at all
(bench/quality/real/RESULTS.md, "After blind13: passives (task passive20 ...)"), on sentences written for the test:

- a participle that Dutch also uses as a preposition before a noun phrase (*gezien de prijzen* = given the prices)
  is no participle; the words the parser hung on it belong to the clause's own participle;
- a *zijn*-passive dated by a phrase the parser hung on the auxiliary (*is er ... in 2011 een melding gedaan*) is
  dated as one with the phrase on the participle (``dated``);
- a verb of measuring with the unit, the starting point or the class (*wordt gemeten vanaf het peil*, *wordt
  uitgedrukt in een percentage*) states a method or a definition for whoever measures (``measure``);
- the last of coordinated indirect questions (*wat de kosten zijn en hoe de toegang geregeld wordt*) is an
  indirect question as the first is, whatever label the parser gave the first (``indirect-question``).
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str]]:
    """(rule, text) of the passive findings of one sentence."""
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, f.text) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text",
    [
        "In het dorp is er veel ruimte voor starters gezien de lage prijzen.",
    ],
)
def test_participle_as_a_preposition_is_no_passive(text):
    assert found(text) == []


def test_er_with_a_subject_keeps_its_own_participle_after_a_preposition():
    # *er* + worden + a subject is reported since pass48; the passive is *wordt ... gevoerd*, not *wordt gezien*
    hits = found("Er wordt gezien de kleine omvang geen overleg gevoerd.")
    assert [rule for rule, _ in hits] == ["BT302"]
    assert hits[0][1].endswith("gevoerd")


def test_the_clause_keeps_its_own_participle_after_a_preposition():
    # *worden* hangs on *gezien* in the parse; the passive is *worden ... gekapt*
    hits = found("De bomen worden gezien de droogte niet gekapt.")
    assert [rule for rule, _ in hits] == ["BT301"]
    assert "gekapt" in hits[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Het groepsrisico moet worden gezien als een maat voor ontwrichting.",
        "De voorstelling is gisteren door veel mensen gezien.",
        "Gezien de kosten wordt het plan niet uitgevoerd.",
    ],
)
def test_a_participle_before_als_or_door_or_after_the_preposition_stays(text):
    assert [rule for rule, _ in found(text)] == ["BT301"]


def test_a_date_the_parser_hung_on_the_auxiliary_dates_the_act():
    assert (
        found(
            "Verder is er op de locatie aan de Dorpsstraat in 2011 een melding gedaan voor het houden van koeien."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "De hoogte wordt gemeten vanaf het peil tot het hoogste punt.",
        "De bouwhoogte wordt uitgedrukt in meters.",
        "Het geluid wordt gemeten in decibel.",
        "Het geluid van de weg wordt gemeten in dB.",
        "De afstand tot de gevel wordt in rechte lijn gemeten.",
        "De afstand moet worden gemeten tussen de gevel en de weg.",
    ],
)
def test_a_method_of_measuring_is_no_hidden_doer(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Er wordt gerekend met een groei van twee procent.",
        "De geluidsbelasting is door het bureau gemeten in de tuin.",
        "Het geluid wordt gemeten.",
        # *in*, *per* with a place, a year, a survey or a period: somebody measures there or then
        "Het fijnstof wordt in de straat gemeten.",
        "De drukte op het plein wordt gemeten in 2027.",
        "De tevredenheid wordt gemeten in een enquête onder de huurders.",
        "Het verkeer wordt per maand gemeten.",
        "De drukte wordt gemeten in het uur na sluiting.",
    ],
)
def test_a_measurement_somebody_makes_stays(text):
    assert found(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Bij de bouw moet bekeken worden wat de kosten zijn, wat de planning is en hoe de toegang geregeld wordt.",
        "Bij de bouw moet bekeken worden wat de kosten zijn en hoe de toegang geregeld wordt van de nieuwe woningen.",
    ],
)
def test_the_last_of_coordinated_indirect_questions(text):
    # the asking passive (*moet bekeken worden*) keeps its finding; the question after *en hoe* has none
    assert [t for _, t in found(text)] == ["bekeken worden"]


@pytest.mark.parametrize(
    "text",
    [
        "Wat is de planning en hoe wordt de toegang geregeld?",
        "De kosten zijn hoog en de toegang wordt slecht geregeld.",
    ],
)
def test_a_direct_question_or_a_plain_coordination_stays(text):
    assert [rule for rule, _ in found(text)] == ["BT301"]
