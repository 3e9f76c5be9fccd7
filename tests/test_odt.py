"""OpenDocument text (.odt): the same findings as plain text, positions as paragraph and column, and what is skipped."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from beleidstaal import Config, check_document, check_path
from beleidstaal.errors import InputError
from beleidstaal.readers.odt import read_odt
from beleidstaal.readers.text import read_text

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)

BODY = """
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Weggehaald middels iets.</text:p>
</text:deletion></text:changed-region></text:tracked-changes>
<text:table-of-content><text:index-body><text:p>Aanpak middels overleg 3</text:p></text:index-body></text:table-of-content>
<text:h text:outline-level="1">Aanpak <text:span>middels</text:span> overleg</text:h>
<text:p>Wij informeren u<text:s/>middels deze <text:a>nota</text:a>.<text:change text:change-id="c1"/> Pagina <text:page-number>7</text:page-number>.</text:p>
<text:list><text:list-item><text:p>Thans werken drie teams in de wijk.</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Teneinde de wachttijd te verkorten, openen wij een loket.</text:p></table:table-cell></table:table-row></table:table>
<text:p>Voor het vak.<draw:frame><draw:text-box><text:p>Tekst in het vak, alsmede meer.</text:p></draw:text-box></draw:frame> Na het vak.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Voetnoot middels.</text:p></text:note-body></text:note></text:p>
<text:p/>
<text:p>De laatste zin is gewoon.</text:p>
"""

LINES = [
    "Aanpak middels overleg",
    "Wij informeren u middels deze nota. Pagina .",
    "Thans werken drie teams in de wijk.",
    "Teneinde de wachttijd te verkorten, openen wij een loket.",
    "Voor het vak. Na het vak.",
    "Tekst in het vak, alsmede meer.",
    "",
    "De laatste zin is gewoon.",
]


def odt_bytes(
    body: str = BODY,
    *,
    manifest: bytes | None = None,
    mimetype: bytes = b"application/vnd.oasis.opendocument.text",
) -> bytes:
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{body}</office:text></office:body></office:document-content>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        z.writestr("content.xml", content.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest or b"<manifest:manifest/>")
    return out.getvalue()


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(lexicons=(LEXICON,))


def test_paragraphs_in_order_with_what_is_skipped():
    document = read_odt(odt_bytes(), path="nota.odt")
    assert document.source.split("\n") == LINES
    kinds = [p.kind for p in document.paragraphs]
    assert kinds[:4] == ["heading", "paragraph", "list_item", "table_cell"]


def test_same_findings_as_text_and_positions(config):
    document = read_odt(odt_bytes(), path="nota.odt")
    findings = check_document(document, config).findings
    text = check_document(
        read_text("\n\n".join(line for line in LINES if line), path="nota.txt"), config
    ).findings
    ours = [f for f in findings if f.term]
    # the first line is a heading in the .odt file (no finding there), but an ordinary paragraph as plain text
    assert [(f.rule, f.text) for f in ours] == [(f.rule, f.text) for f in text if f.term and f.line > 1]
    assert [(f.line, f.column, f.text) for f in ours] == [
        (2, 18, "middels"),
        (3, 1, "Thans"),
        (4, 1, "Teneinde"),
        (6, 14, "vak, alsmede"),  # the comma before it goes with it: 'in het vak en meer'
    ]
    assert all(f.data["paragraph"] == LINES[f.line - 1] for f in findings)


def test_check_path_reads_odt(tmp_path, config):
    f = tmp_path / "nota.odt"
    f.write_bytes(odt_bytes())
    result = check_path(f, config=config)
    assert result.error is None and any(x.text == "middels" for x in result.findings)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"geen zip", "geen geldig OpenDocument"),
        (odt_bytes(manifest=b"<m><manifest:encryption-data/></m>"), "wachtwoord"),
        (odt_bytes(mimetype=b"application/vnd.oasis.opendocument.spreadsheet"), "ander soort"),
        (odt_bytes("<text:p>x</text:p><text:p"), "beschadigd"),
        (odt_bytes("<text:p/>"), "geen tekst"),
    ],
    ids=["not-a-zip", "password", "spreadsheet", "broken-xml", "empty"],
)
def test_bad_odt_files(data, words):
    with pytest.raises(InputError) as exc:
        read_odt(data)
    assert words in str(exc.value)
