"""Twentieth round, task nomin30 (BT201): nominal infinitives of *gaan*, *staan* and *slaan* and their compounds
(*het tegengaan van*, *het toestaan van*), which end in *-aan*, not *-en*; and the second of a pair of nominal
infinitives that the parser hung on the object of the first (``nominal_rows.anchor``). Every sentence here is written
for the test; each reported one gave no finding before the change, each guard holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return check_text(text, config=NOMIN)


@pytest.mark.parametrize(
    ("text", "span", "example"),
    [
        (
            "Het beleid van de provincie is gericht op het tegengaan van verdroging in het veengebied.",
            "het tegengaan van verdroging in het veengebied",
            "verdroging in het veengebied tegengaan",
        ),
        (
            "Het toestaan van een tweede woning op het erf past niet in het beleid van de gemeente.",
            "Het toestaan van een tweede woning op het erf",
            "een tweede woning op het erf toestaan",
        ),
        (
            "De gemeente werkt aan het aangaan van een overeenkomst met de ontwikkelaar van het terrein.",
            "het aangaan van een overeenkomst met de ontwikkelaar van het terrein",
            "een overeenkomst met de ontwikkelaar van het terrein aangaan",
        ),
    ],
)
def test_nominal_infinitive_in_aan_reported(text, span, example):
    found = findings(text)
    assert [f.text for f in found] == [span]
    assert f"'{example}'" in found[0].advice[0]


def test_second_of_two_nominal_infinitives_in_aan_reported():
    # each infinitive has its own object: two findings, as for two infinitives in -en
    text = (
        "Het plan draagt bij aan het vastleggen van de afspraken met de buren en het tegengaan van de overlast "
        "van het verkeer."
    )
    assert [f.text for f in findings(text)] == [
        "het vastleggen van de afspraken met de buren",
        "het tegengaan van de overlast van het verkeer",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # *het ontstaan*, *het voortbestaan*: nouns of their own (the origin, the continued existence)
        "Het ontstaan van het dorp ligt ver in het verleden, lang voor de eerste kerk.",
        "Het voortbestaan van de winkel in de kern van het dorp is onzeker.",
        # after *voor het* a purpose, as for an infinitive in -en (*bij_voor*)
        "De provincie heeft geld beschikbaar voor het tegengaan van verdroging in het veengebied.",
    ],
)
def test_nouns_in_aan_and_purposes_not_reported(text):
    assert findings(text) == []


def test_guard_infinitive_in_en_still_reported():
    text = "Het beleid van de provincie is gericht op het verminderen van verdroging in het veengebied."
    assert [f.text for f in findings(text)] == ["het verminderen van verdroging in het veengebied"]


PAIR = "het verbeteren van de kwaliteit van het water en het verminderen van de overlast van muggen"


def test_second_of_a_pair_hung_on_the_first_object_reported():
    # the parser joins *verminderen* to *water*, a plain noun; it is the second act of a pair, with its own object
    assert [f.text for f in findings(f"Wij werken aan {PAIR}.")] == [
        "het verbeteren van de kwaliteit van het water",
        "het verminderen van de overlast van muggen",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the pair shares *voor het* (a purpose): neither is reported, as for the first alone
        f"De provincie betaalt voor {PAIR}.",
    ],
)
def test_pair_after_voor_het_not_reported(text):
    assert findings(text) == []


def test_row_of_three_keeps_its_findings():
    # a row of three or more is an enumeration: the anchor is not moved, what is reported stays as it was
    text = (
        "Wij werken aan het verbeteren van de kwaliteit van het water, het herstellen van de oevers van de sloot en "
        "het verminderen van de overlast van muggen."
    )
    assert [f.text for f in findings(text)] == [
        "het verbeteren van de kwaliteit van het water",
        "het herstellen van de oevers van de sloot",
    ]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Het leegstaan van winkels in het centrum is een groot probleem voor de gemeente.", "leegstaan"),
        ("Het achteruitgaan van de natuur in het gebied baart de provincie zorgen.", "achteruitgaan"),
    ],
)
def test_verb_without_object_what_follows_van_is_the_subject(text, verb):
    # *winkels staan leeg*: no example with the subject as if it were an object (*winkels leegstaan*)
    (found,) = findings(text)
    assert found.advice == [f"Schrijf met het werkwoord '{verb}': wat na 'van' staat, is dan het onderwerp."]


# Review (nomin30): more verbs of *staan* and *gaan* without an object; the sentences are written for the review.
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Het vrijstaan van de woning op het perceel is een eis uit het bestemmingsplan.", "vrijstaan"),
        ("Het vooropstaan van de veiligheid van de bewoners is voor de raad belangrijk.", "vooropstaan"),
        ("Het alleenstaan van veel ouderen in het dorp vraagt om extra zorg.", "alleenstaan"),
        ("Het staan van de fietsen voor de ingang hindert de bezoekers.", "staan"),
        ("Het neergaan van de slagboom duurt te lang voor de hulpdiensten.", "neergaan"),
    ],
)
def test_review_more_verbs_without_object(text, verb):
    # *de woning staat vrij*, not the example *de woning op het perceel vrijstaan*
    (found,) = findings(text)
    assert found.advice == [f"Schrijf met het werkwoord '{verb}': wat na 'van' staat, is dan het onderwerp."]


@pytest.mark.parametrize(
    "text",
    [
        # *uitgaan van* (assume): *van* belongs to the verb, what follows is no subject (*de huidige situatie gaat uit*)
        "Het uitgaan van de huidige situatie is niet voldoende voor dit onderzoek.",
        "Wij vinden het uitgaan van een groei van het aantal inwoners niet realistisch.",
    ],
)
def test_review_uitgaan_van_not_reported(text):
    assert [f for f in findings(text) if f.data.get("verb") == "uitgaan"] == []


def test_review_first_of_a_pair_stops_before_the_second():
    # the parser hangs *toestaan* deep in the first object; the first's example must not swallow the second act
    # (*een rotonde ... en het toestaan van parkeren aanleggen* is no Dutch), and the two findings do not overlap
    text = (
        "Het aanleggen van een rotonde op de kruising van de Hoofdstraat met de Kerkweg en het toestaan van "
        "parkeren langs de weg zijn besproken."
    )
    found = findings(text)
    assert found[0].text == "Het aanleggen van een rotonde op de kruising van de Hoofdstraat met de Kerkweg"
    assert "'een rotonde op de kruising van de Hoofdstraat met de Kerkweg aanleggen'" in found[0].advice[0]
    assert all(a.end_offset <= b.offset for a, b in zip(found, found[1:], strict=False))
