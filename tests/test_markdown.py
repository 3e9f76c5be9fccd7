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
    # line 1 is the heading: a document's headings get no word-choice finding (issue #19)
    (3, 14, "middels"),
    (3, 46, "middels"),
    (5, 16, "thans"),
    (7, 18, "teneinde"),
    # line 10 is a block quote: quoted text gets one BT702 finding instead (tests/rules/test_quotation.py)
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


# Every prose dialect of a documentation site is prose: a finding inside it points at its line and column.
DIALECTS = {
    "mkdocs": '!!! note "Let op middels dit"\n    De gemeente helpt u thans met een aanvraag.\n',
    "mkdocs-collapsible": '??? tip "Meer weten"\n    Wij bellen u teneinde alles te regelen.\n',
    "mkdocs-open": "???+ warning\n    Het loket is thans dicht.\n",
    "mkdocs-tab": '=== "Per post"\n    Wij sturen de brief middels de post.\n',
    "mkdocs-tab-open": "===+ 'Online'\n\n    Het loket is thans dicht.\n",
    "docusaurus": ":::tip Handig\n\nWij sturen de brief middels de post.\n\n:::\n",
    "pandoc": "::: {.note}\nDe aanvraag is thans compleet.\n:::\n",
}
DIALECT_HITS = {
    "mkdocs": [(2, 25, "thans")],  # the title is a heading: no finding there
    "mkdocs-collapsible": [(2, 18, "teneinde")],
    "mkdocs-open": [(2, 18, "thans")],
    "mkdocs-tab": [(2, 25, "middels")],  # a content tab: its body was an indented code block
    "mkdocs-tab-open": [(3, 18, "thans")],
    "docusaurus": [(3, 21, "middels")],
    "pandoc": [(2, 16, "thans")],
}


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_admonitions_and_fenced_divs_are_read_as_prose(config, dialect):
    source = "# Kop\n\nEen gewone zin.\n\n" + DIALECTS[dialect] + "\nNog een gewone zin.\n"
    findings = ours(check_text(source, kind="markdown", config=config))
    lines = lines_of(source)
    got = [(f.line - 4, f.column, f.text.lower()) for f in findings]
    assert got == DIALECT_HITS[dialect]
    for f in findings:
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text


def test_admonition_title_is_a_heading_and_a_missing_title_is_not_invented():
    doc = read_markdown(
        '!!! note "Wat u moet weten"\n    Een zin in het blok.\n\n!!! info\n    Tweede blok.\n'
    )
    texts = [(p.kind, doc.paragraph_text(p)) for p in doc.paragraphs]
    assert texts == [
        ("heading", "Wat u moet weten"),
        ("paragraph", "Een zin in het blok."),
        ("paragraph", "Tweede blok."),
    ]


def test_content_tab_title_is_a_heading_without_quotes_and_a_setext_heading_stays_one():
    doc = read_markdown(
        '=== "Per post"\n\n    Stuur de brief.\n\n===+ "Online"\n    Vul het formulier in.\n\nKop\n===\n'
    )
    texts = [(p.kind, doc.paragraph_text(p)) for p in doc.paragraphs]
    assert texts == [
        ("heading", "Per post"),
        ("paragraph", "Stuur de brief."),
        ("heading", "Online"),
        ("paragraph", "Vul het formulier in."),
        ("heading", "Kop"),
    ]


def test_mkdocs_attribute_lists_icons_and_task_boxes_are_not_prose():
    doc = read_markdown(
        '- [ ] Lees [de gids](https://x.nl){:target="_blank"} goed.\n'
        "- :material-robot: Een knop { .button .md-button } hier.\n"
    )
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert [" ".join(t.split()) for t in texts] == ["Lees de gids goed.", "Een knop hier."]


def test_line_breaks_in_table_cells():
    doc = read_markdown(
        "| Soort | Maat |\n|---|---|\n| Opper-<br>vlakte | Een woning<br>met tuin |\n| Eerste zin.<br>Tweede zin. | A<br>B |\n"
    )
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert texts == [
        "Soort",
        "Maat",
        "Opper-vlakte",
        "Een woning met tuin",
        "Eerste zin.",
        "Tweede zin.",
        "A",
        "B",
    ]


def test_backslash_escapes_are_read_without_the_backslash(config):
    source = "Zie paragraaf 1\\.1 en 2\\.3\\. Wij regelen dit thans.\n"
    doc = read_markdown(source)
    assert doc.paragraph_text(doc.paragraphs[0]).startswith("Zie paragraaf 1.1 en 2.3. Wij")
    (f,) = ours(check_text(source, kind="markdown", config=config))
    assert (f.line, f.column, f.text) == (1, source.index("thans") + 1, "thans")


def test_mojibake_is_read_repaired_and_findings_point_at_the_original_characters(config):
    source = "Het plan is geÃ¯ntegreerd in Ã©Ã©n â€œnieuwâ€™ ontwerp. Wij doen dit thans.\n"
    doc = read_markdown(source)
    assert doc.paragraph_text(doc.paragraphs[0]).startswith(
        "Het plan is geïntegreerd in één “nieuw’ ontwerp."
    )
    findings = check_text(source, kind="markdown", config=config)
    (thans,) = ours(findings)
    assert source[thans.offset : thans.end_offset] == "thans"
    assert thans.column == source.index("thans") + 1
    # a span that starts or ends inside a repaired run covers the whole run in the source
    loc = doc.locate(doc.text.index("één"), doc.text.index("één") + 3)
    assert source[loc.offset : loc.end_offset] == "Ã©Ã©n"
    loc = doc.locate(doc.text.index("geïntegreerd"), doc.text.index("geïntegreerd") + len("geïntegreerd"))
    assert source[loc.offset : loc.end_offset] == "geÃ¯ntegreerd"


def test_correct_accents_are_left_alone():
    source = "Eén café, één idee en een reünie: Ã is geen fout als er niets op volgt.\n"
    doc = read_markdown(source)
    assert doc.paragraph_text(doc.paragraphs[0]) == source.strip()


def test_docusaurus_mdx_import_and_export_statements_are_not_prose():
    doc = read_markdown(
        "---\ntitle: Loket\n---\n\nimport Tabs from '@theme/Tabs';\nimport './stijl.css';\n\n"
        "export const Kleur = ({children, kleur}) => (\n  <span\n    style={{color: kleur}}>\n"
        '    {children}\n  </span>\n);\n\n# Het loket\n\nWij openen het loket in <Kleur kleur="groen">mei</Kleur>.\n\n'
        "Import en export van goederen nemen toe.\n"
    )
    texts = [" ".join(doc.paragraph_text(p).split()) for p in doc.paragraphs]
    assert texts == [
        "Het loket",
        "Wij openen het loket in mei.",
        "Import en export van goederen nemen toe.",
    ]


def test_a_badge_image_inside_a_link_is_not_prose():
    doc = read_markdown(
        "[![Gemaakt met MkDocs](https://img.example/badge.svg)](https://example.org/mkdocs) "
        '[![Licentie](plaatje.png "EUPL")](LICENSE.md)\n\n'
        "Lees [de handleiding](gids.md) voor u begint.\n"
    )
    texts = [" ".join(doc.paragraph_text(p).split()) for p in doc.paragraphs]
    assert texts == ["Lees de handleiding voor u begint."]


def test_footnote_marks_are_not_prose_but_the_footnote_text_is(config):
    source = (
        "De regels zijn door de werkgroep Regelbeheer[^1] opgesteld.\n\n"
        "[^1]: Het verslag van de werkgroep staat op de website.\n"
    )
    doc = read_markdown(source)
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert texts == [
        "De regels zijn door de werkgroep Regelbeheer opgesteld.",
        "Het verslag van de werkgroep staat op de website.",
    ]
    findings = [f for f in check_text(source, kind="markdown", config=config) if f.rule == "BT301"]
    assert findings and all("[^" not in " ".join([f.message, *f.advice, *f.suggestions]) for f in findings)


def test_a_rewrite_over_a_link_or_footnote_is_shown_but_not_pasted_over_the_source(config):
    # pasting 'De werkgroep heeft de regels opgesteld' over the source would drop the link's address
    linked = "De regels zijn door [de werkgroep](https://example.org/werkgroep) opgesteld.\n"
    plain = "De regels zijn door de werkgroep opgesteld.\n"
    [over_link] = [f for f in check_text(linked, kind="markdown", config=config) if f.rule == "BT301"]
    [over_text] = [f for f in check_text(plain, kind="markdown", config=config) if f.rule == "BT301"]
    assert over_text.suggestions and over_text.replaceable
    assert over_link.suggestions == over_text.suggestions and not over_link.replaceable


@pytest.mark.parametrize("unit", ["[![", "[x](", "![a", "<a ", "[^a", "<http:a"])
def test_a_long_hostile_line_is_read_once_and_a_link_after_it_still_works(unit):
    # each piece opens a link, image, tag or footnote that never closes: every start must not search the whole line
    source = unit * 30_000 + " Lees [de gids](gids.md) en [![logo](l.svg)](https://x.nl) eerst.\n"
    doc = read_markdown(source)
    [paragraph] = doc.paragraphs
    text = doc.paragraph_text(paragraph)
    assert text.startswith((unit * 2).strip()) and text.endswith(" Lees de gids en  eerst.")


def test_many_content_tabs_keep_their_titles_and_lines():
    source = '=== "Tab"\n    Vul het formulier in.\n\n' * 20_000 + '=== "Laatste"\n    Stuur het op.\n'
    doc = read_markdown(source)
    assert len(doc.paragraphs) == 40_002
    last = doc.paragraphs[-2]
    assert (last.kind, doc.paragraph_text(last)) == ("heading", "Laatste")
    assert doc.locate(last.start, last.end).line == 60_001


def test_a_rewrite_over_an_internet_address_or_code_is_not_shown(config):
    # the reader puts a space for the address: 'De gemeente verstuurt het formulier via' lacks it
    for source in (
        "Het formulier wordt via https://www.example.nl/aanvraag door de gemeente verstuurd.\n",
        "Het formulier wordt via `formulier.pdf` door de gemeente verstuurd.\n",
    ):
        [finding] = [f for f in check_text(source, kind="markdown", config=config) if f.rule == "BT301"]
        assert not finding.suggestions and not finding.replaceable and "de gemeente" in finding.message
    # a link keeps its words: the rewrite is shown, but not pasted over the link
    linked = "Het formulier wordt via [de website](https://www.example.nl) door de gemeente verstuurd.\n"
    [finding] = [f for f in check_text(linked, kind="markdown", config=config) if f.rule == "BT301"]
    assert finding.suggestions and not finding.replaceable
