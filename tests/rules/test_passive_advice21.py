"""BT301 advice for passives whose hidden doer is not the point (new21 editors): a passive that classifies (*kan
worden beschouwd als een monument*) says 'is'; *kan worden volstaan met* says what is enough; *kan gesteld worden
dat* is a report (who says so?), not a possibility."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")


def advice(sentence: str) -> str:
    (found,) = check_text(sentence, config=ONLY)
    return " ".join(found.advice)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het oude gemaal kan worden beschouwd als een monument van de streek.",
        "Deze activiteit kan worden aangemerkt als een bedrijf aan huis.",
        "Het gebied wordt gezien als de groene long van de stad.",
    ],
)
def test_a_passive_that_classifies_is_said_with_is(sentence):
    text = advice(sentence)
    assert "'is'" in text and "de aanvrager" not in text


def test_volstaan_says_what_is_enough():
    text = advice("Voor deze kleine verbouwing kan worden volstaan met een eenvoudige melding.")
    assert "genoeg" in text and "de aanvrager" not in text


def test_gesteld_with_a_dat_clause_asks_who_says_so():
    assert "Zeg wie dit zegt" in advice("Er kan gesteld worden dat het plan financieel uitvoerbaar is.")


def test_a_possibility_with_a_doer_worth_naming_keeps_the_can_advice():
    assert "Zeg wie dit kan doen" in advice("De aanvraag kan digitaal worden ingediend bij de gemeente.")
    # 'als' that is no classification (a time or a condition) keeps it as well
    assert "Zeg wie dit kan doen" in advice("De melding kan worden gedaan als de werkzaamheden klaar zijn.")


JE_TEXT = (
    "Op deze pagina lees je hoe je een melding doet. Heb je een vraag? Dan help ik jou graag.\n\n"
    "De melding kan digitaal worden ingediend bij de gemeente.\n"
)
U_TEXT = (
    "Op deze pagina leest u hoe u een melding doet. Heeft u een vraag? Dan helpen wij u graag.\n\n"
    "De melding kan digitaal worden ingediend bij de gemeente.\n"
)


def test_a_text_that_says_je_gets_je_in_the_advice():
    (found,) = check_text(JE_TEXT, config=ONLY)
    assert "'je kunt ...'" in found.advice[0] and "wij" in found.advice[0]
    (found,) = check_text(U_TEXT, config=ONLY)
    assert "'u kunt ...'" in found.advice[0]


@pytest.mark.parametrize(
    "text",
    [
        # an impersonal passive without a doer: the message names who might act
        "Je kunt onze pagina lezen zonder dat er iets over jouw bezoek wordt bijgehouden. Heb je vragen, mail ons.\n",
        # a door-phrase that names no actor (a rule does nothing itself): the advice names who might act
        "Heb je een vraag? Mail ons, dan helpen we je. Jouw bouwplan wordt door het bestemmingsplan tegengehouden.\n",
    ],
)
def test_a_text_that_says_je_gets_every_message_of_the_passives(text):
    """The messages for a text that says *je* have every part a policy text's have (the impersonal one was
    missing: a real guidance page could not be checked)."""
    result = check_text(text, config=ONLY)
    assert result and all("de lezer" in " ".join([f.message, *f.advice]) for f in result)
