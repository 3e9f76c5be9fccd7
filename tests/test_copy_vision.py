"""A vision's text in a section that a heading further up names (issue #24): *4.1.1.2 Drie opgaven* under *4.1.1
Nationale Omgevingsvisie*, a heading in bold under *4.3.1 Omgevingsvisie Zeeland*, a numbered point under *3.2.1
Visie Zee en Kust*; a government body with its name before its verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_copy_law import policy_blocks

from beleidstaal.language.policy_voice import speaks_for_government

OPENING = "# Toelichting\n\n## 1 Inleiding\n\nHet plan maakt vier woningen aan de Dijkweg mogelijk.\n\n"
NATIONAL = "## 4 Beleid\n\n### 4.1 Rijksbeleid\n\n#### 4.1.1 Nationale Omgevingsvisie (NOVI)\n\n"
COASTS = (
    "Langs de kust groeien de dorpen niet verder de duinen in. Nieuwe huizen komen op open plekken binnen de kernen, "
    "zodat het strand en de polder vrij blijven."
)
#: a first subsection with the writer's summary: the heading right before the next one names no vision
GENERAL = "##### 4.1.1.1 Algemeen\n\nDe NOVI is de visie van het Rijk op de ruimte. Zij geldt voor het hele land.\n\n"
HEARTS = "De oude kernen houden hun winkels en scholen. Wie in een dorp woont, moet er ook oud kunnen worden."


def held(blocks: list[tuple[str, str]], *kinds: str) -> str:
    return " ".join(text for kind, text in blocks if kind in (kinds or ("visie", "overheid", "beleid")))


def test_a_numbered_subsection_of_a_national_visions_section_is_its_text():
    blocks = policy_blocks(
        f"{OPENING}{NATIONAL}{GENERAL}##### 4.1.1.2 Kust en kernen\n\n{COASTS}\n\n{HEARTS}\n"
    )
    assert COASTS in held(blocks, "visie") and HEARTS in held(blocks, "visie"), blocks


def test_a_heading_in_bold_under_a_provincial_visions_section_is_its_text():
    blocks = policy_blocks(
        f"{OPENING}## 4 Beleid\n\n### 4.3 Provincie\n\n#### 4.3.1 Omgevingsvisie Zeeland\n\n"
        "De provincie heeft haar doelen in thema's uitgewerkt. Voor dit plan is het thema wonen van belang.\n\n"
        "**Thema: sterke kernen**\n\nHet thema gaat over de dorpen. Het heeft drie delen.\n\n"
        f"**Wonen in de kernen**\n\n{COASTS}\n"
    )
    assert COASTS in held(blocks, "visie"), blocks


def test_a_lead_in_under_the_visions_section_introduces_its_list():
    """*Dit komt samen in drie prioriteiten.* names what the vision sets out; the vision is named in the section
    above (*4.1.1 Nationale Omgevingsvisie*), so the list after it is the vision's."""
    blocks = policy_blocks(
        f"{OPENING}{NATIONAL}{GENERAL}##### 4.1.1.2 Drie prioriteiten\n\nHet Rijk stuurt op nationale belangen. Dit komt "
        "samen in drie prioriteiten.\n\n- Ruimte voor water en energie: het land past zich aan een natter klimaat aan.\n"
        "- Sterke steden: nieuwe wijken komen binnen de bestaande steden.\n"
        "- Een vitaal platteland: boeren werken met de natuur mee.\n"
    )
    assert "nieuwe wijken komen binnen de bestaande steden" in held(blocks, "beleid"), blocks


def test_a_numbered_point_under_a_visions_title_in_the_provinces_voice_is_its_text():
    section = (
        "De provincie Zeeland wil de groei van wonen en werken vooral opvangen in de bestaande kernen. De wegen "
        "blijven daarvoor goed genoeg."
    )
    blocks = policy_blocks(
        f"{OPENING}## 3 Beleid\n\n### 3.2 Provinciaal beleid\n\n#### 3.2.1 Visie Zee en Kust (2018)\n\n"
        "Drie lijnen geven de richting aan.\n\n**Lijnen**\n\n#### 1. Eerst de bestaande kernen\n\n"
        f"{section}\n"
    )
    assert section in held(blocks, "overheid", "visie"), blocks


@pytest.mark.parametrize(
    "heading",
    [
        "##### 4.1.1.2 Toetsing van het plan aan de NOVI",  # the writer tests the plan: their own section
        "##### 4.1.1.2 Conclusie",
        "## 5 Uitvoerbaarheid",  # the next chapter
        "**Uitvoerbaarheid**\n\nDe kosten zijn voor de eigenaar.\n\n### 5.1 Economische uitvoerbaarheid",
    ],
)
def test_the_writers_own_sections_near_a_visions_section_are_not_its_text(heading):
    blocks = policy_blocks(f"{OPENING}{NATIONAL}{GENERAL}{COASTS}\n\n{heading}\n\n{HEARTS}\n")
    assert HEARTS not in held(blocks), blocks


def test_a_section_under_the_writers_own_vision_is_not_a_policy_text():
    blocks = policy_blocks(
        f"{OPENING}## 2 Het plan\n\n### 2.1 Ruimtelijke visie\n\nDe vier woningen staan in een rij langs de dijk."
        f"\n\n#### 2.1.1 Kust en kernen\n\n{COASTS}\n"
    )
    assert COASTS not in held(blocks), blocks


def test_a_government_body_with_its_name_before_its_will():
    assert speaks_for_government("De provincie Zeeland wil de kernen leefbaar houden.")
    assert speaks_for_government("De provincie Noord-Brabant kiest voor sterke dorpen.")
    assert speaks_for_government("Het Rijk wil de kust vrijhouden.")
    assert not speaks_for_government("De provincie Zeeland heeft geen bezwaar tegen het plan.")
    assert not speaks_for_government("De provincie Zeeland en de gemeente overleggen over het plan.")
