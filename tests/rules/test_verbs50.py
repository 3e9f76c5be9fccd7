"""Verbs the treebanks never had (verbs50): a verb made of a prefix and a verb (*aanscherpen*, *opschonen*,
*verrekenen*, *herinrichten*), confirmed by its infinitive and participle in Dutch text, is in the generated verb
data, so the passive and nominalisation detectors read its participle and its noun in *-ing*. A noun's plural shaped
like such a verb (*weerberichten*) stays out. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.grammar import infinitive_from_participle, known_verbs
from beleidstaal.language.nominal_verb import noun_verb


def findings(text: str, rules: tuple[str, ...]) -> list:
    return [f for f in check_text(text, config=Config(min_severity="info")) if f.rule in rules]


def test_prefixed_verbs_are_known_and_nouns_shaped_like_them_are_not():
    verbs = known_verbs()
    assert {"aanscherpen", "opschonen", "verrekenen", "herinrichten", "afkoppelen"} <= verbs
    # a plural whose 'participle' is the noun itself, an adjective's 'verb'
    assert not {"weerberichten", "voorbeelden", "bevoegen"} & verbs


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        ("Het register van de vergunningen wordt elk jaar door de afdeling opgeschoond.", "opgeschoond"),
        ("De kosten van het onderhoud worden achteraf met de huurder verrekend.", "verrekend"),
    ],
)
def test_the_passive_of_a_prefixed_verb_is_found(sentence, participle):
    assert any(participle in f.text for f in findings(sentence, ("BT301", "BT302")))


def test_her_before_a_separable_verb_is_read_and_gets_no_broken_rewrite():
    assert infinitive_from_participle("heringericht") == "herinrichten"
    found = findings("Het plein wordt volgend jaar door de gemeente heringericht.", ("BT301",))
    assert [f.text for f in found] == ["wordt volgend jaar door de gemeente heringericht"]
    assert not any("herin" in s for f in found for s in f.suggestions)  # not *richt het plein herin*


@pytest.mark.parametrize(
    ("sentence", "noun", "verb"),
    [
        (
            "De aanscherping van de regels zorgt voor minder overlast in de wijk.",
            "aanscherping",
            "aanscherpen",
        ),
        ("Na de opschoning van het register start de gemeente met de controle.", "opschoning", "opschonen"),
        ("De verrekening van de kosten gebeurt na afloop van het jaar.", "verrekening", "verrekenen"),
    ],
)
def test_the_noun_of_a_prefixed_verb_is_a_nominalisation(sentence, noun, verb):
    assert noun_verb(noun) == (verb, "")
    assert any(noun in f.text.lower() and verb in f.message for f in findings(sentence, ("BT201",)))


def test_a_final_noun_with_its_own_article_is_no_particle():
    # *op een andere plaats* is a noun phrase, not the particle of *plaatsvinden* (nor *aan de weg* of *wegvallen*,
    # a verb the data now know)
    sentence = (
        "De bewoners van de nieuwe wijk vinden hun fietsen na de verbouwing van de oude stalling voortaan op een "
        "andere plaats."
    )
    assert findings(sentence, ("BT501",)) == []


def test_a_bare_preposition_opens_no_noun_phrase_across_a_conjunction():
    # *op neer dat ...*: *dat* opens a clause, so *gebouwd gebied* after it is no noun that *op* waited for (the
    # participle *bebouwd*, of a verb the data now know, made this tang appear in plan text)
    sentence = (
        "Hierin komt het er kort gezegd op neer dat eerst al aanwezig gebouwd gebied wordt gebruikt, voordat er "
        "nieuwe wijken komen."
    )
    assert findings(sentence, ("BT501",)) == []
