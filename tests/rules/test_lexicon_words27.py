"""Stiff words of real policy text that the lists missed (issue 18, task words39; study words27 in
bench/quality/real/RESULTS.md): *creëren*, *buiten beschouwing laten/blijven*, *realiseerbaar*, *differentiatie*,
*kosteneffectief*; and a plural noun the model reads as the particle of the verb (*om oplossingen te creëren*).
Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import word_list_offers as found


@pytest.mark.parametrize(
    "text,rule,span,advice",
    [
        ("Met de nieuwe haag wil de gemeente een groene buurt creëren.", "BT101", "creëren", "maken"),
        ("Het plan creëert ruimte voor twintig nieuwe woningen.", "BT101", "creëert", "maken"),
        ("Met dit plan wordt geen nieuwe bouwruimte gecreëerd.", "BT101", "gecreëerd", "maken"),
        # the model hangs the plural object on the infinitive as if it were a particle ('oplossingencreëren'): a
        # plural noun is never the particle of a separable verb
        ("Bewoners krijgen de ruimte om oplossingen te creëren.", "BT101", "creëren", "maken"),
        (
            "De weg langs het kanaal is buiten beschouwing gelaten.",
            "BT104",
            "buiten beschouwing gelaten",
            "niet meetellen",
        ),
        (
            "Wegen waar je 30 km per uur mag rijden, kunnen buiten beschouwing blijven.",
            "BT104",
            "buiten beschouwing blijven",
            "niet meetellen",
        ),
        (
            "De nieuwe ontsluiting is met een kleine brug goed realiseerbaar.",
            "BT101",
            "realiseerbaar",
            "haalbaar",
        ),
        (
            "Wij onderzoeken eerst de realiseerbaarheid van het plan.",
            "BT101",
            "realiseerbaarheid",
            "haalbaarheid",
        ),
        ("De gemeente wil meer differentiatie in woningtypen.", "BT101", "differentiatie", "variatie"),
        (
            "Met de nieuwe aanpak bevorderen wij de kostenefficiëntie.",
            "BT101",
            "kostenefficiëntie",
            "lage kosten",
        ),
        (
            "Wij kiezen voor een kosteneffectieve aanpak van de riolering.",
            "BT101",
            "kosteneffectieve",
            "voordelig",
        ),
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
        # 'beschouwing' alone is an ordinary noun: a consideration, a reflection
        "In deze beschouwing kijken wij naar de geschiedenis van het dorp.",
        # 'realiseren' stays with its own entry; 'differentiëren' is another word
        "De gemeente wil de tarieven voor het parkeren differentiëren.",
        # 'met elkaar verenigen' is bringing together, not 'het eens zijn met' (the entry 'verenigen met'); the plural
        # object was read as a particle before, which hid the verb
        "De visie zoekt naar manieren om de doelen met elkaar te verenigen in één plan.",
        "De gemeente wil wonen en werken met elkaar verenigen.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not [f for f in found(text) if f[0] in ("BT101", "BT104")], found(text)
