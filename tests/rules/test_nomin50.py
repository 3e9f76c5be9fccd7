"""Thirty-fifth round, task nomin50 (BT201): nominalisations the annotated sets mark and the tool misses (issue 18).

An uninflected word between *het* and a nominal infinitive is an adverb of the act, as it is beside the verb (*de
pagina dynamisch bijwerken*, *een bijgebouw later toevoegen*), whatever its ending or meaning: the signal
``described`` (*de huidige inrichting*, *de hiërarchische opbouw*: a word that says which thing or what kind) does
not read it as one. An inflected adjective still makes a plain noun (*het juridische vastleggen*), and a noun in
*-ing* keeps the signal (*de huidige inrichting van het plein*).

The lift of ``bij_voor`` (*bij het opstellen van het plan*, *voor het afvoeren van hemelwater*) was judged on a dev
sheet and taken back (0.60 against the bar of 0.85): a guard here holds it.

Every sentence here is written for the test. The findings fail on main; the silent cases hold on both."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return [text[f.offset : f.end_offset] for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Het team werkt aan het dynamisch bijwerken van de website.",
            "het dynamisch bijwerken van de website",
        ),
        (
            "Het later toevoegen van een bijgebouw is niet toegestaan.",
            "Het later toevoegen van een bijgebouw",
        ),
    ],
)
def test_an_adverb_before_a_nominal_infinitive(text, span):
    assert findings(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # an inflected adjective: a noun of its own, no act
        "Het juridische vastleggen van de afspraken kost veel tijd.",
        # a noun in -ing with a word that says which one: the layout as it is
        "De huidige inrichting van het plein blijft bestaan.",
        # bij het / voor het + a nominal infinitive stays silent (nomin50's dev sheet: 0.60)
        "Bij het opstellen van het plan hebben wij met de buren gesproken.",
        "De gemeente heeft regels opgesteld voor het afvoeren van regenwater.",
    ],
)
def test_silent(text):
    assert findings(text) == []
