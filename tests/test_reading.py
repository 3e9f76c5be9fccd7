"""Reading in linear time, and binary detection by the share of control characters."""

from __future__ import annotations

import pytest

from beleidstaal import document as document_module
from beleidstaal.core import check_document, check_path
from beleidstaal.errors import InputError
from beleidstaal.readers import document_from_text, read_bytes
from beleidstaal.readers.text import control_share, decode_bytes, looks_binary

_PARAGRAPH = (
    "De gemeente **wil** dat [inwoners](https://example.nl/a) sneller antwoord krijgen op hun vraag {n}."
)


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_builder_joins_every_piece_a_bounded_number_of_times(monkeypatch, kind):
    """The builder used to re-join the whole text at every paragraph end: quadratic in the file size."""
    joined = []
    real_join = document_module._join
    monkeypatch.setattr(document_module, "_join", lambda parts: joined.append(real_join(parts)) or joined[-1])
    source = "\n\n".join(_PARAGRAPH.format(n=n) for n in range(3000))
    doc = document_from_text(source, kind=kind)
    assert len(doc.paragraphs) == 3000
    assert len(joined) == 3001  # one join per paragraph and one for the whole text
    # every piece is joined twice: once for its paragraph, once for the whole text
    assert sum(len(s) for s in joined) <= 2 * len(doc.text)


def test_paragraph_bounds_trim_spaces_of_their_own_pieces():
    doc = document_from_text("Eerste  alinea  \n\n   \n\n  tweede   alinea\n")
    assert [doc.paragraph_text(p) for p in doc.paragraphs] == ["Eerste  alinea", "tweede   alinea"]
    assert doc.paragraphs[1].start == doc.text.index("tweede")


def test_text_offset_is_the_inverse_of_source_offset():
    src = "# Kop\n\nZie [de nota](https://example.nl/x) en `code` hier.\n"
    doc = document_from_text(src, kind="markdown")
    mapped = [i for seg in doc.segments for i in range(seg.text_start, seg.text_start + seg.length)]
    assert len(mapped) > 20
    for i in mapped:
        assert doc.text_offset(doc.source_offset(i)) == i
    # a place in skipped markup snaps forward to the next analysed character
    url = src.index("https")
    assert doc.text[doc.text_offset(url) :].startswith(" en")


def test_control_share_counts_control_characters_but_not_line_breaks():
    assert control_share(b"een\ttwee\r\ndrie\x0c") == 0
    assert control_share(b"ab\x00\x01") == 0.5


@pytest.mark.parametrize(
    "data, binary",
    [
        (b"Gewone tekst.\n" * 1000 + b"\x00" * 6, False),  # six stray NULs in 14 kB: text
        (b"\x00\x01\x02\x03PNG\x00" * 50, True),
        (b"%PDF-1.7 de rest lijkt tekst", True),
        ("Tekst als UTF-16.".encode("utf-16"), False),
        (bytes(range(256)) * 10, True),
    ],
)
def test_binary_is_recognised_by_share_not_by_one_nul(data, binary):
    assert looks_binary(data) is binary


def test_mostly_nul_utf16_text_is_refused():
    with pytest.raises(InputError, match="binaire"):
        decode_bytes("\x00\x00\x00a".encode("utf-16") * 50)


def test_stray_nuls_are_read_as_spaces_and_reported_once(tmp_path):
    prose = "Wij informeren u middels deze brief over de nieuwe regels voor het parkeren in de wijk.\n\n"
    source = (
        prose * 30 + "Meer staat op https://example.nl/par\x00keren en in de bij\x00lage.\n\n" + prose * 30
    )
    path = tmp_path / "plan.md"
    path.write_bytes(source.encode("utf-8"))
    doc = read_bytes(path.read_bytes(), kind="markdown", path=str(path))
    assert doc.source == source  # nothing the user wrote is changed
    assert "\x00" not in doc.text
    assert "bij lage" in doc.text

    result = check_path(path)
    assert result.error is None
    nul = [f for f in result.findings if f.rule == "BT901"]
    assert len(nul) == 1
    assert nul[0].data["count"] == 2
    assert nul[0].severity == "info"
    # the first NUL is in the URL, which is not analysed; the finding points at the next analysed place
    assert nul[0].offset >= source.index("\x00")
    assert any(f.rule == "BT101" for f in result.findings)  # the rest is checked as usual


def test_nul_in_prose_is_marked_exactly():
    source = "Dit is een zin met een NUL\x00teken erin, verder gewone tekst over het beleid van de gemeente."
    doc = read_bytes((source + "\n" * 1).encode() + b" " * 200, kind="text", path="x.txt")
    [finding] = [f for f in check_document(doc).findings if f.rule == "BT901"]
    assert finding.text == "\x00"
    assert finding.offset == source.index("\x00")
    assert finding.data["count"] == 1
