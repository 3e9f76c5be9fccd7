"""After blind7 (bench/quality/real/RESULTS.md, "After blind7: passives that are not passives"): a *zijn* with the
participle of a verb that alternates (*is verbeterd*: is better now), a copula with a te-infinitive, and an
auxiliary across a colon are no passives; each on a sentence written for the test, with a real passive beside it
that still fires."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, *rules: str):
    return check_text(text, config=Config(select=rules, min_severity="info"))


@pytest.mark.parametrize(
    "text",
    [
        "Hoewel het water in de haven de laatste jaren is verbeterd, is zwemmen er nog niet toegestaan.",
        "De veiligheid op het kruispunt is sinds de bouw van de rotonde sterk verminderd.",
        "Het aantal bezoekers van het park is in vijf jaar verdubbeld.",
        "De vraag naar kantoren in de binnenstad is verzwakt.",
    ],
)
def test_the_zijn_perfect_of_a_verb_that_alternates_is_no_passive(text):
    assert found(text, "BT301", "BT302") == []


@pytest.mark.parametrize(
    "text",
    [
        "De afvoer van regenwater is in 2021 door het waterschap verbeterd.",
        "Het aantal parkeerplaatsen is door de gemeente verminderd.",
        "De afvoer van regenwater wordt volgend jaar verbeterd.",
    ],
)
def test_with_a_doer_or_with_worden_the_same_verbs_stay_passive(text):
    assert [f.rule for f in found(text, "BT301", "BT302")] == ["BT301"]


def test_verlengen_has_no_zijn_perfect_and_stays_passive():
    assert [f.rule for f in found("De termijn voor bezwaar is met zes weken verlengd.", "BT301")] == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "Het doel van het onderzoek naar geluid rond nieuwe wegen is na te gaan welke gevolgen de voorgenomen "
        "ontwikkelingen met zich brengen.",
        "Het doel van deze paragraaf is na te gaan welke risico's de voorgenomen ontwikkelingen met zich brengen.",
    ],
)
def test_a_copula_with_a_te_infinitive_is_no_passive(text):
    assert found(text, "BT301", "BT302") == []


def test_a_plural_noun_in_ingen_is_no_participle():
    """The tagger may call a plural noun a participle (*de voorgenomen ontwikkelingen*): its form says it is not."""
    from beleidstaal.language.passive import plausible_participle

    assert not plausible_participle("ontwikkelingen")
    assert not plausible_participle("uitbreidingen")
    assert plausible_participle("ontwikkeld")
    assert plausible_participle("gedwongen")


def test_an_auxiliary_does_not_reach_across_a_colon():
    text = (
        "Het plein is volgens de richtlijnen voor een woonerf: geen trottoirs, korte stukken en parkeervakken "
        "aangegeven door middel van witte tegels."
    )
    assert found(text, "BT301", "BT302") == []


def test_a_passive_before_a_colon_still_fires():
    (f,) = found("In het plan worden drie zones onderscheiden: wonen, werken en groen.", "BT301", "BT302")
    assert f.rule == "BT301"
