"""The Document's offset map: analysed text back to exact source places."""

from __future__ import annotations

from beleidstaal.readers import document_from_text


def test_plain_text_offsets_are_identity():
    src = "Eerste regel.\nTweede regel met één woord.\n\nNieuwe alinea."
    doc = document_from_text(src)
    assert [doc.paragraph_text(p) for p in doc.paragraphs] == [
        "Eerste regel. Tweede regel met één woord.",
        "Nieuwe alinea.",
    ]
    i = doc.text.index("één")
    loc = doc.locate(i, i + 3)
    assert src[loc.offset : loc.end_offset] == "één"
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (2, 18, 2, 21)


def test_markdown_skips_code_front_matter_and_link_targets():
    src = (
        "---\ntitel: middels\n---\n# Kop over **beleid**\n\n"
        "Zie [de nota](https://example.nl/middels) en `middels` hier.\n\n```\nmiddels\n```\n"
    )
    doc = document_from_text(src, kind="markdown")
    texts = [doc.paragraph_text(p) for p in doc.paragraphs]
    assert texts[0] == "Kop over beleid"
    assert "middels" not in doc.text
    i = doc.text.index("de nota")
    loc = doc.locate(i, i + len("de nota"))
    assert src[loc.offset : loc.end_offset] == "de nota"
    assert loc.line == 6 and loc.column == 6


def test_markdown_table_cell_and_list_item_positions():
    src = "- punt een\n- punt twee\n\n| a | b |\n|---|---|\n| cel een | cel twee |\n"
    doc = document_from_text(src, kind="markdown")
    kinds = {doc.paragraph_text(p): p.kind for p in doc.paragraphs}
    assert kinds["punt twee"] == "list_item"
    assert kinds["cel twee"] == "table_cell"
    i = doc.text.index("cel twee")
    loc = doc.locate(i, i + 8)
    assert (loc.line, loc.column) == (6, 13)
    assert src[loc.offset : loc.end_offset] == "cel twee"


def test_remembered_makes_once_and_keeps_empty_answers():
    """``remembered`` works an answer out at the first ask and keeps it, an empty one too (only ``None`` is 'not
    yet'): a document's quoted blocks are found once, however many rules ask."""
    from beleidstaal.document import remembered

    memo: dict = {}
    made = []

    def make():
        made.append(1)
        return ()

    assert remembered(memo, "blocks", make) == ()
    assert remembered(memo, "blocks", make) == ()
    assert made == [1] and memo == {"blocks": ()}
