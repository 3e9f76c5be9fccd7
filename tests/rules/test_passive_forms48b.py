"""Two slips pass48 saw in the passive findings. A strong verb with an ambiguous prefix whose split participle Dutch
never writes (*voorgezien*, *overgetreden*) does not split: its participle is its infinitive (*voorzien*,
*overtreden*), and the active rewrite keeps the verb whole (*de gemeente voorziet*, not *ziet ... voor*). And a
copula *worden* before a conjunction that opens a clause (*worden zichtbaar zodra ...*) is not the auxiliary of the
participle in that clause. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.verbs import finite, participle


def findings(text: str):
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return list(check_text(text, config=config))


@pytest.mark.parametrize(
    ("verb", "form"),
    [("voorzien", "voorzien"), ("overtreden", "overtreden"), ("weerstaan", "weerstaan")],
)
def test_a_verb_whose_split_participle_is_never_written_does_not_split(verb, form):
    assert participle(verb) == form
    assert finite(verb)[1] == ""  # no particle at the end of the main clause
    # a separable verb with a written split participle still splits
    assert [participle(v) for v in ("toezien", "aanbieden", "vaststellen")] == [
        "toegezien",
        "aangeboden",
        "vastgesteld",
    ]


def test_the_active_rewrite_keeps_voorzien_whole():
    found = findings("In de vraag naar starterswoningen wordt door de gemeente voorzien.")
    assert [f.rule for f in found] == ["BT301"]
    assert any(
        "de gemeente voorziet" in s.lower() or "voorziet de gemeente" in s.lower()
        for s in found[0].suggestions
    )
    assert not any(s.rstrip(". ").endswith(" voor") for s in found[0].suggestions)


def test_a_passive_of_overtreden_is_found():
    found = findings("De regels worden door de bewoners overtreden.")
    assert [f.rule for f in found] == ["BT301"]
    assert "overtreden" in found[0].text


def test_a_copula_worden_before_zodra_is_not_the_participles_auxiliary():
    found = findings("De lagen worden zichtbaar zodra er op het pictogram geklikt wordt.")
    assert [(f.rule, f.text) for f in found] == [("BT302", "geklikt wordt")]
    # a passive auxiliary before the participle, with a clause after it, stays its own
    found = findings("De stukken worden gepubliceerd zodra ze door de raad worden goedgekeurd.")
    assert [f.text for f in found] == ["worden gepubliceerd", "worden goedgekeurd"]
