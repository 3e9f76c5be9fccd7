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
from beleidstaal.readers import document_from_text
from beleidstaal.rules.audience import developer_text


def for_developers(text: str) -> bool:
    """The Markdown text is written for developers (``developer_text`` of the document the reader makes)."""
    return developer_text(document_from_text(text, kind="markdown"))


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

    spans = "Zet `naam`, `adres`, `postcode`, `plaats` en `telefoon` in het bestand.\n\n"
    assert for_developers(spans)
    assert "updaten" not in flagged(spans + "Daarna kun je de gegevens updaten.\n")
    # one or two code spans do not: a policy text may name one file
    assert not for_developers("Het besluit staat in `besluit.pdf` en in `bijlage.pdf`.\n")


def test_a_diagram_is_no_code():

    # a fenced block that draws a process (mermaid) is a picture, not code for developers
    text = "# Proces\n\n```mermaid\ngraph LR\n  A --> B\n```\n\nWij updaten de planning elke week.\n"
    assert not for_developers(text)
    assert "updaten" in flagged(text)


def test_audience_takes_only_it():
    raw = {"lexicon": {"category": "jargon", "rule": "BT103"}}
    entry = {"term": "updaten", "alternatives": ["bijwerken"], "reason": "Engels woord."}
    assert parse_lexicon({**raw, "entry": [{**entry, "audience": "it"}]}, "x").entries[0].audience == "it"
    with pytest.raises(ConfigError):
        parse_lexicon({**raw, "entry": [{**entry, "audience": "beleid"}]}, "x")


# Review (tech40): what counts as code. Sentences written for the review.
LONG_NOTE = (
    "# Nota digitale dienstverlening 2027\n\n"
    + "".join(
        f"In wijk {i} helpen wij inwoners aan de balie, aan de telefoon en via de website van de gemeente.\n"
        for i in range(1, 31)
    )
    + "Daarom kiezen wij een nieuwe tool voor het behandelen van aanvragen.\n"
    + "De workflow van het klantcontactcentrum passen wij in het voorjaar aan.\n\n"
    + "## Bijlage: voorbeeld van een aanvraag\n\n"
    + '```json\n{"aanvraag": "parkeervergunning", "kenteken": "AB-123-C"}\n```\n'
)


def test_one_example_in_an_appendix_does_not_make_a_policy_note_for_developers():
    # a long policy note with one short API example at the end is written for the council: its prose keeps its
    # findings
    found = flagged(LONG_NOTE)
    assert "tool" in found and "workflow" in found, found


EXAMPLE_LETTER = """# Handreiking: een heldere brief schrijven

Gebruik voor elke brief het template van de afdeling communicatie. Hieronder staat een voorbeeld.

```
Geachte heer Jansen,

Wij hebben uw aanvraag voor een parkeervergunning ontvangen. U hoort binnen vier weken van ons.
```

Let ook op de layout: zet de belangrijkste boodschap bovenaan.
"""


@pytest.mark.parametrize(
    "block",
    [
        "```\nGeachte heer Jansen,\n\nWij hebben uw aanvraag ontvangen. U hoort binnen vier weken van ons.\n```",
        "```text\nMet vriendelijke groet,\nHet college van burgemeester en wethouders\n```",
        "```math\nB = 0,25 \\times I\n```",
        "```{note}\nDeze regeling geldt vanaf 1 januari 2027.\n```",
        "```plantuml\n@startuml\nA -> B\n@enduml\n```",
    ],
)
def test_a_block_of_sentences_a_formula_or_a_note_is_no_code(block):

    text = f"# Handreiking\n\nWij werken de website elke week bij.\n\n{block}\n\nDe tekst staat online.\n"
    assert not for_developers(text)


def test_an_example_letter_in_a_block_keeps_the_findings():
    found = flagged(EXAMPLE_LETTER)
    assert "template" in found and "layout" in found, found


@pytest.mark.parametrize(
    "block",
    [
        "```\nnpm install\nnpm run dev\n```",
        "1. Installeer de pakketten:\n\n    ```bash\n    npm install\n    ```",
        "> ```bash\n> npm install\n> ```",
        "```{code-block} python\nprint('hallo')\n```",
    ],
)
def test_commands_in_a_list_item_or_a_quotation_are_code(block):

    text = f"# Installatie\n\n{block}\n\nDaarna kun je de gegevens updaten.\n"
    assert for_developers(text)


def test_the_editor_checks_the_whole_text_again_when_it_becomes_one_for_developers():
    # LSP: typing a code block at the end changes what the word lists say in the paragraphs above it; a quick
    # check of the changed paragraph alone would keep the old finding on 'updaten'
    from beleidstaal.lsp.incremental import full_check, quick_check

    config = Config(select=("BT103",), min_severity="info")
    before_text = (
        "# Beheer\n\nDaarna kun je de gegevens updaten met de knop rechtsboven.\n\nStart de server.\n"
    )
    after_text = before_text.replace("Start de server.\n", "Start de server:\n\n```bash\nnpm run dev\n```\n")
    before = full_check(before_text, "markdown", None, config)
    assert [f.text for f in before.findings] == ["updaten"]
    quick = quick_check(before, after_text, "markdown", None, config)
    findings = (quick or full_check(after_text, "markdown", None, config)).findings
    assert [f.text for f in findings] == []
