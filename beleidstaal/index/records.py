"""The records of the reference collection as they come out of the SQLite file (``store.py``): a stored document with
its words, lines and sentence starts (packed as zlib blobs of delta-coded integers), and the report of an update.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from .normalise import stem


@dataclass
class StoredDocument:
    """A document of the index. Its words are kept as the stored text (UTF-8, one space between words) with the
    offset of each word, and split into a list only when all of them are asked for: a check against an archive
    looks at a window of a few hundred words in each of hundreds of documents."""

    id: int
    path: str
    root: str
    relpath: str
    title: str
    text: bytes = field(repr=False)
    _lines_blob: bytes = field(default=b"", repr=False)
    _breaks_blob: bytes = field(default=b"", repr=False)
    _words: list[str] | None = field(default=None, repr=False)
    _keys: list[str] | None = field(default=None, repr=False)
    _lines: np.ndarray | None = field(default=None, repr=False)
    _offsets: np.ndarray | None = field(default=None, repr=False)

    @property
    def offsets(self) -> np.ndarray:
        """Byte offset of the start of every word, plus one past the end."""
        if self._offsets is None:
            spaces = np.flatnonzero(np.frombuffer(self.text, dtype=np.uint8) == 32)
            if self.text:
                self._offsets = np.concatenate(([0], spaces + 1, [len(self.text) + 1])).astype(np.int32)
            else:
                self._offsets = np.zeros(1, dtype=np.int32)
        return self._offsets

    def __len__(self) -> int:
        """The number of words."""
        return len(self.offsets) - 1

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = self.text.decode("utf-8").split()
        return self._words

    @property
    def lines(self) -> np.ndarray:
        """The source line of every word (unpacked on first use)."""
        if self._lines is None:
            self._lines = _unpack_ints(self._lines_blob)
        return self._lines

    @property
    def breaks(self) -> list[int]:
        return _unpack_ints(self._breaks_blob).tolist()

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [stem(w) for w in self.words]
        return self._keys

    def words_range(self, start: int, end: int) -> list[str]:
        """words[start:end], without splitting the whole document."""
        if self._words is not None:
            return self._words[start:end]
        off = self.offsets
        n = len(off) - 1
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if start >= end:
            return []
        return self.text[off[start] : off[end] - 1].decode("utf-8").split()

    def keys_range(self, start: int, end: int) -> list[str]:
        """The stems of words[start:end], without stemming the whole document."""
        if self._keys is not None:
            return self._keys[start:end]
        return [stem(w) for w in self.words_range(start, end)]

    def line(self, pos: int) -> int:
        if len(self.lines) == 0:
            return 1
        return int(self.lines[min(max(pos, 0), len(self.lines) - 1)])


@dataclass
class UpdateReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "added": self.added, "changed": self.changed, "unchanged": self.unchanged, "removed": self.removed,
            "failed": [{"path": p, "error": e} for p, e in self.failed],
        }  # fmt: skip


def _pack_ints(values) -> bytes:
    arr = np.asarray(values, dtype=np.int64)
    deltas = np.diff(arr, prepend=0).astype(np.int32)
    return zlib.compress(deltas.tobytes(), 6)


def _unpack_ints(blob: bytes) -> np.ndarray:
    if not blob:
        return np.zeros(0, dtype=np.int64)
    return np.cumsum(np.frombuffer(zlib.decompress(blob), dtype=np.int32).astype(np.int64))
