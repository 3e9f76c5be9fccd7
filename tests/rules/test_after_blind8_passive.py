"""After blind8 (bench/quality/real/RESULTS.md, "After blind8: passives a writer should not change (BT301)"):
passives where nobody hides that a writer should name. Each signal on sentences written for the test, with a
passive of the same shape beside it that still fires."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str):
    return [f.rule for f in check_text(text, config=Config(select=("BT301", "BT302"), min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Voor de doorwerking van het beleid is in de nieuwe verordening van de provincie een apart hoofdstuk opgenomen.",
        "In de lijst van de vereniging zijn alle bedrijven op grond van hun geluid ingedeeld in vijf groepen.",
        "De regels voor het bouwen van schuren zijn voor elk perceel in artikel 4 van de planregels vervat.",
        "In deze nota van de gemeente zijn de normen voor het parkeren van fietsen vastgelegd.",
        "De afspraken over de hoogte van de nieuwe woningen zijn in dit bestemmingsplan uitgewerkt.",
    ],
)
def test_zijn_with_a_verb_of_contents_says_what_a_text_holds(text):
    assert passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De nieuwe regel voor het parkeren van fietsen wordt in het volgende plan opgenomen.",
        "Het hoofdstuk over wonen is door de provincie in de verordening opgenomen.",
        "Er is in de nieuwe verordening van de provincie een apart hoofdstuk over wonen opgenomen.",
    ],
)
def test_contents_verbs_with_worden_a_doer_or_er_stay(text):
    assert passives(text) in (["BT301"], ["BT302"])


@pytest.mark.parametrize(
    "text",
    [
        "De oude schuur achter de boerderij van de familie is in 1975 gesloopt.",
        "De stukken van het plan zijn in maart 2021 voor overleg aan het waterschap voorgelegd.",
        "De regeling over de afstanden tot wegen is per 1 januari 2020 gewijzigd.",
    ],
)
def test_zijn_with_a_date_reports_what_happened_then(text):
    assert passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a year in a clause inside a phrase dates no act
        "Voor de bodemkaart is in verband met oude bestrijdingsmiddelen onderscheid gemaakt tussen gronden die voor "
        "1980 in gebruik waren als boomgaard.",
        # a report with a dat-clause: who says so still matters
        "In 2016 is in de woonvisie van de regio aangegeven dat de groei van het aantal woningen beperkt moet blijven.",
        # with worden a date plans an act whose doer matters
        "De nieuwe school aan de rand van het dorp wordt in 2027 gebouwd.",
    ],
)
def test_other_dated_passives_stay(text):
    assert passives(text) == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "Het afvalwater van de nieuwe woningen wordt aangesloten op het bestaande riool.",
        "Het huishoudelijk afvalwater zal op het gemeentelijke riool worden geloosd.",
        "Bij hevige regen wordt het water tijdelijk geborgen in de vijver achter de school.",
    ],
)
def test_water_that_a_system_carries_needs_no_doer(text):
    assert passives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het hemelwater moet op het eigen terrein van de woning worden opgevangen.",
        "In hoofdstuk 6 wordt het aspect water nader toegelicht.",
        "De nieuwe woningen worden aangesloten op het bestaande riool.",
    ],
)
def test_water_with_a_duty_or_as_a_name_and_other_subjects_stay(text):
    assert passives(text) == ["BT301"]


def test_kenmerken_names_a_property_not_a_doer():
    assert passives("De straat wordt gekenmerkt door diepe percelen met grote tuinen.") == []
    assert passives("De straat wordt door de gemeente opnieuw ingericht.") == ["BT301"]


def test_a_pronominal_adverb_that_heads_the_clause_makes_it_relative():
    text = "De wet kent een grens van 100 meter, waarbuiten geen eisen hoeven te worden gesteld aan de bouw."
    assert passives(text) == []
    assert passives("Buiten deze grens hoeven geen eisen te worden gesteld aan de bouw.") == ["BT301"]
