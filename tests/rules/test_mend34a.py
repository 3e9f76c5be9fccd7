"""Thirty-fourth round, task mend34a (BT201): the reviewer's points on nomin49 and prec49.

- A noun of a fixed verb phrase (``grammatica.verb_phrase_fronts``) whose phrase the word lists report gets the plain
  verb their entry names in its example (*het besluit uitvoeren*, not *het besluit ten uitvoer leggen*, which BT104
  reports); a noun of such a phrase the lists report as a word (*totstandkoming*, BT102) is theirs alone.
- *bouw*, *sloop* as the subject of *voorzien* only as its participle with *zijn* or *worden* (planned), not of the
  active *voorzien in* (*de bouw voorziet in een behoefte*).
- A *dat* that opens a clause is no determiner of the noun after it, whatever the noun's gender.
- *het voorkomen van verontreinigingen*: a state found in soil or water may occur there; the reading is open.
- *ingebrekestelling* is a term of art (a formal notice of default).

Every sentence here is written for the test; each reported or silent case fails on main."""

from __future__ import annotations

import re

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")
WORD_LISTS = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT108", "BT109", "BT202")


def findings(text: str, config: Config = NOMIN):
    return [(text[f.offset : f.end_offset], f) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    ("text", "advised"),
    [
        ("De tenuitvoerlegging van het vonnis is een maand uitgesteld.", "het vonnis uitvoeren"),
        ("Wij betalen mee aan de instandhouding van de oude molen.", "de oude molen behouden"),
        ("Na de inwerkingtreding van de nieuwe verordening mag dat niet meer.", "'ingaan'"),
        ("De terbeschikkingstelling van het terrein is in mei geregeld.", "het terrein beschikbaar stellen"),
        ("De inbehandelingneming van uw verzoek duurt een week.", "uw verzoek behandelen"),
    ],
)
def test_the_example_of_a_fixed_phrase_is_the_plain_verb_of_the_word_lists(text, advised):
    [(_, finding)] = findings(text)
    assert advised in " ".join(finding.advice)


# the nouns of every front of verb_phrase_fronts that BT201 reports, each with an object after *van*
FRONT_NOUNS = [
    "De instandhouding van de molen is belangrijk.",
    "De inwerkingtreding van de verordening is in mei.",
    "De buitenwerkingstelling van de verordening is in mei.",
    "De tenuitvoerlegging van het vonnis is uitgesteld.",
    "De terinzagelegging van de stukken duurt zes weken.",
    "De tervisielegging van de stukken duurt zes weken.",
    "De terbeschikkingstelling van het terrein is geregeld.",
    "De ingebruikneming van de brug is in mei.",
    "De buitengebruikstelling van de brug is in mei.",
    "De inbedrijfstelling van de installatie is in mei.",
    "De inbehandelingneming van het verzoek duurt lang.",
    "De inontvangstneming van de pas duurt lang.",
    "De inbeslagneming van de boot duurt lang.",
    "De inbewaringstelling van de fietsen volgt later.",
]


def _examples(text: str) -> list[str]:
    """Each example of BT201's advice on ``text`` as a sentence: after *wij willen* where it has an object
    (*wij willen het vonnis uitvoeren*), after the object and *moet* where what follows *van* is the subject (*de
    verordening moet ingaan*)."""
    sentences = []
    for _, finding in findings(text):
        advice = " ".join(finding.advice)
        quoted = re.findall(r"'([^']+)'", advice)
        if "is dan het onderwerp" in advice:
            subject = text.split(" van ", 1)[1].split(" is ")[0]
            sentences += [
                f"{subject[0].upper()}{subject[1:]} moet {verb}." for verb in quoted if verb != "van"
            ]
        else:
            sentences += [f"Wij willen {example}." for example in quoted]
    return sentences


def test_no_example_for_a_fixed_phrase_is_reported_by_the_word_lists():
    sentences = [s for text in FRONT_NOUNS for s in _examples(text)]
    assert len(sentences) >= len(FRONT_NOUNS)
    reported = [(s, t) for s in sentences for t, _ in findings(s, Config(select=WORD_LISTS))]
    assert reported == []


def test_the_check_of_the_examples_sees_a_reported_phrase():
    # the check above would pass on nothing: the phrase itself, written out, is reported
    assert findings("Wij willen het vonnis ten uitvoer leggen.", Config(select=WORD_LISTS)) != []


def test_a_noun_of_a_fixed_phrase_the_word_lists_report_gets_one_finding():
    # *totstandkoming* is listed as a word (BT102, 'ontstaan'): BT201 would advise the phrase BT202 reports or the
    # same verb; one finding, the word list's
    found = findings(
        "De totstandkoming van het bestemmingsplan duurde een jaar.", Config(min_severity="info")
    )
    assert [(s, f.rule) for s, f in found] == [("totstandkoming", "BT102")]


# --- bouw, sloop beside voorzien ---


@pytest.mark.parametrize(
    "text",
    [
        "De bouw van de nieuwe school voorziet in een grote behoefte.",
        "De sloop van de loods voorziet in ruimte voor een speeltuin.",
    ],
)
def test_the_act_as_subject_of_active_voorzien_in_is_plain(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De sloop van de loods is voorzien voor volgend jaar.", "De sloop van de loods"),
        ("Als de bouw van de school plaatsvindt, is de straat dicht.", "de bouw van de school"),
    ],
)
def test_the_act_as_subject_of_planned_voorzien_or_plaatsvinden(text, span):
    # guards: the participle with zijn is 'gepland'; plaatsvinden says nothing
    assert [s for s, _ in findings(text)] == [span]


# --- dat that opens a clause ---


def test_a_conjunction_dat_before_a_het_word_is_not_in_the_span():
    assert [s for s, _ in findings("De raad zegt dat onderzoek van het water nodig is.")] == [
        "onderzoek van het water"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dat onderzoek van het water is nodig.", "Dat onderzoek van het water"),
        ("De raad vindt dat onderzoek van het water nodig.", "dat onderzoek van het water"),
    ],
)
def test_a_determiner_dat_stays_in_the_span(text, span):
    # guards: one finite verb, so *dat* is the determiner
    assert [s for s, _ in findings(text)] == [span]


# --- voorkomen: states found in soil or water ---


@pytest.mark.parametrize(
    "text",
    [
        "Het rapport beschrijft het voorkomen van verontreinigingen in het grondwater.",
        "Wij kijken naar het voorkomen van bodemvervuiling op het terrein.",
    ],
)
def test_voorkomen_of_a_state_in_soil_or_water_is_open(text):
    [(_, finding)] = [(s, f) for s, f in findings(text) if s.lower().startswith("het voorkomen")]
    advice = " ".join(finding.advice)
    assert "twee dingen" in advice and "bijvoorbeeld" not in advice


def test_voorkomen_of_a_harm_keeps_its_example():
    # guard: overlast is prevented
    [(_, finding)] = findings("Wij werken aan het voorkomen van schade aan de dijk.")
    assert "schade aan de dijk voorkomen" in " ".join(finding.advice)


# --- ingebrekestelling ---


def test_ingebrekestelling_is_a_term_of_art():
    assert findings("De ingebrekestelling van de leverancier volgt na een maand.") == []


def test_voorkoming_is_prevent_alone():
    # only the infinitive *voorkomen* has two readings; the noun *voorkoming* is 'prevent'
    [(_, finding)] = findings("Wij werken aan de voorkoming van vleermuizen in de schuur.")
    assert "vleermuizen in de schuur voorkomen" in " ".join(finding.advice)


def test_a_state_with_its_own_object_is_the_act_that_is_prevented():
    # guard: *vervuiling van het hemelwater* is polluting the water, which one prevents
    found = dict(findings("Het voorkomen van vervuiling van het hemelwater is belangrijk."))
    advice = " ".join(found["Het voorkomen van vervuiling van het hemelwater"].advice)
    assert "vervuiling van het hemelwater voorkomen" in advice
