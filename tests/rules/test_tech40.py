"""Round twenty-six (issue 16, task tech40): English words of the trade in a text written for developers. A text with
code (a fenced code block, or many code spans) is written for developers or IT specialists; there the ordinary
English words of their trade (*updaten*, *dropdown*, the *input* of a request) are the words they know, and an entry
marked ``audience = "it"`` is not reported. Management English (*stakeholders*) and every word in a policy text stay
findings. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.errors import ConfigError
from beleidstaal.lexicon import parse_lexicon


def flagged(text: str, rule: str = "BT103") -> list[str]:
    config = Config(select=(rule,), min_severity="info")
    return [f.text.lower() for f in check_text(text, config=config, kind="markdown") if f.rule == rule]


DEVELOPER_PAGE = """# Het formulier aanpassen

Start de ontwikkelomgeving met dit commando:

```bash
npm run dev
```

Kies daarna in de dropdown een gemeente. Na het opslaan kun je de gegevens updaten met de knop rechtsboven.
De input van het formulier gaat naar de server.
"""

POLICY_NOTE = """# Nota dienstverlening

De gemeente vernieuwt haar website. Inwoners kiezen straks in een dropdown hun wijk. Wij updaten de
informatie over afval elke maand.
"""


def test_words_of_the_trade_are_quiet_in_a_page_with_code():
    found = flagged(DEVELOPER_PAGE)
    assert not any(w in found for w in ("dropdown", "updaten", "input")), found


def test_words_of_the_trade_still_fire_in_a_policy_note():
    found = flagged(POLICY_NOTE)
    assert "dropdown" in found and "updaten" in found, found


def test_management_english_still_fires_in_a_page_with_code():
    # guard: stakeholders is no word of the software trade: still a finding for developers
    text = DEVELOPER_PAGE + "\nBespreek de wijziging eerst met de stakeholders van het project.\n"
    assert "stakeholders" in flagged(text)


def test_many_code_spans_make_a_page_for_developers():
    from beleidstaal.rules.audience import developer_text

    spans = "Zet `naam`, `adres`, `postcode`, `plaats` en `telefoon` in het bestand.\n\n"
    assert developer_text(spans)
    assert "updaten" not in flagged(spans + "Daarna kun je de gegevens updaten.\n")
    # one or two code spans do not: a policy text may name one file
    assert not developer_text("Het besluit staat in `besluit.pdf` en in `bijlage.pdf`.\n")


def test_a_diagram_is_no_code():
    from beleidstaal.rules.audience import developer_text

    # a fenced block that draws a process (mermaid) is a picture, not code for developers
    text = "# Proces\n\n```mermaid\ngraph LR\n  A --> B\n```\n\nWij updaten de planning elke week.\n"
    assert not developer_text(text)
    assert "updaten" in flagged(text)


def test_audience_takes_only_it():
    raw = {"lexicon": {"category": "jargon", "rule": "BT103"}}
    entry = {"term": "updaten", "alternatives": ["bijwerken"], "reason": "Engels woord."}
    assert parse_lexicon({**raw, "entry": [{**entry, "audience": "it"}]}, "x").entries[0].audience == "it"
    with pytest.raises(ConfigError):
        parse_lexicon({**raw, "entry": [{**entry, "audience": "beleid"}]}, "x")
