"""A passive whose doer is named after a later participle of the same clause (*worden geworven en getraind door
de welzijnsorganisatie*): the message names that doer instead of asking who does it. The door-phrase does not
decide whether the passive is reported, and no rewrite is offered (it could cover the last verb alone)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def passive_findings(text: str):
    return [
        f
        for f in check_text(text, config=Config(select=("BT301",), min_severity="info"))
        if f.rule == "BT301"
    ]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Stagiairs worden geselecteerd en begeleid door de teamleider.", "de teamleider"),
        ("De klacht wordt ontvangen, onderzocht en afgehandeld door de ombudsman.", "de ombudsman"),
    ],
)
def test_the_doer_after_the_last_participle_is_named_not_asked_for(text, doer):
    (finding,) = passive_findings(text)
    assert f"Wie het doet, staat er wel: 'door {doer}'" in finding.message
    assert "zeg wie het doet" not in finding.message
    assert not finding.suggestions


def test_a_door_phrase_before_the_last_participle_is_not_taken_for_the_first():
    (finding,) = passive_findings("De tarieven worden herzien en door de gemeenteraad goedgekeurd.")
    assert "zeg wie het doet" in finding.message
