"""Markdown: only prose is checked, and every finding points at the exact characters in the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidstaal import Config, check_text
from beleidstaal.readers.markdown import read_markdown

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")
#: the terms of the test word list; the bundled lists may flag more, so tests look at these only
TERMS = {"middels", "teneinde", "thans", "alsmede", "derhalve", "faciliteren", "in het kader van"}


def ours(findings):
    return [f for f in findings if f.term in TERMS]


NOT_PROSE = """---
titel: Nota middels voorbeeld
---

# Nota

Wij sturen `middels` niets op. Zie [de website](https://voorbeeld.nl/middels "middels") en www.middels.nl.
Of <https://voorbeeld.nl/teneinde> en https://voorbeeld.nl/thans?a=middels ook.

![Een plaatje middels](plaatje.png)

<!-- middels een opmerking -->

```text
Wij informeren u middels deze brief.
```

    Teneinde dit te doen: ingesprongen code.

<div>
Thans in een HTML-blok.
</div>

[ref]: https://middels.nl "middels"

Deze zin is gewoon in orde.
"""


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(lexicons=(LEXICON,))


def lines_of(source: str) -> list[str]:
    return source.split("\n")


def test_nothing_in_code_front_matter_urls_html_or_link_targets_is_flagged(config):
    findings = check_text(NOT_PROSE, kind="markdown", config=config)
    assert ours(findings) == []


def test_toml_front_matter_is_skipped(config):
    text = "+++\ntitel = 'middels'\n+++\n\nGewone tekst zonder problemen.\n"
    assert [f.line for f in check_text(text, kind="markdown", config=config) if f.line < 4] == []


def test_the_same_words_in_prose_are_flagged(config):
    text = NOT_PROSE.replace("Deze zin is gewoon in orde.", "Wij informeren u middels deze brief.")
    findings = ours(check_text(text, kind="markdown", config=config))
    assert [(f.text, f.line) for f in findings] == [("middels", len(lines_of(NOT_PROSE)) - 1)]


STRUCTURED = """# Aanpak *middels* overleg

Wij werken **middels** een [plan van aanpak, middels overleg](https://voorbeeld.nl/plan).

- Eerste punt: thans geregeld.
- Tweede punt
  1. Genest punt teneinde het af te maken.

> Een citaat dat loopt
> over twee regels, alsmede een derde.

| Onderdeel | Toelichting |
|-----------|-------------|
| Loket     | Open middels een afspraak. |
| Team      | `middels` is code, thans niet. |

Tekst &amp; meer, middels een entiteit.
"""

EXPECTED = [
    (1, 11, "middels"),
    (3, 14, "middels"),
    (3, 46, "middels"),
    (5, 16, "thans"),
    (7, 18, "teneinde"),
    (10, 21, "alsmede"),
    (14, 20, "middels"),
    (15, 34, "thans"),
    (17, 19, "middels"),
]


def test_positions_in_headings_lists_quotes_tables_and_links(config):
    findings = ours(check_text(STRUCTURED, kind="markdown", config=config))
    lines = lines_of(STRUCTURED)
    for f in findings:
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text
        assert f.end_line == f.line
    assert [(f.line, f.column, f.text.lower()) for f in findings] == EXPECTED


def test_positions_with_windows_line_endings(config):
    crlf = STRUCTURED.replace("\n", "\r\n")
    findings = ours(check_text(crlf, kind="markdown", config=config))
    assert [(f.line, f.column, f.text.lower()) for f in findings] == EXPECTED
    for f in findings:
        assert crlf[f.offset : f.end_offset].lower() == f.text.lower()


def test_analysed_text_keeps_link_text_and_sentence_ends():
    doc = read_markdown(
        "Zie [de `code` pagina](https://x.nl) en www.voorbeeld.nl. Daarna A &amp; B.\n\n"
        "Regel met harde\\\nafbreking.\n"
    )
    first = doc.paragraph_text(doc.paragraphs[0])
    assert "de" in first and "pagina" in first and "`" not in first and "https" not in first
    assert "voorbeeld" not in first and ". Daarna" in first
    assert "A & B." in first
    second = doc.paragraph_text(doc.paragraphs[1])
    assert "\\" not in second
    broken = read_markdown("Eerste regel<br>tweede <b>vet</b>woord.\n")
    assert broken.paragraph_text(broken.paragraphs[0]) == "Eerste regel tweede vetwoord."


def test_paragraph_kinds():
    doc = read_markdown(STRUCTURED)
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[0] == "heading"
    assert kinds.count("list_item") == 3
    assert "quote" in kinds and kinds.count("table_cell") >= 5
