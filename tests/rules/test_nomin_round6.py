"""Nominalisations and support verbs a writer would act on (issue #16, sixth round): what the editors of the
real-text sheets marked wrong, as Dutch patterns. Every sentence here is written for the test; each of the
"no finding" sentences got a finding before this round."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT201", "BT202"), min_severity="info")


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=ONLY)]


@pytest.mark.parametrize(
    "text",
    [
        # a possessive makes the noun someone's own thing: no hidden action
        "Zij deed haar onderzoek aan de universiteit van Leiden.",
        "De onderzoeker deed zijn onderzoek in het archief van de stad.",
        "Hij gaf zijn toestemming voor de verbouwing van de schuur.",
        # voor het ... van: a purpose, plain Dutch like 'om ... te'
        "De methode wordt vooral gebruikt voor het vastleggen van de afspraken.",
        "Wij hebben een aanvraag ingediend voor het slopen van de oude schuur.",
        "Nieuwe plannen mogen geen belemmering vormen voor het vasthouden, bergen en afvoeren van water.",
        # ordinary nouns: a use, an interest, a position, a legal exemption, a link, sound insulation
        "Het gebruik van de gegevens is beperkt tot de eigen afdeling.",
        "De ligging van het perceel aan de rivier is gunstig.",
        "De belangstelling van bewoners voor de avond was groot.",
        "Er geldt een vrijstelling van de regels voor kleine bouwwerken.",
        "De koppeling van de twee systemen werkt sinds maart.",
        "De regels eisen een minimale geluidwering van de gevels.",
    ],
)
def test_no_nominalisation(text):
    assert [r for r, _ in found(text) if r == "BT201"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the same nouns and infinitives where a verb says it better: still found
        ("De gemeente werkt aan het vastleggen van de afspraken.", "het vastleggen van de afspraken"),
        ("De gemeente werkt aan het vasthouden, bergen en afvoeren van water.", "het vasthouden, bergen en"),
        ("De verbetering van de dienstverlening kost veel tijd.", "De verbetering van de dienstverlening"),
        ("Wij zijn begonnen met de inrichting van het plein.", "de inrichting van het plein"),
    ],
)
def test_nominalisation_still_found(text, span):
    spans = [s for r, s in found(text) if r == "BT201"]
    assert len(spans) == 1 and spans[0].startswith(span)


@pytest.mark.parametrize(
    "text",
    [
        "De provincie wil de bouw laten plaatsvinden in de grote kernen.",  # 'laten zijn' is wrong
        "De nota geeft antwoord op drie vragen over wonen.",  # plain Dutch; 'antwoorden' is not plainer
        "Wij geven binnen zes weken antwoord op uw brief.",
        # a plural noun counts several: 'keuzes maken', 'besluiten nemen' is everyday Dutch (unless_plural)
        "Bij elk plan maken wij keuzes over groen en water.",
        "De visie biedt een kader en maakt keuzes waar dat kan.",
        "In de nota zijn er daarom keuzes gemaakt.",
        "De raad neemt elk jaar veel besluiten over geld.",
        "Een wethouder neemt elke week beslissingen over de wijk.",
    ],
)
def test_no_support_verb(text):
    assert [r for r, _ in found(text) if r == "BT202"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De bouw zal in het voorjaar plaatsvinden.", "plaatsvinden"),
        ("De vergadering vindt op dinsdag plaats.", "vindt op dinsdag plaats"),
        ("Het college heeft een keuze gemaakt over de school.", "een keuze gemaakt"),
        ("Het college heeft een besluit genomen over de nieuwe school.", "een besluit genomen"),
        ("De raad neemt volgende week een beslissing.", "neemt volgende week een beslissing"),
    ],
)
def test_support_verb_still_found(text, span):
    assert ("BT202", span) in found(text)
