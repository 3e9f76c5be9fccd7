"""Markdown: only prose is analysed (headings, paragraphs, list items, table cells, quotes).

markdown-it-py finds the blocks and their source lines; inside a block, code spans, link targets, URLs, HTML and
emphasis markers are left out of the analysed text, and every kept character maps back to its exact source place.
Front matter, fenced and indented code blocks, the import and export statements of MDX (Docusaurus) and HTML blocks
are skipped entirely; an HTML block with words in it is noted on the Document (``Document.unchecked``), so that a
front end can say that it was not checked, and so are the fenced code blocks and the places of the code spans
(``Document.code_blocks``, ``code_spans``: who the text is written for, ``rules.audience``).
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin

from ..document import CodeBlock, Document, DocumentBuilder, line_starts

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# Inline pieces that are not prose. Group "keep" marks the part of a link that is prose (its text).
# The lookahead names every first character of the alternatives, so plain prose is skipped 8x faster.
_INLINE = re.compile(
    r"(?=[`!\[<hw&{:\\*_~])(?:"
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<badge>\[!\[[^\[\]]{0,500}\]\([^)\[\]]{0,2000}\)\]\([^)\[\]]{0,2000}\))"  # an image that is a link (a badge)
    r"|(?P<footnote>\[\^[^\]\s]{1,60}\]:?)"  # a footnote's mark (*werkgroep[^1]*) or the label of its text
    r"|(?P<image>!\[[^\[\]]*\]\([^)\[\]]*\))"
    r"|(?P<link>\[(?P<keep>[^\[\]]*)\](?:\([^)\[\]]*\)|\[[^\[\]]*\]))"
    r"|(?P<comment><!--.*?(?:-->|$))"
    r"|(?P<autolink><(?:https?|mailto|ftp):[^<>]*>)"
    r"|(?P<html></?[A-Za-z][^<>]*>)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>)\]]*[^\s<>)\].,;:!?'\"])"
    r"|(?P<entity>&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)"
    r"|(?P<attrs>\{:?\s*[.#:][^{}\n]*\})"  # attribute lists of MkDocs/kramdown: {:target="_blank"}, { .button }
    r"|(?P<icon>(?<![\w:]):(?:material|octicons|fontawesome|simple)-[a-z0-9-]+:)"  # MkDocs icon shortcodes
    r"|(?P<task>^\[[ xX]\](?=\s))"  # the box of a task list item
    r"|(?P<escape>\\(?=[\\`*_{}\[\]()#+\-.!|]|$))"
    r"|(?P<marker>\*\*|__|~~|\*|(?<![\w])_|_(?![\w])))"
)

#: a statement of MDX, the Markdown of Docusaurus, that is code (``import Tabs from '@theme/Tabs';``,
#: ``export const Highlight = ...``): a paragraph of its own at the top level, never prose
_ESM = re.compile(
    r"\A(?:import\s[^\n]*['\"];?[ \t]*(?:\n|\Z)|export\s+(?:const|let|var|function|default|class|async)\s)"
)
#: the marker of a content tab of MkDocs Material: ``=== "Titel"`` or ``===+ "Titel"`` (open at the start)
_TAB = re.compile(r"^([ \t]*)===(\+?)[ \t]+([\"'])(.*)\3[ \t]*$", re.M)
_TAG = re.compile(r"<[^>]*>")
#: a run in emphasis that makes up the start of a line, without a full stop: a title set in bold or italics (converted PDFs
#: glue it to the text after it: ``*Dempen is graven*Ten eerste ...``, or put that text on the next line)
_TITLE_RUN = re.compile(r"(\*\*\*|\*\*|\*|___|__|_)[^*_\n]*[^\W\d_)]")
_BREAKING_TAG = re.compile(r"</?(?:br|p|div|li|ul|ol|td|th|tr|hr|h[1-6]|blockquote)\b", re.I)

_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "th_open": "table_cell",
    "td_open": "table_cell",
    "blockquote_open": "quote",
    "admonition_title_open": "heading",
}

# Prose dialects of documentation sites: MkDocs admonitions (``!!! note "Titel"`` with an indented body, ``???`` and
# ``???+`` collapsible) and content tabs (``=== "Titel"``, read as an admonition), Docusaurus admonitions (``:::tip``) and pandoc fenced divs (``::: {.note}``): their
# bodies are prose like any other, not an indented code block.
# Only the block structure is used (the inline content of each block is read by _INLINE below), so the inline
# parser does not run: a quarter of the parse time of a large file.
_md = (
    MarkdownIt("commonmark")
    .enable("table")
    .enable("strikethrough")
    .use(admon_plugin)
    .use(container_plugin, name="div", validate=lambda params, *args: True)
    .disable(["inline", "text_join"])
)


def read_markdown(source: str, *, path: str | None = None) -> Document:
    builder = DocumentBuilder(source, path=path, kind="markdown")
    # stray NUL characters (conversion noise) are spaces to markdown-it and the inline scan; the builder maps the
    # original source, so positions stay exact and the source is unchanged
    clean = source.replace("\x00", " ") if "\x00" in source else source
    # blank out front matter, keeping the line count, so markdown-it never sees it
    parse_source = clean
    fm = _FRONT_MATTER.match(clean)
    if fm:
        parse_source = "\n" * fm.group(0).count("\n") + clean[fm.end() :]
    tab_titles: dict[int, str] = {}  # line of a content tab -> its title
    if "===" in parse_source:
        parse_source = _tabs_as_admonitions(parse_source, tab_titles)
    starts = line_starts(source)
    context: list[str] = []
    cursor = 0  # inline contents come in source order; never look back before the last piece placed
    for token in _md.parse(parse_source):
        if token.type in _KINDS:
            context.append(_KINDS[token.type])
        elif token.type.endswith("_close") and token.type.replace("_close", "_open") in _KINDS:
            if context:
                context.pop()
        elif token.type == "fence" and token.map:  # also inside a list item or a quotation
            language = token.info.split(maxsplit=1)[0] if token.info.strip() else ""
            lines = tuple(token.content.splitlines())
            builder.note_code_block(CodeBlock(token.map[0] + 1, token.map[1], language, lines))
        elif token.type == "html_block" and token.map:
            if any(ch.isalpha() for ch in _TAG.sub(" ", token.content)):
                builder.note_unchecked(token.map[0] + 1, token.map[1], "html")
        elif token.type == "inline" and token.map:
            if not context and _ESM.match(token.content):
                continue  # MDX code between the prose of a Docusaurus page
            content = token.content
            if token.map[0] in tab_titles and context[-1:] == ["heading"]:
                content = tab_titles[token.map[0]]  # the title of a content tab, without its quotes
            kind = _pick_kind(context)
            builder.start_paragraph(kind)
            cursor = _add_inline(builder, clean, starts, content, token.map[0], token.map[1], cursor)
            builder.end_paragraph()
    return builder.build()


def _tabs_as_admonitions(source: str, titles: dict[int, str]) -> str:
    """A content tab of MkDocs Material (``=== "Tab"`` with an indented body) as an admonition (``!!!``, or
    ``???+`` for ``===+``) of the same length, so every line and column stays where it is. ``titles`` gets the line
    (from 0) and the title of each tab: the text between its quotes."""
    parts, pos, line, counted = [], 0, 0, 0
    for m in _TAB.finditer(source):
        line += source.count("\n", counted, m.start())  # counted from the last tab on: linear in the source
        counted = m.start()
        titles[line] = m.group(4)
        parts += [source[pos : m.start(2) - 3], "???+" if m.group(2) else "!!!"]
        pos = m.end(2)
    return "".join(parts) + source[pos:]


def _pick_kind(context: list[str]) -> str:
    for kind in reversed(context):
        if kind in ("heading", "table_cell"):
            return kind
    return context[-1] if context else "paragraph"


def _add_inline(
    builder: DocumentBuilder,
    source: str,
    line_starts: list[int],
    content: str,
    first: int,
    last: int,
    cursor: int,
) -> int:
    """Place each line of the inline content in the source lines first..last and add its prose pieces.
    Returns the source offset after the last piece placed."""
    line = first
    pieces = content.split("\n")
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        found = -1
        while line < min(last, len(line_starts)):
            line_end = line_starts[line + 1] if line + 1 < len(line_starts) else len(source)
            found = source.find(piece, max(cursor, line_starts[line]), line_end)
            if found >= 0:
                break
            line += 1
        if found < 0:
            continue  # content changed by markdown-it (entities, tabs): leave it out rather than guess
        if i and _is_title_run(pieces[i - 1].strip()) and piece.lstrip()[:1].isupper():
            builder.break_paragraph()
        elif i:
            builder.add_text(" ")
        _add_prose(builder, source, found, found + len(piece))
        cursor = found + len(piece)
    return cursor


def _add_prose(builder: DocumentBuilder, source: str, start: int, end: int) -> None:
    text = source[start:end]
    pos = 0
    for m in _INLINE.finditer(text):
        builder.add_source(start + pos, start + m.start())
        if m.group("link") is not None:
            # the link text is prose, but may hold code, emphasis or entities of its own
            _add_prose(builder, source, start + m.start("keep"), start + m.end("keep"))
        elif m.group("entity") is not None:
            builder.add_text(html.unescape(m.group("entity")))
        elif m.group("html") is not None and _BREAKING_TAG.match(m.group("html")):
            _add_break(builder, text[: m.start()], text[m.end() :])
        elif m.group("code") is not None or m.group("url") is not None or m.group("autolink") is not None:
            if m.group("code") is not None:
                builder.note_code_span(start + m.start())
            builder.add_text(" ")
        elif (
            m.group("marker") is not None and _is_title_run(text[: m.end()]) and text[m.end() :][:1].isupper()
        ):
            builder.break_paragraph()  # a title glued to its text (*Dempen is graven*Ten eerste): no sentence
            pos = m.end()
            continue
        pos = m.end()
    builder.add_source(start + pos, end)


def _is_title_run(text: str) -> bool:
    """The whole of ``text`` is one run in emphasis that ends without punctuation (``**Water en bodem**``): a
    title, not the start of a sentence."""
    m = _TITLE_RUN.match(text)
    return m is not None and text[m.end() :] == m.group(1)


def _add_break(builder: DocumentBuilder, before: str, after: str) -> None:
    """A line break in HTML (``<br>``, ``<p>``), mostly in table cells of converted PDFs: a word broken with a
    hyphen (``Opper-<br>vlakte``) is joined, a new line that starts like a sentence is a new paragraph, and any
    other break (a long cell wrapped onto two lines) is a space."""
    before, after = before.rstrip(), after.lstrip()
    if before.endswith("-") and before[-2:-1].isalpha() and after[:1].islower():
        return
    if before and after and (after[:1].isupper() or before[-1] in ".!?:;"):
        builder.break_paragraph()
        return
    builder.add_text(" ")
