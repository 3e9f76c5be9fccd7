"""The vocabulary of stem numbers (index format 5) across processes and damage (review of copycost42): two
``index add`` runs one after the other on an index both opened before give no number twice; a reader opened before
an ``add`` reads the stems of the documents it added; a vocabulary or block with a wrong number is a damaged index
(the Dutch message, exit code 2, no traceback); an index of format 4 asks for a rebuild in every index command."""

from __future__ import annotations

import shutil
import sqlite3

import numpy as np
import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app
from beleidstaal.index import ReferenceIndex, build_index, bulk
from beleidstaal.index.normalise import stem
from beleidstaal.index.schema import IndexFileError

_BASE = [
    "De gemeente bouwt een nieuwe school naast het sportpark aan de rand van het dorp.",
    "De ouders konden hun wensen voor het schoolplein geven op een avond in de gymzaal.",
    "Er komen fietsenstallingen bij de ingang en een veilige oversteek over de Kerkweg.",
]
_HARBOUR = "Langs de kade komen drie steigers voor kano's en een loopbrug naar het eiland in de haven."
_DIKE = "Op de dijk staan straks zeven windmolens; de opbrengst gaat naar een fonds voor de dorpen."


def _folder(tmp_path, name: str, sentences: list[str]):
    folder = tmp_path / name
    folder.mkdir()
    text = "# Plan\n\n" + "\n\n".join(" ".join(sentences[i:] + sentences[:i]) for i in range(6))
    (folder / "plan.md").write_text(text + "\n", encoding="utf-8")
    return folder


def _vocab(path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, stem FROM vocab"))
    finally:
        conn.close()


def test_a_second_add_that_read_the_index_before_the_first_committed_numbers_its_stems_after_them(
    tmp_path, monkeypatch
):
    """Two ``index add`` runs (say two processes) on other folders: the second has opened and read the index, then
    waits for the first's commit before it writes. Its new stems get numbers after the first's, not the same ones
    (which SQLite refused with an IntegrityError, a traceback)."""
    build_index([_folder(tmp_path, "basis", _BASE)], tmp_path / "ref.sqlite")
    haven, dijk = _folder(tmp_path, "haven", [_HARBOUR] + _BASE), _folder(tmp_path, "dijk", [_DIKE] + _BASE)
    second = ReferenceIndex.open(tmp_path / "ref.sqlite", writable=True)
    original = bulk.read_files

    def first_adds_meanwhile(jobs, workers):
        monkeypatch.setattr(bulk, "read_files", original)
        first = ReferenceIndex.open(tmp_path / "ref.sqlite", writable=True)
        first.update([haven])
        first.close()
        yield from original(jobs, workers)

    monkeypatch.setattr(bulk, "read_files", first_adds_meanwhile)
    second.update([dijk])
    second.close()
    vocab = _vocab(tmp_path / "ref.sqlite")
    assert sorted(vocab) == list(range(len(vocab))) and len(set(vocab.values())) == len(vocab)
    assert {stem("loopbrug"), stem("windmolens")} <= set(vocab.values())
    index = ReferenceIndex.open(tmp_path / "ref.sqlite")
    for doc_id in index.all_document_ids():
        doc = index.document(doc_id)
        assert doc.keys == [stem(w) for w in doc.words]


def test_a_reader_opened_before_an_add_reads_the_stems_of_the_documents_it_added(tmp_path):
    """The web server or LSP keeps an index open while ``index add`` runs in another process: the stems of a
    document added since, with numbers past the vocabulary the reader read, are read again, not an IndexError."""
    build_index([_folder(tmp_path, "basis", _BASE)], tmp_path / "ref.sqlite")
    reader = ReferenceIndex.open(tmp_path / "ref.sqlite")
    (old,) = reader.all_document_ids()
    assert reader.document(old).keys[:3] == [stem(w) for w in reader.document(old).words[:3]]
    writer = ReferenceIndex.open(tmp_path / "ref.sqlite", writable=True)
    writer.update([_folder(tmp_path, "dijk", [_DIKE] + _BASE)])
    writer.close()
    new = max(reader.all_document_ids())
    doc = reader.document(new)
    assert stem("windmolens") in doc.keys and doc.keys == [stem(w) for w in doc.words]


def _damage(tmp_path, name: str, statements) -> str:
    path = tmp_path / f"{name}.sqlite"
    shutil.copy(tmp_path / "ref.sqlite", path)
    conn = sqlite3.connect(path)
    statements(conn)
    conn.commit()
    conn.close()
    return str(path)


def _first_block(conn) -> tuple[int, int]:
    block_id, blob = conn.execute("SELECT id, stems FROM blocks ORDER BY id LIMIT 1").fetchone()
    return block_id, len(blob) // 2


def test_a_wrong_number_in_the_vocabulary_or_a_block_is_a_damaged_index(tmp_path):
    build_index([_folder(tmp_path, "basis", _BASE)], tmp_path / "ref.sqlite")
    with sqlite3.connect(tmp_path / "ref.sqlite") as conn:
        size = conn.execute("SELECT COUNT(*) FROM vocab").fetchone()[0]

    def gap(conn):  # a number missing in the vocabulary: the stems after it would be read one place off
        conn.execute("DELETE FROM vocab WHERE id = 2")

    def past(conn):  # a block (32 bits) with a number the vocabulary does not hold
        block_id, n = _first_block(conn)
        ids = np.zeros(n, dtype="<i4")
        ids[3] = size + 5
        conn.execute("UPDATE blocks SET stems=? WHERE id=?", (ids.tobytes(), block_id))

    def negative(conn):  # a negative number would equal the number of a draft's stem the vocabulary lacks
        block_id, n = _first_block(conn)
        ids = np.zeros(n, dtype="<i4")
        ids[3] = -1
        conn.execute("UPDATE blocks SET stems=? WHERE id=?", (ids.tobytes(), block_id))

    for statements in (gap, past, negative):
        damaged = ReferenceIndex.open(_damage(tmp_path, statements.__name__, statements))
        doc = damaged.document(damaged.all_document_ids()[0])
        with pytest.raises(IndexFileError, match="is beschadigd"):
            doc.keys_range(0, 10)
        result = CliRunner().invoke(app, ["index", "phrases", damaged.path])
        out = " ".join(result.output.split())
        assert result.exit_code == 2 and "is beschadigd" in out and "Traceback" not in out, out


def test_a_vocabulary_sqlite_cannot_read_is_a_damaged_index_in_a_check(tmp_path):
    """The draft's stems are looked up in the vocabulary's index of stems: a damaged page there gives the Dutch
    message about the damaged index, not the one about an unexpected error."""
    build_index([_folder(tmp_path, "basis", _BASE)], tmp_path / "ref.sqlite")
    path = tmp_path / "kapot.sqlite"
    shutil.copy(tmp_path / "ref.sqlite", path)
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_vocab_1'"
        ).fetchone()
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root[0] - 1) * page)
        fh.write(b"\xff" * 64)
    draft = tmp_path / "nota.md"
    draft.write_text("# Nota\n\n" + " ".join(_BASE) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--reference", str(path), "--no-cache"])
    out = " ".join(result.output.split())
    assert result.exit_code == 2 and "is beschadigd" in out and "Traceback" not in out, out


def test_an_index_of_format_four_asks_for_a_rebuild_in_add_info_and_phrases(tmp_path):
    folder = _folder(tmp_path, "basis", _BASE)
    build_index([folder], tmp_path / "ref.sqlite")

    def format_four(conn):
        conn.executescript(
            "DROP TABLE vocab; DROP TABLE blocks; CREATE TABLE blocks (id INTEGER PRIMARY KEY, text BLOB);"
            " UPDATE meta SET value = '4' WHERE key = 'version';"
        )

    old = _damage(tmp_path, "v4", format_four)
    for command in (["index", "add", old], ["index", "add", old, str(folder)], ["index", "info", old],
                    ["index", "phrases", old]):  # fmt: skip
        result = CliRunner().invoke(app, command)
        out = " ".join(result.output.split())
        assert result.exit_code == 2 and "Traceback" not in out, (command, out)
        assert (
            "andere versie van beleidstaal" in out
            and f"beleidstaal index build {folder} --output {old}" in out
        )
