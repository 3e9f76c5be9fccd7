"""What the lead mended at the start of the eighteenth round, from the seventeenth round's list of things left alone,
on sentences written for them.

- An adjective or participle made a noun with *-en* names people (*jongeren*, *minderjarigen*, *werkzoekenden*):
  *faciliteren* of people is helping them, not making them possible.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

JARGON = Config(select=("BT102",), min_severity="info")
JARGON_ALL = Config(min_severity="info")


def advice(text: str) -> str:
    hits = [f for f in check_text(text, config=JARGON) if f.term == "faciliteren"]
    assert len(hits) == 1, text
    return " ".join(hits[0].advice + hits[0].suggestions)


@pytest.mark.parametrize("people", ["jongeren", "minderjarigen", "werkzoekenden"])
def test_an_adjective_made_a_noun_for_people_is_people(people):
    assert "steunen" in advice(f"Wij faciliteren {people} bij het zoeken naar werk.")


@pytest.mark.parametrize(
    "things",
    [
        "de rechten van huurders",
        "besluiten van de raad",
        # the plural in -n of a noun in -e is no adjective made a noun (rev5: bijlagen was people)
        "de bijlagen bij de aanvraag",
        "de ruimten voor ondernemers",
        "de fasen van het project",
    ],
)
def test_a_plural_noun_in_en_is_no_people(things):
    assert "steunen" not in advice(f"Wij faciliteren {things}.")


def word_list_findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=Config(min_severity="info")) if f.term]


def test_a_listed_word_inside_a_listed_phrase_of_another_list_gives_one_finding():
    # 'aanvang' alone (BT101) offers 'begin': inside the phrase that would give 'een begin nemen'
    assert word_list_findings("De werkzaamheden zullen in mei een aanvang nemen.") == [
        ("BT202", "een aanvang nemen")
    ]
    assert word_list_findings("De aanvang van de bouw is in mei.") == [("BT101", "De aanvang")]


def test_a_listed_word_between_the_words_of_a_phrase_keeps_its_finding():
    found = word_list_findings("De bouw neemt medio mei een aanvang.")
    assert ("BT101", "medio") in found and [r for r, _ in found].count("BT202") == 1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wij realiseren de doelen van het beleid.", "bereiken"),
        ("De realisatie van de doelen kost tijd.", "bereiken"),
        ("Wij willen onze ambities realiseren.", "waarmaken"),
    ],
)
def test_a_goal_is_reached_not_built(text, word):
    hits = [f for f in check_text(text, config=JARGON) if f.term in ("realiseren", "realisatie")]
    offered = " ".join(hits[0].suggestions + hits[0].advice)
    assert word in offered and "bouw" not in offered


def test_an_abbreviation_that_ends_the_sentence_keeps_its_full_stop_in_the_replacement():
    # the token 't.z.t.' holds the sentence's full stop: 'volgt later' would lose it
    [hit] = [f for f in check_text("De regeling volgt t.z.t.", config=Config(min_severity="info")) if f.term]
    assert hit.text == "t.z.t." and hit.suggestions == ["later."]
    [mid] = [
        f for f in check_text("Wij bellen u t.z.t. terug.", config=Config(min_severity="info")) if f.term
    ]
    assert mid.suggestions == ["later"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse runs the two sentences together: 'volgt later Daarna besluiten wij' lost the full stop (rev5)
        ("De regeling volgt t.z.t. Daarna besluiten wij.", ["later."]),
        ("De regeling volgt t.z.t. Wij laten het u weten.", ["later."]),
        ("Het werk gebeurt o.l.v. De Vries en zijn team.", ["onder leiding van"]),  # a name after it
    ],
)
def test_an_abbreviation_before_the_next_sentence_keeps_its_full_stop(text, expected):
    [hit] = [
        f for f in check_text(text, config=Config(min_severity="info")) if f.term in ("t.z.t.", "o.l.v.")
    ]
    assert hit.suggestions == expected


@pytest.mark.parametrize(
    "text",
    [
        "De hoogte wordt gemeten t.o.v. het maaiveld.",  # a height, not a comparison
        "Stuur de brief t.a.v. de heer Jansen.",  # an address line
        # a minister's agreement, the law's procedure, also past an adjective or after 'Onze' (rev5)
        "Wij stellen de regels vast in overeenstemming met de betrokken minister.",
        "Onze Minister stelt in overeenstemming met Onze Minister van Financiën regels vast.",
    ],
)
def test_an_unless_after_word_also_counts_after_an_article(text):
    assert word_list_findings(text) == []


def test_the_message_does_not_repeat_advice_that_the_reason_says_with_more_words():
    [hit] = [
        f
        for f in check_text("Wij zetten een stip op de horizon.", config=Config(min_severity="info"))
        if f.term
    ]
    assert hit.message.lower().count("zeg welk doel") == 1


def test_a_listed_word_the_phrase_holds_inflected_gives_one_finding():
    # 'gering' (BT101, 'klein') inside 'in geringe mate' (BT104) gave 'in kleine mate' as a second finding
    assert word_list_findings("Het plan wijkt in geringe mate af van de regels.") == [
        ("BT104", "in geringe mate")
    ]


def test_a_verb_tagged_as_an_adjective_in_en_is_no_people():
    # 'lobbyen' (tagged ADJ, a conjunct of faciliteren) has no singular 'lobbye': not a noun for people
    text = (
        "Als bewoners plannen maken, zullen wij die graag faciliteren, de ruimte geven en daarvoor lobbyen."
    )
    assert "steunen" not in advice(text)


def test_the_verb_of_a_listed_phrase_keeps_its_own_replacement():
    # 'verricht' (BT101: 'gedaan') inside 'onderzoek ... verricht' (BT202, advice): the verb alone changes
    found = [
        f for f in check_text("Er moet archeologisch onderzoek worden verricht.", config=JARGON_ALL) if f.term
    ]
    assert any(f.term == "verrichten" and f.suggestions[:1] == ["gedaan"] for f in found)


def test_an_adjective_first_in_the_sentence_tagged_as_a_name_keeps_its_e():
    # 'Separate' is tagged PROPN at the start: the replacement gave 'Apart bijlagen'
    [hit] = [f for f in check_text("Separate bijlagen zijn niet nodig.", config=JARGON_ALL) if f.term]
    assert hit.suggestions[:1] == ["Aparte"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tagged PROPN with a subject's relation, not amod: the replacement gave 'Duidelijk fouten' (rev5)
        ("Evidente fouten worden hersteld.", "Duidelijke"),
        ("Evidente fouten herstellen wij.", "Duidelijke"),
    ],
)
def test_an_inflected_adjective_first_tagged_as_a_name_with_another_relation_keeps_its_e(text, expected):
    [hit] = [f for f in check_text(text, config=JARGON_ALL) if f.term == "evident"]
    assert hit.suggestions[:1] in ([expected], [])
    assert not any(s.lower() == "duidelijk" for s in hit.suggestions)
