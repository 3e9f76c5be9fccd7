"""The Document: the text that is analysed, cut into paragraphs, with an exact map back to the source.

Readers build a Document with a DocumentBuilder. The analysed text (``Document.text``) is made of pieces that are
copied 1:1 from the source (``Segment``) and of synthetic separators (paragraph breaks, spaces for markup) that map
to nothing. Rules report offsets into ``Document.text``; ``Document.locate`` turns them into source offsets and
1-based line/column numbers, counted in characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_NEWLINE = re.compile("\n")
_join = "".join  # module level, so a test can count what the builder joins


def remembered(memo: dict, key, make):
    """``memo[key]``, made by ``make()`` the first time it is asked: what several rules or tests read of one
    document, analysis or parsed paragraph is worked out once and kept in its ``memo`` (or a Doc's ``user_data``).
    Callers read the answer and never change it."""
    found = memo.get(key)
    if found is None:
        found = memo[key] = make()
    return found


def line_starts(source: str) -> list[int]:
    """The offset of the first character of every line of ``source`` (linear, at C speed per line)."""
    return [0] + [m.end() for m in _NEWLINE.finditer(source)]


@dataclass(frozen=True)
class Paragraph:
    """A block of prose in ``Document.text``: ``text[start:end]``."""

    start: int
    end: int
    kind: str = "paragraph"  # paragraph, heading, list_item, table_cell, quote


@dataclass(frozen=True)
class Segment:
    """``Document.text[text_start:text_start+length] == source[source_start:source_start+length]``."""

    text_start: int
    source_start: int
    length: int
    #: set when the text is a repaired form of a source piece of another length (mojibake from a PDF conversion,
    #: ``geÃ¯ntegreerd``): a position inside it maps to the start or the end of that whole source piece
    source_length: int | None = None

    @property
    def source_end(self) -> int:
        return self.source_start + (self.length if self.source_length is None else self.source_length)


@dataclass(frozen=True)
class Unchecked:
    """Source lines ``line..end_line`` (1-based) hold text that the reader left out, e.g. an HTML block in Markdown.
    Front ends say so, instead of presenting the rest as the whole text."""

    line: int
    end_line: int
    what: str


@dataclass(frozen=True)
class CodeBlock:
    """A fenced block of code (source lines ``line..end_line``, 1-based, its fences included), as the Markdown
    reader found it: the first word of its info string (``bash``, ``mermaid``, ``{code-block}``; empty without
    one) and its lines."""

    line: int
    end_line: int
    language: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Location:
    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Document:
    source: str
    text: str
    paragraphs: list[Paragraph]
    segments: list[Segment]
    path: str | None = None
    kind: str = "text"
    unchecked: list[Unchecked] = field(default_factory=list)
    #: what the reader knows to be code (Markdown only): the fenced blocks, and the source offset of every code
    #: span in the prose (`npm install`); the blocks and spans are not in ``text``
    code_blocks: list[CodeBlock] = field(default_factory=list)
    code_spans: list[int] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _seg_starts: list[int] = field(default_factory=list, repr=False)
    #: what pure functions of the whole document computed once (``language.quotation.quoted_blocks``), by name:
    #: several rules, and the language server's quick and whole-document checks of one text, ask the same
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.source)
        self._seg_starts = [s.text_start for s in self.segments]
        self._seg_sources: list[int] | None = None

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def source_offset(self, offset: int, *, end: bool = False) -> int:
        """Map an offset in ``text`` to the source. Offsets in synthetic text snap to the nearest real character:
        forward for a start offset, backward for an end offset."""
        if not self.segments:
            return 0
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if end:
            # an end offset equal to a segment's start belongs to the segment before it
            i = bisect.bisect_left(self._seg_starts, offset) - 1
            if i < 0:
                return self.segments[0].source_start
            seg = self.segments[i]
            if seg.source_length is not None:
                return seg.source_end
            return seg.source_start + min(offset - seg.text_start, seg.length)
        if i < 0:
            return self.segments[0].source_start
        seg = self.segments[i]
        if offset - seg.text_start < seg.length:
            if seg.source_length is not None:
                return seg.source_start
            return seg.source_start + offset - seg.text_start
        if i + 1 < len(self.segments):
            return self.segments[i + 1].source_start
        return seg.source_end

    def text_offset(self, source_offset: int) -> int:
        """Map a source offset to ``text``. A source offset outside every segment (markup, skipped blocks) snaps
        forward to the next analysed character, or to the end of the text."""
        if self._seg_sources is None:
            self._seg_sources = [s.source_start for s in self.segments]
            if self._seg_sources != sorted(self._seg_sources):  # readers add segments in source order
                raise ValueError("segments are not in source order")
        i = bisect.bisect_right(self._seg_sources, source_offset) - 1
        if i >= 0:
            seg = self.segments[i]
            if source_offset < seg.source_end:
                if seg.source_length is not None:  # inside a repaired piece: its start
                    return seg.text_start
                return seg.text_start + source_offset - seg.source_start
        if i + 1 < len(self.segments):
            return self.segments[i + 1].text_start
        return len(self.text)

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line, without its line break (for a Word file: one paragraph)."""
        if not 1 <= line <= len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r")

    def line_column(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        line = bisect.bisect_right(self._line_starts, source_offset) - 1
        return line + 1, source_offset - self._line_starts[line] + 1

    def locate(self, start: int, end: int) -> Location:
        s = self.source_offset(start)
        e = max(s, self.source_offset(end, end=True))
        line, col = self.line_column(s)
        end_line, end_col = self.line_column(e)
        return Location(s, e, line, col, end_line, end_col)


#: the first character of most Dutch mojibake: é, ë, ï, ó read as Ã©, Ã«, Ã¯, Ã³; quotes and dashes as â€...
_MOJIBAKE_LEAD = re.compile("[ÃÂâÅ][\u0080-\u00bf\u0152-\u2122]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class DocumentBuilder:
    """Collects source pieces and synthetic separators into a Document."""

    def __init__(self, source: str, *, path: str | None = None, kind: str = "text") -> None:
        self.source = source
        self.path = path
        self.kind = kind
        self._parts: list[str] = []
        self._length = 0
        self._segments: list[Segment] = []
        self._paragraphs: list[Paragraph] = []
        self._para_start: int | None = None
        self._para_part = 0  # index in _parts of the paragraph's first piece
        self._para_kind = "paragraph"
        self._unchecked: list[Unchecked] = []
        self._code_blocks: list[CodeBlock] = []
        self._code_spans: list[int] = []

    def note_unchecked(self, line: int, end_line: int, what: str) -> None:
        """Source lines ``line..end_line`` hold text that is not analysed (see ``Unchecked``)."""
        self._unchecked.append(Unchecked(line, end_line, what))

    def note_code_block(self, block: CodeBlock) -> None:
        self._code_blocks.append(block)

    def note_code_span(self, source_offset: int) -> None:
        self._code_spans.append(source_offset)

    def add_source(self, source_start: int, source_end: int) -> None:
        """Copy ``source[source_start:source_end]`` into the text, mapped 1:1."""
        if source_end <= source_start:
            return
        piece = self.source[source_start:source_end]
        if _MOJIBAKE_LEAD.search(piece):
            self._add_repaired(source_start, piece)
            return
        self._add_piece(source_start, piece)

    def _add_piece(self, source_start: int, piece: str, source_length: int | None = None) -> None:
        if not piece:
            return
        # line breaks inside a paragraph are plain spaces to the parser; same length keeps the map 1:1
        # (a NUL character has no place in prose either: stray ones are read as spaces; str.replace scans in C and
        # is several times faster than str.translate on text with accented letters)
        piece = piece.replace("\r", " ").replace("\n", " ").replace("\t", " ").replace("\x00", " ")
        self._segments.append(Segment(self._length, source_start, len(piece), source_length))
        self._parts.append(piece)
        self._length += len(piece)

    def _add_repaired(self, source_start: int, piece: str) -> None:
        """Add a piece with mojibake (UTF-8 read as Windows-1252: ``Ã©`` for ``é``, ``â€œ`` for ``“``): every run
        that ftfy repairs becomes one segment with the repaired text; the rest is copied 1:1."""
        import ftfy

        pos = 0
        for m in _NON_ASCII_RUN.finditer(piece):
            run = m.group(0)
            if not _MOJIBAKE_LEAD.search(run):
                continue
            fixed = ftfy.fix_encoding(run)
            if fixed == run or len(fixed) >= len(run):  # mojibake is always longer than what it stands for
                continue
            self._add_piece(source_start + pos, piece[pos : m.start()])
            self._add_piece(source_start + m.start(), fixed, source_length=len(run))
            pos = m.end()
        self._add_piece(source_start + pos, piece[pos:])

    def add_text(self, text: str) -> None:
        """Add synthetic text that has no place in the source (a space where markup was)."""
        if text:
            self._parts.append(text)
            self._length += len(text)

    def start_paragraph(self, kind: str = "paragraph") -> None:
        self.end_paragraph()
        if self._length:
            self.add_text("\n\n")
        self._para_start = self._length
        self._para_part = len(self._parts)
        self._para_kind = kind

    def break_paragraph(self) -> None:
        """End the open paragraph and open another of the same kind (a hard line break inside a table cell)."""
        if self._para_start is not None:
            self.start_paragraph(self._para_kind)

    def end_paragraph(self) -> None:
        if self._para_start is None:
            return
        # only this paragraph's own pieces: joining the whole text at every paragraph end is quadratic
        text = _join(self._parts[self._para_part :])
        stripped = text.lstrip()
        start = self._para_start + len(text) - len(stripped)
        end = start + len(stripped.rstrip())
        if end > start:
            self._paragraphs.append(Paragraph(start, end, self._para_kind))
        self._para_start = None

    def build(self) -> Document:
        self.end_paragraph()
        return Document(
            source=self.source,
            text=_join(self._parts),
            paragraphs=self._paragraphs,
            segments=self._segments,
            path=self.path,
            kind=self.kind,
            unchecked=self._unchecked,
            code_blocks=self._code_blocks,
            code_spans=self._code_spans,
        )
