"""Positions: character offsets (code points, as the core reports them) to and from LSP positions.

An LSP position is a line (0-based) and a character within that line, counted in the encoding agreed at
initialisation: UTF-16 code units (the default; VS Code, Neovim before 0.10), UTF-8 bytes or UTF-32 code points.
A character outside the Basic Multilingual Plane (most emoji) is 2 UTF-16 units and 4 UTF-8 bytes; *é* in
*Eén* is one UTF-16 unit and 2 UTF-8 bytes. Lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as the protocol says.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def normalise_encoding(encoding: str | types.PositionEncodingKind | None) -> str:
    value = getattr(encoding, "value", encoding) or UTF16
    value = str(value).lower()
    return value if value in (UTF8, UTF16, UTF32) else UTF16


def units(text: str, encoding: str) -> int:
    """The length of ``text`` in the units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def chars_for_units(line: str, count: int, encoding: str) -> int:
    """How many characters at the start of ``line`` take ``count`` units. A count that falls inside a character
    snaps to the start of that character; a count past the end of the line gives the line's length."""
    if count <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(count, len(line))
    used = 0
    for i, ch in enumerate(line):
        o = ord(ch)
        if encoding == UTF8:
            size = 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
        else:
            size = 2 if o > 0xFFFF else 1
        if used + size > count:
            return i
        used += size
    return len(line)


class LineIndex:
    """Converts between character offsets into ``text`` and LSP positions in one encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = normalise_encoding(encoding)
        #: start offset of every line, and the offset where its content ends (before the line break)
        self.starts = [0]
        self.ends: list[int] = []
        for m in _LINE_BREAK.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(text))

    def line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def line_text(self, line: int) -> str:
        return self.text[self.starts[line] : self.ends[line]]

    def position(self, offset: int) -> types.Position:
        """The LSP position of a character offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self.starts[line]
        # an offset inside a \r\n pair (or on the break) counts as the end of the line's content
        offset = min(offset, self.ends[line])
        return types.Position(line=line, character=units(self.text[start:offset], self.encoding))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position. Positions past the end of a line or of the text are clamped,
        as the protocol asks."""
        line = position.line
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        return self.starts[line] + chars_for_units(self.line_text(line), position.character, self.encoding)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))

    def offsets(self, rng: types.Range) -> tuple[int, int]:
        start, end = self.offset(rng.start), self.offset(rng.end)
        return (start, end) if start <= end else (end, start)
