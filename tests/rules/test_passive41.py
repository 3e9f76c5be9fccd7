"""Passives in a clause that gives what a named law, rule or norm lays down (bench/quality/real/RESULTS.md,
"Twenty-seventh round: ... (task pass41)"), on sentences written for the test:

- *in artikel 4 van de regels is vastgelegd dat de schuur wordt afgebroken*, *de Woningwet schrijft voor dat de
  gevel wordt hersteld*: the clause says what the rule lays down for whoever it applies to; the law-maker is not
  the doer the reader misses (editors of blind2, blind17, new21, new24, new27).

The guard leaves the right finding: a text of policy or an agreement as the source (*in de nota*, *in het
coalitieakkoord*), a clause about the reader's thing (*uw schuur*), a door-phrase that names the doer, a source
that is no rule, the passive outside such a clause, and a clause of reason or purpose before the rule (*omdat*,
*om te bereiken dat*: why, not what the rule lays down).
"""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str) -> list[tuple[str, str]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, text[f.offset : f.end_offset]) for f in check_text(text, config=config)]


# -- what a law or rule lays down


def test_what_an_article_of_the_rules_lays_down():
    text = "In artikel 4 van de regels is vastgelegd dat de schuur binnen een jaar wordt afgebroken."
    assert passives(text) == []


def test_what_a_law_prescribes_as_subject_of_the_verb():
    assert passives("De Woningwet schrijft voor dat de gevel van een monument wordt hersteld.") == []


def test_a_passive_two_clauses_down_in_a_provision():
    text = "In lid 2 is bepaald dat het college kan aangeven in hoeverre de toets is uitgevoerd."
    assert passives(text) == []


def test_both_clauses_of_the_rules_and_the_er_passive():
    text = (
        "In de regels van het bestemmingsplan is opgenomen dat de bestaande bomen worden behouden en dat er een "
        "haag wordt geplant."
    )
    assert passives(text) == []


# -- the finding stays


def test_a_text_of_policy_is_no_rule():
    text = "In de nota is opgenomen dat de schuur binnen een jaar wordt afgebroken."
    assert passives(text) == [("BT301", "wordt afgebroken")]


def test_an_agreement_is_no_rule():
    assert passives("In het coalitieakkoord is opgenomen dat het beleid wordt herijkt.") == [
        ("BT301", "wordt herijkt")
    ]


def test_the_readers_thing_keeps_the_finding():
    text = "In de verordening is vastgelegd dat uw schuur binnen een jaar wordt afgebroken."
    assert passives(text) == [("BT301", "wordt afgebroken")]


def test_a_door_phrase_that_names_the_doer_keeps_the_finding():
    text = "In artikel 4 van de regels is vastgelegd dat de schuur door de eigenaar wordt afgebroken."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_the_passive_outside_the_clause_keeps_the_finding():
    text = "In artikel 4 van de regels staat een termijn. De schuur wordt binnen een jaar afgebroken."
    assert passives(text) == [("BT301", "wordt binnen een jaar afgebroken")]


def test_a_reason_before_the_rule_is_no_content_of_it():
    text = "Omdat de grond volgend jaar wordt verkocht, is in de regels een voorwaardelijke verplichting opgenomen."
    assert passives(text) == [("BT301", "wordt verkocht")]


def test_a_purpose_before_the_rule_is_no_content_of_it():
    text = (
        "Om te bereiken dat de grond zuinig wordt gebruikt, is de ladder opgenomen in het Besluit ruimtelijke "
        "ordening."
    )
    assert [span for _, span in passives(text)] == ["wordt gebruikt"]


def test_a_council_member_is_no_article():
    assert passives("Het raadslid eist dat de weg binnen een jaar wordt verbreed.") == [
        ("BT301", "wordt verbreed")
    ]


# -- review: words that look like a source but are none


def test_an_ordinal_part_of_an_article_is_a_source():
    assert passives("In het tweede lid is bepaald dat de schuur binnen een jaar wordt afgebroken.") == []


def test_a_member_of_a_body_is_no_part_of_an_article():
    assert passives("Een lid van de raad eist dat de schuur binnen een jaar wordt afgebroken.") == [
        ("BT301", "wordt afgebroken")
    ]


def test_a_member_alone_is_no_part_of_an_article():
    assert passives("Het lid eist dat de contributie van de vereniging wordt verlaagd.") == [
        ("BT301", "wordt verlaagd")
    ]


def test_a_measure_is_no_rule():
    assert passives("In de maatregel is opgenomen dat de bomen langs de weg worden gekapt.") == [
        ("BT301", "worden gekapt")
    ]


def test_a_newspaper_article_is_no_rule():
    assert passives("In het krantenartikel is opgenomen dat de school aan de dijk wordt gesloten.") == [
        ("BT301", "wordt gesloten")
    ]
