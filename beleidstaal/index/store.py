"""The reference collection on disk: one SQLite file.

Tables:
- ``meta``: schema name and version, fingerprint parameters (K, W, normaliser version), build dates, folders;
- ``docs``: one row per document: path, folder it was found under, relative path, title, size, mtime, SHA-1 of the
  bytes (for incremental ``add``), word count, and two zlib blobs: the source line of each word (so a passage's
  position can be named) and the word indexes where a sentence starts;
- ``blocks``: the normalised words of every document in zlib blocks of ``records.BLOCK_WORDS`` words, row id
  ``document id * BLOCK_ID + block number``: a check reads the one to three blocks of a window, not the document;
- ``fp``: the winnowed fingerprints (hash, document, word position), a WITHOUT ROWID table keyed on the hash, so a
  lookup is one B-tree seek per hash and no second index is needed;
- ``phrases``: stock phrases mined from the collection, for the ``standaardzin`` rule.

A document's fingerprints are not indexed by document: to drop a changed or removed document its fingerprints are
recomputed from its stored words and deleted by key. That keeps the file about half the size.
"""

from __future__ import annotations

import math
import os
import random
import shlex
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from . import fingerprint as fp_mod
from .normalise import NORMALISER_VERSION
from .phrases import SAMPLE_DOCS, SAMPLE_WORDS, Phrase, mine
from .records import BLOCK_WORDS, StoredDocument, UpdateReport
from .schema import _SCHEMA, BLOCK_ID, SCHEMA_NAME, SCHEMA_VERSION, IndexFileError, _not_an_index

#: the most words of stored documents that an open index keeps in memory (blocks of words and their stems, about 20
#: bytes a word: 40 MB)
CACHE_WORDS = 2_000_000
#: a stored place as one number: document * PLACE + word position (``lookup``)
PLACE = 1 << 32


def default_phrase_min_docs(documents: int) -> int:
    """How many documents a phrase must occur in to count as a stock phrase: 20% of the collection, at least 3."""
    return max(3, math.ceil(documents * 0.20))


class ReferenceIndex:
    """An open reference collection. Use ``create`` for a new one, ``open`` for an existing file."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._docs: dict[int, StoredDocument] = {}
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
            conn.execute("SELECT id, text FROM blocks LIMIT 1")
            conn.execute("SELECT hash, doc, pos FROM fp LIMIT 1")
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
        fps = c.execute("SELECT COUNT(*) FROM fp").fetchone()[0]
        phrases = c.execute("SELECT COUNT(*) FROM phrases").fetchone()[0]
        size = os.path.getsize(self.path) if self.path != ":memory:" and os.path.exists(self.path) else None
        m = self.meta
        return {
            "path": self.path, "documents": docs, "words": words, "fingerprints": fps, "phrases": phrases,
            "phrase_min_docs": int(m.get("phrase_min_docs", "0") or 0), "bytes": size, "roots": self.roots,
            "created": m.get("created"), "updated": m.get("updated"), "k": int(m["k"]), "w": int(m["w"]),
        }  # fmt: skip

    # -- building ------------------------------------------------------------------------------------------------
    def update(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[str], None] | None = None,
        bulk: bool = False,
        phrases: bool = True,
        workers: int | None = None,
    ) -> UpdateReport:
        """Bring the index in line with the files under ``paths`` (folders or files): new and changed files are
        (re)indexed, files that are gone from those folders are dropped. ``bulk`` is for a fresh index: fingerprints
        are spilled to disk by hash range and written sorted at the end, which is much faster. Files are read by
        ``workers`` processes when there are many (default: up to 4, one per core)."""
        from ..discovery import iter_files

        report = UpdateReport()
        self._paths.clear()
        roots = [os.path.abspath(p) for p in paths]  # not resolved: a folder of symlinks keeps its own names
        seen: set[str] = set()
        existing = {
            row[0]: row[1:] for row in self.conn.execute("SELECT path, id, size, mtime_ns, sha1 FROM docs")
        }
        c = self.conn
        c.execute("PRAGMA cache_size = -65536")
        todo: list[tuple[str, str, str, os.stat_result]] = []  # path, root, relative path, stat
        for root in roots:
            rp = Path(root)
            files = [rp] if rp.is_file() else iter_files(rp)
            base = rp.parent if rp.is_file() else rp
            for f in files:
                path = os.path.abspath(f)
                if path in seen:
                    continue
                seen.add(path)
                try:
                    st = f.stat()
                except OSError as exc:
                    report.failed.append((path, f"kan niet worden gelezen ({exc.strerror or exc})"))
                    continue
                old = existing.get(path)
                if old is not None and old[1] == st.st_size and old[2] == st.st_mtime_ns:
                    report.unchanged += 1
                    continue
                todo.append((path, root, os.path.relpath(path, base), st))
        # building only: a check that reads the index never needs these
        from .bulk import FingerprintSpill, read_files

        folder = os.path.dirname(os.path.abspath(self.path)) if self.path != ":memory:" else None
        spill = FingerprintSpill(folder) if bulk else None
        try:
            jobs = [(path, existing[path][3] if path in existing else None) for path, *_ in todo]
            for (path, root, relpath, st), result in zip(todo, read_files(jobs, workers), strict=True):
                old = existing.get(path)
                if result[0] == "failed":
                    report.failed.append((path, result[1]))
                    continue
                if result[0] == "same":
                    c.execute(
                        "UPDATE docs SET size=?, mtime_ns=? WHERE id=?", (st.st_size, st.st_mtime_ns, old[0])
                    )
                    report.unchanged += 1
                    continue
                if old is not None:
                    self._delete(old[0])
                    report.changed += 1
                else:
                    report.added += 1
                _, sha1, title, n_words, blocks, lines, breaks, hashes, positions = result
                cur = c.execute(
                    "INSERT INTO docs (path, root, relpath, title, size, mtime_ns, sha1, words, lines, breaks)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (path, root, relpath, title, st.st_size, st.st_mtime_ns, sha1, n_words, lines, breaks),
                )  # fmt: skip
                doc_id = cur.lastrowid
                c.executemany(
                    "INSERT INTO blocks VALUES (?, ?)",
                    ((doc_id * BLOCK_ID + i, b) for i, b in enumerate(blocks)),
                )
                if spill is not None:
                    spill.add(hashes, doc_id, positions)
                else:
                    c.executemany(
                        "INSERT OR IGNORE INTO fp VALUES (?, ?, ?)",
                        zip(hashes.tolist(), [doc_id] * len(hashes), positions.tolist(), strict=True),
                    )
                if progress:
                    progress(path)
            if spill is not None:
                spill.write(c)
        finally:
            if spill is not None:
                spill.close()
        # files that were indexed under these folders but are gone now
        for path, (doc_id, *_rest) in existing.items():
            if path in seen:
                continue
            if any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                self._delete(doc_id)
                report.removed += 1
        known = self.roots
        self._set_meta("roots", "\n".join(known + [r for r in roots if r not in known]))
        self._set_meta("updated", time.strftime("%Y-%m-%d %H:%M:%S"))
        if phrases:
            self.refresh_phrases()
        c.commit()
        self._docs.clear()
        self._paths.clear()
        self._cached_words = 0
        return report

    def _delete(self, doc_id: int) -> None:
        if self.conn.execute("SELECT id FROM docs WHERE id=?", (doc_id,)).fetchone() is None:
            return
        hashes, positions = fp_mod.fingerprints(self._read(doc_id).keys)
        self.conn.executemany(
            "DELETE FROM fp WHERE hash=? AND doc=? AND pos=?",
            zip(hashes.tolist(), [doc_id] * len(hashes), positions.tolist(), strict=True),
        )
        self.conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
        self.conn.execute(
            "DELETE FROM blocks WHERE id BETWEEN ? AND ?", (doc_id * BLOCK_ID, (doc_id + 1) * BLOCK_ID - 1)
        )
        self._docs.pop(doc_id, None)

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
        return StoredDocument(*row[:6], lambda first, last: self._blocks(doc_id, first, last), row[6], row[7])

    def _blocks(self, doc_id: int, first: int, last: int) -> list[bytes]:
        """The unpacked text of blocks ``first``..``last`` of a document."""
        try:
            rows = self.conn.execute(
                "SELECT id, text FROM blocks WHERE id BETWEEN ? AND ? ORDER BY id",
                (doc_id * BLOCK_ID + first, doc_id * BLOCK_ID + last),
            ).fetchall()
            if [r[0] - doc_id * BLOCK_ID for r in rows] != list(range(first, last + 1)):
                raise IndexFileError(f"blokken van document {doc_id} ontbreken")
            texts = [zlib.decompress(r[1]) for r in rows]
            for text in texts:
                text.decode("utf-8")  # damaged text is found here, not in the middle of a check
        except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError, IndexFileError) as exc:
            raise self._damaged(exc) from None
        self._cached_words += (last - first + 1) * BLOCK_WORDS
        return texts

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
        (of the other documents). SQLite joins each hash's places into one string that numpy reads: a plan that
        shares much of its text with an archive has hundreds of thousands of places, and a Python tuple for each
        costs more than the search."""
        unique = list(dict.fromkeys(int(h) for h in hashes))
        skip = sorted({int(d) for d in exclude})
        where = f" AND doc NOT IN ({','.join('?' * len(skip))})" if skip else ""
        having = f" HAVING count(*) <= {int(most)}" if most is not None else ""
        found, counts, places = [], [], []
        try:
            for i in range(0, len(unique), 500):
                chunk = unique[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for h, n, joined in self.conn.execute(
                    f"SELECT hash, count(*), group_concat(doc * {PLACE} + pos) FROM fp WHERE hash IN ({marks})"
                    f"{where} GROUP BY hash{having}",
                    [*chunk, *skip],
                ):
                    found.append(h)
                    counts.append(n)
                    places.append(joined)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        both = np.fromstring(",".join(places), dtype=np.int64, sep=",") if places else np.zeros(0, np.int64)
        return np.repeat(np.array(found, dtype=np.int64), counts), both // PLACE, both % PLACE

    def _damaged(self, exc: Exception) -> IndexFileError:
        return IndexFileError(
            f"De referentie-index '{self.path}' is beschadigd. "
            f"Maak hem opnieuw met: beleidstaal index build MAP --output {self.path}"
        )

    def ids_for_path(self, path: str) -> set[int]:
        """The document with this file path (absolute or relative to the current folder), if it is indexed."""
        full = os.path.abspath(path)
        try:
            rows = self.conn.execute(
                "SELECT id FROM docs WHERE path IN (?, ?)", (full, os.path.realpath(path))
            )
            return {r[0] for r in rows}
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def all_document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM docs ORDER BY id")]

    # -- stock phrases -------------------------------------------------------------------------------------------
    def mine_phrases(self, min_docs: int) -> list[Phrase]:
        rows = self.conn.execute("SELECT id, words FROM docs ORDER BY id").fetchall()
        ids = [doc_id for doc_id, _ in rows]
        scale = 1.0
        if len(ids) > SAMPLE_DOCS or sum(n for _, n in rows) > SAMPLE_WORDS:
            # a fixed random sample of at most SAMPLE_DOCS documents and about SAMPLE_WORDS words
            random.Random(0).shuffle(rows)
            ids, words = [], 0
            for doc_id, n in rows:
                if len(ids) >= SAMPLE_DOCS or words >= SAMPLE_WORDS:
                    break
                ids.append(doc_id)
                words += n
            scale = len(rows) / len(ids)
            ids.sort()
            min_docs = max(2, math.ceil(min_docs / scale))

        def docs():
            for doc_id in ids:
                d = self._read(doc_id)
                yield d.keys, d.breaks

        last: list[StoredDocument] = []

        def surface(i: int, pos: int, n: int) -> list[str]:
            if not last or last[0].id != ids[i]:  # the miner asks in document order: keep only the last one
                last[:] = [self._read(ids[i])]
            return last[0].words_range(pos, pos + n)

        return mine(docs(), min_docs, surface, scale=scale)

    def refresh_phrases(self, min_docs: int | None = None) -> None:
        min_docs = min_docs or default_phrase_min_docs(self.document_count)
        found = self.mine_phrases(min_docs) if self.document_count >= 3 else []
        self.conn.execute("DELETE FROM phrases")
        self.conn.executemany(
            "INSERT OR REPLACE INTO phrases VALUES (?, ?, ?, ?)",
            [(p.hash, p.words, p.docs, p.text) for p in found[:20000]],
        )
        self._set_meta("phrase_min_docs", str(min_docs))
        self._phrases = None

    def phrases(self) -> dict[int, Phrase]:
        if self._phrases is None:
            try:
                rows = self.conn.execute("SELECT hash, words, docs, text FROM phrases").fetchall()
            except sqlite3.DatabaseError as exc:
                raise self._damaged(exc) from None
            self._phrases = {h: Phrase(h, n, d, t) for h, n, d, t in rows}
        return self._phrases
