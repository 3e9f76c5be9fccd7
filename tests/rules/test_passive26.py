"""Passives that BT301/BT302 reported without a doer worth naming (bench/quality/real/RESULTS.md, "Seventeenth
round: passives (task passive26 ...)"), on sentences written for the test:

- a *dat*-clause that is the subject of an impersonal main clause saying how usual something is (*het komt voor
  dat ...*, *het is niet ongebruikelijk dat ...*, *het gebeurt vaak dat ...*) states a practice, done by whoever
  does it (``usual``); a main clause that weighs or wants the act (*het is belangrijk dat*, *het is de bedoeling
  dat*) keeps its finding, as does a door-phrase;
- with the ``actor`` setting, a duty without a door-phrase (*alle loodsen moeten worden afgebroken*) gets the advice
  to say who must act, not a rewrite with the document's actor (the rule binds the owner or the applicant as
  often as the writer).
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str]]:
    """(rule, text) of the passive findings of one sentence."""
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, f.text) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text",
    [
        "Soms komt het voor dat de bomen worden gekapt.",
        "Het komt voor dat meerdere (oude) schuren worden gesloopt.",
        "In dorpen is het niet ongebruikelijk dat er koffie wordt geschonken na de dienst.",
        "Het kan gebeuren dat de bomen worden gekapt.",
        "Vaak gebeurt het dat de bomen te vroeg worden gekapt.",
        "Het is in veel gemeenten gangbaar dat de leges worden verhoogd.",
    ],
)
def test_a_practice_that_is_usual_has_no_doer_to_name(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het is belangrijk dat de stukken vooraf worden rondgestuurd.",
        "Het is de bedoeling dat de schuur wordt gesloopt.",
        "Het komt goed uit dat de schuur wordt gesloopt.",
        "De schuur wordt gesloopt voordat het gaat regenen.",
    ],
)
def test_a_main_clause_that_weighs_or_wants_the_act_keeps_the_finding(text):
    assert [rule for rule, _ in found(text)] == ["BT301"]


def test_a_usual_practice_with_a_door_phrase_keeps_the_finding():
    hits = found("Het komt voor dat de stukken door de secretaris worden rondgestuurd.")
    assert [rule for rule, _ in hits] == ["BT301"]


# -- the rewrite with the actor setting ---------------------------------------------------------------------------


def with_actor(text: str) -> list[tuple[list[str], list[str]]]:
    """(suggestions, advice) of the passive findings of one sentence, with 'wij' as the document's actor."""
    config = Config(select=("BT301", "BT302"), min_severity="info", actor="wij")
    return [(list(f.suggestions), list(f.advice)) for f in check_text(text, config=config)]


def test_a_duty_without_a_door_phrase_gets_advice_not_the_documents_actor():
    # the rule binds the owner or the applicant as often as the writer: 'Wij moeten alle loodsen afbreken' guesses
    ((suggestions, advice),) = with_actor("Alle loodsen moeten afgebroken worden.")
    assert suggestions == []
    assert advice and advice[0].startswith("Zeg wie dit moet doen")


def test_the_actor_setting_still_rewrites_an_act_and_a_door_phrase_still_rewrites_a_duty():
    assert with_actor("Het pad wordt volgend jaar verlegd.") == [(["Wij verleggen het pad volgend jaar"], [])]
    ((suggestions, _),) = with_actor("Het plan moet door de raad worden vastgesteld.")
    assert suggestions == ["De raad moet het plan vaststellen"]
