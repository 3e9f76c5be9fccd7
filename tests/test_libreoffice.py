"""Word copies with comments open in LibreOffice: headless ``soffice --convert-to pdf`` of the annotated copy of every
real Word file in shared/office and of text-box documents (comments on words in text boxes were where LibreOffice
7.4 hung), each within 60 s, and each copy still opens in python-docx.

Skipped, with the reason, where LibreOffice is not installed (the README's test command installs it when it can).
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from docx.oxml import parse_xml  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402
from docx.text.run import Run  # noqa: E402
from office_helpers import MC, NS, VML, body_append, to_bytes  # noqa: E402
from test_docx import OFFICE  # noqa: E402

from beleidstaal.config import Config  # noqa: E402
from beleidstaal.core import check_document  # noqa: E402
from beleidstaal.outputs.docx_comments import annotate_docx  # noqa: E402
from beleidstaal.readers.docx import read_docx  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-writer-nogui",
    ),
]

#: the longest a conversion may take (the originals take 2-11 s)
LIMIT_S = 60

WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> str:
    """A fresh LibreOffice user profile, so no settings or locks of another run play a part."""
    return (tmp_path_factory.mktemp("lo-profiel") / "profiel").as_uri()


def convert(data: bytes, folder: Path, profile: str) -> Path:
    """The PDF that headless LibreOffice makes of ``data``; fails when that takes longer than LIMIT_S."""
    source = folder / "kopie.docx"
    source.write_bytes(data)
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    command += ["--convert-to", "pdf", "--outdir", str(folder), str(source)]
    # its own process group: on a hang, soffice.bin (started by the soffice script) is stopped too
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        _, stderr = proc.communicate(timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"LibreOffice did not convert the copy within {LIMIT_S} s")
    pdf = folder / "kopie.pdf"
    assert proc.returncode == 0 and pdf.is_file(), stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf


def annotated(data: bytes) -> tuple[bytes, int]:
    findings = check_document(read_docx(data), Config()).findings
    return annotate_docx(data, findings)


@pytest.mark.skipif(not OFFICE.is_dir(), reason="de map shared/office met echte Word-bestanden ontbreekt")
@pytest.mark.parametrize("name", sorted(p.name for p in OFFICE.glob("*.docx")) if OFFICE.is_dir() else [])
def test_real_annotated_copies_open_in_libreoffice(name, tmp_path, profile):
    copy, added = annotated((OFFICE / name).read_bytes())
    assert added > 0
    convert(copy, tmp_path, profile)
    assert len(list(docx.Document(io.BytesIO(copy)).comments)) >= added


def text_box(text: str, number: int, *, before: str = "Voor het vak.") -> str:
    """A paragraph with a text box as Word writes it: DrawingML (anchored, wrapped) with a VML fallback."""
    inner = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:p {NS} {MC} {VML} {WPS} {WP} {A}><w:r><w:t xml:space="preserve">{before} </w:t></w:r><w:r>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{number + 2}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{number + 1}" name="Tekstvak {number}"/>'
        "<wp:cNvGraphicFramePr/><a:graphic>"
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>{inner}</wps:txbx><wps:bodyPr/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="Tekstvak{number}" style="width:160pt;height:50pt"><v:textbox>{inner}</v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> Na het vak.</w:t></w:r></w:p>'
    )


def work_instruction(boxes: int = 26) -> bytes:
    """A work instruction with many text boxes, some in a table, with findings in the boxes and next to them."""
    document = docx.Document()
    document.add_paragraph("Werkinstructie voor de balie.")
    for i in range(boxes):
        before = "Middels dit vak meldt u iets." if i % 3 == 0 else "Voor het vak."
        body_append(
            document,
            text_box(
                f"Middels dit formulier meldt u de verhuizing teneinde alles te wijzigen {i}.",
                i,
                before=before,
            ),
        )
    table = document.add_table(rows=2, cols=1)
    for r in range(2):
        table.cell(r, 0)._tc.append(parse_xml(text_box(f"Teneinde de cel {r} te vullen.", 100 + r)))
    document.add_paragraph("Middels deze instructie werkt u sneller.")
    return to_bytes(document)


def test_comments_on_words_in_text_boxes_open_in_libreoffice(tmp_path, profile):
    data = work_instruction()
    copy, added = annotated(data)
    assert added >= 26 * 2
    convert(copy, tmp_path, profile)
    comments = list(docx.Document(io.BytesIO(copy)).comments)
    assert sum("In een tekstvak" in c.text for c in comments) >= 26 * 2


def test_comment_inside_a_text_box_with_python_docx_opens_in_libreoffice(tmp_path, profile):
    """The comment that python-docx's own API writes on a word in a text box (range and reference inside the box)."""
    document = docx.Document(io.BytesIO(work_instruction(boxes=3)))
    box = next(
        document.element.body.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent"
        )
    )
    p = box[0]
    run = p.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")
    document.add_comment(
        [Run(run, Paragraph(p, document._body))], text="Een woord in het vak.", author="test"
    )
    copy = to_bytes(document)
    convert(copy, tmp_path, profile)
    assert len(list(docx.Document(io.BytesIO(copy)).comments)) == 1
