"""Four stiff or vague words that real policy text overuses, added after a blind study (issue 18; words22 in
bench/quality/real/RESULTS.md): *betreffende* as an adjective, *nader(e)*, *eventuele*, *invulling*, *het aspect* before its subject; and a word's
own finding is no longer silenced by a longer phrase of a rule the run leaves out (*nader onderzoek*, BT108 only on
request). Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, **settings) -> list[tuple[str, str, str]]:
    """(rule, text, first advice or suggestion) of the word-list findings of one sentence."""
    config = Config(min_severity="info", **settings)
    return [
        (f.rule, f.text, (f.suggestions or f.advice or [""])[0])
        for f in check_text(text, config=config)
        if f.rule.startswith("BT1") or f.rule == "BT202"
    ]


def test_betreffende_after_an_article_gets_advice_not_the_preposition():
    [(rule, text, advice)] = found("De betreffende ambtenaar belt u volgende week terug.")
    assert (rule, text) == ("BT101", "betreffende")
    assert "weg" in advice and "deze" in advice and "over" not in advice


def test_betreffende_as_a_preposition_still_points_to_over():
    [(rule, text, advice)] = found("Wij ontvingen uw brief betreffende de nieuwe huur.")
    assert (rule, text) == ("BT101", "betreffende")
    assert "'over'" in advice


@pytest.mark.parametrize(
    "text",
    [
        "Wij zullen dit punt nader onderzoeken.",
        "De gevolgen voor het verkeer worden in hoofdstuk 5 nader toegelicht.",
        "De regels voor het parkeren zijn in de bijlage nader beschreven.",
    ],
)
def test_nader_is_a_stiff_word(text):
    assert [(r, t.lower()) for r, t, _ in found(text)] == [("BT101", "nader")]


@pytest.mark.parametrize(
    "text",
    [
        "Burgemeester en wethouders kunnen nadere eisen stellen aan de plaats van de bebouwing.",
        "De raad kan nadere regels stellen over de hoogte van de bijdrage.",
        "Op het terrein is een nader bodemonderzoek gedaan.",
    ],
)
def test_nader_in_an_instrument_of_law_or_a_phase_of_a_standard_is_no_finding(text):
    assert not [f for f in found(text) if f[1].lower().startswith("nader")]


def test_eventuele_is_vague_and_the_adverb_eventueel_has_advice_of_its_own():
    """*eventueel* as an adverb is listed since study words32 (task words44b), with 'zo nodig' first, not the
    'laat het weg' of *eventuele*."""
    [(rule, text, advice)] = found("Eventuele vragen kunt u stellen aan de balie.")
    assert (rule, text) == ("BT106", "Eventuele")
    assert advice.startswith("Laat het weg")
    [(rule, text, advice)] = found("U kunt eventueel ook bellen met de balie.")
    assert (rule, text) == ("BT106", "eventueel")
    assert "zo nodig" in advice


def test_invulling_is_vague_and_inside_a_support_verb_phrase_the_phrase_speaks():
    assert ("BT106", "invulling") in [
        (r, t) for r, t, _ in found("De invulling van het terrein is nog open.")
    ]
    assert [(r, t) for r, t, _ in found("Het college geeft invulling aan het nieuwe beleid.")] == [
        ("BT202", "geeft invulling aan")
    ]


def test_a_phrase_of_a_rule_on_request_does_not_silence_the_word_inside_it():
    text = "Na nader onderzoek besluiten wij over de aanvraag."
    assert [(r, t) for r, t, _ in found(text)] == [("BT101", "nader")]
    assert [(r, t) for r, t, _ in found(text, select=("BT101", "BT108"))] == [("BT108", "nader onderzoek")]


@pytest.mark.parametrize(
    "text",
    [
        "Het aspect geluid staat in hoofdstuk 5 van de toelichting.",
        "Wij keken naar de aspecten bodem en water.",
    ],
)
def test_het_aspect_before_the_subject_itself_is_vague(text):
    [(rule, _, advice)] = found(text)
    assert rule == "BT106" and advice.startswith("Laat '")


@pytest.mark.parametrize(
    "text",
    [
        "Het aspect van de kosten komt in hoofdstuk 6 aan bod.",
        "In dit hoofdstuk staat een verantwoording voor deze aspecten.",
        "Dat is het aspect dat de bewoners het meest raakt.",
    ],
)
def test_an_aspect_that_points_back_or_has_its_own_phrase_is_no_finding(text):
    assert not [f for f in found(text) if "aspect" in f[1].lower()]


@pytest.mark.parametrize(
    "text",
    [
        "De geluidsbelasting vormt geen belemmering voor de nieuwe school.",
        "Wij denken dat de kosten een belemmering vormen voor kleine verenigingen.",
    ],
)
def test_belemmering_vormen_is_a_support_verb_pair(text):
    [(rule, _, advice)] = [f for f in found(text) if f[0] == "BT202"]
    assert "in de weg" in advice and "belemmert" in advice


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De toelichting behorende bij het nieuwe plan ligt zes weken ter inzage.", "behorende bij"),
        ("Bekijk de kaart behorend bij dit besluit op onze website.", "behorend bij"),
    ],
)
def test_behorende_bij_is_said_with_bij(text, span):
    assert [(r, t, s) for r, t, s in found(text) if r == "BT104"] == [("BT104", span, "bij")]


def test_the_verb_behoren_bij_is_plain():
    assert not [f for f in found("De oude schuur behoort bij de woning aan de dijk.") if f[0] == "BT104"]


def test_hierna_volgende_written_apart_is_the_old_word_too():
    assert found("In de hierna volgende paragrafen leggen wij de regels uit.") == [
        ("BT101", "hierna volgende", "volgende")
    ]


def test_gemoeid_asks_what_is_at_stake():
    [(rule, text, advice)] = found("Bij deze kleine aanpassing zijn geen belangen van de provincie gemoeid.")
    assert (rule, text) == ("BT101", "gemoeid") and advice.startswith("Zeg waar het om gaat")


def test_ex_artikel_is_latin_for_op_grond_van():
    assert ("BT101", "ex artikel", "op grond van artikel") in found(
        "Het vooroverleg ex artikel 3.1.1 Bro is in maart gehouden."
    )


def test_respectievelijk_asks_to_say_it_per_case():
    [(rule, text, advice)] = found("De twee schuren zijn respectievelijk 4 en 5 meter hoog.")
    assert (rule, text) == ("BT101", "respectievelijk") and advice.startswith("Zeg het per geval")
