"""Plain text: decoding with clear errors, and paragraphs split at blank lines."""

from __future__ import annotations

import re

from ..document import Document, DocumentBuilder
from ..errors import InputError

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")

#: the start of files that are certainly not text (zip and .docx, PDF, images, old Word); executables and other
#: binary files are caught by their share of control characters
BINARY_MAGIC = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")
#: control characters that text does not hold (tab, line feed, vertical tab, form feed, carriage return and
#: escape are allowed)
_CONTROL = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
#: a text with a larger share of control characters is binary; a few stray ones (NUL bytes in a converted PDF)
#: are not (they are analysed as spaces, and rule BT901 reports them)
MAX_CONTROL_SHARE = 0.01


def control_share(data: bytes) -> float:
    """The share of control characters in ``data`` (one pass in C)."""
    if not data:
        return 0.0
    return len(data.translate(None, _NOT_CONTROL)) / len(data)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not a text file: a known binary format, or more than 1% control characters.
    UTF-16 with a byte order mark has a NUL in every other byte and is text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return data.startswith(BINARY_MAGIC) or control_share(data) > MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else is refused."""
    if not data.strip():
        raise InputError("Het bestand is leeg. Er is niets te controleren.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("Het bestand lijkt UTF-16-tekst, maar is beschadigd.") from None
        if control_share(text.encode("utf-8", "surrogatepass")) > MAX_CONTROL_SHARE:
            raise InputError("Dit is geen tekstbestand (het bevat binaire gegevens).")
    else:
        if looks_binary(data):
            raise InputError(
                "Dit is geen tekstbestand (het bevat binaire gegevens). Geef een .txt-, .md- of .docx-bestand."
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"De tekst is geen geldige UTF-8 (fout bij byte {exc.start}). "
                "Sla het bestand op als UTF-8 en probeer het opnieuw."
            ) from None
    if not text.strip("\x00 \t\r\n\f\v"):
        raise InputError("Het bestand is leeg. Er is niets te controleren.")
    return text


def read_text(text: str, *, path: str | None = None) -> Document:
    """Plain text: every block between blank lines is a paragraph; single line breaks are spaces."""
    builder = DocumentBuilder(text, path=path, kind="text")
    pos = 0
    for match in _BLANK_LINES.finditer(text):
        _add_block(builder, text, pos, match.start())
        pos = match.end()
    _add_block(builder, text, pos, len(text))
    return builder.build()


def _add_block(builder: DocumentBuilder, text: str, start: int, end: int) -> None:
    if text[start:end].strip():
        builder.start_paragraph()
        builder.add_source(start, end)
        builder.end_paragraph()
