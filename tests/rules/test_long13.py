"""After blind9, task long13 (bench/quality/real/RESULTS.md, "After blind9: ... (task long13 ...)"): a number in
digits with its unit (*25 meter*) and a reference to an article of law (*artikel 3.1.6, tweede lid, onder b,
Bro*) are one unit to the reader, as a date is. Each on sentences written for the test, with a sentence of the
same shape beside it that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def rules(text: str, *select: str) -> list[str]:
    return [f.rule for f in check_text(text, config=Config(select=select, min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        # 28 words, 25 when each measure counts as one
        "Voor een buis met een doorsnede van 12 centimeter en een lengte van 300 meter geldt een vrije zone "
        "van 25 meter aan beide zijden van de buis.",
        # 28 words, of which the reference to the article takes seven
        "Op grond van artikel 3.1.6, tweede lid, onder b, Bro moet de gemeente in de toelichting laten zien dat "
        "er in de regio echt behoefte is aan nieuwe woningen.",
    ],
)
def test_a_measure_or_an_article_reference_is_one_unit(text):
    assert rules(text, "BT401", "BT402") == []


@pytest.mark.parametrize(
    "text",
    [
        # long by its own words: the measure saves one word of 33
        "De gemeente wil in de komende jaren samen met de inwoners van het dorp een nieuw park van 3 hectare "
        "aanleggen dat voor iedereen open is en waar kinderen veilig kunnen spelen.",
        # a number written in letters is a word of its own, and so is a count of things (*12 woningen*)
        "Voor een buis met een doorsnede van twaalf centimeter en een lengte van driehonderd meter geldt een "
        "vrije zone van vijfentwintig meter aan beide zijden van de buis.",
        "Op deze plek bouwt de corporatie de komende jaren 12 woningen en 8 appartementen voor ouderen en "
        "jonge gezinnen die in het dorp willen blijven wonen.",
        # the reference is *artikel 5*: *onder de voorwaarde* is the writer's own phrase
        "Het college mag op grond van artikel 5 onder de voorwaarde dat de buren vooraf schriftelijk instemmen een "
        "vergunning verlenen voor een nieuwe schuur achter het huis.",
    ],
)
def test_a_sentence_long_by_its_own_words_still_gets_its_finding(text):
    assert rules(text, "BT401", "BT402") == ["BT401"]


def test_whether_a_sentence_is_very_long_counts_the_units_as_before():
    text = (
        "Voor een buis met een doorsnede van 12 centimeter en een lengte van 300 meter geldt een vrije zone van 25 "
        "meter aan beide zijden van de buis, en daarom mag de eigenaar van de grond daar niet bouwen of graven "
        "zonder toestemming van de beheerder."
    )
    assert rules(text, "BT401", "BT402") == ["BT402"]


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente verleent de in het eerste lid bedoelde vergunning alleen als de buren geen bezwaar hebben.",
        "Het college mag de onder a, b en c genoemde bouwwerken toestaan als het verkeer er geen last van heeft.",
        "Wij leggen de in artikel 3.2 bedoelde stukken zes weken ter inzage.",
    ],
)
def test_the_legal_cross_reference_formula_is_no_tang(text):
    assert rules(text, "BT501") == []


@pytest.mark.parametrize(
    "text",
    [
        # a part of the writer's own document, or another participle: the reader unpacks a clause
        "De in de vorige paragraaf genoemde bezwaren zijn door de raad besproken.",
        "De in het eerste lid van de verordening beschreven regels gelden ook voor schuren.",
        "Wij leggen de in artikel 3.2 met de buren afgesproken stukken ter inzage.",
    ],
)
def test_a_reference_to_the_documents_own_parts_stays_a_tang(text):
    assert rules(text, "BT501") == ["BT501"]
