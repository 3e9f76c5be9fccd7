"""OpenDocument text (.odt, LibreOffice and others): the text of the document body, one source line per paragraph.

Read directly from ``content.xml`` with lxml (no extra library): headings, paragraphs, list items, table cells,
sections and text frames (text boxes), in document order. Like Word files: tracked changes read as the current text
(deleted text sits in ``text:tracked-changes`` and is skipped), generated text (table of contents, indexes, page
numbers, dates, file names) and notes, comments and images are not read. ``line`` is the paragraph number (counting
every paragraph, also empty ones) and ``column`` the character in it.

The same safety checks as for .docx apply (not a zip, encrypted, zip bomb, DOCTYPE/ENTITY), each with a Dutch error.
"""

from __future__ import annotations

from ..document import Document, DocumentBuilder
from ..errors import InputError
from .docx import check_zip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


P, H = _t("p"), _t("h")
#: elements whose whole content is not the author's running text
_SKIP = {
    _t("tracked-changes"), _t("note"), _t("table-of-content"), _t("alphabetical-index"), _t("illustration-index"),
    _t("table-index"), _t("object-index"), _t("user-index"), _t("bibliography"), _t("page-number"),
    _t("page-count"), _t("date"), _t("time"), _t("file-name"), _t("sequence-decls"), _t("variable-decls"),
    _t("user-field-decls"), _t("bookmark-ref"), f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end",
    f"{{{DRAW}}}image", f"{{{DRAW}}}object",
}  # fmt: skip
_KINDS = {f"{{{TABLE}}}table-cell": "table_cell", _t("list-item"): "list_item"}


def _paragraph_text(p) -> str:
    """The text of one text:p or text:h, without paragraphs nested in frames (they are read on their own)."""
    parts: list[str] = []

    def walk(el) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag in (P, H):
                pass
            elif tag == _t("s"):
                count = child.get(_t("c"), "1")
                parts.append(" " * (int(count) if count.isdigit() and int(count) < 1000 else 1))
            elif tag in (_t("tab"), _t("line-break")):
                parts.append(" ")
            elif tag == f"{{{DRAW}}}frame":
                pass  # a text box: its paragraphs come on their own lines
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(p)
    return "".join(parts).replace("\r", " ").replace("\n", " ")


def _kind(p) -> str:
    if p.tag == H:
        return "heading"
    anc = p.getparent()
    while anc is not None:
        kind = _KINDS.get(anc.tag)
        if kind:
            return kind
        anc = anc.getparent()
    return "paragraph"


def _paragraphs(body):
    stack = [body]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (P, H):
            yield el
        stack.extend(reversed(list(el)))


def read_odt(data: bytes, path: str | None = None) -> Document:
    archive = check_zip(data, main="content.xml", what="OpenDocument-tekstbestand (.odt)")
    names = set(archive.namelist())
    if "META-INF/manifest.xml" in names:
        manifest = archive.read("META-INF/manifest.xml")
        if b"encryption-data" in manifest:
            raise InputError(
                "Dit .odt-bestand is beveiligd met een wachtwoord. Haal de beveiliging weg en probeer het opnieuw."
            )
    if "mimetype" in names and not archive.read("mimetype").strip().startswith(
        b"application/vnd.oasis.opendocument.text"
    ):
        raise InputError(
            "Dit is geen OpenDocument-tekstbestand (.odt), maar een ander soort OpenDocument-bestand."
        )
    try:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(archive.read("content.xml"), parser)
    except Exception:
        raise InputError("Dit .odt-bestand is beschadigd en kan niet worden gelezen.") from None
    body = root.find(f"{{{OFFICE}}}body")
    text_body = body.find(f"{{{OFFICE}}}text") if body is not None else None
    if text_body is None:
        raise InputError("Dit .odt-bestand heeft geen tekst om te controleren.")
    paragraphs = [(_paragraph_text(p), _kind(p)) for p in _paragraphs(text_body)]
    source = "\n".join(text for text, _ in paragraphs)
    builder = DocumentBuilder(source, path=path, kind="odt")
    pos = 0
    for text, kind in paragraphs:
        if text.strip():
            builder.start_paragraph(kind)
            builder.add_source(pos, pos + len(text))
            builder.end_paragraph()
        pos += len(text) + 1
    document = builder.build()
    if not document.paragraphs:
        raise InputError("Dit .odt-bestand bevat geen tekst om te controleren.")
    return document
