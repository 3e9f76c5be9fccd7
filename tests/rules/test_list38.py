"""Round twenty-five (issue 16, task list38): word-list entries by their judged rows. An entry goes where the
editors of several sheets judged (nearly) none of its findings right and the word is plain Dutch in the senses the
texts use. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, rule: str) -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [f.text.lower() for f in check_text(text, config=config, kind="markdown") if f.rule == rule]


def test_leefbaarheid_is_a_common_word_not_jargon():
    # a common word that B1 readers know, mostly one policy theme among others: never a finding
    assert "leefbaarheid" not in flagged("Het plan verbetert de leefbaarheid van de wijk.\n", "BT102")
    text = "De gemeente werkt aan drie thema's: wonen, werk en leefbaarheid in de dorpen.\n"
    assert "leefbaarheid" not in flagged(text, "BT102")


def test_other_policy_nouns_keep_their_finding():
    # guard: a policy noun without a plain meaning of its own stays a finding
    assert "vitaliteit" in flagged("Het plan draagt bij aan de vitaliteit van het dorp.\n", "BT102")


def test_meenemen_in_a_study_or_calculation_says_what_it_covers():
    # what a study, a calculation or an assessment covers is counted there: plain Dutch, no vague promise
    assert flagged("De twee zijstraten zijn ook meegenomen in het verkeersonderzoek.\n", "BT102") == []
    assert flagged("Het verkeer op de dijk is meegenomen in de berekening van het geluid.\n", "BT102") == []
    text = "Alle nieuwe woningen worden meegenomen in de beoordeling van de luchtkwaliteit.\n"
    assert flagged(text, "BT102") == []


def test_meenemen_in_a_weighing_or_an_elaboration_stays_a_finding():
    # guards: what is done with a reaction in a weighing or an elaboration is left open
    assert flagged("Wij nemen uw wensen mee in de afweging.\n", "BT102")
    assert flagged("Wij nemen uw reactie mee in de verdere uitwerking van het plan.\n", "BT102")
    # a study as the object is not the study that covers it
    assert flagged("De gemeente neemt het onderzoek mee in de afweging.\n", "BT102")


def test_a_study_as_the_object_of_meenemen_keeps_its_finding():
    # review: the end of a compound counts only after 'in' or 'bij' (the study that covers it), not as the object
    found = flagged("Het college neemt het geluidsonderzoek mee in het besluit over de weg.\n", "BT102")
    assert found == ["neemt het geluidsonderzoek mee"]
    found = flagged("Wij nemen de bodemonderzoeken mee in de afweging over de nieuwe wijk.\n", "BT102")
    assert found == ["nemen de bodemonderzoeken mee"]
    # while a compound study after 'in' or 'bij' still says what it covers
    assert flagged("Ook de wegen in de wijk zijn meegenomen in het geluidsonderzoek.\n", "BT102") == []
    assert flagged("Bij de stikstofberekening nemen wij de nieuwe weg niet mee.\n", "BT102") == []


def test_a_readers_view_taken_into_an_assessment_is_the_vague_promise():
    # review: a reaction, a view or a wish as the object or passive subject keeps its finding after 'in' or 'bij'
    found = flagged("Wij nemen uw zienswijze mee bij de beoordeling van de aanvraag.\n", "BT102")
    assert found == ["nemen uw zienswijze mee"]
    found = flagged("De inspraakreacties worden meegenomen in de beoordeling van het ontwerp.\n", "BT102")
    assert found == ["meegenomen"]
    text = "Het college heeft besloten de adviezen van de wijkraad mee te nemen in het verkeersonderzoek.\n"
    assert flagged(text, "BT102") == ["mee te nemen"]
    # guard: a thing the assessment looks at stays silent
    text = "Bij de beoordeling van het plan nemen wij de gevolgen voor het verkeer mee.\n"
    assert flagged(text, "BT102") == []
