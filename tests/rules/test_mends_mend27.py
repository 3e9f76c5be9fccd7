"""What the review of mend26 + passive26 found (task mend27, bench/quality/real/RESULTS.md, "Seventeenth round:
mend27"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from suggestion_checks import found

from beleidstaal import check_text
from beleidstaal.config import Config


# (1) a particle that is no noun of compounds keeps its verb, a rare particle verb too
@pytest.mark.parametrize(
    "text,verb",
    [
        ("Door de overbemesting van de akkers raakt het grondwater vervuild.", "overbemesten"),
        ("De voorbespreking van het bezwaar vindt plaats in het stadhuis.", "voorbespreken"),
        ("De tegenfinanciering van het plan door het waterschap is nog onzeker.", "tegenfinancieren"),
        ("De meeontwikkeling van het park door de buurt loopt goed.", "meeontwikkelen"),
    ],
)
def test_a_rare_particle_verb_keeps_its_particle(text, verb):
    hit = found(text, "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == verb, [f.data for f in hit]


# (1) guard: a road stays a road
def test_a_road_compound_still_loses_weg():
    hit = found("Tijdens de wegverharding van de Kerkstraat is de bus omgeleid.", "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == "verharden", [f.data for f in hit]
