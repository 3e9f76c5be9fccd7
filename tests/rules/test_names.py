"""Word-list rules leave names, titles and mentioned words alone (language.names; issue #16). Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORD_LISTS = Config(select=("BT1", "BT2"), min_severity="info")


def flagged(text: str) -> list[str]:
    return [f.text for f in check_text(text, config=WORD_LISTS)]


@pytest.mark.parametrize(
    "text",
    [
        "Zie het Uitvoeringsprogramma Omgevingsveiligheid van de provincie voor meer.",  # name of a programme
        "Uitvoeringsprogramma Omgevingsveiligheid is in 2020 vastgesteld.",  # name at the start of a sentence
        "Wij volgen de Stakeholder Analyse van het rijk.",
        "U kunt een Issue aanmaken op de website.",  # a capitalised word in mid-sentence names a thing
        "Het woord 'faciliteren' zegt weinig.",  # a mentioned word
        "Het plan heet 'Faciliteren en Stimuleren' en komt uit 2020.",  # a title in quotes
    ],
)
def test_names_titles_and_mentioned_words_are_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wij faciliteren de inwoners.", "faciliteren"),
        ("Stakeholders van het project zijn blij.", "Stakeholders"),  # sentence start, next word plain
        ("Indien u vragen heeft, bel ons dan.", "Indien"),
        ("Voor elk doel is een KPI vastgesteld.", "KPI"),  # an abbreviation is a word, not a name
    ],
)
def test_ordinary_use_is_still_flagged(text, word):
    assert word in flagged(text)


VAGUE = Config(select=("BT109",), min_severity="info")  # diverse: a vague quantity (opt-in)


@pytest.mark.parametrize(
    "text",
    [
        "Langs de dijk liggen diverse bedrijven gevestigd: een garage, een bakkerij en een kwekerij.",
        "Wij praten met diverse groepen bewoners, zoals ouders van jonge kinderen en ouderen.",
        "Het fonds steunt diverse clubs, waaronder de voetbalclub en de muziekvereniging.",
        "In de wijk wonen diverse groepen, te weten gezinnen, studenten en ouderen.",
    ],
)
def test_a_vague_quantity_word_is_not_flagged_when_the_sentence_names_the_things(text):
    assert [f.text.lower() for f in check_text(text, config=VAGUE)] == []


@pytest.mark.parametrize(
    "text",
    [
        "In de wijk wonen diverse groepen.",
        "Diverse bewoners hebben geklaagd over het lawaai van de weg; dat lossen wij op.",
        # a colon far after the word opens something else: the things themselves are not named
        "Diverse bewoners hebben de afgelopen maanden geklaagd over het lawaai van de weg: dat lossen wij op.",
    ],
)
def test_a_vague_quantity_word_without_the_things_named_is_still_flagged(text):
    assert [f.text.lower() for f in check_text(text, config=VAGUE)] == ["diverse"]


@pytest.mark.parametrize(
    "text",
    [
        "Nederland heeft het Europees Verdrag inzake de bescherming van het erfgoed ondertekend.",
        "De regels van de Wet inzake de luchtverontreiniging gelden hier niet meer.",
    ],
)
def test_a_word_in_the_title_of_a_law_or_treaty_is_not_flagged(text):
    assert "inzake" not in [f.text for f in check_text(text, config=WORD_LISTS)]


def test_the_same_word_after_an_ordinary_noun_is_flagged():
    assert "inzake" in flagged("Wij sturen u een brief inzake de bescherming van het erfgoed.")
    assert "inzake" in flagged("De wet inzake het erfgoed is oud.")  # 'wet' without a capital names no title
