"""Quoted text: passages a writer cites and may not rewrite (a law, a definition, a requirement, a quotation).

``quoted_blocks`` finds them in a Document, from its paragraphs and their Markdown source, before any parsing:

- a block quote (``> ...``), except a call-out that opens with a heading or a label (``> **Let op**``, ``> [!NOTE]``);
- the text under a heading that only names quoted text (*Definities*, *Begrippen*, *Vereiste*, *Artikel 3.1*,
  *Artikel 2.1.3 van het Besluit*, an article of a plan's rules such as *7.2.1 algemeen*), up to the next
  heading. *Artikel 4 Wonen* (a number and a name: the writer's own explanation of an article) is not one;
- what follows a sentence that introduces a quotation (*Artikel 2 luidt:*, *De wet bepaalt het volgende:*): the
  rest of that paragraph, or the next paragraph and the list items or quoted paragraphs after it; when that
  paragraph is in italics or opens with a quotation mark, also the paragraphs so after it (``quoted_paragraph``:
  a report's questions and answers, *De conclusies luiden:*, each answer in italics under a bold question);
- a paragraph that opens with a quotation mark, up to the paragraph that ends with the closing mark
  (``_closing_paragraph``): a quotation of several paragraphs marked only at its ends;
- a glossary: two or more entries in a row of the form ``**term**: definitie`` (or one under a *Definities*
  heading), where the definition starts with a lower-case word or an article; likewise two or more list items in a
  row of the form ``term: definitie;`` with the term in lower case, at least one ending in ``;`` (a list of
  definitions quoted from a regulation: *horecabedrijf A: een horecabedrijf dat ...;*);
- a definition in the legal form *Onder X wordt (mede) verstaan/begrepen ...*, also *Daaronder / Hieronder wordt
  (in ieder geval) verstaan ...* (``definition_participles``): that sentence; and a definition after *gedefinieerd als:* or *omschreven als:*, to the end of its sentence;
- a paragraph that is all italics (bold inside the italics, and italics closed and opened across a space, count:
  ``all_italic``), and a passage of at least ``MIN_QUOTE_WORDS`` words between double quotation
  marks, or between single ones (right after a colon: *De provincie verstaat daaronder: '...'*; or inside a
  sentence: *definieert een stadsuitleg als een '...'*, a title *in bijlage C '...'*);
- a list (list items, or paragraphs that open with *a.*, *1.*, *b)*) of which an item refers to another part of
  the same rule (*bedoeld in onderdeel a*, *ingevolge lid 10.2*, *het eerste lid*): the items of a quoted article;
- the conditions of a rule, lettered in legal style (``condition_items``): two or more items in letter order
  (*a.*, *b)*, *iv)*) in one section, each a clause in lower case that ends in ``;`` or ``,`` (the last may end in
  ``.``), at least one in ``;``, none in the writer's own voice (*wij*, *u*: ``own_voice``). Plans quote a parent plan's or a province's conditions so and answer each one
  under it: the answers between the items are the writer's own text and stay checked;
- the words of such an item repeated to answer it (*g. wijziging is niet toegestaan ...* and the answer after it),
  a copyright notice or disclaimer (*Niets uit deze uitgave mag worden verveelvoudigd ...*), and the text under a
  heading that is a title in quotation marks, below text that names a policy text, and the cells of the column
  of reactions in a table of reactions and the municipality's answers, and definitions in lower case under
  headings that name a term with a colon, two or more in a row (*Dakkapel:* / *een constructie ...*,
  ``defined_terms``) (``quote_leads``);
- a rule of a parent plan under a heading that opens with its article number (*3.7.1 Omzetten ...*, *36.5 Wijzigen
  naar "Water"*): the heading, a lead-in that ends in a colon and the list after it, when the lead-in reads as a
  rule's (*zijn bevoegd*, *vast dient te staan dat:*, *mits:*) or the paragraph before names that article
  (``quote_articles``).

The recognisers of each kind are in ``quote_kinds``; the words that mark them are data:
``lexicons/data/aanhalingen.toml``. Offsets are into ``Document.text``.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document, remembered
from .quote_articles import rule_articles
from .quote_conditions import condition_items, italic_titles
from .quote_kinds import (
    _ITALIC_LINE,
    QuotedBlock,
    _after_intro,
    _definition_item,
    _introduces_quotation,
    _is_definition,
    _is_definition_line,
    _is_item,
    _line_prefix,
    _refers_to_a_part,
    _same_quote,
    _source,
    _words,
    names_quoted_text,
    paragraph_headings,
)
from .quote_leads import defined_terms, disclaimers, reaction_cells, repeated_items, titled_sections

#: a passage between double quotation marks this long (in words) is a quotation
MIN_QUOTE_WORDS = 6
#: a paragraph all in italics this long (in words) is a quotation; a shorter one is a title or a caption
MIN_ITALIC_WORDS = 8

_GLOSSARY = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{1,60}?)(?::(?:\*\*|__)|(?:\*\*|__)\s*(?::|[-–—](?=\s)))\s*(?P<body>\S.*)$",
    re.S,
)
_QUOTED = re.compile(r"[\"“„”](?P<inner>[^\"“„”\n]+)[\"”“]")
#: a definition quoted in single quotation marks (or accents used as such) that fill the rest of the line:
#: *bestaand stedelijk gebied: 'bestaand stedenbouwkundig samenstel van ...'.*
_QUOTED_DEFINITION = re.compile(
    r"^[^\s:]\S*(?:\s+\S+){0,3}\s*:\s*(?P<quote>['‘´`](?P<inner>.+)['’´`])\s*[.;]?\s*$"
)
#: a passage in single quotation marks right after a colon, anywhere in a paragraph; the closing mark is no
#: apostrophe (*cafetaria's*): no letter follows it
_SINGLE_QUOTED = re.compile(r":\s*(?P<quote>['‘](?P<inner>[^\s'‘’][^\n]*?)(?<=\S)['’])(?!\w)")
#: a passage in single quotation marks anywhere in a sentence (*definieert X als een '...'*, *lijst C '...'*): the
#: opening mark stands after a space or a bracket and is no elision (*'s avonds*, *bel 'm op*) or shortened year
#: (*de jaren '90*, which a genitive further on, *Kees' boerderij*, would close; a title may open with a year,
#: *'2030: ...'*); an apostrophe between letters may stand inside (*auto's*); the closing mark has no letter after
#: it. Counted only from ``MIN_QUOTE_WORDS`` words, like a passage in double marks: a shorter one is a name or a
#: term (*de bestemming 'Wonen'*)
_INLINE_SINGLE_QUOTED = re.compile(
    r"(?<![\w'‘’])(?P<quote>['‘](?![stn]\b|[km]\s|\d\d\b)(?P<inner>[^\s'‘’](?:[^\n'‘’]|(?<=\w)['’](?=\w))*?)(?<=\S)['’])(?!\w)"
)
#: a sentence in the legal form of a definition: 'Onder X wordt (mede) verstaan/begrepen ...', also with the
#: pronoun for X: 'Daaronder wordt in ieder geval verstaan ...', 'Hieronder wordt verstaan ...' (blind32)
_LEGAL_DEFINITION = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:Onder\s[^.!?;]{1,200}?|Daaronder|Hieronder)\s(?:wordt|worden)\s+"
    r"(?P<after>(?:\w+\s+){0,3}\w+)\b[^!?;]*?"
    r"(?:[.!?;](?=\s|$)|$)"
)
#: a definition quoted after its lead-in: *Het begrip X is in de verordening gedefinieerd als: de gronden die ...*
#: (the text after the colon, to the end of its sentence, is the regulation's; ``rules.sentence_length`` does not
#: count its words either)
DEFINING_PARTICIPLES = ("gedefinieerd", "omschreven")
_DEFINED_AS = re.compile(
    rf"\b(?:{'|'.join(DEFINING_PARTICIPLES)})\s+als\s*:\s*(?P<definition>[^!?;]*?(?:[.!?;](?=\s|$)|$))",
    re.IGNORECASE,
)
#: a quotation mark that opens a paragraph: not the apostrophe of *'s*, *'t*, *'n* (*'s-Hertogenbosch*)
_OPENING_MARK = re.compile(r"^[*_]*(?:[\"“„]|['‘](?![stn]\b))")
#: a quotation mark that closes a paragraph, with a full stop or emphasis after it or not
_CLOSING_MARK = re.compile(r"[\"”“'’][*_.;,\s]*$")
#: a closing quotation mark inside a paragraph (no apostrophe: no letter after it)
_CLOSED_INSIDE = re.compile(r"[\"”’'](?!\w)")
#: an opening quotation mark inside a paragraph (no apostrophe: no letter before it)
_OPENED_INSIDE = re.compile(r"(?<!\w)[\"“„‘']")
#: a paragraph that opens with a quotation mark is closed this many paragraphs later at most
MAX_QUOTED_PARAGRAPHS = 12
_CALLOUT = re.compile(
    r"^\s*(?:\[![A-Za-z]+\]|\w+(?:\s\w+)?:\s|(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)\s*:?[ \t]*(?:\n|$))"
)


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies between a pair of quotation marks on its line, however short the quotation (a
    title, a term, a name: *de "ladder voor duurzame verstedelijking"*), or in single ones after a colon."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    a, b = start - line_start, end - line_start
    spans = [m.span() for m in _QUOTED.finditer(line)]
    spans += [m.span("quote") for m in _SINGLE_QUOTED.finditer(line)]
    return any(s <= a and b <= e for s, e in spans)


def quoted_blocks(document: Document) -> list[QuotedBlock]:
    """Every block of quoted text in a document, in text order, without overlaps (found once per document)."""
    return list(remembered(document.memo, "quoted_blocks", lambda: tuple(_find_quoted_blocks(document))))


def _find_quoted_blocks(document: Document) -> list[QuotedBlock]:
    paragraphs = document.paragraphs
    blocks: list[QuotedBlock] = []
    headings = paragraph_headings(document)
    items_checked = 0  # the lists before this paragraph have been looked at for references to a part
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        # a heading that names quoted text: the paragraphs up to the next heading (headings right under it too)
        named = names_quoted_text(document.paragraph_text(p)) if headings[i] else None
        if named:
            j = i + 1
            while j < len(paragraphs) and headings[j]:
                j += 1
            k = j
            while k < len(paragraphs) and not headings[k]:
                k += 1
            if named == "wettekst" and k > j:
                blocks.append(QuotedBlock(paragraphs[j].start, paragraphs[k - 1].end, "kop"))
            elif named == "definities":
                blocks.extend(
                    QuotedBlock(q.start, q.end, "definities")
                    for q in paragraphs[j:k]
                    if _is_definition_line(document, q)
                )
            i = k
            continue
        # a block quote; not a call-out that opens with a heading or a label
        if p.kind == "quote" or (headings[i] and _line_prefix(document, p).lstrip().startswith(">")):
            j = i + 1
            while j < len(paragraphs) and _same_quote(document, paragraphs[j - 1], paragraphs[j]):
                j += 1
            first = paragraphs[i]
            if not (headings[i] or _CALLOUT.match(_source(document, first))):
                blocks.append(QuotedBlock(first.start, paragraphs[j - 1].end, "blokcitaat"))
            i = max(j, i + 1)
            continue
        text = document.paragraph_text(p)
        # 'Artikel 2 luidt:' and the quotation after it
        at = _introduces_quotation(text)
        if at is not None:
            block, i = _after_intro(document, headings, i, at, "inleiding")
            if block is not None:
                # the quotation goes on over the paragraphs in italics or quotation marks after it
                if quoted_paragraph(document, paragraphs[i - 1]):
                    while (
                        i < len(paragraphs) and not headings[i] and quoted_paragraph(document, paragraphs[i])
                    ):
                        block = QuotedBlock(block.start, paragraphs[i].end, block.kind)
                        i += 1
                blocks.append(block)
            continue
        # a glossary: entries '**term**: definitie' in a row
        j = i
        while j < len(paragraphs) and not headings[j]:
            m = _GLOSSARY.match(_source(document, paragraphs[j]).strip())
            if not (m and _is_definition(m.group("body"))):
                break
            j += 1
        if j - i >= 2:
            blocks.append(QuotedBlock(p.start, paragraphs[j - 1].end, "begrippenlijst"))
            i = j
            continue
        # a list of definitions in legal style: 'term: definitie;' items in a row
        j = i
        while j < len(paragraphs) and not headings[j] and _definition_item(document, paragraphs[j]):
            j += 1
        if j - i >= 2 and any(document.paragraph_text(q).rstrip().endswith(";") for q in paragraphs[i:j]):
            blocks.append(QuotedBlock(p.start, paragraphs[j - 1].end, "begrippenlijst"))
            i = j
            continue
        # a list of which an item refers to another part of the same rule: a quoted article
        if _is_item(document, p) and i >= items_checked:
            j = i
            while j < len(paragraphs) and not headings[j] and _is_item(document, paragraphs[j]):
                j += 1
            items_checked = j
            if any(_refers_to_a_part(document.paragraph_text(q)) for q in paragraphs[i:j]):
                blocks.append(QuotedBlock(p.start, paragraphs[j - 1].end, "artikelleden"))
                i = j
                continue
        # a paragraph all in italics
        source = _source(document, p).strip()
        if not headings[i] and len(text.split()) >= MIN_ITALIC_WORDS and all_italic(source):
            blocks.append(QuotedBlock(p.start, p.end, "cursief"))
            i += 1
            continue
        # (not in italics:) a paragraph that opens with a quotation mark, up to the paragraph that closes it
        j = _closing_paragraph(document, headings, i)
        if j is not None and len(document.text[p.start : paragraphs[j].end].split()) >= MIN_QUOTE_WORDS:
            blocks.append(QuotedBlock(p.start, paragraphs[j].end, "aanhalingstekens"))
            i = j + 1
            continue
        # a definition in single quotation marks after its term
        m = _QUOTED_DEFINITION.match(text)
        if m and len(m.group("inner").split()) >= MIN_QUOTE_WORDS:
            blocks.append(
                QuotedBlock(p.start + m.start("quote"), p.start + m.end("quote"), "aanhalingstekens")
            )
            i += 1
            continue
        blocks.extend(italic_titles(document, p))
        # a long passage between double quotation marks, or between single ones (after a colon or inside a sentence)
        for m in _QUOTED.finditer(text):
            if len(m.group("inner").split()) >= MIN_QUOTE_WORDS:
                blocks.append(QuotedBlock(p.start + m.start(), p.start + m.end(), "aanhalingstekens"))
        # (a heading in single marks is a title: ``quote_leads`` quotes the text under it)
        inline = () if headings[i] else tuple(_INLINE_SINGLE_QUOTED.finditer(text))
        for m in (*_SINGLE_QUOTED.finditer(text), *inline):
            if len(m.group("inner").split()) >= MIN_QUOTE_WORDS:
                blocks.append(
                    QuotedBlock(p.start + m.start("quote"), p.start + m.end("quote"), "aanhalingstekens")
                )
        # '... is gedefinieerd als: de gronden die ...': the definition after the colon
        for m in _DEFINED_AS.finditer(text):
            if len(m.group("definition").split()) >= MIN_QUOTE_WORDS:
                blocks.append(
                    QuotedBlock(p.start + m.start("definition"), p.start + m.end("definition"), "definitie")
                )
        # 'Onder X wordt mede begrepen ...': a definition in legal form
        for m in _LEGAL_DEFINITION.finditer(text):
            if _words("definition_participles") & set(m.group("after").lower().split()):
                blocks.append(QuotedBlock(p.start + m.start(), p.start + m.end(), "definitie"))
        i += 1
    blocks.extend(condition_items(document, headings))
    blocks.extend(rule_articles(document, headings))
    blocks.extend(disclaimers(document))
    blocks.extend(titled_sections(document, headings))
    blocks.extend(reaction_cells(document))
    blocks.extend(defined_terms(document, headings))
    blocks = _merge(blocks)
    return _merge(blocks + repeated_items(document, headings, blocks))


def all_italic(source: str) -> bool:
    """The Markdown ``source`` of a paragraph is in italics from its first word to its last: one italic span, where
    bold inside it (*Gebiedsbescherming* in bold-italics above the text) and italics closed and opened again
    across a space (``*... Een* *uitgebreide ...*``) count as part of it."""
    flat = re.sub(r"([*_])\s+\1", " ", source.strip().replace("**", "").replace("__", ""))
    m = _ITALIC_LINE.match(flat)
    return bool(m) and "*" not in m.group("inner") and "_" not in m.group("inner")


def quoted_paragraph(document: Document, p) -> bool:
    """A paragraph all in italics (``all_italic``), or one that opens with a quotation mark."""
    return all_italic(_source(document, p)) or bool(_OPENING_MARK.match(document.paragraph_text(p).lstrip()))


def _closing_paragraph(document: Document, headings: list[bool], i: int) -> int | None:
    """Paragraph ``i`` opens with a quotation mark and has no closing mark at its end: the paragraph that closes
    the quotation with a mark at its end, before the next heading (a quotation of several paragraphs); None when
    no paragraph closes it, or when ``i`` opens no quotation or closes it itself."""
    paragraphs = document.paragraphs
    text = document.paragraph_text(paragraphs[i]).strip()
    opening = _OPENING_MARK.match(text)
    if headings[i] or not opening:
        return None
    closing = _CLOSING_MARK.search(text)
    if closing:
        # one quotation from the first character to the last, not two (*'Wonen' is de bestemming van 'stad'*)
        return None if _CLOSED_INSIDE.search(text[opening.end() : closing.start()]) else i
    if _CLOSED_INSIDE.search(text[opening.end() :]):
        return None  # a short quotation closed inside the paragraph (*'Wonen' is de bestemming ...*)
    j = i + 1
    while j < len(paragraphs) and j - i <= MAX_QUOTED_PARAGRAPHS and not headings[j]:
        later = document.paragraph_text(paragraphs[j]).strip()
        closing = _CLOSING_MARK.search(later)
        if closing:
            # the mark closes the quotation of paragraph i, not one opened in this paragraph (*de 'ladder'.*)
            return None if _OPENED_INSIDE.search(later[: closing.start()]) else j
        j += 1
    return None


def _merge(blocks: list[QuotedBlock]) -> list[QuotedBlock]:
    merged: list[QuotedBlock] = []
    for b in sorted(blocks, key=lambda b: (b.start, -b.end)):
        if merged and b.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = QuotedBlock(last.start, max(last.end, b.end), last.kind)
        else:
            merged.append(b)
    return merged


class QuotedText:
    """Fast lookup: which quoted block (if any) holds a span of ``Document.text``."""

    def __init__(self, blocks: list[QuotedBlock]) -> None:
        self.blocks = blocks
        self._starts = [b.start for b in blocks]
        self._bounds = None  # the blocks' starts and ends as numpy arrays, made at the first ``blocks_of``
        self._words = None  # (tokens, their number, ``blocks_of`` every word of them): ``words_in``

    def block_of(self, start: int, end: int) -> QuotedBlock | None:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self.blocks[i].start <= start and end <= self.blocks[i].end:
            return self.blocks[i]
        return None

    def blocks_of(self, starts: list[int], ends: list[int]):
        """``block_of`` of many spans at once (``starts``, ``ends``): the number in ``blocks`` of the block that
        holds each, or -1 (a numpy array)."""
        import numpy as np

        if self._bounds is None:
            self._bounds = (
                np.array(self._starts, dtype=np.int64),
                np.array([b.end for b in self.blocks], dtype=np.int64),
            )
        first, last = self._bounds
        s, e = np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)
        i = np.searchsorted(first, s, "right") - 1
        at = np.maximum(i, 0)
        return np.where((i >= 0) & (first[at] <= s) & (e <= last[at]), i, -1)

    def words_in(self, tokens):
        """``blocks_of`` every word of ``tokens`` (``index.normalise.Tokens``: ``starts`` and ``ends``), made once for
        those tokens: the copy rules ask it of the words of every passage, each a slice of the same words."""
        if self._words is None or self._words[0] is not tokens or self._words[1] != len(tokens.starts):
            self._words = (tokens, len(tokens.starts), self.blocks_of(tokens.starts, tokens.ends))
        return self._words[2]
