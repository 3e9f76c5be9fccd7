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
        ("Het college neemt morgen een besluit over de subsidie.", "besluit morgen"),
        ("Het college nam vorige week een besluit over de subsidie.", "besloot vorige week"),
        ("Het college heeft een besluit genomen over de subsidie.", "besloten"),
        ("Wij verwachten dat het college snel een besluit neemt.", "besluit"),
        ("Morgen neemt het college een besluit.", "besluit het college"),
        ("De gemeente draagt zorg voor het onderhoud.", "zorgt voor"),
        ("De gemeente heeft zorg gedragen voor het onderhoud.", "gezorgd voor"),
        ("Wij brengen het plan tot uitvoering.", "voeren het plan uit"),
        ("Het plan is in 2024 tot uitvoering gebracht.", "uitgevoerd"),
        ("De raad neemt het voorstel in overweging.", "overweegt het voorstel"),
        ("De raad heeft het voorstel in overweging genomen.", "overwogen"),
        ("Vrijwilligers leveren een bijdrage aan de buurt.", "dragen bij aan"),
        ("Vrijwilligers hebben een grote bijdrage geleverd aan de buurt.", None),
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
    # the rewrite replaces the whole stretch of the phrase, with the new verb in the old one's form and place
    if replacement:
        assert replacement in found[0].suggestions
    else:
        assert found[0].suggestions or found[0].advice


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


@pytest.mark.parametrize(
    "text",
    [
        "Mogelijk te treffen maatregelen tegen wateroverlast;",
        "De te nemen besluiten staan op de agenda van de raad.",
    ],
)
def test_a_verb_that_describes_its_noun_is_no_support_verb(text):
    # 'de te treffen maatregelen' is a noun phrase: nobody acts in it with a weak verb
    assert bt202(text) == []


def test_the_same_words_in_a_clause_are_still_reported():
    assert [f.text for f in bt202("De gemeente moet maatregelen treffen tegen wateroverlast.")] == [
        "maatregelen treffen"
    ]
