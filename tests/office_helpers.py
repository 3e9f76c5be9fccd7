"""Helpers for the Word tests: build small .docx files with python-docx and raw WordprocessingML, and read back
which text each comment is anchored on."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import parse_xml

from beleidstaal.readers.docx import W, iter_paragraphs, open_docx

NS = f'xmlns:w="{W}"'
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def body_append(document, xml: str) -> None:
    """Insert a raw block element (w:p, w:sdt) before the section properties."""
    body = document.element.body
    body.sectPr.addprevious(parse_xml(xml))


def to_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def comments_by_id(data: bytes) -> dict[str, tuple[str, str]]:
    """{comment id: (author, text)} of the comments part."""
    doc = docx.Document(io.BytesIO(data))
    return {str(c.comment_id): (c.author, c.text) for c in doc.comments}


def anchored_text(data: bytes) -> dict[str, str]:
    """{comment id: the current text between its commentRangeStart and commentRangeEnd} of a .docx."""
    document = open_docx(data)
    body = document.element.body
    order = {el: i for i, el in enumerate(body.iter())}
    starts = {el.get(f"{{{W}}}id"): order[el] for el in body.iter(f"{{{W}}}commentRangeStart")}
    ends = {el.get(f"{{{W}}}id"): order[el] for el in body.iter(f"{{{W}}}commentRangeEnd")}
    pieces = []
    for para in iter_paragraphs(document):
        for piece in para.pieces:
            pieces.append((order[piece.element], para.text[piece.start : piece.end]))
    result = {}
    for cid, s in starts.items():
        e = ends.get(cid)
        if e is None:
            continue
        result[cid] = "".join(text for pos, text in pieces if s < pos < e)
    return result


def part_names(data: bytes) -> set[str]:
    return set(zipfile.ZipFile(io.BytesIO(data)).namelist())


def read_part(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)
