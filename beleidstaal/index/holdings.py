"""Where each document with hits in a passage holds it (``match._sharing``), as arrays per passage: the documents
(ascending), the first and last source word of their hits there, and the draft words those hits cover. A passage of
template text has hits of thousands of documents, and a check reads only a few of them (``copy_kinds``: the likely
origin, the near holders): the arrays are kept as ``_sharing`` makes them, and read through two mappings, ``at``
(document -> (first, last)) and ``cover`` (document -> words), instead of being copied into two dicts per passage.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np


class Holdings:
    """The documents with hits in a passage (``docs``, ascending) with, for each, the first and last source word of
    its hits (``lows``, ``highs``) and the draft words they cover (``covered``)."""

    __slots__ = ("docs", "lows", "highs", "covered", "at", "cover")

    def __init__(self, docs: np.ndarray, lows: np.ndarray, highs: np.ndarray, covered: np.ndarray) -> None:
        self.docs, self.lows, self.highs, self.covered = docs, lows, highs, covered
        self.at, self.cover = At(self), Cover(self)

    def place(self, doc) -> int:
        """The place of ``doc`` in ``docs``; KeyError where it has no hits in the passage."""
        i = int(np.searchsorted(self.docs, doc))
        if i == len(self.docs) or self.docs[i] != doc:
            raise KeyError(doc)
        return i


class _View(Mapping):
    __slots__ = ("holdings",)

    def __init__(self, holdings: Holdings) -> None:
        self.holdings = holdings

    def __iter__(self) -> Iterator[int]:
        return iter(self.holdings.docs.tolist())

    def __len__(self) -> int:
        return len(self.holdings.docs)

    def __contains__(self, doc) -> bool:
        try:
            self.holdings.place(doc)
        except KeyError:
            return False
        return True


class At(_View):
    """document -> (first, last) source word of its hits in the passage."""

    __slots__ = ()

    def __getitem__(self, doc) -> tuple[int, int]:
        i = self.holdings.place(doc)
        return int(self.holdings.lows[i]), int(self.holdings.highs[i])


class Cover(_View):
    """document -> the draft words of the passage that its hits cover."""

    __slots__ = ()

    def __getitem__(self, doc) -> int:
        return int(self.holdings.covered[self.holdings.place(doc)])

    def values(self):
        return self.holdings.covered.tolist()


def arrays(at: Mapping, cover: Mapping) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(docs, lows, highs, covered) of two mappings of one passage: the arrays of ``Holdings`` where they come from
    one, else made from the mappings (dicts: an empty passage, or one made in a test)."""
    if isinstance(at, At) and isinstance(cover, Cover) and at.holdings is cover.holdings:
        h = at.holdings
        return h.docs, h.lows, h.highs, h.covered
    docs = np.array(sorted(cover), dtype=np.int64)
    lows = np.array([at[d][0] for d in docs.tolist()], dtype=np.int64)
    highs = np.array([at[d][1] for d in docs.tolist()], dtype=np.int64)
    return docs, lows, highs, np.array([cover[d] for d in docs.tolist()], dtype=np.int64)


def joined(first: tuple[Mapping, Mapping], second: tuple[Mapping, Mapping]) -> Holdings:
    """The holdings of two pieces of a passage merged into one (``fit.on_sentences``): every document of either,
    the words covered added, the first source word the least and the last the most of the two."""
    a, b = arrays(*first), arrays(*second)
    docs, lows, highs, covered = (np.concatenate((x, y)) for x, y in zip(a, b, strict=True))
    order = np.argsort(docs, kind="stable")
    docs, lows, highs, covered = docs[order], lows[order], highs[order], covered[order]
    if not len(docs):
        return Holdings(docs, lows, highs, covered)
    starts = np.flatnonzero(np.concatenate(([True], docs[1:] != docs[:-1])))
    return Holdings(
        docs[starts],
        np.minimum.reduceat(lows, starts),
        np.maximum.reduceat(highs, starts),
        np.add.reduceat(covered, starts),
    )
