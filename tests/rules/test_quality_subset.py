"""A stable subset of bench/quality/annotated.tsv: clear-cut sentences whose labels the grammar rules must match.
The full measurement (precision and recall per category) is bench/quality/measure.py, outside the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ANNOTATED = Path(__file__).resolve().parents[2] / "bench" / "quality" / "annotated.tsv"
RULES = {"nominalisatie": {"BT201"}, "passief": {"BT301", "BT302"}, "steunwerkwoord": {"BT202"}}
STABLE = [
    "De gemeente werkt aan de verbetering van de dienstverlening.",
    "Het realiseren van betaalbare woningen heeft de hoogste prioriteit.",
    "De aanschaf van elektrische bussen kost vier miljoen euro.",
    "Het beheer van de openbare ruimte vraagt veel geld.",
    "Het plan wordt door de raad vastgesteld.",
    "Er wordt door de gemeente ingezet op betere zorg.",
    "De aanvragen werden door de afdeling beoordeeld.",
    "Het college heeft een besluit genomen over de subsidie.",
    "De gemeente draagt zorg voor het onderhoud van de weg.",
    "De raad neemt het voorstel in overweging.",
    "Wij brengen het plan in 2026 tot uitvoering.",
    "Hij is gisteren naar huis gegaan.",
    "De winkel blijft dicht tot maandag.",
    "Het plan is bekend bij alle bewoners.",
    "De woning van mijn buren is te koop.",
    "Zet de vuilnisbak op dinsdag aan de straat.",
    "De prijzen zijn het afgelopen jaar gestegen.",
    "De gemeente is verantwoordelijk voor de jeugdzorg.",
    "In de vergadering van dinsdag praat de raad over het zwembad.",
    "De stichting van mijn moeder helpt kinderen in armoede.",
]


def _gold() -> dict[str, set[str]]:
    gold = {}
    for line in ANNOTATED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cats, sentence = line.split("\t", 1)
            gold[sentence] = set() if cats == "-" else set(cats.split(","))
    return gold


GOLD = _gold()


@pytest.mark.parametrize("sentence", STABLE)
def test_stable_sentence(sentence):
    assert sentence in GOLD, "the subset must come from annotated.tsv"
    found = {f.rule for f in check_text(sentence, config=Config(min_severity="info"))}
    for category, rules in RULES.items():
        assert bool(found & rules) == (category in GOLD[sentence]), (category, sentence, found)
