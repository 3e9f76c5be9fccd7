"""Readers: turn a file, or text with a known kind, into a Document."""

from __future__ import annotations

from pathlib import Path

from ..document import Document
from ..errors import InputError
from ..limits import MAX_FILE_BYTES
from .text import decode_bytes, read_text

#: file suffixes that ``beleidstaal check`` reads, and the reader kind for each
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".odt": "odt",
}


def kind_for(path: str | Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def document_from_text(text: str, *, kind: str = "text", path: str | None = None) -> Document:
    """Build a Document from text that is already decoded."""
    if kind == "markdown":
        from .markdown import read_markdown

        return read_markdown(text, path=path)
    return read_text(text, path=path)


def read_bytes(data: bytes, *, kind: str, path: str | None = None) -> Document:
    """Build a Document from the raw bytes of a file of the given kind."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"Het bestand is te groot ({len(data) // (1024 * 1024)} MB). "
            f"beleidstaal leest bestanden tot {MAX_FILE_BYTES // (1024 * 1024)} MB. Splits het bestand op."
        )
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, path=path)
    if kind == "odt":
        from .odt import read_odt

        return read_odt(data, path=path)
    return document_from_text(decode_bytes(data), kind=kind, path=path)


def read_path(path: str | Path, *, kind: str | None = None) -> Document:
    """Read a file into a Document. Raises InputError with a Dutch message for every kind of bad input."""
    kind = kind or kind_for(path) or "text"
    return read_bytes(read_file_bytes(path), kind=kind, path=str(path))


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or InputError with a Dutch message (missing, folder, unreadable, too large)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("Dit is een map, geen bestand.")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"Het bestand is te groot ({size // (1024 * 1024)} MB). "
                f"beleidstaal leest bestanden tot {MAX_FILE_BYTES // (1024 * 1024)} MB. Splits het bestand op."
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("Dit bestand bestaat niet. Controleer de naam en de map.") from None
    except PermissionError:
        raise InputError("U mag dit bestand niet lezen (geen leesrechten).") from None
    except IsADirectoryError:
        raise InputError("Dit is een map, geen bestand.") from None
    except OSError as exc:
        raise InputError(f"Het bestand kan niet worden gelezen ({exc.strerror or exc}).") from None
    return data
