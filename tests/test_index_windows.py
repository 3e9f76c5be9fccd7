"""Windows of a stored document: the stems are read as stored with each block, as numbers of the index's vocabulary
(index format 5), and every window gives the same words and stems however the blocks were read before (issue 24,
cost of a check)."""

from __future__ import annotations

import random

import numpy as np

from beleidstaal.index import ReferenceIndex, build_index, normalise
from beleidstaal.index.normalise import stem, stems
from beleidstaal.index.records import BLOCK_WORDS

_SENTENCES = [
    "De gemeente wil de oude school aan de Dorpsstraat ombouwen tot zes woningen voor starters.",
    "Het college heeft de plannen voor het groene plein besproken met de bewoners van de wijk.",
    "De nieuwe woningen krijgen een tuin aan de achterkant en een parkeerplaats op eigen terrein.",
    "Voor de bouw is een onderzoek naar de bodem gedaan; de grond is schoon genoeg om te wonen.",
    "Het waterschap vraagt om extra ruimte voor regenwater in de groenstroken langs de wegen.",
    "Omwonenden konden hun mening geven tijdens twee avonden in het buurthuis van de Akkers.",
]


def _document(tmp_path):
    rng = random.Random(11)
    text = "# Plan\n\n" + "\n\n".join(" ".join(rng.choice(_SENTENCES) for _ in range(6)) for _ in range(14))
    folder = tmp_path / "plannen"
    folder.mkdir()
    (folder / "plan.md").write_text(text + "\n", encoding="utf-8")
    build_index([folder], tmp_path / "ref.sqlite")
    index = ReferenceIndex.open(tmp_path / "ref.sqlite")
    return index, index.all_document_ids()[0]


def test_a_few_words_of_a_block_take_the_block_s_stored_numbers(tmp_path):
    """A window reads its blocks' numbers as stored (no words read, nothing numbered); they are the numbers of the
    words' stems in the index's vocabulary (table ``vocab``)."""
    import sqlite3

    index, doc_id = _document(tmp_path)
    doc = index.document(doc_id)
    assert len(doc) > 3 * BLOCK_WORDS
    ids = doc.ids_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)
    assert ids.dtype == np.int32 and not ids.flags.writeable
    assert set(doc._ids) == {1} and doc._words == {}  # the numbers of one block; its words not read
    conn = sqlite3.connect(tmp_path / "ref.sqlite")
    stem_of = dict(conn.execute("SELECT id, stem FROM vocab"))
    conn.close()
    window = [stem(w) for w in doc.words_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)]
    assert [stem_of[i] for i in ids.tolist()] == window == doc.keys_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)
    assert [stem_of[i] for i in doc._ids[1].tolist()] == [
        stem(w) for w in doc.words_range(BLOCK_WORDS, 2 * BLOCK_WORDS)
    ]


def test_every_window_gives_the_same_words_and_stems_in_any_order(tmp_path):
    index, doc_id = _document(tmp_path)
    words = index.document(doc_id).words
    rng = random.Random(3)
    for _ in range(4):
        fresh = ReferenceIndex.open(index.path)  # nothing read yet
        doc = fresh.document(doc_id)
        for _ in range(300):
            start = rng.randrange(-5, len(words) + 5)
            end = start + rng.choice([0, 1, 5, 29, 63, 64, 200, BLOCK_WORDS, 700])
            lo, hi = max(0, start), max(0, min(end, len(words)))
            assert doc.words_range(start, end) == words[lo:hi]
            assert doc.keys_range(start, end) == [stem(w) for w in words[lo:hi]]


def test_stems_of_known_and_new_words_are_stem_of_each():
    normalise._stems.clear()
    first = ["plannen", "groene", "woningen", "plannen"]
    assert stems(first) == [stem(w) for w in first]
    mixed = ["woningen", "wordt", "gemeentehuizen", "auto's", "plannen", "", "tuinen"]
    assert stems(mixed) == [stem(w) for w in mixed]


def test_a_check_takes_the_stored_stems_and_stems_no_stored_word(tmp_path, monkeypatch):
    """Since format version 4 each block holds its words' stems (since 5 as numbers of the vocabulary), made while
    the index was built: a fresh process reads them and never runs ``stem`` on a stored word, and they are the stems
    ``stem`` makes."""
    index, doc_id = _document(tmp_path)
    words = index.document(doc_id).words
    normalise._stems.clear()  # as in a new process
    made: list[str] = []

    def counted(word: str) -> str:
        made.append(word)
        return stem(word)

    monkeypatch.setattr(normalise, "stem", counted)
    fresh = ReferenceIndex.open(index.path)
    doc = fresh.document(doc_id)
    assert doc.keys_range(BLOCK_WORDS + 10, BLOCK_WORDS + 20) == [
        stem(w) for w in words[BLOCK_WORDS + 10 : BLOCK_WORDS + 20]
    ]
    assert doc.keys == [stem(w) for w in words]
    assert made == []


def test_an_index_of_format_three_asks_for_a_rebuild(tmp_path):
    """An index of format version 3 (blocks without their stems) is not read: the Dutch message with the command
    that makes it again."""
    import sqlite3

    import pytest

    from beleidstaal.index.schema import IndexFileError

    index, _ = _document(tmp_path)
    index.close()
    conn = sqlite3.connect(tmp_path / "ref.sqlite")
    conn.execute("UPDATE meta SET value='3' WHERE key='version'")
    conn.commit()
    conn.close()
    with pytest.raises(IndexFileError, match="andere versie van beleidstaal") as err:
        ReferenceIndex.open(tmp_path / "ref.sqlite")
    assert "Maak hem opnieuw met: beleidstaal index build" in str(err.value)


def test_an_index_of_format_four_asks_for_a_rebuild(tmp_path):
    """An index of format version 4 (each block its words and their stems as text, no vocabulary) is not read by
    this version: the Dutch message with the command that makes it again, for the check too (exit code 2, no
    traceback)."""
    import sqlite3
    import zlib

    import pytest
    from typer.testing import CliRunner

    from beleidstaal.cli import app
    from beleidstaal.index.schema import IndexFileError

    index, _ = _document(tmp_path)
    folder = index.roots[0]
    index.close()
    old = tmp_path / "v4.sqlite"
    conn = sqlite3.connect(tmp_path / "ref.sqlite")
    conn.execute(f"VACUUM INTO '{old}'")
    conn.close()
    conn = sqlite3.connect(old)  # the tables of format 4: no vocab, blocks of words and stems as text
    conn.executescript(
        "DROP TABLE vocab; DROP TABLE blocks; CREATE TABLE blocks (id INTEGER PRIMARY KEY, text BLOB);"
    )
    conn.execute("INSERT INTO blocks VALUES (?, ?)", (1 << 20, zlib.compress(b"de plannen\nde plan")))
    conn.execute("UPDATE meta SET value='4' WHERE key='version'")
    conn.commit()
    conn.close()
    with pytest.raises(IndexFileError, match="andere versie van beleidstaal") as err:
        ReferenceIndex.open(old)
    assert f"Maak hem opnieuw met: beleidstaal index build {folder} --output {old}" in str(err.value)
    draft = tmp_path / "nota.md"
    draft.write_text(
        "De gemeente wil de oude school aan de Dorpsstraat ombouwen tot zes woningen.\n", "utf-8"
    )
    result = CliRunner().invoke(app, ["check", str(draft), "--reference", str(old), "--no-cache"])
    assert result.exit_code == 2
    out = " ".join(result.output.split())
    assert "andere versie van beleidstaal" in out and "Maak hem opnieuw met" in out and "Traceback" not in out


def test_a_block_with_damaged_numbers_is_a_damaged_index(tmp_path):
    """A block whose stored numbers are cut short or are no numbers is not read as if its words had fewer stems:
    the index is called damaged."""
    import sqlite3

    import pytest

    from beleidstaal.index.schema import IndexFileError

    index, doc_id = _document(tmp_path)
    index.close()
    for damaged in (b"\x01\x00\x00\x00\x02\x00", b"\x01\x00\x00\x00\x02", b"kapot", b""):
        conn = sqlite3.connect(tmp_path / "ref.sqlite")
        block_id = conn.execute("SELECT id FROM blocks ORDER BY id DESC LIMIT 1").fetchone()[0]  # the last
        conn.execute("UPDATE blocks SET stems=? WHERE id=?", (damaged, block_id))
        conn.commit()
        conn.close()
        doc = ReferenceIndex.open(tmp_path / "ref.sqlite").document(doc_id)
        with pytest.raises(IndexFileError, match="beschadigd"):
            doc.ids_range(0, len(doc))


def test_numbers_are_stored_in_16_bits_where_a_block_s_numbers_fit_else_in_32():
    from beleidstaal.index.records import pack_ids, unpack_ids

    rng = random.Random(7)
    for n in (1, 2, 5, BLOCK_WORDS - 1, BLOCK_WORDS, 2 * BLOCK_WORDS + 3):
        for top in (1, 65_535, 65_536, 2_000_000):
            ids = np.array([rng.randrange(top) for _ in range(n)] + [top - 1], dtype=np.int32)
            blocks = pack_ids(ids)
            parts = [ids[i : i + BLOCK_WORDS] for i in range(0, len(ids), BLOCK_WORDS)]
            assert [len(b) % 2 == 1 for b in blocks] == [int(p.max()) < 1 << 16 for p in parts]
            back = np.concatenate([unpack_ids(b) for b in blocks])
            assert back.dtype == np.int32 and back.tolist() == ids.tolist()
            assert not any(unpack_ids(b).flags.writeable for b in blocks)
