"""A definition quoted after its lead-in without quotation marks (*Het begrip X is in de verordening gedefinieerd
als: de gronden die ...*) is the regulation's text: its words get no findings and do not make the sentence long;
the writer's own sentence after it is checked as always (blind19, studied after it was scored)."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config

DEFINITION = (
    "In de provinciale verordening is het begrip bestaand stedelijk gebied nader gedefinieerd als: de gronden "
    "die op grond van de geldende plannen en de in voorbereiding zijnde plannen, voor zover de provincie daarover "
    "in het kader van het vooroverleg een positief advies heeft gegeven, benut kunnen worden voor stedelijke "
    "functies."
)
OWN = "Het plan wordt middels een wijziging van de regels in het kader van de woningbouw aangepast."


def test_the_definition_after_its_lead_in_is_quoted_text():
    found = check_text(f"{DEFINITION} {OWN}\n", config=Config(min_severity="info"), kind="markdown")
    inside = [
        f for f in found if f.offset >= DEFINITION.index("de gronden") and f.end_offset <= len(DEFINITION)
    ]
    assert not [f for f in inside if f.rule.startswith("BT1")], inside  # not 'zijnde', 'in het kader van'
    assert not [f for f in found if f.rule in ("BT401", "BT402") and f.offset < len(DEFINITION)]
    own = [f.text for f in found if f.offset > len(DEFINITION)]
    assert "middels" in own and "in het kader van" in own


def test_omschreven_als_too_and_a_short_text_after_als_is_no_definition():
    text = DEFINITION.replace("gedefinieerd als", "omschreven als")
    found = check_text(text + "\n", config=Config(min_severity="info"), kind="markdown")
    assert not [f for f in found if f.rule.startswith("BT1") and f.offset > text.index("als:")]
    short = (
        "De nota is omschreven als: middels een brief.\n"  # fewer words than a quotation: the writer's own
    )
    assert "middels" in [f.text for f in check_text(short, config=Config(min_severity="info"))]


def test_a_passive_that_names_the_regulation_makes_it_the_subject():
    (found,) = check_text(DEFINITION.split(":")[0] + ": de gronden.\n", config=Config(select=("BT301",)))
    assert "De provinciale verordening definieert" in found.message
