"""The write side of the reference collection (``store.ReferenceIndex`` inherits it): bringing the index in line
with the files under its folders (``update``, ``_delete``), and mining the stock phrases it stores
(``mine_phrases``, ``refresh_phrases``). The read side (opening, the stored documents, the lookup of fingerprints)
is ``store.py``."""

from __future__ import annotations

import math
import os
import random
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from . import fingerprint as fp_mod
from . import places as places_mod
from .numbers import Vocabulary
from .phrases import SAMPLE_DOCS, SAMPLE_WORDS, Phrase, mine
from .records import StoredDocument, UpdateReport
from .schema import BLOCK_ID


def default_phrase_min_docs(documents: int) -> int:
    """How many documents a phrase must occur in to count as a stock phrase: 20% of the collection, at least 3."""
    return max(3, math.ceil(documents * 0.20))


class IndexWriter:
    """The methods of ``ReferenceIndex`` that write to its file or mine it to write; they use its connection
    (``conn``, ``path``), its caches and ``_read`` and ``_set_meta``."""

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
        from .bulk import FingerprintSpill, StemNumbers, read_files
        from .records import pack_ids

        folder = os.path.dirname(os.path.abspath(self.path)) if self.path != ":memory:" else None
        spill = FingerprintSpill(folder) if bulk else None
        numbered = StemNumbers(c)
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
                _, sha1, title, n_words, blocks, distinct, local, lines, breaks, hashes, positions = result
                cur = c.execute(
                    "INSERT INTO docs (path, root, relpath, title, size, mtime_ns, sha1, words, lines, breaks)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (path, root, relpath, title, st.st_size, st.st_mtime_ns, sha1, n_words, lines, breaks),
                )  # fmt: skip
                doc_id = cur.lastrowid
                c.executemany(
                    "INSERT INTO blocks VALUES (?, ?, ?)",
                    (
                        (doc_id * BLOCK_ID + i, ids, text)
                        for i, (ids, text) in enumerate(
                            zip(pack_ids(numbered(distinct, local)), blocks, strict=True)
                        )
                    ),
                )
                if spill is not None:
                    spill.add(hashes, doc_id, positions)
                else:
                    places_mod.merge(c, hashes, places_mod.place_values(doc_id, positions))
                if progress:
                    progress(path)
            if spill is not None:
                spill.write(c)
        finally:
            if spill is not None:
                spill.close()
        self.numbers = Vocabulary(
            c, self._damaged
        )  # new stems have numbers now: read the vocabulary again where asked
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
        hashes, _ = fp_mod.fingerprints(self._read(doc_id).keys)
        places_mod.remove(self.conn, hashes, doc_id)
        self.conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
        self.conn.execute(
            "DELETE FROM blocks WHERE id BETWEEN ? AND ?", (doc_id * BLOCK_ID, (doc_id + 1) * BLOCK_ID - 1)
        )
        self._docs.pop(doc_id, None)

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
