"""The reference collection on disk: one SQLite file.

Tables:
- ``meta``: schema name and version, fingerprint parameters (K, W, normaliser version), build dates, folders;
- ``docs``: one row per document: path, folder it was found under, relative path, title, size, mtime, SHA-1 of the
  bytes (for incremental ``add``), word count, and two zlib blobs: the source line of each word (so a passage's
  position can be named) and the word indexes where a sentence starts;
- ``blocks``: the numbers of the stems of every document's words (column ``stems``: 16 or 32 bits a number, not
  compressed, ``records.pack_ids``) and the normalised words themselves (column ``text``: zlib), each in blocks of
  ``records.BLOCK_WORDS`` words, row id
  ``document id * BLOCK_ID + block number``: a check reads the numbers of the one to three blocks of a window, not
  the document, and the words only where it shows them;
- ``vocab``: the number of each distinct stem (``numbers.py``), given at build time and by ``index add``;
- ``places``: the winnowed fingerprints, one row per hash with all its places (document, word position) in one blob
  (``places.py``), so a lookup is one B-tree seek and one read per hash;
- ``phrases``: stock phrases mined from the collection, for the ``standaardzin`` rule.

A document's fingerprints are not indexed by document: to drop a changed or removed document its fingerprints are
recomputed from its stored words and its places taken out of those hashes' blobs. That keeps the file small.

This module is the read side (opening, the stored documents, the lookup of fingerprints); the write side
(``update``, the stock phrases) is ``writer.IndexWriter``, which ``ReferenceIndex`` inherits.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shlex
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from . import fingerprint as fp_mod
from . import places as places_mod
from .normalise import NORMALISER_VERSION
from .numbers import Vocabulary
from .phrases import Phrase
from .records import BLOCK_WORDS, StoredDocument, unpack_ids
from .schema import _SCHEMA, BLOCK_ID, SCHEMA_NAME, SCHEMA_VERSION, IndexFileError, _not_an_index
from .writer import IndexWriter

#: the most words of stored documents that an open index keeps in memory (blocks of their stems' numbers, 4 bytes a
#: word, and the few blocks of words shown, about 15 bytes a word: under 40 MB)
CACHE_WORDS = 2_000_000
#: a stored place as one number: document * PLACE + word position (``lookup``)
PLACE = places_mod.PLACE


class ReferenceIndex(IndexWriter):
    """An open reference collection. Use ``create`` for a new one, ``open`` for an existing file."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._docs: dict[int, StoredDocument] = {}
        #: the vocabulary of stem numbers: the drafts checked with this index are numbered in it (``numbers.py``)
        self.numbers = Vocabulary(conn, self._damaged)
        self._cached_words = 0
        self._phrases: dict[int, Phrase] | None = None
        self._meta: dict[str, str] | None = None
        #: (path, relpath) of the documents asked for so far (``paths``); emptied when ``update`` writes
        self._paths: dict[int, tuple[str, str]] = {}

    # -- opening -------------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path = ":memory:") -> ReferenceIndex:
        conn = sqlite3.connect(str(path))
        conn.executescript(_SCHEMA)
        now = time.strftime("%Y-%m-%d %H:%M:%S")
        conn.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            [
                ("schema", SCHEMA_NAME), ("version", str(SCHEMA_VERSION)), ("k", str(fp_mod.K)),
                ("w", str(fp_mod.W)), ("normaliser", str(NORMALISER_VERSION)), ("created", now), ("updated", now),
                ("roots", ""),
            ],
        )  # fmt: skip
        conn.commit()
        return cls(conn, str(path))

    @classmethod
    def open(cls, path: str | Path, *, writable: bool = False) -> ReferenceIndex:
        p = Path(path)
        shown = str(path)
        if not p.exists():
            raise IndexFileError(
                f"De referentie-index '{shown}' bestaat niet. Maak hem met: beleidstaal index build MAP --output {shown}"
            )
        if p.is_dir():
            raise IndexFileError(f"'{shown}' is een map, geen referentie-index.")
        try:
            with open(p, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise IndexFileError(
                f"De referentie-index '{shown}' kan niet worden gelezen ({exc.strerror or exc})."
            ) from None
        if head != b"SQLite format 3\x00":
            raise _not_an_index(shown, "het is geen SQLite-databasebestand")
        try:
            if writable:
                conn = sqlite3.connect(str(p))
            else:
                conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True)
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            raise _not_an_index(shown, "de database is beschadigd of heeft een andere opbouw") from None
        if rows.get("schema") != SCHEMA_NAME:
            raise _not_an_index(shown, "de database is van een ander programma")
        expected = {"version": str(SCHEMA_VERSION), "k": str(fp_mod.K), "w": str(fp_mod.W),
                    "normaliser": str(NORMALISER_VERSION)}  # fmt: skip
        if any(rows.get(k) != v for k, v in expected.items()):
            # an index of another version has other tables: say so before looking at them
            folders = " ".join(shlex.quote(r) for r in rows.get("roots", "").split("\n") if r) or "MAP"
            conn.close()
            raise IndexFileError(
                f"De referentie-index '{shown}' is gemaakt met een andere versie van beleidstaal en kan niet "
                f"worden gebruikt. Maak hem opnieuw met: beleidstaal index build {folders} --output {shlex.quote(shown)}"
            )
        try:
            conn.execute("SELECT id, path, root, relpath, title, words, lines, breaks FROM docs LIMIT 1")
            conn.execute("SELECT id, stems, text FROM blocks LIMIT 1")
            conn.execute("SELECT id, stem FROM vocab LIMIT 1")
            conn.execute("SELECT hash, places FROM places LIMIT 1")
            conn.execute("SELECT hash, words, docs, text FROM phrases LIMIT 1")
        except sqlite3.DatabaseError:
            conn.close()
            raise _not_an_index(shown, "de database is beschadigd of heeft een andere opbouw") from None
        index = cls(conn, shown)
        index._meta = rows
        return index

    def close(self) -> None:
        self.conn.close()

    # -- metadata ------------------------------------------------------------------------------------------------
    @property
    def meta(self) -> dict[str, str]:
        if self._meta is None:
            self._meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        return self._meta

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self._meta = None

    @property
    def roots(self) -> list[str]:
        return [r for r in self.meta.get("roots", "").split("\n") if r]

    @property
    def document_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def info(self) -> dict:
        c = self.conn
        docs, words = c.execute("SELECT COUNT(*), COALESCE(SUM(words), 0) FROM docs").fetchone()
        fps = c.execute("SELECT COALESCE(SUM(length(places)), 0) / 8 FROM places").fetchone()[0]
        phrases = c.execute("SELECT COUNT(*) FROM phrases").fetchone()[0]
        size = os.path.getsize(self.path) if self.path != ":memory:" and os.path.exists(self.path) else None
        m = self.meta
        return {
            "path": self.path, "documents": docs, "words": words, "fingerprints": fps, "phrases": phrases,
            "phrase_min_docs": int(m.get("phrase_min_docs", "0") or 0), "bytes": size, "roots": self.roots,
            "created": m.get("created"), "updated": m.get("updated"), "k": int(m["k"]), "w": int(m["w"]),
        }  # fmt: skip

    # -- reading -------------------------------------------------------------------------------------------------
    def document(self, doc_id: int) -> StoredDocument:
        """A stored document; its words are read block by block as they are asked for. The most recently used
        documents are kept with the blocks read so far, up to about ``CACHE_WORDS`` words (a check against an
        archive of long plans looks at windows of hundreds of them)."""
        doc = self._docs.pop(doc_id, None)
        if doc is None:
            doc = self._read(doc_id)
            if self._cached_words > CACHE_WORDS:
                self._cached_words = sum(d.loaded_words for d in self._docs.values())
                while self._docs and self._cached_words > CACHE_WORDS // 2:
                    oldest = next(iter(self._docs))
                    self._cached_words -= self._docs.pop(oldest).loaded_words
        self._docs[doc_id] = doc  # last used last
        return doc

    def _read(self, doc_id: int) -> StoredDocument:
        try:
            row = self.conn.execute(
                "SELECT id, path, root, relpath, title, words, lines, breaks FROM docs WHERE id=?", (doc_id,)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        if row is None:
            raise self._damaged(IndexFileError(f"document {doc_id} ontbreekt"))
        return StoredDocument(
            *row[:6],
            lambda first, last: self._blocks(doc_id, first, last, "stems", row[5]),
            lambda first, last: self._blocks(doc_id, first, last, "text", row[5]),
            row[6],
            row[7],
            self.numbers,
        )

    def _blocks(self, doc_id: int, first: int, last: int, column: str, size: int) -> list:
        """Blocks ``first``..``last`` of a document of ``size`` words: their stems' numbers (``column`` "stems") or
        their words as text ("text"), unpacked and checked here, where damage is found, not in the middle of a
        check."""
        try:
            rows = self.conn.execute(
                f"SELECT id, {column} FROM blocks WHERE id BETWEEN ? AND ? ORDER BY id",
                (doc_id * BLOCK_ID + first, doc_id * BLOCK_ID + last),
            ).fetchall()
            if [r[0] - doc_id * BLOCK_ID for r in rows] != list(range(first, last + 1)):
                raise IndexFileError(f"blokken van document {doc_id} ontbreken")
            if column == "text":
                values = [zlib.decompress(r[1]).decode("utf-8") for r in rows]
            else:
                values = [unpack_ids(r[1]) for r in rows]
                if any(
                    len(v) != min(BLOCK_WORDS, size - b * BLOCK_WORDS) for b, v in enumerate(values, first)
                ):
                    raise IndexFileError(f"blokken van document {doc_id} zijn te kort")
                # a negative stored number would equal a draft stem's that the vocabulary lacks (``numbers.py``);
                # only 32-bit blocks (even length) can hold one
                if any(
                    len(r[1]) % 2 == 0 and len(v) and int(v.min()) < 0
                    for r, v in zip(rows, values, strict=True)
                ):
                    raise IndexFileError(f"blokken van document {doc_id} hebben een negatief stamnummer")
        except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError, ValueError, IndexFileError) as exc:
            raise self._damaged(exc) from None
        self._cached_words += (last - first + 1) * BLOCK_WORDS
        return values

    def paths(self, doc_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """(path, relpath) of each document, without reading its words (``document`` reads them all)."""
        ids = list(dict.fromkeys(int(d) for d in doc_ids))
        known = self._paths
        missing = [d for d in ids if d not in known]
        try:
            for i in range(0, len(missing), 500):
                chunk = missing[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for row in self.conn.execute(
                    f"SELECT id, path, relpath FROM docs WHERE id IN ({marks})", chunk
                ):
                    known[row[0]] = (row[1], row[2])
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        # the passages of a check ask for the same documents again and again: each is read once; in the order in
        # which SQLite returns them (by id within each 500 asked for)
        return {d: known[d] for i in range(0, len(ids), 500) for d in sorted(ids[i : i + 500]) if d in known}

    def lookup(
        self, hashes: Iterable[int], exclude: Iterable[int] = (), most: int | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every stored place of the given hashes, as arrays of hash, document and word position (grouped by hash),
        leaving out the documents in ``exclude`` and, with ``most``, every hash stored at more than ``most`` places
        (of the other documents). Each hash's places are one blob that numpy reads as it is (``places.lookup``): a
        plan that shares much of its text with an archive has hundreds of thousands of places, and a Python tuple for
        each costs more than the search."""
        unique = list(dict.fromkeys(int(h) for h in hashes))
        skip = sorted({int(d) for d in exclude})
        try:
            return places_mod.lookup(self.conn, unique, skip, most)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def grouped(
        self, hashes: list[int], exclude: Iterable[int] = (), most: int | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``lookup`` of distinct ``hashes`` with each found hash once: the hashes found, how many places each has,
        and those places as stored numbers (``document * PLACE + position``), hash after hash (``places.grouped``):
        what ``match._hits`` spreads over the draft positions of each hash."""
        skip = sorted({int(d) for d in exclude})
        try:
            return places_mod.grouped(self.conn, hashes, skip, most)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def _damaged(self, exc: Exception) -> IndexFileError:
        return IndexFileError(
            f"De referentie-index '{self.path}' is beschadigd. "
            f"Maak hem opnieuw met: beleidstaal index build MAP --output {self.path}"
        )

    def ids_for_path(self, path: str) -> set[int]:
        """The document that is this file (absolute or relative to the current folder), if it is indexed: stored
        under this path or its real path; else a document of the same file name that is the same file reached by
        another path (a linked or mounted folder), or, where its stored path does not exist here (the index was built
        in another checkout), has the same bytes."""
        full = os.path.abspath(path)
        try:
            rows = self.conn.execute(
                "SELECT id FROM docs WHERE path IN (?, ?)", (full, os.path.realpath(path))
            ).fetchall()
            if rows:
                return {r[0] for r in rows}
            name = os.path.basename(full)
            pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # id and path only: the scan reads the index of paths, not the documents' rows (0.8 ms for 6,500)
            candidates = self.conn.execute(
                "SELECT id, path FROM docs WHERE path LIKE ? ESCAPE '\\'", (pattern,)
            ).fetchall()
            # the draft's bytes read once, and only where a stored path does not exist here
            draft_sha1 = functools.cache(lambda: hashlib.sha1(Path(full).read_bytes()).hexdigest())
            return {
                doc
                for doc, stored in candidates
                if os.path.basename(stored) == name and self._same_file(doc, stored, full, draft_sha1)
            }
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def _same_file(self, doc: int, stored: str, path: str, draft_sha1: Callable[[], str]) -> bool:
        """Whether the indexed file ``stored`` (document ``doc``) is the file at ``path``: the same file where
        ``stored`` exists here, else the same bytes (its stored hash against ``draft_sha1()``)."""
        try:
            if os.path.exists(stored):
                return os.path.samefile(stored, path)
            sha1 = draft_sha1()
        except OSError:
            return False
        return self.conn.execute("SELECT sha1 FROM docs WHERE id = ?", (doc,)).fetchone()[0] == sha1

    def all_document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM docs ORDER BY id")]

    def phrases(self) -> dict[int, Phrase]:
        if self._phrases is None:
            try:
                rows = self.conn.execute("SELECT hash, words, docs, text FROM phrases").fetchall()
            except sqlite3.DatabaseError as exc:
                raise self._damaged(exc) from None
            self._phrases = {h: Phrase(h, n, d, t) for h, n, d, t in rows}
        return self._phrases
