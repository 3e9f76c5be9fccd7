"""The reference collection on disk: one SQLite file.

Tables:
- ``meta``: schema name and version, fingerprint parameters (K, W, normaliser version), build dates, folders;
- ``docs``: one row per document: path, folder it was found under, relative path, title, size, mtime, SHA-1 of the
  bytes (for incremental ``add``), word count, and three zlib blobs: the normalised words, the source line of each
  word (so a passage's position can be named), and the word indexes where a sentence starts;
- ``fp``: the winnowed fingerprints (hash, document, word position), a WITHOUT ROWID table keyed on the hash, so a
  lookup is one B-tree seek per hash and no second index is needed;
- ``phrases``: stock phrases mined from the collection, for the ``standaardzin`` rule.

A document's fingerprints are not indexed by document: to drop a changed or removed document its fingerprints are
recomputed from its stored words and deleted by key. That keeps the file about half the size.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import random
import re
import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from ..errors import BeleidstaalError
from . import fingerprint as fp_mod
from .normalise import NORMALISER_VERSION, _repair, stem
from .phrases import SAMPLE_DOCS, Phrase, mine
from .records import StoredDocument, UpdateReport, _pack_ints
from .schema import _SCHEMA, SCHEMA_NAME, SCHEMA_VERSION, IndexFileError, _not_an_index

_TITLE_NOISE = re.compile(r"^\s*(?:\||xml version|<\?xml|!\[|direct naar\b)", re.I)


def default_phrase_min_docs(documents: int) -> int:
    """How many documents a phrase must occur in to count as a stock phrase: 20% of the collection, at least 3."""
    return max(3, math.ceil(documents * 0.20))


class ReferenceIndex:
    """An open reference collection. Use ``create`` for a new one, ``open`` for an existing file."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._docs: dict[int, StoredDocument] = {}
        self._phrases: dict[int, Phrase] | None = None
        self._meta: dict[str, str] | None = None

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
            conn.execute(
                "SELECT id, path, root, relpath, title, words, tokens, lines, breaks FROM docs LIMIT 1"
            )
            conn.execute("SELECT hash, doc, pos FROM fp LIMIT 1")
            conn.execute("SELECT hash, words, docs, text FROM phrases LIMIT 1")
        except sqlite3.DatabaseError:
            raise _not_an_index(shown, "de database is beschadigd of heeft een andere opbouw") from None
        if rows.get("schema") != SCHEMA_NAME:
            raise _not_an_index(shown, "de database is van een ander programma")
        expected = {"version": str(SCHEMA_VERSION), "k": str(fp_mod.K), "w": str(fp_mod.W),
                    "normaliser": str(NORMALISER_VERSION)}  # fmt: skip
        if any(rows.get(k) != v for k, v in expected.items()):
            raise IndexFileError(
                f"De referentie-index '{shown}' is gemaakt met een andere versie van beleidstaal. "
                f"Maak hem opnieuw met: beleidstaal index build MAP --output {shown}"
            )
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
    ) -> UpdateReport:
        """Bring the index in line with the files under ``paths`` (folders or files): new and changed files are
        (re)indexed, files that are gone from those folders are dropped. ``bulk`` is for a fresh index: fingerprints
        are collected in memory and written sorted at the end, which is much faster."""
        from ..discovery import iter_files

        report = UpdateReport()
        roots = [os.path.abspath(p) for p in paths]  # not resolved: a folder of symlinks keeps its own names
        seen: set[str] = set()
        existing = {
            row[0]: row[1:] for row in self.conn.execute("SELECT path, id, size, mtime_ns, sha1 FROM docs")
        }
        pending: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        c = self.conn
        c.execute("PRAGMA cache_size = -65536")
        for root in roots:
            rp = Path(root)
            files = [rp] if rp.is_file() else list(iter_files(rp))
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
                try:
                    data = f.read_bytes()
                except OSError as exc:
                    report.failed.append((path, f"kan niet worden gelezen ({exc.strerror or exc})"))
                    continue
                sha1 = hashlib.sha1(data).hexdigest()
                if old is not None and old[3] == sha1:
                    c.execute(
                        "UPDATE docs SET size=?, mtime_ns=? WHERE id=?", (st.st_size, st.st_mtime_ns, old[0])
                    )
                    report.unchanged += 1
                    continue
                try:
                    row = self._analyse(f, data)
                except BeleidstaalError as exc:
                    report.failed.append((path, str(exc)))
                    continue
                if old is not None:
                    self._delete(old[0])
                    report.changed += 1
                else:
                    report.added += 1
                words, lines, breaks, title = row
                cur = c.execute(
                    "INSERT INTO docs (path, root, relpath, title, size, mtime_ns, sha1, words, tokens, lines, breaks)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (path, root, os.path.relpath(path, base), title, st.st_size, st.st_mtime_ns, sha1, len(words),
                     zlib.compress(" ".join(words).encode("utf-8"), 6), _pack_ints(lines), _pack_ints(breaks)),
                )  # fmt: skip
                doc_id = cur.lastrowid
                hashes, positions = fp_mod.fingerprints([stem(w) for w in words])
                if bulk:
                    pending.append(
                        (hashes, np.full(len(hashes), doc_id, dtype=np.int32), positions.astype(np.int32))
                    )
                else:
                    c.executemany(
                        "INSERT OR IGNORE INTO fp VALUES (?, ?, ?)",
                        zip(hashes.tolist(), [doc_id] * len(hashes), positions.tolist(), strict=True),
                    )
                if progress:
                    progress(path)
        # files that were indexed under these folders but are gone now
        for path, (doc_id, *_rest) in existing.items():
            if path in seen:
                continue
            if any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                self._delete(doc_id)
                report.removed += 1
        if pending:
            h = np.concatenate([p[0] for p in pending])
            d = np.concatenate([p[1] for p in pending])
            pos = np.concatenate([p[2] for p in pending])
            pending.clear()
            order = np.lexsort((pos, d, h))
            h, d, pos = h[order], d[order], pos[order]
            del order
            for i in range(
                0, len(h), 200_000
            ):  # in slices: Python ints for millions of rows take a lot of memory
                c.executemany(
                    "INSERT OR IGNORE INTO fp VALUES (?, ?, ?)",
                    zip(h[i : i + 200_000].tolist(), d[i : i + 200_000].tolist(), pos[i : i + 200_000].tolist(),
                        strict=True),
                )  # fmt: skip
        known = self.roots
        self._set_meta("roots", "\n".join(known + [r for r in roots if r not in known]))
        self._set_meta("updated", time.strftime("%Y-%m-%d %H:%M:%S"))
        if phrases:
            self.refresh_phrases()
        c.commit()
        self._docs.clear()
        return report

    def _analyse(self, path: Path, data: bytes) -> tuple[list[str], np.ndarray, list[int], str]:
        from ..readers import kind_for, read_bytes
        from .noise import prose_tokens

        document = read_bytes(data, kind=kind_for(path) or "text", path=str(path))
        tokens = prose_tokens(document)
        title = path.stem
        for p in document.paragraphs[:40]:
            text = document.paragraph_text(p).strip()
            # the first heading or line of at least two words that is not conversion noise (<?xml ...?>, menus)
            if len(text.split()) >= 2 and not _TITLE_NOISE.match(text) and p.kind in ("heading", "paragraph"):
                title = " ".join(_repair(w) for w in text.split())[:120]
                break
        # the source line of every word, vectorised (per-word Document.locate would be slow on big collections)
        starts = np.asarray(tokens.starts, dtype=np.int64)
        if document.segments and len(starts):
            seg_text = np.asarray([s.text_start for s in document.segments], dtype=np.int64)
            seg_src = np.asarray([s.source_start for s in document.segments], dtype=np.int64)
            i = np.maximum(np.searchsorted(seg_text, starts, side="right") - 1, 0)
            src = seg_src[i] + (starts - seg_text[i])
            line_starts = np.asarray(document._line_starts, dtype=np.int64)
            lines = np.searchsorted(line_starts, src, side="right")
        else:
            lines = np.ones(len(starts), dtype=np.int64)
        return tokens.words, lines, tokens.breaks, title

    def _delete(self, doc_id: int) -> None:
        row = self.conn.execute("SELECT tokens FROM docs WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            return
        words = zlib.decompress(row[0]).decode("utf-8").split()
        hashes, positions = fp_mod.fingerprints([stem(w) for w in words])
        self.conn.executemany(
            "DELETE FROM fp WHERE hash=? AND doc=? AND pos=?",
            zip(hashes.tolist(), [doc_id] * len(hashes), positions.tolist(), strict=True),
        )
        self.conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
        self._docs.pop(doc_id, None)

    # -- reading -------------------------------------------------------------------------------------------------
    def document(self, doc_id: int) -> StoredDocument:
        doc = self._docs.get(doc_id)
        if doc is None:
            try:
                row = self.conn.execute(
                    "SELECT id, path, root, relpath, title, tokens, lines, breaks FROM docs WHERE id=?",
                    (doc_id,),
                ).fetchone()
                if row is None:
                    raise IndexFileError(f"document {doc_id} ontbreekt")
                words = zlib.decompress(row[5]).decode("utf-8").split()
            except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError, IndexFileError) as exc:
                raise self._damaged(exc) from None
            doc = StoredDocument(row[0], row[1], row[2], row[3], row[4], words, row[6], row[7])
            if len(self._docs) > 512:
                self._docs.clear()
            self._docs[doc_id] = doc
        return doc

    def paths(self, doc_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """(path, relpath) of each document, without reading its words (``document`` reads them all)."""
        ids = list(dict.fromkeys(int(d) for d in doc_ids))
        out: dict[int, tuple[str, str]] = {}
        try:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for row in self.conn.execute(
                    f"SELECT id, path, relpath FROM docs WHERE id IN ({marks})", chunk
                ):
                    out[row[0]] = (row[1], row[2])
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        return out

    def lookup(self, hashes: Iterable[int]) -> list[tuple[int, int, int]]:
        """All stored (hash, document, position) rows for the given hashes."""
        unique = list(dict.fromkeys(int(h) for h in hashes))
        rows: list[tuple[int, int, int]] = []
        try:
            for i in range(0, len(unique), 500):
                chunk = unique[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows.extend(
                    self.conn.execute(f"SELECT hash, doc, pos FROM fp WHERE hash IN ({marks})", chunk)
                )
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        return rows

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
        ids = self.all_document_ids()
        scale = 1.0
        if len(ids) > SAMPLE_DOCS:
            scale = len(ids) / SAMPLE_DOCS
            ids = sorted(random.Random(0).sample(ids, SAMPLE_DOCS))
            min_docs = max(2, math.ceil(min_docs / scale))

        def docs():
            for doc_id in ids:
                d = self.document(doc_id)
                yield d.keys, d.breaks
                self._docs.pop(doc_id, None)  # keep memory flat: the words are read again only for display

        def surface(i: int, pos: int, n: int) -> list[str]:
            return self.document(ids[i]).words[pos : pos + n]

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


def build_index(
    paths: list[str | Path], output: str | Path, *, progress: Callable[[str], None] | None = None
) -> UpdateReport:
    """Build a new index file from the documents under ``paths``. The file is written next to ``output`` and renamed
    into place at the end, so a failed build never leaves half an index."""
    out = Path(output)
    folder = out.parent if str(out.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(tmp)
    try:
        index = ReferenceIndex.create(tmp)
        index.conn.execute("PRAGMA journal_mode = OFF")
        index.conn.execute("PRAGMA synchronous = OFF")
        report = index.update(paths, progress=progress, bulk=True)
        index.close()
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return report
