"""Stiff words and phrases of real policy text that the lists missed (issue 18, task words38; study words26 in
bench/quality/real/RESULTS.md): *ruimschoots*, *zwaarwegend*, *waarborgen*, *achterwege
blijven/laten*, *vergen*, *gepaard gaan met*; and two forms of listed verbs the matcher missed: the participle of a
separable verb the dictionary does not hold as a whole (*is doorvertaald*), and the third person of a separable verb
the model reads as a noun (*deze plicht vloeit voort uit de wet*). Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str, str]]:
    """(rule, text, first suggestion or advice) of the word-list findings of one sentence."""
    config = Config(min_severity="info")
    return [
        (f.rule, f.text, (f.suggestions or f.advice or [""])[0])
        for f in check_text(text, config=config)
        if f.rule.startswith("BT1") or f.rule == "BT202"
    ]


@pytest.mark.parametrize(
    "text,rule,span,advice",
    [
        (
            "Met twaalf plaatsen voldoet het plan ruimschoots aan de parkeernorm.",
            "BT101",
            "ruimschoots",
            "ruim",
        ),
        ("De nieuwe schuur blijft ruimschoots onder de toegestane hoogte.", "BT101", "ruimschoots", "ruim"),
        ("Er zijn geen zwaarwegende redenen om de aanvraag te weigeren.", "BT101", "zwaarwegende", "groot"),
        ("Met deze regels waarborgt de gemeente de rust in de straat.", "BT101", "waarborgt", "zorgen voor"),
        ("De rust in de straat is met deze regels gewaarborgd.", "BT101", "gewaarborgd", "zorgen voor"),
        ("Het nieuwe plan vergt veel overleg met de buurt.", "BT101", "vergt", "vragen"),
        ("De bouw van de garage gaat gepaard met veel lawaai.", "BT104", "gaat gepaard met", "horen bij"),
        (
            "De kosten die gepaard gaan met de bouw betaalt de koper.",
            "BT104",
            "gepaard gaan met",
            "horen bij",
        ),
        (
            "Een nieuw onderzoek naar geluid kan achterwege blijven.",
            "BT104",
            "achterwege blijven",
            "niet nodig",
        ),
        ("Het onderzoek naar de bodem is achterwege gelaten.", "BT104", "achterwege gelaten", "weglaten"),
        # a separable verb the dictionary lacks as a whole inflects as its verb (door + vertalen)
        ("Het woonbeleid is in dit plan doorvertaald.", "BT102", "doorvertaald", "uitwerken"),
        ("Het plan dat de visie doorvertaalt, ligt ter inzage.", "BT102", "doorvertaalt", "uitwerken"),
        # 'vloeit' read as a noun, its particle right after it
        ("Deze plicht vloeit voort uit de nieuwe wet.", "BT101", "vloeit voort", "volgen uit"),
    ],
)
def test_the_stiff_word_is_found_with_plain_advice(text, rule, span, advice):
    hits = [(r, t, a) for r, t, a in found(text) if r == rule]
    assert len(hits) == 1, found(text)
    _, text_found, offer = hits[0]
    assert text_found == span
    assert advice in offer


@pytest.mark.parametrize(
    "text",
    [
        # 'ruim ruimte' is no Dutch: no replacement to offer
        "Op elk perceel is ruimschoots ruimte voor twee auto's.",
        # the plural of the noun 'waarborg' (a guarantee), not the verb
        "De wet geeft bewoners voldoende waarborgen tegen overlast.",
        # 'vloeien' without its particle is ordinary Dutch
        "Het regenwater vloeit via de sloot naar de rivier.",
        # a noun before a word written like the particle stays a noun
        "De vraag uit de buurt gaat over de nieuwe weg.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not [f for f in found(text) if f[0] in ("BT101", "BT102", "BT104")], found(text)


def test_the_nominal_infinitive_keeps_its_nominalisation_finding():
    """*het waarborgen van de veiligheid*: the word list reports the stiff verb and the nominalisation rule the noun
    style, with a plainer verb in its advice (an alternative with 'dat' would have silenced it)."""
    findings = check_text("Het doel is het waarborgen van de veiligheid.", config=Config(min_severity="info"))
    nominal = [f for f in findings if f.rule == "BT201"]
    assert [f.text for f in nominal] == ["het waarborgen van de veiligheid"]
    assert "beschermen" in nominal[0].advice[0]
    assert [f.text for f in findings if f.rule == "BT101"] == ["waarborgen"]
