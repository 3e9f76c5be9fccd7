"""`beleidstaal annotate`: a copy of a Word file with one comment per finding, anchored on exactly the flagged
words; the original stays byte-identical and everything else in the copy stays as it was."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from pathlib import Path

import docx
import pytest
from office_helpers import W, anchored_text, comments_by_id, part_names, read_part
from test_docx import LEXICON, OFFICE, generated_docx
from typer.testing import CliRunner

from beleidstaal import Config, check_document
from beleidstaal.cli import app
from beleidstaal.outputs.docx_comments import annotate_docx
from beleidstaal.readers.docx import read_docx

runner = CliRunner()


@pytest.fixture(scope="module")
def config() -> Config:
    return Config(lexicons=(LEXICON,))


def test_generated_docx_gets_one_comment_per_finding(config):
    data, _ = generated_docx()
    findings = check_document(read_docx(data), config).findings
    copy, added = annotate_docx(data, findings)
    assert added == len(findings) >= 8
    comments = comments_by_id(copy)
    assert len(docx.Document(io.BytesIO(copy)).comments) == len(findings)
    assert {author for author, _ in comments.values()} == {"beleidstaal"}
    anchors = anchored_text(copy)
    assert Counter(anchors.values()) == Counter(f.text for f in findings)
    # the comment text holds the rule, the message and the suggestions
    texts = [text for _, text in comments.values()]
    assert any(t.startswith("BT101") and "'met'" in t for t in texts)
    # the text itself did not change, and the word split over three runs kept its bold middle part
    assert read_docx(copy).source == read_docx(data).source
    first = docx.Document(io.BytesIO(copy)).paragraphs[1]
    assert any(r.bold and r.text == "de" for r in first.runs)


def test_a_finding_in_a_text_box_gets_its_comment_on_the_text_box(config):
    from office_helpers import MC, NS, body_append, to_bytes

    document = docx.Document()
    document.add_paragraph("Een gewone zin zonder problemen.")
    body_append(
        document,
        f"<w:p {NS} {MC}><w:r><w:t>Voor het vak.</w:t></w:r><w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r>'
        "<w:t>Wij sturen u middels deze brief het plan.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        '<mc:Fallback/></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> Na het vak.</w:t></w:r></w:p>',
    )
    data = to_bytes(document)
    findings = [f for f in check_document(read_docx(data), config).findings if f.text == "middels"]
    copy, added = annotate_docx(data, findings)
    assert added == 1
    (text,) = [t for _, t in comments_by_id(copy).values()]
    assert text.startswith("In een tekstvak: 'middels'.")
    (anchor,) = anchored_text(copy).values()
    assert anchor == "Wij sturen u middels deze brief het plan."  # the whole text box, not the text around it
    assert read_docx(copy).source == read_docx(data).source


def test_annotate_command_writes_a_copy_and_keeps_the_original(tmp_path):
    data, _ = generated_docx()
    original = tmp_path / "nota.docx"
    original.write_bytes(data)
    (tmp_path / ".beleidstaal.toml").write_text(f'lexicons = ["{LEXICON}"]\n', encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(original)])
    assert result.exit_code == 0, result.output
    copy = tmp_path / "nota-met-opmerkingen.docx"
    assert copy.is_file() and original.read_bytes() == data
    assert "opmerkingen toegevoegd" in result.output
    # the copy may not overwrite the original
    same = runner.invoke(app, ["annotate", str(original), "-o", str(original)])
    assert same.exit_code == 2 and "niet dezelfde naam" in same.output
    assert original.read_bytes() == data


def test_annotate_refuses_other_files_and_broken_word_files(tmp_path):
    text = tmp_path / "nota.txt"
    text.write_text("Tekst.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(text)])
    assert result.exit_code == 2 and ".docx" in result.output
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    result = runner.invoke(app, ["annotate", str(broken), "-o", str(tmp_path / "uit.docx")])
    assert result.exit_code == 2 and "wachtwoord" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "uit.docx").exists()


# --- the six real documents ----------------------------------------------------------------------------------------

COMMENT_PARTS = (
    "word/commentsExtended.xml",
    "word/commentsIds.xml",
    "word/people.xml",
    "word/commentsExtensible.xml",
)


@pytest.mark.slow
@pytest.mark.skipif(not OFFICE.is_dir(), reason="de map shared/office met echte Word-bestanden ontbreekt")
@pytest.mark.parametrize("name", sorted(p.name for p in OFFICE.glob("*.docx")) if OFFICE.is_dir() else [])
def test_real_documents_are_annotated(name, tmp_path):
    source = OFFICE / name
    before_hash = hashlib.sha256(source.read_bytes()).hexdigest()
    data = source.read_bytes()
    settings = tmp_path / "instellingen.toml"
    settings.write_text(f'lexicons = ["{LEXICON}"]\n', encoding="utf-8")
    out = tmp_path / "kopie.docx"
    result = runner.invoke(app, ["annotate", str(source), "-o", str(out), "--config", str(settings)])
    assert result.exit_code == 0, result.output
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before_hash  # the original is byte-identical
    copy = out.read_bytes()

    checked = check_document(read_docx(data), Config(lexicons=(LEXICON,)))
    findings = checked.findings
    old = comments_by_id(data) if "word/comments.xml" in part_names(data) else {}
    new = comments_by_id(copy)
    overview = [cid for cid, (_, text) in new.items() if text.startswith("Eerst verbeteren (beleidstaal)")]
    assert len(overview) == (1 if checked.summary.priorities else 0)
    assert len(new) == len(old) + len(findings) + len(overview)
    # existing comments keep their ids, authors and text (compared without printing them: authors are real people)
    kept = all(new.get(cid) == value for cid, value in old.items())
    assert kept, "bestaande opmerkingen zijn veranderd"
    added = {cid: value for cid, value in new.items() if cid not in old and cid not in overview}
    assert {author for author, _ in added.values()} <= {"beleidstaal"}
    # each new comment is anchored on exactly the flagged words
    anchors = anchored_text(copy)
    assert Counter(anchors[cid] for cid in added) == Counter(f.text for f in findings)
    # the old comments still cover the same text
    old_anchors = anchored_text(data) if old else {}
    assert all(anchors.get(cid) == text for cid, text in old_anchors.items()), (
        "bestaande ankers zijn verschoven"
    )
    # the text, the parts and the extra comment parts stay as they were
    assert read_docx(copy).source == read_docx(data).source
    assert {n for n in part_names(data) if not n.startswith("[trash]")} <= part_names(copy)
    for part in COMMENT_PARTS:
        if part in part_names(data):
            assert read_part(copy, part) == read_part(data, part)
    assert Path(out).stat().st_size > 0


def test_the_priorities_are_the_first_comment(config):
    data, _ = generated_docx()
    result = check_document(read_docx(data), config)
    assert result.summary.priorities
    copy, added = annotate_docx(data, result.findings, summary=result.summary)
    assert added == len(result.findings) + 1
    comments = comments_by_id(copy)
    first_id = min(comments, key=int)
    author, text = comments[first_id]
    assert author == "beleidstaal" and text.startswith("Eerst verbeteren (beleidstaal)")
    lines = text.splitlines()
    assert 2 <= len(lines) <= 6 and lines[1].startswith("1. ") and " → " in text
    # it stands on the start of the text: before every other comment in the document
    body = docx.Document(io.BytesIO(copy)).element.body
    starts = [el.get(f"{{{W}}}id") for el in body.iter(f"{{{W}}}commentRangeStart")]
    assert starts[0] == first_id
    # the text itself did not change
    assert read_docx(copy).source == read_docx(data).source
