"""Quoted text without quotation marks that ``quotation.quoted_blocks`` finds after the other kinds: a condition
repeated from a quoted list to answer it, a copyright notice or disclaimer, the text under a heading that is a
title in quotation marks of a named policy text, the reactions in a table of reactions and answers, and
definitions under headings that name their term with a colon. The words
that mark them are data: ``lexicons/data/aanhalingen.toml``. Offsets are into ``Document.text``."""

from __future__ import annotations

import re

from ..document import Document
from .quote_kinds import QuotedBlock, _is_definition, _is_item, _words, names_policy

#: a repeated item counts when the quoted item it repeats has at least this many words
MIN_REPEATED_WORDS = 4
#: a heading in quotation marks names a title when it has at least this many words
MIN_TITLE_WORDS = 3
#: a heading that names a term with a colon after it (*Bouwwerk, geen gebouw zijnde:*), over its definition
_TERM_HEADING = re.compile(r"^\w[^:;.!?]{0,60}:$")
#: such a heading has at most this many words
MAX_TERM_WORDS = 6
#: the end of a quoted item that a repetition may leave out: its punctuation and a closing *en* or *of*
_ITEM_END = re.compile(r"\s*(?:[;,.:]\s*(?:en|of)?)?\s*$")
#: a heading that is a title in quotation marks (with a section number in front or not)
_QUOTED_TITLE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[\"'“„‘](?P<inner>[^\"'“”„‘’]+)[\"'”’]\s*$")


def repeated_items(document: Document, headings: list[bool], blocks: list[QuotedBlock]) -> list[QuotedBlock]:
    """Items that repeat an item of a quoted list word for word (*g. wijziging is niet toegestaan ...*), where the
    writer answers the conditions one by one: the repeated words are quoted, the answer after them (in the same
    paragraph or under it) is the writer's own."""
    quoted = [
        p
        for p in document.paragraphs
        if _is_item(document, p) and any(b.start <= p.start and p.end <= b.end for b in blocks)
    ]
    stems = {}
    for p in quoted:
        text = document.paragraph_text(p)
        stem = text[: _ITEM_END.search(text).start()]
        if len(stem.split()) >= MIN_REPEATED_WORDS:
            stems[stem] = p.start
    found = []
    for p, heading in zip(document.paragraphs, headings, strict=True):
        if heading or p.start in stems.values() or not _is_item(document, p):
            continue
        text = document.paragraph_text(p)
        stem = next((s for s in stems if text.startswith(s)), None)
        if stem is not None:
            found.append(QuotedBlock(p.start, p.start + len(stem), "herhaald"))
    return found


def disclaimers(document: Document) -> list[QuotedBlock]:
    """Paragraphs with a copyright or disclaimer formula (``disclaimer_phrases``: *Niets uit deze uitgave mag
    worden verveelvoudigd ...*): the words of the document's maker, in the form such notices always take."""
    phrases = _words("disclaimer_phrases")
    found = []
    for p in document.paragraphs:
        low = " ".join(document.paragraph_text(p).lower().split())
        if any(phrase in low for phrase in phrases):
            found.append(QuotedBlock(p.start, p.end, "disclaimer"))
    return found


def titled_sections(document: Document, headings: list[bool]) -> list[QuotedBlock]:
    """The text under a heading that is a title in quotation marks (*'Steden en dorpen als leefmilieus'*) where the
    text just above it (back to the heading before) names a law or policy text (``names_policy``: *de kaart van de
    Omgevingsvisie*): the writer quotes that part of the policy text under its own title, up to the next heading."""
    paragraphs = document.paragraphs
    found = []
    for i, p in enumerate(paragraphs):
        if not headings[i]:
            continue
        m = _QUOTED_TITLE.match(document.paragraph_text(p).strip().strip("*_ "))
        if not m or len(m.group("inner").split()) < MIN_TITLE_WORDS:
            continue
        j = i - 1
        while j >= 0 and not headings[j]:
            j -= 1
        above = " ".join(document.paragraph_text(q) for q in paragraphs[max(j, 0) : i])
        k = i + 1
        while k < len(paragraphs) and not headings[k]:
            k += 1
        if k > i + 1 and names_policy(above):
            found.append(QuotedBlock(paragraphs[i + 1].start, paragraphs[k - 1].end, "kop"))
    return found


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row, without the outer pipes."""
    return [c.strip().lower() for c in line.strip().strip("|").split("|")]


def reaction_cells(document: Document) -> list[QuotedBlock]:
    """The cells of the column of reactions in a table whose header has a column of reactions (``reaction_headings``:
    *Inspraakreactie*, *Zienswijze*) and one of the municipality's answers (``answer_headings``: *Beantwoording*):
    the reactions are the words of residents and bodies, which the writer answers but may not rewrite. A column
    that summarises them (*Samenvatting zienswijze*) is the writer's own."""
    reactions, answers = _words("reaction_headings"), _words("answer_headings")
    source = document.source
    found = []
    top_of: dict[int, int] = {}  # a table line's start -> its table's first line (the header row)
    header_of: dict[int, list[str]] = {}  # that first line -> its cells' words
    for p in document.paragraphs:
        if p.kind != "table_cell":
            continue
        offset = document.source_offset(p.start)
        line_start = source.rfind("\n", 0, offset) + 1
        top = _table_top(source, line_start, top_of)
        if top == line_start:
            continue  # a header cell
        if top not in header_of:
            end = source.find("\n", top)
            header_of[top] = [
                " ".join(re.findall(r"[^\W\d_]+", h))
                for h in _cells(source[top : end if end >= 0 else len(source)])
            ]
        clean = header_of[top]
        column = source.count("|", line_start, offset) - 1
        if 0 <= column < len(clean) and clean[column] in reactions and any(h in answers for h in clean):
            found.append(QuotedBlock(p.start, p.end, "reactie"))
    return found


def _table_top(source: str, line_start: int, top_of: dict[int, int]) -> int:
    """The start of the first line of the run of table lines (lines that open with ``|``) that holds the line at
    ``line_start``; ``top_of`` keeps the answer for every line walked, so each table is walked once."""
    walked = []
    top = line_start
    while top > 0 and top not in top_of:
        above = source.rfind("\n", 0, top - 1) + 1
        if not source[above:top].lstrip().startswith("|"):
            break
        walked.append(top)
        top = above
    top = top_of.get(top, top)
    for line in walked:
        top_of[line] = top
    top_of[line_start] = top
    return top


def defined_terms(document: Document, headings: list[bool]) -> list[QuotedBlock]:
    """The definitions of a plan's or a regulation's terms, each under a heading that names the term with a colon
    (*Bouwwerk:*, *Dakkapel:*) and is one paragraph that defines it in lower case (``_is_definition``), two or
    more in a row: a list of definitions quoted from the rules, in the form of headings."""
    paragraphs = document.paragraphs
    found = []
    for i in range(len(paragraphs) - 1):
        if not headings[i] or headings[i + 1] or (i + 2 < len(paragraphs) and not headings[i + 2]):
            continue
        term = document.paragraph_text(paragraphs[i]).strip().strip("*_ ")
        body = document.paragraph_text(paragraphs[i + 1]).strip()
        # a definition in the rules' own form starts in lower case (*een bouwwerk, niet zijnde een gebouw*); a
        # paragraph that opens with a capital (*Het groepsrisico is een maat voor ...*) is the writer's explanation
        if (
            _TERM_HEADING.match(term)
            and len(term.split()) <= MAX_TERM_WORDS
            and body[:1].islower()
            and _is_definition(body)
        ):
            found.append(i + 1)
    pairs = set(found)
    return [
        QuotedBlock(paragraphs[k].start, paragraphs[k].end, "begrippenlijst")
        for k in found
        if k - 2 in pairs or k + 2 in pairs
    ]
