"""Replacements that broke the sentence on real text (issue #17, round 6): each cause, fixed in Dutch terms, on
sentences written for this test."""

from __future__ import annotations

import pytest
from test_realise import _finding

from beleidstaal import check_text


@pytest.mark.parametrize(
    "text,flagged,wrong",
    [
        # a de-word after 'elke'/'welke' shown by its determiner: 'elke doel' is no Dutch
        ("Bij elke doelstelling van de wijk hoort een afspraak.", "elke doelstelling", "elke doel"),
        ("Welke doelstelling kiest de raad voor de wijk?", "Welke doelstelling", "Welke doel"),
        # an adjective without a determiner shows the gender too: 'ruimtelijke effect' is no Dutch
        ("De nieuwe schuur heeft ruimtelijke impact op de tuin.", "impact", "effect"),
    ],
)
def test_a_noun_of_another_gender_does_not_drop_in(text, flagged, wrong):
    finding = _finding(text, flagged)
    assert wrong not in finding.suggestions


@pytest.mark.parametrize(
    "text,flagged,right",
    [
        # the same gender, or a determiner that shows none: the replacement drops in
        ("Bij elk plan hoort een doelstelling voor de wijk.", "doelstelling", "doel"),
        ("De nieuwe schuur heeft een grote impact op de tuin.", "impact", "invloed"),
    ],
)
def test_a_noun_of_the_same_gender_drops_in(text, flagged, right):
    assert right in _finding(text, flagged).suggestions


def test_a_participle_as_predicate_takes_no_e():
    # 'het is geplande' is no Dutch: after 'is' the participle stands without -e
    finding = _finding("Het nieuwe fietspad is voorgenomen.", "voorgenomen")
    assert "geplande" not in finding.suggestions
    assert "gepland" in finding.suggestions


def test_ter_plaatse_van_is_one_phrase():
    # 'daar van de school' is no Dutch: the whole phrase is flagged, with 'bij/op/in' as advice
    finding = _finding("Ter plaatse van de school komt een zebrapad.", "ter plaatse van")
    assert finding.suggestions == []
    assert not any("daar" in a for a in finding.advice)
    assert any("'bij'" in a for a in finding.advice)


def test_cutting_a_noun_takes_its_preposition_along():
    # 'Schrappen' on 'sprake' would leave 'Er is van overlast': the advice names 'sprake van'
    finding = _finding("Er is in de wijk sprake van veel overlast.", "sprake")
    assert "Schrap 'sprake van'." in finding.advice
    assert "Schrappen." not in finding.advice
    assert "Schrappen" not in finding.message


@pytest.mark.parametrize(
    "text,whole",
    [
        # a number after the noun: 'de bijlage die bij ... behoort 3' is no Dutch
        ("Alle regels staan in de bij het besluit van de raad behorende bijlage 3.", "de bijlage 3"),
        # the counted noun after 'aantal': 'het aantal dat de gemeente heeft vastgesteld parkeerplaatsen'
        (
            "Dit gaat niet ten koste van het door de gemeente vastgestelde aantal parkeerplaatsen in de wijk.",
            "het aantal parkeerplaatsen",
        ),
    ],
)
def test_a_tang_rewrite_takes_the_whole_noun_phrase_or_is_advice(text, whole):
    (finding,) = [f for f in check_text(text) if f.rule == "BT501"]
    assert finding.suggestions == []
    assert any(f"'{whole}'" in a for a in finding.advice)


def test_a_tang_before_a_noun_that_stands_alone_is_still_rewritten():
    text = "Alle regels staan in de bij het besluit van de raad behorende bijlage."
    (finding,) = [f for f in check_text(text) if f.rule == "BT501"]
    assert finding.suggestions == ["de bijlage die bij het besluit van de raad behoort"]


def test_a_number_stays_with_its_noun():
    # 'de interpretatie van artikel' cut from its number: the span and the rewrite keep 'artikel 12'
    text = "Wij beginnen met de interpretatie van artikel 12 van de wet."
    (finding,) = [f for f in check_text(text) if f.rule == "BT201"]
    assert "artikel 12" in finding.text
    assert all("artikel 12" in a for a in finding.advice)
