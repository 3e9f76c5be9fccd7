"""Numbers for stems: one number per distinct stem, so that the alignment compares the stems of a draft and of the
stored windows as arrays of integers in numpy (``alignment.diagonals``, ``alignment.anchored_blocks``), without
Python work per word. Equal stems have equal numbers and different stems different ones, so every comparison of
numbers gives what the comparison of the stems gives.

Since index format 5 the index holds the numbers itself: a vocabulary (table ``vocab``: number, stem), made when
the index is built and extended by ``index add`` (a new stem gets the next number; a number is never given to
another stem, and a removed document may leave numbers no block uses), and each stored block holds its stems as
numbers of it (``records.pack_ids``, 16 or 32 bits, not compressed). A check reads a window's numbers as they are stored
(``StoredDocument.ids_range``) and numbers only its draft's distinct stems, by looking them up in the vocabulary
(``Vocabulary.draft``); a stem of the draft that the vocabulary does not hold gets a negative number, which no
stored stem has (each such stem its own). ``Numbering`` is a table in memory, for a text compared with itself
(``match._Words``) and for the tests.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable

import numpy as np

#: the most draft stems an open index keeps with their numbers between checks (then emptied, before a new draft)
LIMIT = 500_000
#: stems looked up in the vocabulary per SQL statement, where SQLite has no JSON functions
_CHUNK = 900
_JSON_LOOK_UP = "SELECT v.stem, v.id FROM json_each(?) AS j JOIN vocab AS v ON v.stem = j.value"


class Numbering:
    """A table of stem numbers in memory: a stem not seen before gets the next number (in C: a ``defaultdict`` whose
    default is its own length)."""

    def __init__(self) -> None:
        table: defaultdict[str, int] = defaultdict()
        table.default_factory = table.__len__
        self._table = table
        self._draft: tuple[list[str], np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._table)

    def ids(self, stems: list[str]) -> np.ndarray:
        """The number of each stem (32 bits; new stems numbered on the way)."""
        return np.fromiter(map(self._table.__getitem__, stems), dtype=np.int32, count=len(stems))

    def draft(self, keys: list[str]) -> np.ndarray:
        """The numbers of a draft's stems, made once for the same list."""
        last = self._draft
        if last is not None and last[0] is keys and len(last[1]) == len(keys):
            return last[1]
        ids = self.ids(keys)
        self._draft = (keys, ids)
        return ids


class Vocabulary:
    """The stem numbers of an open index (table ``vocab``): the draft's stems looked up, once per check (and kept
    for the next checks with the same index, up to ``LIMIT``); the stems of stored numbers read back where a caller
    wants text (``stems``: the index writer, the phrase miner). ``damaged``: the error to raise where the vocabulary
    cannot be read or lacks a stored number (``ReferenceIndex._damaged``)."""

    def __init__(
        self, conn: sqlite3.Connection, damaged: Callable[[Exception], Exception] | None = None
    ) -> None:
        self.conn = conn
        self._damaged = damaged or (lambda exc: exc)
        #: stem -> stored number, of the draft stems looked up so far (only those the vocabulary holds)
        self._known: dict[str, int] = {}
        #: (the draft's stems, their numbers, stem -> number of every stem numbered for it)
        self._draft: tuple[list[str], np.ndarray, dict[str, int]] | None = None
        self._stems: list[str] | None = None
        #: whether SQLite's ``json_each`` is there (``_look_up``)
        self._json = True

    def _look_up(self, stems: list[str]) -> None:
        known = self._known
        missing = [s for s in stems if s not in known]
        if not missing:
            return
        if self._json:
            # one statement for all (SQLite's JSON functions): a third less than statements of ``_CHUNK`` stems
            try:
                known.update(self.conn.execute(_JSON_LOOK_UP, (json.dumps(missing, ensure_ascii=False),)))
                return
            except sqlite3.OperationalError:  # an SQLite without them
                self._json = False
            except sqlite3.DatabaseError as exc:
                raise self._damaged(exc) from None
        try:
            for i in range(0, len(missing), _CHUNK):
                chunk = missing[i : i + _CHUNK]
                known.update(
                    self.conn.execute(
                        f"SELECT stem, id FROM vocab WHERE stem IN ({','.join('?' * len(chunk))})", chunk
                    )
                )
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def _numbered(self, stems: list[str], table: dict[str, int]) -> None:
        """Numbers in ``table`` for each of ``stems`` not in it: the stored number, or the next negative one."""
        new = [s for s in dict.fromkeys(stems) if s not in table]
        if not new:
            return
        self._look_up(new)
        known = self._known
        unknown = -1 - sum(1 for v in table.values() if v < 0) if table else -1
        for s in new:
            number = known.get(s)
            if number is None:
                number, unknown = unknown, unknown - 1
            table[s] = number

    def draft(self, keys: list[str]) -> np.ndarray:
        """The numbers of a draft's stems, made once for the same list (``tokens.keys`` of one check: every
        alignment of the check asks for them)."""
        last = self._draft
        if last is not None and last[0] is keys and len(last[1]) == len(keys):
            return last[1]
        if len(self._known) > LIMIT:
            self._known = {}
        table: dict[str, int] = {}
        self._numbered(keys, table)
        ids = np.fromiter(map(table.__getitem__, keys), dtype=np.int32, count=len(keys))
        self._draft = (keys, ids, table)
        return ids

    def ids(self, stems: list[str]) -> np.ndarray:
        """The numbers of stems of the last draft (``draft``); other stems are numbered on the way, as the draft's
        are (a stem the vocabulary does not hold: a negative number of its own)."""
        table = self._draft[2] if self._draft is not None else {}
        self._numbered(stems, table)
        return np.fromiter(map(table.__getitem__, stems), dtype=np.int32, count=len(stems))

    def stems(self, ids: np.ndarray) -> list[str]:
        """The stems of stored numbers (the whole vocabulary is read once, on first use, and again where a number
        is past it: another process's ``index add`` gave it since). A number the vocabulary does not hold, or a
        vocabulary with a number missing, is a damaged index."""
        numbers = ids.tolist()
        if not numbers:
            return []
        if self._stems is None or max(numbers) >= len(self._stems):
            self._stems = self._read_stems()
        stems = self._stems
        if min(numbers) < 0 or max(numbers) >= len(stems):
            raise self._damaged(IndexError(f"stamnummer {max(numbers)} ontbreekt"))
        return [stems[i] for i in numbers]

    def _read_stems(self) -> list[str]:
        try:
            rows = self.conn.execute("SELECT id, stem FROM vocab ORDER BY id").fetchall()
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        if (
            rows and rows[-1][0] != len(rows) - 1
        ):  # numbers 0, 1, 2, ... without a gap: the place is the number
            raise self._damaged(IndexError("de stamnummers hebben een gat"))
        return [s for _, s in rows]
