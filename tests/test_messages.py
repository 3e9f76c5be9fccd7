"""No message says the same thing twice: over every word-list entry and over every rule's own bad examples.

A message is cut into clauses (at . ; : ! ?); two clauses with the same words are a repeat ("Slogan; zeg wat u
concreet doet. Zeg wat u concreet doet.")."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from beleidstaal.config import Config
from beleidstaal.core import check_text
from beleidstaal.language.said import repeats
from beleidstaal.lexicon import all_entries
from beleidstaal.rules.lexicon_offer import finding_message
from beleidstaal.rules.registry import all_rules


def repeated_clauses(message: str) -> list[str]:
    """Clauses said twice, and sentences whose content words an earlier sentence has (``language.said``)."""
    message = message.replace("...", " ")  # 'om ... te voorkomen' is one phrase
    clauses = [" ".join(re.findall(r"\w+", c.lower())) for c in re.split(r"[.;:!?]", message)]
    counts = Counter(c for c in clauses if len(c.split()) >= 2)
    return [c for c, n in counts.items() if n > 1] or repeats(message)


def test_the_check_finds_a_repeat():
    assert repeated_clauses("'x': Slogan; zeg wat u samen doet. Zeg wat u samen doet.") == [
        "zeg wat u samen doet"
    ]
    assert repeated_clauses("'x': Ouderwets woord; zeg 'samen'. Schrijf liever: 'samen'.") == []
    assert repeated_clauses("'x': Vaag; noem de leden bij naam. Noem ze.") == ["Noem ze."]


def test_no_word_list_message_repeats_itself():
    bad = {}
    for entry in all_entries():
        message = finding_message(entry, entry.term)
        if repeated_clauses(message):
            bad[f"{entry.source}: {entry.term}"] = message
    assert bad == {}, f"{len(bad)} messages repeat a clause, e.g. {list(bad.items())[:5]}"


@pytest.fixture(scope="module")
def every_rule() -> Config:
    return Config(select=tuple(r.code for r in all_rules()))


def test_no_rule_message_repeats_itself(every_rule):
    bad = {}
    for rule in all_rules():
        for example in rule.bad:
            for f in check_text(example, config=every_rule):
                if repeated_clauses(f.message):
                    bad[f"{f.rule} in {example!r}"] = f.message
    assert bad == {}, bad
