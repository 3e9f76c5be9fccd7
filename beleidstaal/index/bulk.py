"""Reading many documents into the reference index: the analysis of one file (read, noise filter, normalise,
fingerprints), run in worker processes for a big collection, and the fingerprints of a fresh build spilled to disk
by hash range, so memory stays flat however big the collection is.

A build of 6,500 plans of 13,000 words makes about 20 million fingerprints: held in memory and sorted at the end
they took more than 1 GB. Here they go to 64 temporary files, one per range of hash values, in blocks of about
2 million rows; at the end each file is read back, sorted and written to SQLite in hash order (the order of the
table's key), one range at a time.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ..errors import BeleidstaalError
from . import fingerprint as fp_mod
from . import places
from .normalise import _repair
from .records import _pack_ints, pack_blocks

_TITLE_NOISE = re.compile(r"^\s*(?:\||xml version|<\?xml|!\[|direct naar\b)", re.I)

#: a collection with at least this many files to read is read by worker processes
PARALLEL_MIN_FILES = 32


def analyse(path: Path, data: bytes) -> tuple[list[str], list[str], np.ndarray, list[int], str]:
    """The prose words of a document, their stems, the source line of each word, the sentence starts and a
    title."""
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
    return tokens.words, tokens.keys, lines, tokens.breaks, title


def read_file(job: tuple[str, str | None]) -> tuple:
    """Read and analyse one file (in a worker process or in the caller). ``job`` is (path, SHA-1 already indexed or
    None). Returns ("failed", why), ("same", sha1) when the bytes did not change, or ("new", sha1, title, words,
    blocks of words (``pack_blocks``), the distinct stems, each word's stem as its place among them (int32: the
    caller numbers the distinct stems in the index's vocabulary, ``StemNumbers``), lines blob, breaks blob,
    fingerprint hashes, positions)."""
    path, known = job
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ("failed", f"kan niet worden gelezen ({exc.strerror or exc})")
    sha1 = hashlib.sha1(data).hexdigest()
    if sha1 == known:
        return ("same", sha1)
    try:
        words, keys, lines, breaks, title = analyse(Path(path), data)
    except BeleidstaalError as exc:
        return ("failed", str(exc))
    hashes, positions = fp_mod.fingerprints(keys)
    distinct: dict[str, int] = {}
    local = np.fromiter(
        (distinct.setdefault(k, len(distinct)) for k in keys), dtype=np.int32, count=len(keys)
    )
    return ("new", sha1, title, len(words), pack_blocks(words), list(distinct), local, _pack_ints(lines),
            _pack_ints(breaks), hashes, positions.astype(np.int32))  # fmt: skip


class StemNumbers:
    """The vocabulary of an index while documents are written into it (``numbers.py``): every stem stored so far
    with its number, in memory (the distinct stems of the collection, not its words); a new stem gets the next
    number and a row in table ``vocab``. Call it only after a write of the same transaction (``IndexWriter.update``
    writes the document's row first)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.table: defaultdict[str, int] | None = None
        self.next = 0

    def _load(self) -> None:
        # read at the first document, after the caller's write of its row: the write transaction is open then, so no
        # other process (a second ``index add``) can give numbers between this read and the commit
        known = dict(self.conn.execute("SELECT stem, id FROM vocab"))
        self.next = max(known.values(), default=-1) + 1
        table: defaultdict[str, int] = defaultdict(itertools.count(self.next).__next__)
        table.update(known)
        self.table = table

    def __call__(self, distinct: list[str], local: np.ndarray) -> np.ndarray:
        """The numbers of a document's stems, from its distinct stems and each word's place among them."""
        if self.table is None:
            self._load()
        numbers = np.fromiter(map(self.table.__getitem__, distinct), dtype=np.int32, count=len(distinct))
        new = np.flatnonzero(numbers >= self.next)
        if len(new):
            self.conn.executemany(
                "INSERT INTO vocab VALUES (?, ?)", ((int(numbers[i]), distinct[i]) for i in new.tolist())
            )
            self.next = int(numbers[new].max()) + 1
        return numbers[local]


def default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def read_files(jobs: list[tuple[str, str | None]], workers: int | None = None) -> Iterator[tuple]:
    """``read_file`` of every job, in order; by ``workers`` processes when there are many files. The workers are
    started fresh ("spawn"), not forked: the caller may be a server with threads or a loaded language model."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(jobs) < PARALLEL_MIN_FILES:
        yield from map(read_file, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(min(workers, len(jobs))) as pool:
        yield from pool.imap(read_file, jobs, chunksize=4)


_ROW = np.dtype([("h", "<i8"), ("d", "<i4"), ("p", "<i4")])


class FingerprintSpill:
    """The fingerprints of a fresh build on disk, by hash range; ``write`` puts them into the ``places`` table in key
    order."""

    BUCKET_BITS = 6
    FLUSH_ROWS = 1 << 21

    def __init__(self, folder: str | None = None) -> None:
        self.dir = tempfile.mkdtemp(prefix=".beleidstaal-fp-", dir=folder)
        self.parts: list[tuple[np.ndarray, int, np.ndarray]] = []
        self.rows = 0

    def _file(self, bucket: int) -> str:
        return os.path.join(self.dir, f"{bucket:02d}.bin")

    def add(self, hashes: np.ndarray, doc_id: int, positions: np.ndarray) -> None:
        self.parts.append((hashes, doc_id, positions))
        self.rows += len(hashes)
        if self.rows >= self.FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.parts:
            return
        rec = np.empty(self.rows, dtype=_ROW)
        rec["h"] = np.concatenate([h for h, _, _ in self.parts])
        rec["d"] = np.concatenate([np.full(len(h), d, dtype=np.int32) for h, d, _ in self.parts])
        rec["p"] = np.concatenate([p for _, _, p in self.parts])
        self.parts.clear()
        self.rows = 0
        bucket = rec["h"] >> (fp_mod.HASH_BITS - self.BUCKET_BITS)
        order = np.argsort(bucket, kind="stable")
        rec, bucket = rec[order], bucket[order]
        bounds = np.searchsorted(bucket, np.arange((1 << self.BUCKET_BITS) + 1))
        for b in range(1 << self.BUCKET_BITS):
            if bounds[b] < bounds[b + 1]:
                with open(self._file(b), "ab") as fh:
                    fh.write(rec[bounds[b] : bounds[b + 1]].tobytes())

    def write(self, conn, slice_rows: int = 200_000) -> None:
        """Write everything into ``places``, one hash range at a time: one blob per hash, its places in (document,
        position) order. Into an empty table each blob is written once; otherwise merged with the stored one."""
        self.flush()
        fresh = conn.execute("SELECT 1 FROM places LIMIT 1").fetchone() is None
        try:
            for b in range(1 << self.BUCKET_BITS):
                f = self._file(b)
                if not os.path.exists(f):
                    continue
                rec = np.fromfile(f, dtype=_ROW)
                os.unlink(f)
                rec = rec[np.lexsort((rec["p"], rec["d"], rec["h"]))]
                hashes = rec["h"]
                values = places.place_values(rec["d"], rec["p"])
                del rec
                if not fresh:
                    places.merge(conn, hashes, values)
                    continue
                i = 0
                while i < len(hashes):  # a slice ends at a change of hash: each hash is one row
                    j = min(len(hashes), i + slice_rows)
                    if j < len(hashes):
                        j = int(np.searchsorted(hashes, hashes[j - 1], side="right"))
                    conn.executemany(
                        "INSERT INTO places VALUES (?, ?)", places.runs(hashes[i:j], values[i:j])
                    )
                    i = j
        finally:
            self.close()

    def close(self) -> None:
        self.parts.clear()
        shutil.rmtree(self.dir, ignore_errors=True)
