"""The lead's mends after the thirty-fourth round's blind scores (sentences written for these tests)."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def spans(text: str, *rules: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=Config(select=rules))]


def test_spatial_planning_is_the_name_of_a_policy_field():
    """*De ruimtelijke ordening* is the field of spatial planning (Wet ruimtelijke ordening), not an act of ordering:
    no BT201 beside a weak verb; the same noun as an act (*de ordening van de kavels*) keeps its finding."""
    assert (
        spans(
            "Het Rijk brengt de ruimtelijke ordening zo dicht mogelijk bij de inwoners en laat meer over aan gemeenten.",
            "BT201",
        )
        == []
    )
    assert spans("Wij geven de ruimtelijke ordening een nieuwe vorm.", "BT201") == []
    assert spans("Het plan zorgt voor de ordening van de kavels langs de weg.", "BT201") == [
        ("BT201", "de ordening van de kavels")
    ]


def test_a_fixed_verb_phrase_takes_te_before_its_verb():
    """*in stand houden* splits before its verb: *in stand te houden*, never *in te stand houden* (new38: the advice
    of *ter bescherming en instandhouding van* was wrong Dutch)."""
    from beleidstaal.language.verbs import separable, te_infinitive

    assert separable("in stand houden") == ("in stand", "houden")
    assert te_infinitive("ter inzage leggen") == "ter inzage te leggen"
    (finding,) = check_text(
        "De gronden zijn bestemd ter bescherming en instandhouding van de molen.",
        config=Config(select=("BT104",)),
    )
    assert "'om ... te beschermen en in stand te houden'" in finding.advice[0]


def test_daarbinnen_is_not_listed_and_hierbinnen_is():
    """*daarbinnen* was judged right 5 of 10 (study words37 and new38): ordinary, precise Dutch; *hierbinnen* 9 of 9."""
    assert spans("Het plan gaat over water, met daarbinnen een plek voor de zuivering.", "BT101") == []
    assert spans("Hierbinnen heeft het perceel de bestemming Wonen.", "BT101") == [("BT101", "Hierbinnen")]


def test_a_fixed_verb_phrase_keeps_its_words_apart_in_the_participle():
    from beleidstaal.language.verbs import participle, past

    assert participle("in stand houden") == "in stand gehouden"
    assert participle("vaststellen") == "vastgesteld"
    assert past("in stand houden", "Plur") == "in stand hielden"
