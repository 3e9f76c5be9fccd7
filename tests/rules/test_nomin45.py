"""Thirty-first round, task nomin45 (BT201): a noun made from a verb that, with what follows *van*, is the fixed name
of a legal or technical notion (a term of art: *een overtreding van de Wet natuurbescherming*, *de exploitatie van
het plan*, *een feitelijke of dreigende overschrijding van een grenswaarde*, *niet in betekenende mate bijdragen aan
de verslechtering van de luchtkwaliteit*) is no finding: the law or the field uses the noun, the reader looks for it,
and a verb cannot replace it (issue 16; ``nominal_terms.term_of_art``, data in
``nominalisatie_uitzonderingen.toml: terms_of_art``). The same nouns outside their term stay reported. Every
sentence here is written for the test; each silent one gave a finding before the change, each finding that stays
holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str) -> list[str]:
    return [text[f.offset : f.end_offset] for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    "text",
    [
        # an offence (Awb 5:1), against a law by its name or its abbreviation, or against rules
        "Met deze maatregelen wordt een overtreding van de Wet natuurbescherming voorkomen.",
        "De toezichthouder maakt een einde aan elke overtreding van de Wabo in het buitengebied.",
        "De gemeente treedt op tegen de overtreding van de regels in het buitengebied.",
        # the commercial running of a plan or a business, also in a compound
        "De economische uitvoerbaarheid hangt af van de exploitatie van het plan.",
        "Het bedrijf vraagt een vergunning aan voor de exploitatie van een camping.",
        "Bij de grondexploitatie van het plan houdt de gemeente rekening met de kosten.",
        # the test for new shops
        "Nieuwe winkels mogen niet leiden tot een duurzame ontwrichting van de bestaande winkelstructuur.",
        # the first test of Wm 5.16, with its own words
        "Bij geen van de woningen treedt een feitelijke of dreigende overschrijding van een grenswaarde op.",
        # the NIBM test, in the clause that takes the noun
        "Het project draagt niet in betekenende mate bij aan de verslechtering van de luchtkwaliteit.",
        "Een kleine uitbreiding draagt NIBM bij aan een verslechtering van de luchtkwaliteit.",
        # an amending act that enters into force
        "Op 1 januari is de wijziging van de Wet milieubeheer in werking getreden.",
    ],
)
def test_a_term_of_art_is_not_reported(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the same nouns outside their term: an act a verb tells better
        (
            "De overschrijding van de grenswaarde bij de woningen komt door het verkeer.",
            "De overschrijding van de grenswaarde",
        ),
        (
            "Het project leidt niet tot een verslechtering van de luchtkwaliteit.",
            "een verslechtering van de luchtkwaliteit",
        ),
        # the NIBM words in another clause than the noun's
        (
            "Projecten die NIBM bijdragen, worden niet getoetst omdat zij niet leiden tot een verslechtering van de luchtkwaliteit.",
            "een verslechtering van de luchtkwaliteit",
        ),
        # a change of a law that someone prepares
        (
            "De provincie bereidt een wijziging van de Omgevingsverordening voor.",
            "een wijziging van de Omgevingsverordening",
        ),
        # other nouns stay reported
        (
            "De gemeente werkt aan de verbetering van de dienstverlening.",
            "de verbetering van de dienstverlening",
        ),
    ],
)
def test_the_same_nouns_outside_their_term_stay_reported(text, span):
    assert span in spans(text)
