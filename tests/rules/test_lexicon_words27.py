"""Stiff words of real policy text that the lists missed (issue 18, task words39; study words27 in
bench/quality/real/RESULTS.md): *creëren*, *buiten beschouwing laten/blijven*, *realiseerbaar*, *differentiatie*
(*kosteneffectief* did not pass: 2 of 3); and a plural noun the model reads as the particle of the verb
(*om oplossingen te creëren*). Sentences written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer
from suggestion_checks import word_list_offers as found


@pytest.mark.parametrize(
    "text,rule,span,advice",
    [
        ("Met de nieuwe haag wil de gemeente een groene buurt creëren.", "BT101", "creëren", "maken"),
        ("Het plan creëert ruimte voor twintig nieuwe woningen.", "BT101", "creëert", "maken"),
        ("Met dit plan wordt geen nieuwe bouwruimte gecreëerd.", "BT101", "gecreëerd", "maken"),
        # the model hangs the plural object on the infinitive as if it were a particle ('oplossingencreëren'): a
        # plural noun is never the particle of a separable verb
        # a solution is thought up or found (the editors of words27)
        ("Bewoners krijgen de ruimte om oplossingen te creëren.", "BT101", "creëren", "bedenken"),
        ("Wij creëren samen een oplossing voor het parkeren.", "BT101", "creëren", "bedenken"),
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
        # a spread over price classes is a 'verdeling' (the editors of words27)
        (
            "Het plan zorgt voor een goede differentiatie in prijsklassen.",
            "BT101",
            "differentiatie",
            "verdeling",
        ),
    ],
)
def test_the_stiff_word_is_found_with_plain_advice(text, rule, span, advice):
    text_found, offer = one_offer(text, rule)
    assert text_found == span
    assert advice in offer


@pytest.mark.parametrize(
    "text",
    [
        # 'beschouwing' alone is an ordinary noun: a consideration, a reflection
        "In deze beschouwing kijken wij naar de geschiedenis van het dorp.",
        # 'realiseren' stays with its own entry; 'differentiëren' is another word
        "De gemeente wil de tarieven voor het parkeren differentiëren.",
        # the study judged the word alone: a compound is a term of its field, and 'prijsvariatie' means another thing
        "Voor de parkeervergunning geldt een prijsdifferentiatie naar het aantal auto's.",
        "Het bestemmingsplan maakt functiedifferentiatie in het centrum mogelijk.",
        # 'met elkaar verenigen' is bringing together, not 'het eens zijn met' (the entry 'verenigen met'); the plural
        # object was read as a particle before, which hid the verb
        "De visie zoekt naar manieren om de doelen met elkaar te verenigen in één plan.",
        "De gemeente wil wonen en werken met elkaar verenigen.",
        # the prescribed anti-double-count rule of the Bro: the land that counted once stays out of later plans
        "Grond die al eens is meegeteld voor een bouwplan, blijft bij latere bouwplannen buiten beschouwing.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not [f for f in found(text) if f[0] in ("BT101", "BT104")], found(text)
