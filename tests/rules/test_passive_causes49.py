"""What the passive detector read wrongly as a matter of Dutch grammar (pass49): a participle that is also an
adjective with *worden* (*wordt digitaal ontsloten*), also across an insertion between commas; *als* + a participle + *wordt* (a clause, no elliptic comparison); the first participle of a
coordination tagged as an infinitive; an article that belongs to the noun before the participle; a noun of time
the parser took for the subject (*Elk jaar wordt ...*); a clause labelled relative without a word that opens it; an
auxiliary that closes the clause before *en*; a noun the parser made the object before *dient te worden*. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.passive import find_passives
from beleidstaal.language.passive_worth import left_out_because
from beleidstaal.nlp import get_analyser


def found(text: str) -> dict[str, tuple[str, str | None]]:
    """Each participle of a passive, with its auxiliary and why BT301 leaves it out (None: reported)."""
    doc = get_analyser().parse([text])[0]
    return {
        verb.text: (aux.text, left_out_because(verb, aux, auxes, impersonal))
        for sent in doc.sents
        for verb, aux, auxes, impersonal in find_passives(sent)
    }


def passive_findings(text: str) -> list[str]:
    return [
        f.text for f in check_text(text, config=Config(min_severity="info")) if f.rule in ("BT301", "BT302")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plan wordt, in een open formaat, digitaal ontsloten via de website van de gemeente.",
        "Het nieuwe bedrijf wordt aan de achterzijde ontsloten op een ventweg.",
    ],
)
def test_an_adjective_participle_with_worden_is_a_passive(sentence):
    assert found(sentence)["ontsloten"] == ("wordt", None)
    assert any("ontsloten" in text for text in passive_findings(sentence))
    assert found("Het gebied is goed ontsloten.") == {}  # with *zijn* a state, as before
    # after the participle of the *worden* an adjective describes a noun, and the finding keeps to the passive
    described = "Deze norm wordt door het waterschap gebruikt voor dijken en kades gelegen langs de rivier."
    assert passive_findings(described) == ["wordt door het waterschap gebruikt"]


def test_als_with_a_participle_and_wordt_is_a_clause():
    # a condition: found, and left out by the guard for conditions
    sentence = "Een vergunning wordt alleen verleend als aangetoond wordt dat de gevel voldoet."
    assert found(sentence)["aangetoond"] == ("wordt", "condition")
    assert found("Het aantal bezoekers is hoger dan verwacht.") == {}  # an elliptic comparison stays none


def test_a_coordinated_participle_tagged_as_an_infinitive_shares_the_auxiliary():
    sentence = "Voor zover er bronnen aanwezig zijn, worden deze niet aangesproken of beïnvloed door de werkzaamheden."
    assert found(sentence)["beïnvloed"][0] == "worden"
    assert passive_findings(sentence) == ["worden deze niet aangesproken of beïnvloed"]


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        ("Elk jaar wordt aan de hand van de analyse een nieuw programma gemaakt.", "gemaakt"),
        (
            "Iedere maand wordt op basis van de metingen en de klachten een kort overzicht opgesteld.",
            "opgesteld",
        ),
    ],
)
def test_a_noun_of_time_is_no_generic_subject(sentence, participle):
    assert found(sentence)[participle] == ("wordt", None)
    assert (
        found("Elke aanvraag wordt zorgvuldig beoordeeld.")["beoordeeld"][1] == "generic"
    )  # a subject, as before


def test_a_clause_labelled_relative_without_an_opener_is_a_main_clause():
    # the parser hangs *vergroot* on *bouwvlak* as a relative clause; no relative word opens it: a main clause that
    # says what the plan map shows
    assert (
        found("Op de verbeelding is het bouwvlak van het bedrijf flink vergroot.")["vergroot"][1]
        == "contents"
    )
    assert found("De bomen die worden gekapt, staan langs de weg.")["gekapt"][1] == "relative"
    # a question word opens an indirect question, which stays left out
    assert found("Het team bepaalt welk versienummer verhoogd wordt.")["verhoogd"][1] == "indirect-question"


def test_an_auxiliary_that_closes_the_clause_before_en_is_not_the_next_participles():
    sentence = (
        "Als de maatregelen onvoldoende doeltreffend zijn en het voldoen aan de normen grote bezwaren ontmoet van "
        "financiële aard, kan een hogere waarde worden vastgesteld."
    )
    assert "ontmoet" not in found(sentence)
    assert found(sentence)["vastgesteld"] == ("worden", None)
    # an auxiliary with more of its clause after it is the participles' after *en*, as before
    assert "geboekt" in found(
        "Verder worden er veel tijd en een flinke winst geboekt door de sloop van de stal."
    )


def test_a_participle_with_an_object_before_dient_te_worden():
    sentence = "De tabel laat zien met welke intensiteit het proces doorlopen dient te worden."
    assert found(sentence)["doorlopen"] == ("worden", "indirect-question")
