"""Windows of a stored document: the stems are read as stored with each block (index format 4), and every window
gives the same words and stems however the blocks were read before (issue 24, cost of a check)."""

from __future__ import annotations

import random

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


def test_a_few_words_of_a_block_take_the_block_s_stored_stems(tmp_path):
    index, doc_id = _document(tmp_path)
    doc = index.document(doc_id)
    assert len(doc) > 3 * BLOCK_WORDS
    window = doc.keys_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)
    assert window == [stem(w) for w in doc.words_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)]
    # the block's stems numbered once, in the open index's table (``numbers.py``), when its numbers are asked for
    assert doc._blocks[1][1] is None
    ids = doc.ids_range(BLOCK_WORDS + 10, BLOCK_WORDS + 40)
    stem_of = list(index.numbers._table)  # the stems in the order they were numbered: stem_of[number]
    assert [stem_of[i] for i in ids] == window
    assert [stem_of[i] for i in doc._blocks[1][1]] == [
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
    """Since format version 4 each block holds its words' stems (made while the index was built): a fresh process
    reads them and never runs ``stem`` on a stored word, and they are the stems ``stem`` makes."""
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


def test_a_block_without_its_stems_is_a_damaged_index(tmp_path):
    """A block whose stems are missing is not read as if its words had none: the index is called damaged."""
    import sqlite3
    import zlib

    import pytest

    from beleidstaal.index.schema import IndexFileError

    index, doc_id = _document(tmp_path)
    index.close()
    conn = sqlite3.connect(tmp_path / "ref.sqlite")
    block_id, blob = conn.execute("SELECT id, text FROM blocks ORDER BY id LIMIT 1 OFFSET 1").fetchone()
    words = zlib.decompress(blob).decode("utf-8").partition("\n")[0]
    conn.execute("UPDATE blocks SET text=? WHERE id=?", (zlib.compress(words.encode("utf-8")), block_id))
    conn.commit()
    conn.close()
    doc = ReferenceIndex.open(tmp_path / "ref.sqlite").document(doc_id)
    with pytest.raises(IndexFileError, match="beschadigd"):
        doc.keys_range(0, 3 * BLOCK_WORDS)
