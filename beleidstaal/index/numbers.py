"""Numbers for stems: one number per distinct stem, so that the alignment compares the stems of a draft and of the
stored windows as arrays of integers in numpy (``alignment.diagonals``, ``alignment.anchored_blocks``), without
Python work per word. An open index has one table (``ReferenceIndex.numbers``): a stored block's stems get their
numbers once, when the block is first read (``StoredDocument.ids_range``), and the draft's stems get theirs from the
same table, once per check (``Numbering.draft``). Equal stems have equal numbers and different stems different
ones, so every comparison of numbers gives what the comparison of the stems gives.

The table grows with the stems of the blocks read. When it holds more than ``LIMIT`` stems, it is emptied before a
new draft is numbered (never in the middle of a check of one draft); numbers are then given afresh, so a number made
before is never compared with one made after: each table state has its own ``token``, kept with every array of
numbers made from it, and an array of an older token is made again from its stems.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

#: the most stems a table holds before it is emptied (at the next new draft)
LIMIT = 500_000


class Numbering:
    """A table of stem numbers: a stem not seen before gets the next number (in C: a ``defaultdict`` whose default
    is its own length)."""

    def __init__(self) -> None:
        self._renew()
        #: (the draft's stems, the token they were numbered under, their numbers): the last draft numbered
        self._draft: tuple[list[str], object, np.ndarray] | None = None

    def _renew(self) -> None:
        table: defaultdict[str, int] = defaultdict()
        table.default_factory = table.__len__
        self._table = table
        #: new for every table state: arrays of numbers made under another token are made again
        self.token = object()

    def __len__(self) -> int:
        return len(self._table)

    def ids(self, stems: list[str]) -> np.ndarray:
        """The number of each stem (32 bits; new stems numbered on the way)."""
        return np.fromiter(map(self._table.__getitem__, stems), dtype=np.int32, count=len(stems))

    def draft(self, keys: list[str]) -> np.ndarray:
        """The numbers of a draft's stems, made once for the same list (``tokens.keys`` of one check: every
        alignment of the check asks for them); the table is emptied here, before a new draft, when it is full."""
        last = self._draft
        if last is not None and last[0] is keys and last[1] is self.token and len(last[2]) == len(keys):
            return last[2]
        if len(self._table) > LIMIT:
            self._renew()
        ids = self.ids(keys)
        self._draft = (keys, self.token, ids)
        return ids
