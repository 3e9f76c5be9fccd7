"""Word lists on guidance sites written as Markdown (task words16, after blind12): a link text that is the name of
the section or page it opens is a title, not the writer's word choice. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ALL = Config(min_severity="info")


def _bt1(text: str) -> list[str]:
    return [f.text for f in check_text(text, kind="markdown", config=ALL) if f.rule.startswith("BT1")]


@pytest.mark.parametrize(
    "address",
    [
        "https://voorbeeld.nl/voorwaarden/#acceptable-use-policy",
        "https://voorbeeld.nl/acceptable-use-policy/",
        "../voorwaarden/acceptable-use-policy.md",
    ],
)
def test_a_link_text_that_names_its_target_is_a_title(address):
    text = f"Lees voor het gebruik ook de [acceptable use policy]({address}) van de leverancier.\n"
    assert "policy" not in _bt1(text)


def test_a_link_text_that_the_address_does_not_name_is_the_writers_word():
    text = "Lees voor het gebruik ook de [acceptable use policy](https://voorbeeld.nl/voorwaarden/) van de leverancier.\n"
    assert "policy" in _bt1(text)
    # one word that is also the page name: still the writer's own word
    assert "policy" in _bt1("Lees voor het gebruik ook de [policy](policy.md) van de leverancier.\n")
