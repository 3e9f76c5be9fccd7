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
