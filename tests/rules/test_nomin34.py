"""Twenty-third round, task nomin34 (BT201): a plural verb shows that a row at the end of the *van*-phrase holds
subjects beside the noun, not its object (*bescherming van de natuur en rust in het dorp kunnen samengaan*):
``nominal_terms.two_subjects``. Every sentence here is written for the test; each silent one gave a finding before
the change, each guard holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return check_text(text, config=NOMIN)


@pytest.mark.parametrize(
    "text",
    [
        "Wij denken dat bescherming van het landschap en vernieuwing in de dorpskern goed samen kunnen gaan.",
        "De lichte daling van het aantal bezoekers, vergrijzing en krimp zullen ook in het dorp gevolgen hebben.",
        "Zij vinden dat verbetering van de luchtkwaliteit en rust in de wijk belangrijker zijn dan parkeerplaatsen.",
    ],
)
def test_row_of_subjects_not_reported(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a singular verb: the row is the object after *van*
        (
            "De bescherming van het landschap en de dorpskern is een taak van de gemeente.",
            "De bescherming van het landschap",
        ),
        # a plural verb with a subject of its own
        (
            "De bewoners vragen om een snelle verbetering van de wegen en de fietspaden.",
            "een snelle verbetering van de wegen en de fietspaden",
        ),
        # a plural verb without a row after *van*: a slip of the writer, the finding stays
        ("Het verbeteren van de regels zouden veel tijd schelen.", "Het verbeteren van de regels"),
        # a second act with a *van*-phrase of its own: two subjects, each an act with its object
        (
            "De verbreding van de oude sloten en de aanleg van nieuwe oevers bieden kansen voor de natuur.",
            "De verbreding van de oude sloten",
        ),
        # two acts that share the object after *van*
        (
            "Stimulering van het herstel en de verbetering van oude boerderijen leiden tot een mooier dorp.",
            "Stimulering van het herstel",
        ),
        # a row inside a phrase of its own in the object
        (
            "Het verbeteren van de regels, inclusief de formulieren en de brieven, zouden veel tijd schelen.",
            "Het verbeteren van de regels",
        ),
    ],
)
def test_object_row_still_reported(text, span):
    assert [f.text for f in findings(text)][:1] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a law's title, a name with its number, a name with its year: the phrase ends inside the name
        "Op 1 juli is de wijziging van de Wet milieubeheer op het gebied van geluid ingegaan.",
        "Het waterschap werkt aan de verbetering van Natura 2000-gebied Drentsche Aa.",
        "Daarna volgt de vaststelling van de Structuurvisie Dorpen 2030.",
    ],
)
def test_example_not_cut_inside_a_name(text):
    """The advice names the verb without an example that would break the name ('de Wet wijzigen')."""
    (finding,) = findings(text)
    assert "bijvoorbeeld" not in finding.advice[0]
    assert "zeg wie het doet" in finding.advice[0]


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Wij werken aan de verbetering van de Dorpsstraat in Emmen.", "'de Dorpsstraat verbeteren'"),
        (
            "De gemeente zorgt voor de uitbreiding van het park in het noorden.",
            "'het park in het noorden uitbreiden'",
        ),
        (
            "De gemeente begint met de toepassing van artikel 12 van de verordening.",
            "'artikel 12 van de verordening toepassen'",
        ),
    ],
)
def test_whole_name_keeps_its_example(text, example):
    (finding,) = findings(text)
    assert example in finding.advice[0]


# Review (nomin34): a later member of the row with an article of its own, like an object (*de dijken en de kades*),
# belongs after *van*; the plural verb then agrees with the nearest nouns (a common slip), not with a second subject.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Het herstel van de dijken en de kades zijn in 2026 gereed.",
            "Het herstel van de dijken en de kades",
        ),
        (
            "De verkoop van de grond en de gebouwen leveren de gemeente geld op.",
            "De verkoop van de grond en de gebouwen",
        ),
        (
            "Daarom kunnen de uitbreiding van de camping en het hotel niet doorgaan.",
            "de uitbreiding van de camping en het hotel",
        ),
    ],
)
def test_row_with_articles_is_the_object(text, span):
    assert [f.text for f in findings(text)] == [span]


# Review (nomin34): a number with a unit after the phrase is a size or a count (*2 jaar*, *6 weken*, *3 keer*), not
# the number of a name: the example stays.
@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("De gemeente heeft de aanleg van het fietspad 2 jaar uitgesteld.", "'het fietspad aanleggen'"),
        ("Het college heeft de behandeling van de aanvraag 6 weken verdaagd.", "'de aanvraag behandelen'"),
    ],
)
def test_number_with_unit_keeps_the_example(text, example):
    (finding,) = findings(text)
    assert example in finding.advice[0]
