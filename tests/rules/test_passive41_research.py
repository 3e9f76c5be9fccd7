"""A report that research was done (bench/quality/real/RESULTS.md, "Twenty-seventh round: ... (task pass41)"), on
sentences written for the test: *voor het plangebied is een verkennend bodemonderzoek uitgevoerd*, *er is een
akoestisch onderzoek verricht*, in the present perfect without a modal or a door-phrase, is a report's stock line;
the result is the news, not the bureau that did it (editors of blind6, blind12 and blind24).

The guard leaves the right finding: a door-phrase that names the bureau, a duty or a plan (*moet een onderzoek
worden uitgevoerd*), another verb (*besproken*), research named in a phrase with a preposition (*op basis van het
bodemonderzoek*), and the reader's own research (*uw onderzoek*).
"""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str) -> list[tuple[str, str]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, text[f.offset : f.end_offset]) for f in check_text(text, config=config)]


def test_a_long_report_of_soil_research_done():
    text = (
        "Ten behoeve van de aanvraag voor de nieuwe woning aan de dijk is in het voorjaar een verkennend en "
        "aanvullend bodemonderzoek uitgevoerd, om te bepalen of de grond geschikt is."
    )
    assert passives(text) == []


def test_a_report_with_er_of_acoustic_research_done():
    text = (
        "Er is voor het gehele plangebied en de directe omgeving daarvan een uitgebreid akoestisch onderzoek naar "
        "het wegverkeerslawaai uitgevoerd."
    )
    assert passives(text) == []


# -- the finding stays


def test_a_door_phrase_that_names_the_bureau_keeps_the_finding():
    text = (
        "Ten behoeve van de aanvraag voor de nieuwe woning aan de dijk is in het voorjaar door Bodem Advies een "
        "verkennend en aanvullend bodemonderzoek uitgevoerd."
    )
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_duty_to_do_research_keeps_the_finding():
    text = "Voor de bouw van de nieuwe woningen aan de dijk moet eerst een verkennend bodemonderzoek worden uitgevoerd."
    assert passives(text) == [("BT301", "worden uitgevoerd")]


def test_another_verb_keeps_the_finding():
    text = (
        "Ten behoeve van de aanvraag voor de nieuwe woning aan de dijk is in het voorjaar een verkennend en "
        "aanvullend bodemonderzoek besproken met de buren en de gemeente."
    )
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_research_in_a_phrase_with_a_preposition_is_not_the_subject():
    text = (
        "Ten behoeve van de aanvraag voor de nieuwe woning aan de dijk is in het voorjaar op basis van het "
        "bodemonderzoek het advies uitgevoerd om de grond af te graven."
    )
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_bureau_named_where_the_parse_misses_it_keeps_the_finding():
    text = (
        "In het voorjaar is door het adviesbureau een uitgebreid akoestisch onderzoek naar het verkeerslawaai "
        "uitgevoerd, om de geluidbelasting te bepalen."
    )
    assert [rule for rule, _ in passives(text)] == ["BT301"]
