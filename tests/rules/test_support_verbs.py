"""BT202 support-verb constructions (the lexicon in lexicons/steunwerkwoorden.toml, matched through the parse)
in different tenses and word orders, and not on ordinary sentences."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT202",))


def bt202(text: str):
    return [f for f in check_text(text, config=ONLY) if f.rule == "BT202"]


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Het college neemt morgen een besluit over de subsidie.", "besluiten"),
        ("Het college nam vorige week een besluit over de subsidie.", "besluiten"),
        ("Het college heeft een besluit genomen over de subsidie.", "besluiten"),
        ("Wij verwachten dat het college snel een besluit neemt.", "besluiten"),
        ("Morgen neemt het college een besluit.", "besluiten"),
        ("De gemeente draagt zorg voor het onderhoud.", "zorgen voor"),
        ("De gemeente heeft zorg gedragen voor het onderhoud.", "zorgen voor"),
        ("Wij brengen het plan tot uitvoering.", "uitvoeren"),
        ("Het plan is in 2024 tot uitvoering gebracht.", "uitvoeren"),
        ("De raad neemt het voorstel in overweging.", "overwegen"),
        ("De raad heeft het voorstel in overweging genomen.", "overwegen"),
        ("Vrijwilligers leveren een bijdrage aan de buurt.", "bijdragen aan"),
        ("Vrijwilligers hebben een grote bijdrage geleverd aan de buurt.", "bijdragen aan"),
        ("De vergadering vindt plaats in het gemeentehuis.", None),
        ("De vergadering heeft gisteren plaatsgevonden.", None),
        ("Het college gaat over tot de aanschaf van bussen.", None),
        ("Het college wil overgaan tot de aanschaf van bussen.", None),
        ("Wij weten niet waar de vergadering plaatsvindt.", None),
    ],
)
def test_support_verbs_in_every_tense_and_order(text, replacement):
    found = bt202(text)
    assert found, text
    assert found[0].category == "omslachtig"
    assert found[0].suggestions, "a support-verb finding carries a rewrite"
    if replacement:
        assert replacement in found[0].suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Het college besluit morgen over de subsidie.",
        "De gemeente zorgt voor het onderhoud.",
        "Wij nemen de bus naar het gemeentehuis.",
        "Hij draagt een zware tas.",
        "De kinderen gaan over de brug naar school.",
    ],
)
def test_no_support_verb(text):
    assert bt202(text) == []
