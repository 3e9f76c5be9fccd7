"""Inline suppression: the linter-style ``beleidstaal-disable`` comments and the Dutch ``beleidstaal: negeer`` forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidstaal import Config, check_text
from beleidstaal.filters import suppressed_lines

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")
TERMS = {"middels", "teneinde", "thans", "alsmede", "derhalve", "faciliteren", "in het kader van"}


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(lexicons=(LEXICON,))


def flagged_lines(text: str, config: Config, kind: str = "markdown") -> list[int]:
    return [f.line for f in check_text(text, kind=kind, config=config) if f.term in TERMS]


SENTENCE = "Wij sturen middels deze brief het plan."


def test_without_directives_every_line_is_flagged(config):
    text = "\n\n".join([SENTENCE] * 3) + "\n"
    assert flagged_lines(text, config) == [1, 3, 5]


def test_disable_and_enable_a_code(config):
    text = f"{SENTENCE}\n\n<!-- beleidstaal-disable BT101 -->\n{SENTENCE}\n\n{SENTENCE}\n<!-- beleidstaal-enable -->\n\n{SENTENCE}\n"
    assert flagged_lines(text, config) == [1, 9]


def test_disable_by_category_or_name_with_a_bar(config):
    text = f"<!-- beleidstaal-disable jargon|ambtelijk -->\n{SENTENCE}\n<!-- beleidstaal-enable -->\n\n{SENTENCE}\n"
    assert flagged_lines(text, config) == [5]
    other = f"<!-- beleidstaal-disable jargon -->\n{SENTENCE}\n<!-- beleidstaal-enable -->\n"
    assert flagged_lines(other, config) == [2]


def test_disable_without_codes_switches_everything_off_until_the_end(config):
    text = f"{SENTENCE}\n\n<!-- beleidstaal-disable -->\n\n{SENTENCE}\n\n{SENTENCE}\n"
    assert flagged_lines(text, config) == [1]


def test_enable_one_code_keeps_the_others_off():
    _, lines = suppressed_lines(
        "<!-- beleidstaal-disable BT101, BT104 -->\na\n<!-- beleidstaal-enable BT101 -->\nb\n<!-- beleidstaal-enable -->\n"
    )
    assert lines[2] == {"BT101", "BT104"}
    assert lines[4] == {"BT104"}
    assert 6 not in lines


def test_disable_next_line_and_disable_line(config):
    text = (
        f"<!-- beleidstaal-disable-next-line BT101 -->\n{SENTENCE}\n\n"
        f"{SENTENCE} <!-- beleidstaal-disable-line -->\n\n"
        f"<!-- beleidstaal-disable-next-line BT4 -->\n{SENTENCE}\n"
    )
    assert flagged_lines(text, config) == [7]


def test_disable_file(config):
    text = f"<!-- beleidstaal-disable-file -->\n\n{SENTENCE}\n"
    assert check_text(text, kind="markdown", config=config) == []


def test_dutch_forms_still_work(config):
    text = (
        f"<!-- beleidstaal: negeer BT101 -->\n{SENTENCE}\n\n"
        f"{SENTENCE} <!-- beleidstaal: negeer -->\n\n"
        f"<!-- beleidstaal: uit -->\n\n{SENTENCE}\n\n<!-- beleidstaal: aan -->\n\n{SENTENCE}\n"
    )
    assert flagged_lines(text, config) == [12]


def test_plain_text_equivalent(config):
    text = f"# beleidstaal-disable-next-line BT101\n{SENTENCE}\n\n{SENTENCE}\n"
    assert flagged_lines(text, config, kind="text") == [4]
    dutch = f"beleidstaal: negeer ambtelijk\n{SENTENCE}\n\n{SENTENCE}\n"
    assert flagged_lines(dutch, config, kind="text") == [4]


def test_directives_are_not_prose_in_markdown(config):
    text = "<!-- beleidstaal-disable-next-line middels teneinde -->\nGewone zin.\n"
    assert flagged_lines(text, config) == []
