"""Plain text: decoding with clear errors, and paragraphs split at blank lines."""

from __future__ import annotations

import re

from ..document import Document, DocumentBuilder
from ..errors import InputError

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def decode_bytes(data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else is refused."""
    if not data.strip():
        raise InputError("Het bestand is leeg. Er is niets te controleren.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("Het bestand lijkt UTF-16-tekst, maar is beschadigd.") from None
    else:
        if b"\x00" in data[:8192] or data.startswith(b"PK\x03\x04"):
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
    if "\x00" in text:
        raise InputError("Dit is geen tekstbestand (het bevat binaire gegevens).")
    if not text.strip():
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
