"""The records of the reference collection as they come out of the SQLite file (``store.py``): a stored document with
its words (zlib blocks of ``BLOCK_WORDS`` words) and their stems' numbers (blocks of as many numbers), lines and
sentence starts (zlib blobs of delta-coded integers), and
the report of an update.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .numbers import Vocabulary

#: words per stored block: a window of the few hundred words that a check looks at reads one to three blocks
BLOCK_WORDS = 256


def pack_blocks(words: list[str]) -> list[bytes]:
    """The words of a document as zlib blocks of ``BLOCK_WORDS`` words: UTF-8, one space between them."""
    return [
        zlib.compress(" ".join(words[i : i + BLOCK_WORDS]).encode("utf-8"), 6)
        for i in range(0, len(words), BLOCK_WORDS)
    ]


def pack_ids(ids: np.ndarray) -> list[bytes]:
    """The stems of a document's words as numbers of the index's vocabulary (``numbers.py``), in blocks of
    ``BLOCK_WORDS`` numbers, not compressed (since format version 5: a check reads them as they are, ``unpack_ids``):
    little-endian, 16 bits a number and one byte more (an odd length) where every number of the block is under
    65,536, else 32 bits (an even length)."""
    ids = np.asarray(ids, dtype=np.int64)
    blocks = []
    for i in range(0, len(ids), BLOCK_WORDS):
        part = ids[i : i + BLOCK_WORDS]
        if len(part) and part.max() < 1 << 16:
            blocks.append(part.astype("<u2").tobytes() + b"\x00")
        else:
            blocks.append(part.astype("<i4").tobytes())
    return blocks


def unpack_ids(blob: bytes) -> np.ndarray:
    """The numbers of one block (``pack_ids``) as int32, read only."""
    if len(blob) % 2:
        ids = np.frombuffer(blob, dtype="<u2", count=len(blob) // 2).astype(np.int32)
        ids.flags.writeable = False
        return ids
    return np.frombuffer(blob, dtype="<i4")


@dataclass
class StoredDocument:
    """A document of the index. Its words and their stems' numbers are stored in blocks of ``BLOCK_WORDS``
    (``pack_blocks``, ``pack_ids``) and read block by block as windows ask for them (``load_ids(first, last)``: the
    numbers of blocks first..last; ``load_words``: their words as text): a check against an archive looks at a
    window of a few hundred words in each of hundreds of documents, not at whole documents, and reads only the
    numbers of most of them. The stems are numbers of the index's vocabulary (``numbers``: ``index.numbers``, made
    by ``normalise.stem`` when the index was built; the index's normaliser version is checked when it is opened):
    a check compares them with its draft's numbers, and neither stems nor splits a stored word."""

    id: int
    path: str
    root: str
    relpath: str
    title: str
    size: int
    load_ids: Callable[[int, int], list[np.ndarray]] = field(repr=False)
    load_words: Callable[[int, int], list[str]] = field(repr=False)
    _lines_blob: bytes = field(default=b"", repr=False)
    _breaks_blob: bytes = field(default=b"", repr=False)
    #: the index's vocabulary (``numbers.Vocabulary``): the stems of stored numbers, for ``keys_range``
    numbers: Vocabulary | None = field(default=None, repr=False)
    #: block number -> its stems' numbers (read only)
    _ids: dict[int, np.ndarray] = field(default_factory=dict, repr=False)
    #: block number -> its words as text (read only where asked for)
    _words: dict[int, str] = field(default_factory=dict, repr=False)
    _lines: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        """The number of words."""
        return self.size

    @property
    def loaded_words(self) -> int:
        """About how many words of this document are in memory (for the index's cache)."""
        return (len(self._ids) + len(self._words)) * BLOCK_WORDS

    def _block_range(self, start: int, end: int, blocks: dict, load) -> tuple[int, int, int, int] | None:
        start, end = max(0, min(start, self.size)), max(0, min(end, self.size))
        if start >= end:
            return None
        first, last = start // BLOCK_WORDS, (end - 1) // BLOCK_WORDS
        missing = [b for b in range(first, last + 1) if b not in blocks]
        if missing:
            for b, value in zip(
                range(missing[0], missing[-1] + 1), load(missing[0], missing[-1]), strict=True
            ):
                blocks.setdefault(b, value)
        return start, end, first, last

    def words_range(self, start: int, end: int) -> list[str]:
        """words[start:end], reading only the blocks that hold them."""
        at = self._block_range(start, end, self._words, self.load_words)
        if at is None:
            return []
        start, end, first, last = at
        out: list[str] = []
        for b in range(first, last + 1):
            words = self._words[b].split()
            base = b * BLOCK_WORDS
            if first == last:
                return words[start - base : end - base]
            out.extend(words[max(0, start - base) : end - base])
        return out

    def ids_range(self, start: int, end: int) -> np.ndarray:
        """The numbers of the stems of words[start:end] as stored (read only: a view of the block's numbers where
        one block holds them)."""
        at = self._block_range(start, end, self._ids, self.load_ids)
        if at is None:
            return np.zeros(0, dtype=np.int32)
        start, end, first, last = at
        base = first * BLOCK_WORDS
        ids = (
            self._ids[first]
            if first == last
            else np.concatenate([self._ids[b] for b in range(first, last + 1)])
        )
        return ids[start - base : end - base]

    def keys_range(self, start: int, end: int) -> list[str]:
        """The stems of words[start:end] (their stored numbers, read back in the vocabulary)."""
        return self.numbers.stems(self.ids_range(start, end))

    @property
    def words(self) -> list[str]:
        return self.words_range(0, self.size)

    @property
    def keys(self) -> list[str]:
        return self.keys_range(0, self.size)

    @property
    def lines(self) -> np.ndarray:
        """The source line of every word (unpacked on first use)."""
        if self._lines is None:
            self._lines = _unpack_ints(self._lines_blob)
        return self._lines

    @property
    def breaks(self) -> list[int]:
        return _unpack_ints(self._breaks_blob).tolist()

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
