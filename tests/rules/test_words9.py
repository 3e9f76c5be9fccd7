"""Word choice, ninth round (issue 18): a particle the parser attaches to a verb that already holds its own, the
new entries written for forms policy writers use (en/of, meenemen, systematiek, weerslag, bezwaar ontmoeten, het
staat ... vrij), and 'in de directe omgeving' without 'van' no longer listed. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.keys import holds_particle

WORD_LISTS = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT202")
CONFIG = Config(select=WORD_LISTS, min_severity="info")


def terms(text: str) -> dict[str, str]:
    """term -> the text of its finding."""
    return {f.term: f.text for f in check_text(text, config=CONFIG) if f.term}


def test_a_verb_that_holds_its_particle_takes_no_second_one():
    assert holds_particle("afgezien", "afzien", "in")
    assert not holds_particle("afgezien", "afzien", "af")
    assert not holds_particle("zag", "afzien", "af")  # *zag ... af*: the particle stands apart
    assert not holds_particle("zet", "zetten", "in")  # *zet ... in*: an ordinary separable verb


def test_a_misread_preposition_does_not_hide_the_entry():
    # the parser reads 'in' (before 'door de provincie') as a second particle of 'afgezien'
    text = "Volgens de wet kan derhalve worden afgezien van overleg in door de provincie aangewezen gevallen."
    assert terms(text).get("afzien van") == "afgezien van"


def test_a_split_verb_keeps_its_particle():
    assert "uitrollen" in terms("Wij rollen het nieuwe beleid volgend jaar uit.")


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("Stuur de brief naar de wethouder en/of de raad.", "en/of", "en/of"),
        (
            "Het plan ontmoette bij de buren geen bezwaren.",
            "bezwaar ontmoeten",
            "ontmoette bij de buren geen bezwaren",
        ),
        (
            "Het staat iedere inwoner vrij om een zienswijze te sturen.",
            "het vrij staan",
            "Het staat iedere inwoner vrij",
        ),
        ("De nieuwe rekensystematiek geldt vanaf volgend jaar.", "systematiek", "rekensystematiek"),
        ("De storm had zijn weerslag op de oogst.", "weerslag", "weerslag"),
        ("De kosten van het onderhoud zijn in de begroting meegenomen.", "meenemen", "meegenomen"),
    ],
)
def test_new_entries_are_found(text, term, found):
    assert terms(text).get(term) == found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("De woningen aan de dijk staan vrij ver van elkaar.", "het vrij staan"),
        ("Het gebouw staat vrij dicht op de straat.", "het vrij staan"),
        ("Neem uw rijbewijs mee naar het loket.", "meenemen"),
        ("U moet uw paspoort meenemen.", "meenemen"),
        ("De wethouder ontmoet de bewoners in het buurthuis.", "bezwaar ontmoeten"),
    ],
)
def test_ordinary_uses_are_not_found(text, term):
    assert term not in terms(text)


def test_en_of_offers_of_in_its_place():
    (finding,) = [f for f in check_text("U kunt bellen en/of schrijven.", config=CONFIG) if f.term == "en/of"]
    assert finding.suggestions == ["of"]


def test_nearby_without_van_is_ordinary_dutch():
    assert not terms("Er is geen supermarkt in de directe omgeving.")
    assert terms("In de directe omgeving van het park komt een school.") == {
        "in de directe omgeving van": "In de directe omgeving van"
    }
