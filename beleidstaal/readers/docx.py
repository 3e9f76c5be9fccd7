"""Word (.docx): the text of the main document, one source line per paragraph.

What is read, in document order: body paragraphs and headings, paragraphs in table cells (also nested tables),
in content controls (``w:sdt``) and in text boxes (``w:txbxContent``; the DrawingML version, not its VML fallback).
Tracked changes are read as the current text: inserted runs (``w:ins``, ``w:moveTo``) are kept, deleted runs
(``w:del``, ``w:moveFrom``) are left out. Headers, footers, footnotes and comments are not read.

Fields: the *result* of a field is read as text (the words of a HYPERLINK, REF, SEQ, ...), except for fields whose
result is generated and not written by the author: a table of contents (TOC), page numbers (PAGE, PAGEREF,
NUMPAGES, SECTIONPAGES), file names, dates and document properties. Field instructions are never read.
Placeholder text of an empty content control is not read either.

The source text of the Document is the paragraphs joined with ``\\n``: a finding's ``line`` is the paragraph
number (counting every paragraph above, also empty ones) and its ``column`` the character in that paragraph.
``outputs/docx_comments.py`` walks the same paragraphs with ``iter_paragraphs`` to anchor Word comments.

Unsafe or broken files give an InputError with a Dutch message: not a zip, password-protected (an OLE container),
too much unpacked data (a zip bomb), XML with a DOCTYPE (external or exploding entities), a missing main part.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import Document, DocumentBuilder
from ..errors import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R, T, TC = _w("p"), _w("r"), _w("t"), _w("tc")
FLD_CHAR, INSTR, FLD_SIMPLE = _w("fldChar"), _w("instrText"), _w("fldSimple")
SDT, SDT_PR, SDT_CONTENT = _w("sdt"), _w("sdtPr"), _w("sdtContent")
TXBX = _w("txbxContent")
FALLBACK = f"{{{MC}}}Fallback"

#: subtrees that hold no current text of this paragraph
_SKIP = {
    _w("del"), _w("moveFrom"), _w("pPr"), _w("rPr"), _w("instrText"), _w("delText"), _w("delInstrText"),
    _w("footnoteReference"), _w("endnoteReference"), _w("commentReference"), _w("annotationRef"),
    FALLBACK, TXBX, SDT_PR, _w("sdtEndPr"),
}  # fmt: skip
#: run children that stand for one character
_CHARS = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): " ", _w("cr"): " ", _w("noBreakHyphen"): "-"}

#: fields whose result is generated, not written: their result text is not read
SKIP_FIELDS = {
    "TOC", "PAGEREF", "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "FILENAME", "FILESIZE", "DATE", "TIME",
    "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "AUTHOR", "LASTSAVEDBY", "USERNAME", "USERINITIALS",
    "NUMWORDS", "NUMCHARS", "REVNUM", "TEMPLATE", "DOCPROPERTY", "INDEX", "TOA", "BIBLIOGRAPHY",
}  # fmt: skip

#: limits against zip bombs: total unpacked size and the unpacked size of the main part
MAX_UNPACKED = 300 * 1024 * 1024
MAX_PART = 100 * 1024 * 1024
MAX_RATIO = 200

_HEADING_STYLE = re.compile(r"^(heading|kop|title|titel|subtitle|ondertitel)\b", re.I)


@dataclass
class Piece:
    """Characters ``start:end`` of a paragraph's text come from ``element`` (a ``w:t``, ``w:tab``, ...) in run ``run``."""

    start: int
    end: int
    run: object  # lxml element w:r
    element: object


@dataclass
class WordParagraph:
    element: object  # lxml element w:p
    text: str
    pieces: list[Piece]
    kind: str
    #: the field stack at the start of this paragraph, to walk it again after runs were split
    fields_before: list = field(default_factory=list)


class _Field:
    __slots__ = ("instr", "result", "simple")

    def __init__(self, instr: str = "", result: bool = False, simple: bool = False) -> None:
        self.instr = instr
        self.result = result
        self.simple = simple

    def copy(self) -> _Field:
        return _Field(self.instr, self.result, self.simple)

    @property
    def name(self) -> str:
        parts = self.instr.split()
        return parts[0].upper() if parts else ""

    def hides_text(self) -> bool:
        return not self.result or self.name in SKIP_FIELDS


def check_package(data: bytes) -> zipfile.ZipFile:
    """Open a .docx as a zip after the safety checks; every problem is an InputError in Dutch."""
    return check_zip(data, main="word/document.xml", what="Word-bestand (.docx)")


def check_zip(data: bytes, *, main: str, what: str) -> zipfile.ZipFile:
    """Open an Office or OpenDocument package after the safety checks: not a zip, password (an OLE container),
    missing main part, zip bomb, encrypted entries, XML with a DOCTYPE or ENTITY. ``what`` names the kind in Dutch."""
    short = what.split(" (")[0]
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(
            f"Dit {short} is beveiligd met een wachtwoord, of het is een oud bestand (zoals .doc). "
            "Haal de beveiliging weg of sla het op als .docx of .odt en probeer het opnieuw."
        )
    if not data.strip():
        raise InputError("Het bestand is leeg. Er is niets te controleren.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise InputError(
            f"Dit is geen geldig {what}: het bestand is beschadigd of het is een ander soort bestand."
        ) from None
    names = {i.filename for i in infos}
    # a .docx may name its main part differently (word/document2.xml); its relationships say which one
    if main not in names and not (
        main == "word/document.xml" and any(n.endswith("document.xml") for n in names)
    ):
        raise InputError(f"Dit is geen geldig {what}: de hoofdtekst ({main}) ontbreekt.")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED or any(
        i.file_size > MAX_PART
        or (i.compress_size and i.file_size / i.compress_size > MAX_RATIO and i.file_size > 10_000_000)
        for i in infos
    ):
        raise InputError(
            f"Dit {short} pakt uit tot een onredelijk grote hoeveelheid gegevens. "
            "Het wordt niet gelezen, voor de veiligheid."
        )
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputError(f"Dit {short} is versleuteld. Haal de beveiliging weg en probeer het opnieuw.")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            try:
                head = archive.read(info)
            except Exception:
                raise InputError(
                    f"Dit {short} is beschadigd: een deel ervan kan niet worden uitgepakt."
                ) from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InputError(
                    f"Dit {short} bevat XML met een DOCTYPE of ENTITY. Tekstverwerkers maken zulke bestanden niet; "
                    "het wordt niet gelezen, voor de veiligheid."
                )
    return archive


def open_docx(data: bytes):
    """A python-docx Document after the safety checks."""
    check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise InputError("Dit is geen geldig Word-bestand (.docx).") from None
    except ValueError as exc:
        if "content type" in str(exc).lower() or "not a Word file" in str(exc):
            raise InputError(
                "Dit is geen gewoon Word-document (.docx). Sla het op als Word-document en probeer het opnieuw."
            ) from None
        raise InputError("Dit Word-bestand is beschadigd en kan niet worden gelezen.") from None
    except Exception:  # lxml errors, KeyError for missing parts, ...
        raise InputError("Dit Word-bestand is beschadigd en kan niet worden gelezen.") from None


def _heading_styles(document) -> set[str]:
    ids = set()
    try:
        for style in document.styles.element.iterfind(_w("style")):
            name_el = style.find(_w("name"))
            name = name_el.get(_w("val")) if name_el is not None else ""
            sid = style.get(_w("styleId")) or ""
            if _HEADING_STYLE.match(name or "") or _HEADING_STYLE.match(sid):
                ids.add(sid)
    except Exception:
        pass
    return ids


def _kind(p, heading_styles: set[str]) -> str:
    anc = p.getparent()
    while anc is not None:
        if anc.tag == TC:
            return "table_cell"
        anc = anc.getparent()
    ppr = p.find(_w("pPr"))
    if ppr is not None:
        style = ppr.find(_w("pStyle"))
        if style is not None and style.get(_w("val")) in heading_styles:
            return "heading"
        outline = ppr.find(_w("outlineLvl"))
        if outline is not None and (outline.get(_w("val")) or "9") < "9":
            return "heading"
        if ppr.find(_w("numPr")) is not None:
            return "list_item"
    return "paragraph"


def _all_paragraphs(body) -> Iterator[object]:
    """Every w:p in document order, also in tables, content controls and text boxes; not in mc:Fallback."""
    stack = [body]
    # iterative pre-order walk so that deep documents do not hit the recursion limit
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == FALLBACK or not isinstance(tag, str):
            continue
        if tag == P:
            yield el
        stack.extend(reversed(list(el)))


def _is_placeholder(sdt) -> bool:
    pr = sdt.find(SDT_PR)
    return pr is not None and pr.find(_w("showingPlcHdr")) is not None


def paragraph_pieces(p, fields: list[_Field]) -> tuple[str, list[Piece]]:
    """The current text of one w:p and where each character comes from. ``fields`` (the open fields) is updated."""
    parts: list[str] = []
    pieces: list[Piece] = []
    length = 0

    def add(text: str, run, element) -> None:
        nonlocal length
        if not text:
            return
        text = text.replace("\r", " ").replace("\n", " ")
        if any(f.hides_text() for f in fields):
            return
        parts.append(text)
        pieces.append(Piece(length, length + len(text), run, element))
        length += len(text)

    def walk(el, run, hidden: bool) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag == P:
                continue
            if tag == R:
                walk(child, child, hidden)
            elif tag == FLD_CHAR:
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append(_Field())
                elif kind == "separate" and fields:
                    fields[-1].result = True
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == INSTR:  # pragma: no cover - in _SKIP; instructions are collected below
                pass
            elif tag == FLD_SIMPLE:
                fields.append(_Field(child.get(_w("instr")) or "", result=True, simple=True))
                walk(child, run, hidden)
                if fields:
                    fields.pop()
            elif tag == SDT:
                walk(child, run, hidden or _is_placeholder(child))
            elif tag == T:
                if not hidden:
                    add(child.text or "", run, child)
            elif tag in _CHARS:
                if run is not None and not hidden:
                    add(_CHARS[tag], run, child)
            else:
                walk(child, run, hidden)
            if tag == R:
                # field instructions inside this run (w:instrText is skipped by walk)
                for instr in child.iterfind(INSTR):
                    if fields and not fields[-1].result:
                        fields[-1].instr += instr.text or ""

    walk(p, None, _inside_placeholder(p))
    return "".join(parts), pieces


def _inside_placeholder(p) -> bool:
    anc = p.getparent()
    while anc is not None:
        if anc.tag == SDT and _is_placeholder(anc):
            return True
        anc = anc.getparent()
    return False


def iter_paragraphs(document) -> Iterator[WordParagraph]:
    """Every paragraph of a python-docx Document's body, in order, with its current text and pieces."""
    body = document.element.body
    headings = _heading_styles(document)
    fields: list[_Field] = []
    for p in _all_paragraphs(body):
        before = [f.copy() for f in fields]
        text, pieces = paragraph_pieces(p, fields)
        yield WordParagraph(p, text, pieces, _kind(p, headings), before)


def read_docx(data: bytes, path: str | None = None) -> Document:
    """Read a .docx into a Document: one source line per paragraph (see the module docstring)."""
    document = open_docx(data)
    try:
        paragraphs = list(iter_paragraphs(document))
    except InputError:
        raise
    except Exception:
        raise InputError("Dit Word-bestand is beschadigd: de tekst kan niet worden gelezen.") from None
    source = "\n".join(p.text for p in paragraphs)
    builder = DocumentBuilder(source, path=path, kind="docx")
    pos = 0
    for para in paragraphs:
        if para.text.strip():
            builder.start_paragraph(para.kind)
            builder.add_source(pos, pos + len(para.text))
            builder.end_paragraph()
        pos += len(para.text) + 1
    result = builder.build()
    if not result.paragraphs:
        raise InputError("Dit Word-bestand bevat geen tekst om te controleren.")
    return result
