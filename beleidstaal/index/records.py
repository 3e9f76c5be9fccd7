"""The records of the reference collection as they come out of the SQLite file (``store.py``): a stored document with
its words and their stems (zlib blocks of ``BLOCK_WORDS`` words), lines and sentence starts (zlib blobs of delta-coded integers), and
the report of an update.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .numbers import Numbering

#: words per stored block: a window of the few hundred words that a check looks at reads one to three blocks
BLOCK_WORDS = 256


def pack_blocks(words: list[str], keys: list[str]) -> list[bytes]:
    """The words of a document and their stems (``keys``, made while the document was read) as zlib blocks of
    ``BLOCK_WORDS`` words: UTF-8, the block's words with one space between them, a line break, their stems the same
    way (since format version 4: a check reads the stems of stored words and never makes them)."""
    return [
        zlib.compress(
            (" ".join(words[i : i + BLOCK_WORDS]) + "\n" + " ".join(keys[i : i + BLOCK_WORDS])).encode(
                "utf-8"
            ),
            6,
        )
        for i in range(0, len(words), BLOCK_WORDS)
    ]


@dataclass
class StoredDocument:
    """A document of the index. Its words are stored in blocks of ``BLOCK_WORDS`` (``pack_blocks``) and read block
    by block as windows ask for them (``load(first, last)``: the unpacked and decoded text of blocks first..last),
    each block's stem numbers made once: a check against an archive looks at a window of a few hundred words in each
    of hundreds of documents, not at whole documents. The stems are stored with the words (``pack_blocks``, made by
    ``normalise.stem`` when the index was built; the index's normaliser version is checked when it is opened): a
    check numbers them (``numbers``: the open index's table, ``index.numbers``), and stems no stored word."""

    id: int
    path: str
    root: str
    relpath: str
    title: str
    size: int
    load: Callable[[int, int], list[str]] = field(repr=False)
    _lines_blob: bytes = field(default=b"", repr=False)
    _breaks_blob: bytes = field(default=b"", repr=False)
    #: the table that numbers the stems (the open index's, shared by its documents and the drafts checked with it)
    numbers: Numbering = field(default_factory=Numbering, repr=False)
    #: block number -> [its words as text, its stem numbers or None before first use, its stored stems as text,
    #: the ``numbers.token`` its numbers were made under]
    _blocks: dict[int, list] = field(default_factory=dict, repr=False)
    _lines: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        """The number of words."""
        return self.size

    @property
    def loaded_words(self) -> int:
        """About how many words of this document are in memory (for the index's cache)."""
        return len(self._blocks) * BLOCK_WORDS

    def _block_range(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        start, end = max(0, min(start, self.size)), max(0, min(end, self.size))
        if start >= end:
            return None
        first, last = start // BLOCK_WORDS, (end - 1) // BLOCK_WORDS
        missing = [b for b in range(first, last + 1) if b not in self._blocks]
        if missing:
            for b, text in zip(
                range(missing[0], missing[-1] + 1), self.load(missing[0], missing[-1]), strict=True
            ):
                words, _, keys = text.partition("\n")
                self._blocks.setdefault(b, [words, None, keys, None])
        return start, end, first, last

    def _window(self, start: int, end: int, stemmed: bool) -> list[str]:
        at = self._block_range(start, end)
        if at is None:
            return []
        start, end, first, last = at
        out: list[str] = []
        for b in range(first, last + 1):
            words = self._blocks[b][2 if stemmed else 0].split()
            base = b * BLOCK_WORDS
            if first == last:
                return words[start - base : end - base]
            out.extend(words[max(0, start - base) : end - base])
        return out

    def words_range(self, start: int, end: int) -> list[str]:
        """words[start:end], reading only the blocks that hold them."""
        return self._window(start, end, stemmed=False)

    def keys_range(self, start: int, end: int) -> list[str]:
        """The stems of words[start:end], as stored with each block."""
        return self._window(start, end, stemmed=True)

    def ids_range(self, start: int, end: int) -> np.ndarray:
        """The numbers of the stems of words[start:end] (``numbers``), made once per block (read only: a view of the
        block's numbers where one block holds them)."""
        at = self._block_range(start, end)
        if at is None:
            return np.zeros(0, dtype=np.int32)
        start, end, first, last = at
        numbers, token = self.numbers, self.numbers.token
        parts = []
        for b in range(first, last + 1):
            block = self._blocks[b]
            if block[3] is not token:
                # the block's stored stems, made when the index was built, as numbers of the index's table
                block[1], block[3] = numbers.ids(block[2].split()), token
            parts.append(block[1])
        base = first * BLOCK_WORDS
        ids = parts[0] if first == last else np.concatenate(parts)
        return ids[start - base : end - base]

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
