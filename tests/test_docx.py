"""Reading Word files: the same findings as plain text, positions as paragraph and column, tables, content
controls, text boxes, tracked changes, fields, and a clear Dutch error for every kind of bad file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from office_helpers import MC, NS, VML, body_append, to_bytes

from beleidstaal import Config, check_document
from beleidstaal.errors import InputError
from beleidstaal.readers import docx as docx_reader
from beleidstaal.readers import read_path
from beleidstaal.readers.docx import read_docx
from beleidstaal.readers.text import read_text

ROOT = Path(__file__).resolve().parents[1]
OFFICE = ROOT.parent / "shared" / "office"
LEXICON = str(ROOT / "tests" / "data" / "documenten_lexicon.toml")

HEADING = "Nota over de aanpak in de wijk"
PARAGRAPHS = [
    "Wij informeren u middels deze nota over de nieuwe aanpak.",
    "Teneinde de wachttijd te verkorten, openen wij een tweede loket.",
    "Thans werken drie teams in de wijk.",
    "In het kader van de nieuwe wet veranderen enkele regels.",
    "De gemeente wil bewoners faciliteren bij hun eigen plannen.",
    "Het wijkteam is op werkdagen open.",
    "Derhalve vragen wij u het formulier voor 1 mei in te vullen.",
    "De gemeente heeft in de afgelopen jaren in nauwe samenwerking met de partners in de wijk en de "
    "zorgaanbieders uit de regio een groot aantal nieuwe taken op zich genomen die allemaal veel tijd en geld kosten.",
    "U kunt ons bellen of een e-mail sturen.",
    "Wij danken u alsmede uw buren voor de hulp.",
]
SUBHEADING = "Uitvoering"
TABLE = [["Onderdeel", "Toelichting"], ["Loket", "Het loket is middels een afspraak bereikbaar."]]


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(lexicons=(LEXICON,))


def generated_docx() -> tuple[bytes, list[str]]:
    """A .docx with headings, 10 paragraphs (some words split over runs) and a table; and its paragraph texts."""
    document = docx.Document()
    document.add_heading(HEADING, level=1)
    texts = [HEADING]
    for i, text in enumerate(PARAGRAPHS):
        p = document.add_paragraph()
        if i == 0:  # split the flagged word over three runs, one of them bold
            cut = text.index("middels")
            p.add_run(text[: cut + 3])
            p.add_run(text[cut + 3 : cut + 5]).bold = True
            p.add_run(text[cut + 5 :])
        else:
            p.add_run(text)
        texts.append(text)
        if i == 4:
            document.add_heading(SUBHEADING, level=2)
            texts.append(SUBHEADING)
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(TABLE):
        for c, cell_text in enumerate(row):
            table.cell(r, c).text = cell_text
            texts.append(cell_text)
    return to_bytes(document), texts


#: rules whose message quotes figures of the whole document, which count headings and table cells apart in a
#: Word file but not in plain text; for these the rule and the flagged text must match, not the message
WHOLE_DOCUMENT = {"BT701"}


def key(findings):
    return [(f.rule, f.text, None if f.rule in WHOLE_DOCUMENT else f.message) for f in findings]


def test_generated_docx_gives_the_same_findings_as_text(config):
    data, texts = generated_docx()
    from_docx = check_document(read_docx(data, path="nota.docx"), config).findings
    from_text = check_document(read_text("\n\n".join(texts), path="nota.txt"), config).findings
    assert len(from_docx) >= 8
    assert key(from_docx) == key(from_text)
    rules = {f.rule for f in from_docx}
    assert {"BT101", "BT401"} <= rules or {"BT101", "BT402"} <= rules


def test_line_is_paragraph_number_and_column_the_character(config):
    data, texts = generated_docx()
    document = read_docx(data, path="nota.docx")
    lines = document.source.split("\n")
    assert lines[0] == HEADING
    assert len(lines) == 1 + 10 + 1 + 4  # heading, paragraphs, subheading, four table cells
    findings = check_document(document, config).findings
    for f in findings:
        assert f.line == f.end_line
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text
        assert f.data["paragraph"] == lines[f.line - 1]  # the finding names its paragraph
    middels = [f for f in findings if f.text == "middels"]
    assert [(f.line, f.column) for f in middels] == [(2, 18), (len(lines), 14)]
    kinds = [p.kind for p in document.paragraphs]
    assert kinds[0] == "heading" and kinds.count("table_cell") == 4 and "heading" in kinds[1:]


def test_content_controls_text_boxes_tracked_changes_and_fields():
    document = docx.Document()
    document.add_paragraph("Eerste alinea.")
    # a block content control holding a paragraph
    body_append(
        document,
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Titel"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Tekst in een inhoudsbesturingselement.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    # an empty content control that shows its placeholder text
    body_append(
        document,
        f"<w:sdt {NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Klik hier om tekst in te voeren.</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    # a text box in DrawingML with a VML fallback: read once
    body_append(
        document,
        f"<w:p {NS} {MC} {VML}><w:r><w:t>Voor het tekstvak.</w:t></w:r><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Tekst in het tekstvak.</w:t></w:r>'
        "</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r>"
        "<w:t>Tekst in het tekstvak.</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
    )
    # tracked changes: the inserted words are read, the deleted ones are not
    body_append(
        document,
        f'<w:p {NS}><w:r><w:t xml:space="preserve">Het plan </w:t></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText xml:space="preserve">was ooit </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">is nu </w:t></w:r></w:ins>'
        "<w:r><w:t>klaar.</w:t></w:r></w:p>",
    )
    # fields: a hyperlink's text is read, a page number and the field instructions are not
    body_append(
        document,
        f'<w:p {NS}><w:r><w:t xml:space="preserve">Zie </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>de website</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> op pagina </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>',
    )
    lines = read_docx(to_bytes(document)).source.split("\n")
    assert "Tekst in een inhoudsbesturingselement." in lines
    assert "Klik hier om tekst in te voeren." not in "\n".join(lines)
    assert "Voor het tekstvak." in lines and lines.count("Tekst in het tekstvak.") == 1
    assert "Het plan is nu klaar." in lines
    assert "Zie de website op pagina ." in lines
    assert "HYPERLINK" not in "\n".join(lines)


# --- bad files ---------------------------------------------------------------------------------------------------


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Dit is gewone tekst, geen Word.", "geen geldig Word-bestand"),
        (b"PK\x03\x04kapot", "geen geldig Word-bestand"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "wachtwoord"),
        (zip_bytes({"iets.txt": b"hallo"}), "hoofdtekst"),
        (zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"}), "beschadigd"),
        (
            zip_bytes(
                {
                    "[Content_Types].xml": b"<Types/>",
                    "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    b"<d>&e;</d>",
                }
            ),
            "DOCTYPE",
        ),
    ],
    ids=["text", "broken-zip", "password", "no-document", "broken-xml", "external-entity"],
)
def test_bad_files_give_a_dutch_error(data, words):
    with pytest.raises(InputError) as exc:
        read_docx(data, path="kapot.docx")
    assert words in str(exc.value)


def test_zip_bomb_is_refused(monkeypatch):
    data, _ = generated_docx()
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1000)
    with pytest.raises(InputError, match="onredelijk grote"):
        read_docx(data)


def test_bad_docx_through_check_path_is_an_error_not_a_traceback(tmp_path):
    from beleidstaal import check_path

    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 nee")
    result = check_path(bad, config=Config(lexicons=(LEXICON,)))
    assert result.error and "Word-bestand" in result.error


# --- the real documents in shared/office -------------------------------------------------------------------------

needs_office = pytest.mark.skipif(
    not OFFICE.is_dir(), reason="de map shared/office met echte Word-bestanden ontbreekt"
)


@needs_office
@pytest.mark.parametrize("name", sorted(p.name for p in OFFICE.glob("*.docx")) if OFFICE.is_dir() else [])
def test_real_documents_are_read(name):
    document = read_path(OFFICE / name)
    assert document.paragraphs and len(document.text.split()) > 400


@needs_office
def test_real_document_tracked_changes_are_read_as_current_text():
    source = read_path(OFFICE / "archivering-review.docx").source
    assert "Dit gaf aanleiding om samen met experts" in source  # inserted words
    assert "plannen was dan ook" not in source  # deleted words


@needs_office
def test_real_document_content_controls_and_table_of_contents():
    document = read_path(OFFICE / "ispiegel-beschrijving.docx")
    lines = document.source.split("\n")
    assert "Documentatie" in lines  # cover page inside a content control
    assert lines.count("Inhoudsopgave") == 1
    # the table of contents (a TOC field) is skipped: each heading is read once, not again with a page number
    assert sum(1 for line in lines if line.startswith("iSpiegel - Wat is het?")) == 1


@needs_office
def test_real_document_tables_are_read():
    document = read_path(OFFICE / "aiia-invultemplate.docx")
    cells = [p for p in document.paragraphs if p.kind == "table_cell"]
    assert len(cells) > 150
    assert "[NAAM SYSTEEM]" in document.source
