"""The reference index: normaliser, winnowing, noise filter, SQLite store with incremental add, phrase mining, CLI."""

from __future__ import annotations

import json
import random
import re
import shutil
import sqlite3
import zlib
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app
from beleidstaal.index import IndexFileError, ReferenceIndex, build_index, places
from beleidstaal.index.fingerprint import K, W, fingerprints, key_hashes, ngram_hashes, winnow
from beleidstaal.index.match import find_passages
from beleidstaal.index.noise import prose_tokens
from beleidstaal.index.normalise import quoted_spans, stem, tokenise
from beleidstaal.readers import document_from_text

UD = Path(__file__).resolve().parents[2] / "shared" / "ud-dutch"
runner = CliRunner()


def flat(text: str) -> str:
    """Output without the line breaks that rich adds in narrow terminals."""
    return " ".join(text.split())


needs_ud = pytest.mark.skipif(not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken")


def ud_sentences(limit: int = 400) -> list[str]:
    out = []
    for line in (UD / "nl_alpino-ud-dev.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            s = line[9:].strip()
            if 8 <= len(s.split()) <= 30 and not re.search(r"[\d\"'()]", s) and s[-1] in ".!?":
                out.append(s)
    out = sorted(set(out))
    random.Random(7).shuffle(out)
    return out[:limit]


def write_docs(folder: Path, sentences: list[str], n: int = 8) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    per = len(sentences) // n
    for i in range(n):
        sents = sentences[i * per : (i + 1) * per]
        paras = [" ".join(sents[j : j + 4]) for j in range(0, len(sents), 4)]
        (folder / f"doc{i + 1:02d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")


# --- normaliser ----------------------------------------------------------------------------------------------------


def test_stemmer_maps_inflections_to_one_key():
    assert stem("plannen") == stem("plan")
    assert stem("woningen") == stem("woning")
    assert stem("groene") == stem("groen")
    assert stem("wordt") == stem("worden")
    assert stem("gemeenten") == stem("gemeente")
    assert stem("café") == stem("cafe")


def test_tokenise_lowercases_drops_punctuation_and_numbers_and_marks_sentences():
    t = tokenise("Het Plan (zie artikel 3.1.6) is klaar. Daarna: de bouw!")
    assert t.words == ["het", "plan", "zie", "artikel", "is", "klaar", "daarna", "de", "bouw"]
    assert t.breaks == [0, 6, 7]
    text = "Het Plan (zie artikel 3.1.6) is klaar."
    t = tokenise(text)
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)][:2] == ["Het", "Plan"]


def test_mojibake_is_repaired_so_it_is_no_noise():
    assert tokenise("Dat is Ã©Ã©n partiÃ«le herziening.").words == [
        "dat",
        "is",
        "één",
        "partiële",
        "herziening",
    ]


def test_quoted_spans():
    text = "Hij zei “dit is een citaat” en 'nog een' maar auto's blijven."
    spans = [text[s:e] for s, e in quoted_spans(text)]
    assert "“dit is een citaat”" in spans and "'nog een'" in spans
    assert not any("auto" in s for s in spans)


# --- fingerprints --------------------------------------------------------------------------------------------------


def test_hashes_are_stable_and_47_bit():
    h = ngram_hashes(key_hashes(["de", "gemeent", "wil", "meer", "woning"]), 5)
    assert h.tolist() == ngram_hashes(key_hashes(["de", "gemeent", "wil", "meer", "woning"]), 5).tolist()
    assert 0 <= int(h[0]) < 2**47


def test_winnowing_keeps_a_fingerprint_in_every_window():
    rng = np.random.default_rng(1)
    hashes = rng.integers(0, 2**47, size=500)
    kept = winnow(hashes)
    assert 0.15 < len(kept) / len(hashes) < 0.3  # about 2/(W+1)
    kept_set = set(kept.tolist())
    for i in range(len(hashes) - W + 1):
        assert kept_set & set(range(i, i + W))


def test_shared_run_of_twelve_words_always_shares_a_fingerprint():
    rng = random.Random(3)
    vocab = [f"woord{i}" for i in range(2000)]
    for _ in range(50):
        shared = [rng.choice(vocab) for _ in range(W + K - 1)]
        a = [rng.choice(vocab) for _ in range(30)] + shared + [rng.choice(vocab) for _ in range(30)]
        b = [rng.choice(vocab) for _ in range(17)] + shared + [rng.choice(vocab) for _ in range(9)]
        assert set(fingerprints(a)[0].tolist()) & set(fingerprints(b)[0].tolist())


# --- noise ---------------------------------------------------------------------------------------------------------


NOISY = """direct naar inhoud van Toelichting

* Vorige
* Volgende
* Omhoog

| Plan: | Nieuwe wijk aan de rivier met veel woningen en een school |

<span id="page-3-0"></span>De gemeente wil in het gebied tweehonderd woningen bouwen, met een school en een park.

Gemeente Ergens, vaststellingsversie van het bestemmingsplan Nieuwe wijk aan de rivier.

Het park komt aan de kant van de rivier, zodat iedereen er kan wandelen.

Gemeente Ergens, vaststellingsversie van het bestemmingsplan Nieuwe wijk aan de rivier.

Gemeente Ergens, vaststellingsversie van het bestemmingsplan Nieuwe wijk aan de rivier.

+ 3.1 Inleiding en aanleiding van het plan voor de wijk
"""


def test_noise_filter_keeps_only_prose():
    tokens = prose_tokens(document_from_text(NOISY, kind="markdown"))
    text = " ".join(tokens.words)
    assert text.startswith("de gemeente wil in het gebied tweehonderd woningen bouwen")
    for noise in (
        "direct",
        "vorige",
        "volgende",
        "omhoog",
        "span",
        "page",
        "inleiding",
        "vaststellingsversie",
    ):
        assert noise not in tokens.words, noise
    assert "wandelen" in tokens.words


def test_documents_sharing_only_navigation_and_footers_are_not_copies(tmp_path):
    nav = "direct naar inhoud van Toelichting\n\n* Begin\n* Vorige\n* Volgende\n\nGemeente Ergens - Toelichting bestemmingsplan\n\n"
    a = tmp_path / "a" / "plan.md"
    a.parent.mkdir()
    a.write_text(
        nav * 3 + "De dijk wordt twee meter hoger, zodat het water bij storm niet over de kade komt.\n",
        "utf-8",
    )
    index = ReferenceIndex.create()
    index.update([a.parent])
    draft = nav * 3 + "Wij bouwen een nieuwe brug over de rivier, met een breed fietspad aan beide kanten.\n"
    tokens = prose_tokens(document_from_text(draft, kind="markdown"))
    assert find_passages(tokens.keys, index) == []


# --- store ---------------------------------------------------------------------------------------------------------


def test_paths_are_read_once_and_follow_an_update(tmp_path):
    """``paths`` keeps the paths it read (the passages of a check ask for the same documents again and again) and
    answers in id order; after ``update`` it sees a document that moved and no longer one that is gone."""
    folder = tmp_path / "plannen"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.md").write_text(
            f"De gemeente {name} legt een nieuw fietspad aan langs de rivier.\n", "utf-8"
        )
    index = ReferenceIndex.create()
    index.update([folder])
    ids = index.all_document_ids()
    first = index.paths(reversed(ids))
    assert list(first) == ids and {Path(p).name for p, _ in first.values()} == {"a.md", "b.md", "c.md"}
    assert index.paths([ids[1], ids[1], 12345]) == {ids[1]: first[ids[1]]}
    (folder / "b.md").rename(folder / "d.md")
    index.update([folder])
    names = {Path(p).name for p, _ in index.paths(index.all_document_ids()).values()}
    assert names == {"a.md", "c.md", "d.md"}
    assert ids[1] not in index.paths([ids[1]]) or Path(index.paths([ids[1]])[ids[1]][0]).name != "b.md"


@needs_ud
def test_build_add_and_delete(tmp_path):
    folder = tmp_path / "docs"
    write_docs(folder, ud_sentences())
    out = tmp_path / "ref.sqlite"
    report = build_index([folder], out)
    assert report.added == 8 and not report.failed
    index = ReferenceIndex.open(out)
    info = index.info()
    assert info["documents"] == 8 and info["fingerprints"] > 0 and info["roots"] == [str(folder.resolve())]
    # a passage of doc03 is found, with its position
    doc3 = (folder / "doc03.txt").read_text(encoding="utf-8")
    passage = " ".join(doc3.split("\n\n")[1].split()[:25])
    tokens = prose_tokens(document_from_text(passage))
    found = find_passages(tokens.keys, index)
    assert len(found) == 1
    src = index.document(found[0].doc)
    assert src.relpath == "doc03.txt" and src.line(found[0].src_start) == 3
    index.close()

    # unchanged files are skipped; a changed file is re-indexed; a deleted file is dropped with its fingerprints
    (folder / "doc03.txt").unlink()
    (folder / "doc05.txt").write_text(
        "Een heel nieuwe tekst over de bouw van een brug over de rivier.\n", "utf-8"
    )
    result = runner.invoke(app, ["index", "add", str(out)])
    assert result.exit_code == 0, flat(result.output)
    assert (
        "1 gewijzigd" in flat(result.output)
        and "1 verwijderd" in flat(result.output)
        and "6 ongewijzigd" in flat(result.output)
    )
    index = ReferenceIndex.open(out)
    assert index.document_count == 7
    assert find_passages(tokens.keys, index) == []
    conn = sqlite3.connect(out)
    ids = {r[0] for r in conn.execute("SELECT id FROM docs")}
    assert {d for _, d, _ in _stored_places(conn)} <= ids and len(ids) == 7
    # the same places as a fresh build of the same folder (documents named by path: their ids differ)
    fresh = tmp_path / "fresh.sqlite"
    build_index([folder], fresh)
    fresh_conn = sqlite3.connect(fresh)
    assert _places_by_path(fresh_conn) == _places_by_path(conn)
    assert ReferenceIndex.open(fresh).info()["fingerprints"] == index.info()["fingerprints"]
    conn.close()
    fresh_conn.close()


def _stored_places(conn) -> list[tuple[int, int, int]]:
    """Every (hash, document, position) of the table ``places``, checking that each blob is sorted and has no place
    twice."""
    out = []
    for h, blob in conn.execute("SELECT hash, places FROM places"):
        values = np.frombuffer(blob, dtype="<i8")
        assert len(values) > 0 and (np.diff(values) > 0).all()
        out += [(h, int(v) >> 32, int(v) & 0xFFFFFFFF) for v in values]
    return out


def _places_by_path(conn) -> set[tuple[int, str, int]]:
    paths = dict(conn.execute("SELECT id, path FROM docs"))
    return {(h, paths[d], pos) for h, d, pos in _stored_places(conn)}


@needs_ud
def test_parallel_build_with_spilled_fingerprints_equals_serial_build(tmp_path, monkeypatch):
    """Worker processes read the files and the fingerprints go to disk in many small blocks: the index is the same
    as one built in a single process, a broken file is reported the same way, and no temporary file is left."""
    from beleidstaal.index import bulk

    folder = tmp_path / "docs"
    write_docs(folder, ud_sentences(), n=10)
    (folder / "kapot.docx").write_bytes(b"dit is geen Word-bestand")
    monkeypatch.setattr(bulk, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(bulk.FingerprintSpill, "FLUSH_ROWS", 50)
    tables = {}
    for workers in (1, 2):
        out = tmp_path / f"ref{workers}.sqlite"
        report = build_index([folder], out, workers=workers)
        assert report.added == 10
        assert [Path(p).name for p, _ in report.failed] == ["kapot.docx"]
        conn = sqlite3.connect(out)
        tables[workers] = (
            conn.execute(
                "SELECT id, path, title, words, lines, breaks, sha1 FROM docs ORDER BY id"
            ).fetchall(),
            conn.execute("SELECT id, stems, text FROM blocks ORDER BY id").fetchall(),
            conn.execute("SELECT id, stem FROM vocab ORDER BY id").fetchall(),
            conn.execute("SELECT hash, places FROM places ORDER BY hash").fetchall(),
            conn.execute("SELECT * FROM phrases ORDER BY hash").fetchall(),
        )
        conn.close()
    assert tables[1] == tables[2]
    docs, blocks, vocab, fps, _ = tables[2]
    assert [i for i, _ in vocab] == list(range(len(vocab)))  # numbered 0, 1, 2, ... in the order first read
    assert len(docs) == 10 and len(fps) > 500 and fps == sorted(fps) and len(blocks) > 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "ref1.sqlite", "ref2.sqlite"]


def test_stored_document_windows_equal_slices_of_all_words(monkeypatch):
    """A window of a stored document reads only the blocks that hold it, and gives the same words and stems as a
    slice of all of them, across block edges too; the words are read only where asked for."""
    from beleidstaal.index import records
    from beleidstaal.index.records import StoredDocument, pack_blocks, pack_ids, unpack_ids

    monkeypatch.setattr(records, "BLOCK_WORDS", 4)
    sentence = (
        "de gemeente wil één nieuwe brug over de rivier bouwen vóór het einde van het jaar zodat fietsers"
    )
    words = sentence.split()
    vocabulary = list(dict.fromkeys(stem(w) for w in words))
    numbered = np.array([vocabulary.index(stem(w)) for w in words], dtype=np.int32)
    blocks = [zlib.decompress(b).decode("utf-8") for b in pack_blocks(words)]
    id_blocks = [unpack_ids(b) for b in pack_ids(numbered)]
    assert len(blocks) == len(id_blocks) == 5 and blocks[0] == "de gemeente wil één"
    assert [vocabulary[i] for i in id_blocks[0]] == ["de", "gemeent", "wil", "een"]
    read: list[tuple[str, int, int]] = []

    def load(kind: str, blocks: list):
        def loaded(first: int, last: int) -> list:
            read.append((kind, first, last))
            return blocks[first : last + 1]

        return loaded

    class Vocabulary:
        def stems(self, ids):
            return [vocabulary[i] for i in ids]

    def stored() -> StoredDocument:
        return StoredDocument(
            1,
            "p",
            "r",
            "p",
            "t",
            len(words),
            load("ids", id_blocks),
            load("words", blocks),
            numbers=Vocabulary(),
        )

    assert stored().words_range(4, 6) == ["nieuwe", "brug"] and read == [("words", 1, 1)]
    doc = stored()
    assert doc.keys_range(3, 9) == [stem(w) for w in words[3:9]] and read[-1] == ("ids", 0, 2)
    read.clear()
    assert doc.keys_range(6, 14) == [stem(w) for w in words[6:14]] and read == [("ids", 3, 3)]  # 1-2 kept
    assert doc.ids_range(5, 7).tolist() == numbered[5:7].tolist() and read == [("ids", 3, 3)]
    for start in range(-2, len(words) + 3):
        for end in range(start, len(words) + 3):
            doc = stored()
            assert doc.words_range(start, end) == words[max(0, start) : max(0, end)]
            assert doc.keys_range(start, end) == [stem(w) for w in words[max(0, start) : max(0, end)]]
            assert doc.ids_range(start, end).tolist() == numbered[max(0, start) : max(0, end)].tolist()
    assert stored().words == words
    assert len(StoredDocument(2, "p", "r", "p", "t", 0, load("ids", []), load("words", []))) == 0


def _old_index(path, tables: str, version: str, normaliser: str) -> None:
    """An index file of an older format: its own ``tables`` (SQL) and a ``meta`` table naming its version."""
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" + tables)
    meta = {"schema": "beleidstaal-referentie-index", "version": version, "k": str(K), "w": str(W),
            "normaliser": normaliser, "roots": "/data/plannen"}  # fmt: skip
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.commit()
    conn.close()


def test_index_of_an_older_version_asks_for_a_rebuild(tmp_path):
    """An index in the format before word blocks (version 1: the words as one blob in ``docs``) is not read: a
    clear Dutch message names the command that makes it again, with the folders it was made of; the check stops
    with exit code 2, without a traceback."""
    old = tmp_path / "oud.sqlite"
    _old_index(
        old,
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT, root TEXT, relpath TEXT, title TEXT, size INTEGER,"
        " mtime_ns INTEGER, sha1 TEXT, words INTEGER, tokens BLOB, lines BLOB, breaks BLOB);"
        "CREATE TABLE fp (hash INTEGER, doc INTEGER, pos INTEGER, PRIMARY KEY (hash, doc, pos)) WITHOUT ROWID;"
        "CREATE TABLE phrases (hash INTEGER PRIMARY KEY, words INTEGER, docs INTEGER, text TEXT);",
        version="1",
        normaliser="3",
    )
    with pytest.raises(IndexFileError, match="andere versie van beleidstaal") as err:
        ReferenceIndex.open(old)
    assert f"beleidstaal index build /data/plannen --output {old}" in str(err.value)
    draft = tmp_path / "nota.md"
    draft.write_text("De gemeente bouwt een nieuwe brug over de rivier.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft), "--reference", str(old), "--no-cache"])
    assert result.exit_code == 2
    assert "Maak hem opnieuw met" in flat(result.output) and "Traceback" not in result.output


def test_index_with_one_row_per_place_asks_for_a_rebuild(tmp_path):
    """An index of format version 2 (one row per fingerprint place in table ``fp``) is not read since the places
    of a hash are one blob: the same Dutch message with the rebuild command, no SQL error."""
    old = tmp_path / "v2.sqlite"
    _old_index(
        old,
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT, root TEXT, relpath TEXT, title TEXT, size INTEGER,"
        " mtime_ns INTEGER, sha1 TEXT, words INTEGER, lines BLOB, breaks BLOB);"
        "CREATE TABLE blocks (id INTEGER PRIMARY KEY, text BLOB NOT NULL);"
        "CREATE TABLE fp (hash INTEGER, doc INTEGER, pos INTEGER, PRIMARY KEY (hash, doc, pos)) WITHOUT ROWID;"
        "CREATE TABLE phrases (hash INTEGER PRIMARY KEY, words INTEGER, docs INTEGER, text TEXT);",
        version="2",
        normaliser=ReferenceIndex.create().meta["normaliser"],
    )
    with pytest.raises(IndexFileError, match="andere versie van beleidstaal") as err:
        ReferenceIndex.open(old)
    assert f"Maak hem opnieuw met: beleidstaal index build /data/plannen --output {old}" in str(err.value)


def test_places_are_merged_and_removed_per_document():
    """``places.merge`` adds a document's places to the blobs of its hashes (sorted, each place once, also when a
    place is given twice); ``places.remove`` takes one document's places out and drops a hash left empty."""
    index = ReferenceIndex.create()
    c = index.conn
    places.merge(c, np.array([7, 3, 7, 7]), places.place_values(2, [40, 5, 1, 40]))
    places.merge(c, np.array([7, 9]), places.place_values(1, [8, 2]))
    stored = {h: np.frombuffer(b, "<i8").tolist() for h, b in c.execute("SELECT hash, places FROM places")}
    p = places.PLACE
    assert stored == {3: [2 * p + 5], 7: [p + 8, 2 * p + 1, 2 * p + 40], 9: [p + 2]}
    places.remove(c, np.array([7, 9, 9]), 1)
    stored = {h: np.frombuffer(b, "<i8").tolist() for h, b in c.execute("SELECT hash, places FROM places")}
    assert stored == {3: [2 * p + 5], 7: [2 * p + 1, 2 * p + 40]}
    assert index.info()["fingerprints"] == 3


def test_open_rejects_text_and_foreign_sqlite(tmp_path):
    text = tmp_path / "tekst.sqlite"
    text.write_text("hallo", encoding="utf-8")
    with pytest.raises(IndexFileError, match="geen SQLite"):
        ReferenceIndex.open(text)
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema', 'iets anders')")
    conn.commit()
    conn.close()
    with pytest.raises(IndexFileError, match="andere opbouw|ander programma"):
        ReferenceIndex.open(other)
    with pytest.raises(IndexFileError, match="bestaat niet"):
        ReferenceIndex.open(tmp_path / "nergens.sqlite")


# --- phrases -------------------------------------------------------------------------------------------------------


@needs_ud
def test_phrase_mining_finds_shared_phrase_in_longest_form(tmp_path):
    folder = tmp_path / "docs"
    write_docs(folder, ud_sentences())
    for i, f in enumerate(sorted(folder.glob("*.txt"))):
        if i < 6:
            text = f.read_text(encoding="utf-8").replace(
                "\n\n", "\n\nDe raad stemt in met het voorstel tot herinrichting van de haven. ", 1
            )
            f.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["index", "phrases", str(folder), "--min-docs", "4", "--format", "json"])
    assert result.exit_code == 0, flat(result.output)
    data = json.loads(result.stdout)
    assert data["documents"] == 8
    top = data["phrases"][0]
    assert top["phrase"] == "de raad stemt in met het voorstel tot herinrichting van de haven"
    assert top["documents"] == 6 and top["words"] == 12
    # a table view too
    result = runner.invoke(app, ["index", "phrases", str(folder), "--min-docs", "4"])
    assert result.exit_code == 0 and "herinrichting" in flat(result.output)


@needs_ud
def test_phrase_mining_of_a_large_collection_reads_a_sample_of_words(tmp_path, monkeypatch):
    """Above ``SAMPLE_WORDS`` words the miner reads a fixed sample of documents and scales the counts up (marked as
    estimates); the phrase is still found, and the same sample gives the same answer."""
    from beleidstaal.index import writer

    folder = tmp_path / "docs"
    write_docs(folder, ud_sentences(), n=16)
    phrase = "De raad stemt in met het voorstel tot herinrichting van de haven. "
    for f in sorted(folder.glob("*.txt"))[:12]:
        text = f.read_text(encoding="utf-8")
        f.write_text(text.replace("\n\n", "\n\n" + phrase, 1), encoding="utf-8")
    out = tmp_path / "ref.sqlite"
    build_index([folder], out)
    index = ReferenceIndex.open(out)
    whole = index.mine_phrases(8)
    assert whole[0].docs == 12 and not whole[0].estimated
    words = index.info()["words"]
    monkeypatch.setattr(writer, "SAMPLE_WORDS", words // 3)
    sampled = index.mine_phrases(8)
    top = sampled[0]
    assert top.text == "de raad stemt in met het voorstel tot herinrichting van de haven" and top.estimated
    assert top.docs != 12 and 6 <= top.docs <= 16  # counted in a third of the documents, scaled up
    assert [(p.text, p.docs) for p in index.mine_phrases(8)] == [(p.text, p.docs) for p in sampled]
    index.close()


# --- CLI -----------------------------------------------------------------------------------------------------------


@needs_ud
def test_cli_build_and_info(tmp_path):
    folder = tmp_path / "docs"
    write_docs(folder, ud_sentences(120), n=3)
    out = tmp_path / "ref.sqlite"
    result = runner.invoke(app, ["index", "build", str(folder), "--output", str(out)])
    assert result.exit_code == 0, flat(result.output)
    assert "3 documenten" in flat(result.output)
    result = runner.invoke(app, ["index", "info", str(out), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"] == 3
    result = runner.invoke(app, ["index", "info", str(out)])
    assert "Documenten: 3" in flat(result.output)


def test_cli_build_refuses_to_overwrite_other_files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "De gemeente bouwt een school en een sporthal in het nieuwe dorp.\n", "utf-8"
    )
    precious = tmp_path / "notities.txt"
    precious.write_text("mijn eigen notities", encoding="utf-8")
    result = runner.invoke(app, ["index", "build", str(folder), "--output", str(precious)])
    assert result.exit_code == 2 and "overschrijft" in flat(result.output)
    assert precious.read_text(encoding="utf-8") == "mijn eigen notities"
    result = runner.invoke(
        app, ["index", "build", str(tmp_path / "nergens"), "--output", str(tmp_path / "x.sqlite")]
    )
    assert result.exit_code == 2 and "bestaat niet" in flat(result.output)


def test_cli_info_on_bad_file(tmp_path):
    bad = tmp_path / "kapot.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    result = runner.invoke(app, ["index", "info", str(bad)])
    assert (
        result.exit_code == 2
        and "referentie-index" in flat(result.output)
        and "Traceback" not in flat(result.output)
    )


def test_index_modules_do_not_import_spacy():
    """The package root imports the core (and so spaCy), but the index modules themselves never need it."""
    import ast

    import beleidstaal.index as pkg

    for path in Path(pkg.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            for name in names:
                assert not name.startswith(("spacy", "..nlp", "..core", "..model")), (path.name, name)


def test_copy_of_collection_folder_is_untouched(tmp_path):
    # building never writes inside the documents' folders
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "De gemeente bouwt een school en een sporthal in het nieuwe dorp.\n", "utf-8"
    )
    before = sorted(p.name for p in folder.iterdir())
    build_index([folder], tmp_path / "ref.sqlite")
    assert sorted(p.name for p in folder.iterdir()) == before
    shutil.rmtree(folder)


def test_alignment_with_one_changed_word_between_anchors_matches_difflib():
    """Two words changed in a copied sentence leave gaps of one word on each side between the anchors: those words
    are no block, and the blocks are difflib's."""
    import difflib

    from beleidstaal.index.alignment import anchored_blocks

    a = "het college van burgemeester en wethouders stelt het nieuwe plan vast voor de wijk".split()  # noqa: SIM905
    b = "het college van burgemeester en wethouders bepaalt het nieuwe plan definitief voor de wijk".split()  # noqa: SIM905
    blocks = anchored_blocks(a, b, [0])
    assert blocks == [(0, 0, 6), (7, 7, 3), (11, 11, 3)]
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert blocks == [(m.a, m.b, m.size) for m in sm.get_matching_blocks() if m.size]


def test_alignment_from_the_diagonals_of_the_hits_finds_what_difflib_finds():
    """A source window with the draft's passage in it, with words replaced, one word dropped and two added: the
    blocks found from the diagonals of the hits (anchored_blocks) give the same passage as difflib over the whole
    windows, and the same blocks."""
    import difflib

    from beleidstaal.index.alignment import align, anchored_blocks

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(60)] + ["de", "het", "van", "een", "en"] * 6
    passage = [rng.choice(vocab) for _ in range(120)]
    copy = list(passage)
    for i in (10, 31, 55, 90):
        copy[i] = "anders"
    del copy[70]
    copy[40:40] = ["nieuw", "woord"]
    a = [rng.choice(vocab) for _ in range(25)] + passage + [rng.choice(vocab) for _ in range(25)]
    b = [rng.choice(vocab) for _ in range(30)] + copy + [rng.choice(vocab) for _ in range(30)]
    offsets = [5, 7, 4]  # source minus draft position of the passage before, between and after the edits
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    expected = [(m.a, m.b, m.size) for m in sm.get_matching_blocks() if m.size >= 3]
    assert [blk for blk in anchored_blocks(a, b, offsets) if blk[2] >= 3] == expected
    assert align(a, b, 100, 200, offsets) == align(a, b, 100, 200)
    start, end, src_start, _, matched = align(a, b, 100, 200, offsets)
    assert (start, src_start) == (125, 230) and end == 245 and matched >= 112


def test_lookup_gives_every_place_of_the_other_documents_and_leaves_out_common_hashes():
    """``lookup`` (each hash's places joined by SQLite, read by numpy) gives exactly the stored rows of the hashes
    asked for, without the excluded document, and without the hashes stored at more than ``most`` places of the
    other documents (counted after the exclusion)."""
    index = ReferenceIndex.create()
    rows = [
        (h, doc, pos) for h in (5, 9, 2**46 + 3) for doc in range(1, 5) for pos in (0, 7, 70_000 + h % 11)
    ]
    rows += [(11, 1, 4), (11, 2, 4), (12, 3, 8)]
    for doc in range(1, 5):  # as ``update`` stores a document: its places merged into the blobs of its hashes
        mine = [(h, p) for h, d, p in rows if d == doc]
        places.merge(
            index.conn, np.array([h for h, _ in mine]), places.place_values(doc, [p for _, p in mine])
        )
    asked = [5, 11, 12, 2**46 + 3, 40]

    def stored(exclude=(), most=None):
        kept = [r for r in rows if r[0] in asked and r[1] not in exclude]
        count = {h: sum(1 for r in kept if r[0] == h) for h in asked}
        return sorted(r for r in kept if most is None or count[r[0]] <= most)

    for exclude, most in (((), None), ((2,), None), ((), 9), ((3,), 9), ((1, 2), 1)):
        h, doc, pos = index.lookup(asked, exclude, most)
        assert sorted(zip(h.tolist(), doc.tolist(), pos.tolist(), strict=True)) == stored(exclude, most)
    assert [len(x) for x in index.lookup([40])] == [0, 0, 0]


def _random_hits(rng: random.Random) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    """Random hits (document, draft, source position), sorted and distinct, in clusters near a few diagonals, with
    jumps, steps back in the source and lone hits; and whether each hit's hash is rare."""
    rows = set()
    for doc in range(rng.randint(1, 6)):
        for _ in range(rng.randint(0, 5)):
            d, off = rng.randint(0, 400), rng.randint(-50, 300)
            for _ in range(rng.randint(1, 12)):
                d += rng.choice((1, 2, 3, 5, 8, 20, 30))
                off += rng.choice((0, 0, 0, 1, -2, 6, 20, -40))
                rows.add((doc, d, max(0, d + off)))
    rows = sorted(rows)
    return rows, np.array([rng.random() < 0.3 for _ in rows], dtype=bool)


def _all_chains_sorted(rows, rare) -> list[tuple[int, int, int, list[tuple[int, int]]]]:
    """Every chain of every document (``_chains`` per document), strongest first: by length, then document and
    first draft position; chains of one common hit left out."""
    from beleidstaal.index.chains import _chains

    expected = []
    for doc in sorted({x for x, _, _ in rows}):
        mine = [(d, r) for x, d, r in rows if x == doc]
        for chain in _chains(mine, ordered=True):
            if len(chain) == 1 and not rare[rows.index((doc, *chain[0]))]:
                continue
            expected.append((len(chain), doc, chain))
    expected.sort(key=lambda c: (-c[0], c[1], c[2][0]))
    return [(doc, c[0][0], c[-1][0] + K, c) for _, doc, c in expected]


def _as_arrays(rows):
    arr = np.array(rows, dtype=np.int64).reshape(-1, 3)
    return arr[:, 0], arr[:, 1], arr[:, 2]


def test_open_chains_give_every_chain_strongest_first():
    """``open_chains`` (the stretches found in numpy, the others chained as they come up) gives, when no word is
    seen enough, the chains, order and hits that chaining each document's hits with ``_chains`` and sorting them
    strongest first gives, chains of one common hit left out."""
    from beleidstaal.index.chains import open_chains

    rng = random.Random(24)
    for _ in range(300):
        rows, rare = _random_hits(rng)
        fresh = (bytearray(b"\x01") * 800, bytearray(b"\x01") * 800)
        assert list(open_chains(*_as_arrays(rows), rare, fresh)) == _all_chains_sorted(rows, rare)


def test_open_chains_of_only_lone_common_hits_is_empty():
    """A draft that shares only single hits on common words (a stock phrase found in many documents) gives no chain,
    and no error (an empty array has no maximum)."""
    from beleidstaal.index.chains import open_chains

    fresh = (bytearray(b"\x01") * 100, bytearray(b"\x01") * 100)
    rows = [(0, 3, 9), (1, 3, 9), (2, 40, 12)]
    rare = [False, False, False]
    assert list(open_chains(*_as_arrays(rows), np.array(rare), fresh)) == []
    assert _all_chains_sorted(rows, rare) == []


def test_open_chains_skip_what_a_loop_over_all_chains_skips(monkeypatch):
    """A caller that marks words as seen enough while it takes the chains (as ``find_passages`` does: a word looked
    at often enough is never looked at again) gets from ``open_chains`` exactly the chains that a loop over every
    chain, strongest first, with the same test would take; also where a stretch of hits is left unchained because
    its words were seen enough when it came up, where the chains of a block are left out at once because their
    words were seen enough when the block came up, and where the caller stops early."""
    from beleidstaal.index import chains

    def take(chains, seen, rng_seed, limit):
        rng = random.Random(rng_seed)
        taken = []
        for doc, lo, hi, hits in chains:
            if seen[0].find(1, lo, hi) < 0 or seen[1].find(1, lo, hi) < 0:
                continue  # only open_chains skips these itself; the loop over all chains does it here
            taken.append((doc, lo, hi, hits))
            if len(taken) >= limit:
                break
            which = seen[rng.random() < 0.5]
            a = rng.randint(lo, hi - 1)
            b = rng.randint(a + 1, hi + rng.choice((0, 0, 20)))
            which[a:b] = bytes(b - a)
            ones = [i for i in range(lo, hi) if seen[0][i]]
            # one word of the chain left unseen: a chain on it stays open
            if len(ones) > 1 and rng.random() < 0.5:
                for i in rng.sample(ones, len(ones) - 1):
                    seen[0][i] = 0
        return taken

    calls = []
    real = chains._chain_rows
    monkeypatch.setattr(chains, "_chain_rows", lambda *args: calls.append(args) or real(*args))
    rng = random.Random(2024)
    stretches = chained = 0
    for case in range(400):
        rows, rare = _random_hits(rng)
        limit = rng.choice((3, 10, 1000))
        # the chains tested in blocks, at once, against the words seen enough when the block comes up
        monkeypatch.setattr(chains, "BLOCK", rng.choice((1, 4, 1024)))
        seen = (bytearray(b"\x01") * 800, bytearray(b"\x01") * 800)
        calls.clear()
        lazy = take(chains.open_chains(*_as_arrays(rows), rare, seen), seen, case, limit)
        chained += len(calls)
        stretches += int((~chains._stretches(*_as_arrays(rows))[2]).sum())
        seen = (bytearray(b"\x01") * 800, bytearray(b"\x01") * 800)
        assert lazy == take(_all_chains_sorted(rows, rare), seen, case, limit)
    assert chained < stretches - 100  # stretches that are no single chain left unchained, their words seen


def test_chains_by_row_equal_the_rule_written_out():
    """``_chains`` (and ``open_chains``) chains by row number with the last hit of each chain kept
    beside it (``_chain_rows``); the chains are those of the rule written out plainly: a hit joins the latest of
    the last 8 chains whose last hit it follows (at most ``CHAIN_GAP`` on, near the diagonal, not back in the
    source), else starts one. Random hits in clusters, with unsorted and repeated input."""
    from beleidstaal.index.chains import CHAIN_GAP, _chains

    def plain(hits):
        chains = []
        for d, r in sorted(set(hits)):
            for chain in reversed(chains[-8:]):
                ld, lr = chain[-1]
                if d - ld <= CHAIN_GAP and abs((r - d) - (lr - ld)) <= CHAIN_GAP // 2 and r >= lr:
                    chain.append((d, r))
                    break
            else:
                chains.append([(d, r)])
        return chains

    rng = random.Random(7)
    sizes = []
    for _ in range(400):
        hits = []
        for _ in range(rng.randint(1, 14)):
            d, off = rng.randint(0, 300), rng.randint(-30, 200)
            for _ in range(rng.randint(1, 15)):
                d += rng.choice((0, 1, 2, 4, 9, 13, 26, 40))
                off += rng.choice((0, 0, 1, -1, 12, 13, -13, 30))
                hits.append((d, max(0, d + off)))
        rng.shuffle(hits)
        got = _chains(hits)
        assert got == plain(hits)
        sizes.append(len(got))
    assert max(sizes) > 8  # more chains than the 8 looked back at


def test_diagonals_of_equal_runs_and_realignment_along_them():
    """``diagonals`` gives every offset where K equal words of two windows meet (the same as comparing every pair
    of places, also where the window holds words the passage lacks), and the realignment of a passage with another
    holder (``realign``), which aligns along them, finds the passage difflib finds over the whole windows."""
    from beleidstaal.index.alignment import align, diagonals
    from beleidstaal.index.match import Passage, _Words, realign

    rng = random.Random(11)
    for n in range(400):
        # half of the windows hold words that the passage lacks ("d", "e"): runs with them are never hashed
        a = [rng.choice("abc") for _ in range(rng.randint(0, 30))]
        b = [rng.choice("abcde" if n % 2 else "abc") for _ in range(rng.randint(0, 60))]
        slow = {
            j - i
            for i in range(len(a) - K + 1)
            for j in range(len(b) - K + 1)
            if a[i : i + K] == b[j : j + K]
        }
        assert diagonals(a, b) == sorted(slow)
    vocab = [f"w{i}" for i in range(80)] + ["de", "het", "van"] * 5
    draft = [rng.choice(vocab) for _ in range(200)]
    source = [rng.choice(vocab) for _ in range(300)] + draft[60:150] + [rng.choice(vocab) for _ in range(100)]
    for i in (320, 351, 377):
        source[i] = "anders"
    p = Passage(60, 150, 1, 0, 90, 90)
    q = realign(draft, p, _Words(source), 2, (300, 385))
    assert q is not None and (q.start, q.end, q.src_start, q.src_end) == (60, 150, 300, 390)
    assert (q.start, q.end, q.src_start, q.src_end, q.matched) == align(
        draft[60:150], source[270:420], 60, 270
    )
    assert q.also == [1]


def test_blocks_within_one_word_list_equal_difflib():
    """The matching blocks of two stretches of one word list, looked up in a table of every word's places
    (``blocks_within``: the repeats within a draft), are difflib's blocks of the two slices, whatever the sizes
    and however far apart the stretches lie; and so are those of two long word lists (``_matching_blocks``)."""
    import difflib

    from beleidstaal.index.alignment import _matching_blocks, blocks_within, places_of

    rng = random.Random(24)
    for n in range(3000):
        alphabet = "abcdefghij"[: 2 + n % 9]
        words = [rng.choice(alphabet) for _ in range(rng.randint(1, 160))]
        places = places_of(words)
        a0 = rng.randrange(len(words))
        a1 = rng.randint(a0, len(words))
        if n % 2:  # before ``a`` and apart from it, as an earlier place in the draft
            b0 = rng.randint(0, a0)
            b1 = rng.randint(b0, a0)
        else:  # anywhere, overlapping ``a`` or not
            b0 = rng.randrange(len(words))
            b1 = rng.randint(b0, len(words))
        sm = difflib.SequenceMatcher(None, words[a0:a1], words[b0:b1], autojunk=False)
        assert blocks_within(words, places, (a0, a1), (b0, b1)) == [
            (m.a, m.b, m.size) for m in sm.get_matching_blocks()
        ]
    # two word lists, longer than the short gaps (``_matching_blocks``: a table of only the words both have)
    for n in range(2000):
        alphabet = "abcdefghijklmnop"[: 2 + n % 15]
        a = [rng.choice(alphabet) for _ in range(rng.randint(13, 60))]
        b = [rng.choice(alphabet + "xyz") for _ in range(rng.randint(13, 400))]
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        assert _matching_blocks(a, b) == [(m.a, m.b, m.size) for m in sm.get_matching_blocks()]
    # a stretch after ``a`` too, and the same stretch twice
    words = ["de", "raad", "stelt", "het", "plan", "vast", "en", "de", "raad", "stelt", "het", "plan", "vast"]
    places = places_of(words)
    assert blocks_within(words, places, (0, 6), (6, 12)) == [(0, 1, 5), (6, 6, 0)]
    assert blocks_within(words, places, (0, 6), (0, 6)) == [(0, 0, 6), (6, 6, 0)]


def test_blocks_within_bulk_search_equal_difflib(monkeypatch):
    """The longest run found in bulk from the equal word pairs (``_BulkLongest``, with ``word_ids``) gives
    difflib's blocks too: for every part of the two stretches (the threshold set to nothing), and at the threshold
    of the repeats within a draft, for stretches of hundreds of words with few and many equal words."""
    import difflib

    from beleidstaal.index import alignment
    from beleidstaal.index.alignment import blocks_within, places_of, word_ids

    rng = random.Random(25)
    for n in range(1600):
        if n < 1200:
            monkeypatch.setattr(alignment, "BULK_CELLS", 0)
            alphabet = "abcdefghijklmnop"[: 2 + n % 15]
            words = [rng.choice(alphabet) for _ in range(rng.randint(1, 120))]
        else:
            monkeypatch.setattr(alignment, "BULK_CELLS", 50_000)
            alphabet = [f"w{x}" for x in range(2 + n % 300)]
            words = [rng.choice(alphabet) for _ in range(rng.randint(300, 900))]
            # a repeated stretch with a changed word, as a copied passage has
            s = rng.randrange(len(words) // 2)
            copy = words[s : s + rng.randint(5, 60)]
            if len(copy) > 2:
                copy[len(copy) // 2] = "anders"
            at = rng.randrange(len(words))
            words[at:at] = copy
        places = places_of(words)
        ids = word_ids(words, places)
        a0 = rng.randrange(len(words))
        a1 = rng.randint(a0, len(words))
        if n % 2:
            b0 = rng.randint(0, a0)
            b1 = rng.randint(b0, a0)
        else:
            b0 = rng.randrange(len(words))
            b1 = rng.randint(b0, len(words))
        sm = difflib.SequenceMatcher(None, words[a0:a1], words[b0:b1], autojunk=False)
        expected = [(m.a, m.b, m.size) for m in sm.get_matching_blocks()]
        assert blocks_within(words, places, (a0, a1), (b0, b1), ids) == expected
        if n % 7 == 0:  # numbers too large for 16 bits: sorted as they are, not by radix (``_narrow``); the
            # multiplier makes them differ below 16 bits in another order than above (adding 1 << 20 would not)
            assert blocks_within(words, places, (a0, a1), (b0, b1), ids * 40_009 + (1 << 20)) == expected


def test_one_word_gaps_and_block_stems_equal_difflib_and_stem():
    """The shortcuts for one word against some and for short gaps (the words between two anchors) give difflib's
    blocks, and the stems of a block (``stems``, through the cache) are ``stem`` of each word."""
    import difflib

    from beleidstaal.index.alignment import _matching_blocks
    from beleidstaal.index.normalise import stems

    rng = random.Random(5)
    for n in range(6000):
        # one word against some, then short gaps on both sides (``_small_blocks``), then longer ones (difflib)
        most = (3, 12, 16)[n // 2000]
        alphabet = "abcd" if n % 2 else "abcdefgh"
        a = [rng.choice(alphabet) for _ in range(rng.randint(0, most))]
        b = [rng.choice(alphabet) for _ in range(rng.randint(0, most * 2 if most == 3 else most))]
        a, b = (b, a) if rng.random() < 0.5 else (a, b)
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        assert _matching_blocks(a, b) == [(m.a, m.b, m.size) for m in sm.get_matching_blocks()]
    words = [
        "de",
        "nieuwe",
        "plannen",
        "voor",
        "groene",
        "woningen",
        "worden",
        "plannen",
        "van",
        "het",
        "college",
    ]
    assert stems(words) == [stem(w) for w in words]


def test_hits_laid_out_in_draft_order_and_sorted_by_document_as_by_three_keys(monkeypatch):
    """``_hits`` lays the hits out in draft order and sorts them by document alone (stable): the same arrays as
    taking every stored place of each draft position's hash and sorting by (document, draft position, source
    position), rare flags with them; hashes that would give more than ``MAX_HITS_PER_HASH`` hits left out, and the
    excluded documents; with documents below and above 65,536 (sorted as 16-bit numbers or as they are)."""
    import numpy as np

    from beleidstaal.index import match, places

    rng = np.random.default_rng(7)
    for case in range(60):
        index = ReferenceIndex.create()
        top = 1 << 17 if case % 3 == 2 else 40
        docs = sorted({int(x) for x in rng.integers(1, top, 12)})
        vocabulary = rng.integers(0, 2**40, 30)
        for doc in docs:  # as ``update`` stores a document: its places merged into the blobs of its hashes
            n = int(rng.integers(1, 60))
            hs = rng.choice(vocabulary, n)
            places.merge(index.conn, hs, places.place_values(doc, rng.choice(5000, n, replace=False)))
        draft = rng.choice(vocabulary[:20], int(rng.integers(1, 80)))
        exclude = set(rng.choice(docs, int(rng.integers(0, 3))).tolist())
        monkeypatch.setattr(match, "MAX_HITS_PER_HASH", int(rng.choice((5, 20, 1000))))
        monkeypatch.setattr(match, "RARE_PLACES", int(rng.choice((1, 3, 20))))
        h, doc, pos = index.lookup(sorted(set(draft.tolist())), exclude)
        stored: dict[int, list[tuple[int, int]]] = {}
        for x, y, z in zip(h.tolist(), doc.tolist(), pos.tolist(), strict=True):
            stored.setdefault(x, []).append((y, z))
        npos = {x: int((draft == x).sum()) for x in stored}
        rows = []
        for d, x in enumerate(draft.tolist()):
            found = stored.get(x, [])
            if len(found) * npos.get(x, 0) <= match.MAX_HITS_PER_HASH:
                rows.extend((y, d, z, len(found) <= match.RARE_PLACES) for y, z in found)
        rows.sort(key=lambda row: row[:3])
        got = match._hits(None, index, exclude, draft)
        assert [x.tolist() for x in got] == [[row[k] for row in rows] for k in range(4)]
        assert [x.dtype for x in got] == [np.int64, np.int64, np.int64, bool]
    # a draft without a K-word run: four empty arrays of the same types
    got = match._hits(None, index, set(), np.zeros(0, dtype=np.int64))
    assert [(len(x), x.dtype) for x in got] == [(0, np.int64), (0, np.int64), (0, np.int64), (0, bool)]
