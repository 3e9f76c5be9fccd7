"""What the passive detector read wrongly as a matter of Dutch grammar (pass50): a *worden* after a participle and a
modal that the parser hung on a te-infinitive further on; the participle of a verb whose prefix goes both ways
(*voorkómen*, *doorlópen*), which has the infinitive's form; a participle that is also an adjective with a clause as
its only subject (*is gemotiveerd dat*); *te* + an infinitive that describes a noun (*de te zuiveren hoeveelheid*),
which opens no clause; a participle between an article and its noun (*een verantwoord en passende invulling*).
Every sentence here is written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the same two views of the detector as pass49's tests: what it finds, and what BT301/BT302 report
from test_passive_causes49 import found, passive_findings  # noqa: E402


def test_worden_after_the_participle_and_a_modal_is_its_auxiliary():
    # the parser hung *worden* on *bouwen* and the modal on the participle: the cluster is still one
    sentence = (
        "Een belangrijk doel van het beleid is dat getracht moet worden zo veel mogelijk binnen de bestaande "
        "kernen te bouwen."
    )
    assert found(sentence)["getracht"] == ("worden", None)
    assert passive_findings(sentence) == ["getracht moet worden"]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Door zuinig met de grond om te gaan kan verspilling en overlast voorkomen worden en de natuur beter "
            "beschermd worden.",
            "voorkomen worden",
        ),
        ("Hierdoor wordt schade aan de leidingen zo veel mogelijk voorkomen.", "voorkomen"),
        ("De procedure hoeft voor deze kleine wijziging niet doorlopen te worden.", "doorlopen te worden"),
    ],
)
def test_the_participle_of_an_inseparable_reading_has_the_infinitives_form(sentence, span):
    participle = "doorlopen" if "doorlopen" in sentence else "voorkomen"
    assert found(sentence)[participle][0] in ("worden", "wordt")
    assert any(span in text for text in passive_findings(sentence))
    # without *worden* the form is the infinitive (*vóórkomen*: occur), no passive
    assert found("Deze zeldzame soort kan in het hele gebied voorkomen.") == {}


def test_the_inseparable_reading_only_for_a_prefix_that_goes_both_ways():
    from beleidstaal.language.verbs import inseparable_participle

    assert inseparable_participle("voorkomen") == "voorkomen"
    assert inseparable_participle("doorlopen") == "doorlopen"
    assert inseparable_participle("overwegen") == "overwogen"
    assert inseparable_participle("aanscherpen") is None  # *aan* always splits
    assert inseparable_participle("vaststellen") is None


def test_an_adjective_participle_with_a_clause_as_subject_is_a_passive():
    # found as the passive of *motiveren*; a zijn-passive of two words, so the short-zijn guard leaves it out
    sentence = "In deze toelichting is gemotiveerd dat de nieuwe woningen geen hinder geven voor de buren."
    assert found(sentence)["gemotiveerd"] == ("is", "zijn-short")
    # a person as subject: the adjective (a state), as before
    assert found("De bewoners zijn gemotiveerd om mee te doen.") == {}
    # an adjective that takes a clause as subject itself stays one
    assert found("Het is bekend dat de grond op deze plek nat is.") == {}


def test_te_with_an_infinitive_before_a_noun_opens_no_clause():
    sentence = "Daarmee wordt de hoeveelheid te zuiveren rioolwater zoveel mogelijk beperkt."
    assert found(sentence)["beperkt"] == ("wordt", None)
    assert passive_findings(sentence) == [
        "wordt de hoeveelheid te zuiveren rioolwater zoveel mogelijk beperkt"
    ]


def test_a_participle_between_an_article_and_its_noun_is_an_attribute():
    sentence = "Met de sloop wordt een ruimtelijk verantwoord en goed passende invulling van het terrein mogelijk gemaakt."
    assert found(sentence) == {"gemaakt": ("wordt", None)}
    assert passive_findings(sentence) == [
        "wordt een ruimtelijk verantwoord en goed passende invulling van het terrein mogelijk gemaakt"
    ]
    # a noun phrase of its own after *en*: the participle before it is the clause's verb, as before
    assert found("Daarna wordt het geheel afgerond en de rest gesloopt.")["afgerond"] == ("wordt", None)
