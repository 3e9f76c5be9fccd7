"""Finding copied passages: a draft's words against a reference index, and against itself.

1. Every K-word run of the draft is hashed and looked up (the index holds winnowed fingerprints).
2. Hits are grouped per reference document and chained along the diagonal (draft position vs. source position):
   hits close together on nearly the same diagonal belong to one candidate passage. The strongest chains are
   verified first, and each stretch of the draft against a few sources only, so a passage that occurs in many
   documents costs a few alignments, not one per document.
3. Each candidate is verified with a word alignment (``index.alignment``: difflib, anchored on the diagonals of
   the hits) of the draft window against the source window. Runs of equal words that lie close together (gaps of
   at most ``alignment.MAX_GAP`` words, so a changed, inserted or dropped word does not break the passage) form
   the passage; its edges are the first and last equal run of at least ``alignment.EDGE_RUN`` words, so the
   reported span is exactly the copied stretch.
4. A passage counts when it is at least ``MIN_WORDS`` words long and at least ``MIN_SHARE`` of its words are equal.
   Overlapping passages from several sources are merged: the best source is named, the others counted.
5. ``shared`` lists every reference document whose fingerprints cover most of the passage, nearly as many of its
   words as the best source's do (an estimate from the hits, no extra alignment): the count a finding reports. A
   document with only a fragment of the passage, or only the text around it, is not counted.
6. ``index.fit`` fits the passages to the draft: on whole sentences (``on_sentences``) and without the words the
   draft shares only through stock phrases (``own_words``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .alignment import align, best_passage, blocks_within, diagonals, places_of, word_ids
from .chains import _chains, open_chains
from .fingerprint import K, key_hashes, ngram_hashes
from .holdings import Cover, Holdings
from .numbers import Numbering
from .places import PLACE

MIN_WORDS = 12
MIN_SHARE = 0.6
MARGIN = 30
#: how many sources a stretch of the draft is verified against (the strongest chains of hits first)
TRIES_PER_STRETCH = 4
#: how many sources a stretch of the draft is looked at with the quick diagonal test
PROBES_PER_STRETCH = 12
#: most word alignments for one draft (each takes about a millisecond)
MAX_ALIGNMENTS = 600
#: words equal along the diagonal of a hit before a chain of one or two hits is worth an alignment
PROMISING = 8
#: a hash stored at no more than this many places is rare enough that a single hit on it is worth a look
RARE_PLACES = 20
PROMISING_REACH = 12
#: a hash found at more places than this is a common phrase, not evidence of copying
MAX_HITS_PER_HASH = 1000


@dataclass
class Passage:
    """A copied passage: draft words [start, end) match source words [src_start, src_end) of ``doc``."""

    start: int
    end: int
    doc: int | None  # None: an earlier place in the draft itself
    src_start: int
    src_end: int
    matched: int
    also: list[int] = field(default_factory=list)
    #: reference documents that hold the passage (the source included); empty for a repeat
    shared: list[int] = field(default_factory=list)
    #: for each document with hits in the passage: the first and last source word of those hits (a mapping:
    #: ``holdings.At`` over the arrays of ``_sharing``, or a dict)
    at: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    #: for each document with hits in the passage: how many of its words those hits cover (``_sharing``; a mapping)
    cover: Mapping[int, int] = field(default_factory=dict)
    #: every hit of the draft in the index (``_hits``: documents, draft and source positions), shared by all the
    #: passages of one search, read only: where a document's hits in the passage lie (``dense_window``)
    hits: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def share(self) -> float:
        return self.matched / max(1, self.length)


def _diagonal_promising(keys: list[str], source, chain: list[tuple[int, int]]) -> bool:
    """A cheap test before the alignment: along the diagonal of some hit, are at least ``PROMISING`` of the words
    around it equal? A chance match of one common 5-word phrase fails this; a copied passage passes."""
    if len(chain) >= 3:
        return True
    # ``keys``: the draft's stems, or their numbers against a stored document's (``numbers.py``)
    numbered = isinstance(keys, np.ndarray)
    for d, r in chain:
        lo = max(-d, -r, -PROMISING_REACH)
        hi = min(len(keys) - d, len(source) - r, K + PROMISING_REACH)
        if numbered:
            if np.count_nonzero(keys[d + lo : d + hi] == source.ids_range(r + lo, r + hi)) >= PROMISING:
                return True
            continue
        b = source.keys_range(r + lo, r + hi)
        if sum(1 for i in range(lo, hi) if keys[d + i] == b[i - lo]) >= PROMISING:
            return True
    return False


def _accept(p: tuple[int, int, int, int, int] | None) -> bool:
    if p is None:
        return False
    start, end, _, _, matched = p
    return end - start >= MIN_WORDS and matched / (end - start) >= MIN_SHARE


def find_passages(
    keys: list[str], index, exclude: set[int] | frozenset[int] = frozenset(), hashes: np.ndarray | None = None
) -> list[Passage]:
    """Copied passages of the draft word stream ``keys`` in the reference ``index``; documents in ``exclude``
    (the draft itself, when it is part of the collection) are not sources. ``hashes``: ``run_hashes(keys)``, when
    the caller has them."""
    if len(keys) < K:
        return []
    hits = _hits(keys, index, exclude, hashes)
    docs, ds, rs, rare_hit = hits
    tried = np.zeros(len(keys), dtype=np.int64)
    probed = np.zeros(len(keys), dtype=np.int64)
    # 1 for each word probed fewer than PROBES_PER_STRETCH times, and for each tried fewer than TRIES_PER_STRETCH
    # times: a chain whose words hold no 1 in one of them (``bytearray.find`` answers in C) is skipped, in
    # ``open_chains``, which gives only the others (plan 0344: 190 of its 20,623 chains); numpy writes them in place
    # (the chains looked at span 155,000 draft words in all on plan 0344)
    unprobed = bytearray(b"\x01") * len(keys)
    untried = bytearray(b"\x01") * len(keys)
    unprobed_at, untried_at = np.frombuffer(unprobed, dtype=np.uint8), np.frombuffer(untried, dtype=np.uint8)
    found: list[Passage] = []
    alignments = 0
    for doc_id, lo, hi, chain in open_chains(docs, ds, rs, rare_hit, (unprobed, untried)):
        # lo, hi: the draft words of the chain (its draft positions ascend)
        if alignments >= MAX_ALIGNMENTS:
            break
        probed[lo:hi] += 1
        np.less(probed[lo:hi], PROBES_PER_STRETCH, out=unprobed_at[lo:hi])
        source = index.document(doc_id)
        ids = source.numbers.draft(keys)  # the stems as numbers of the index's table, made once per check
        at = [r for _, r in chain]
        if not _diagonal_promising(ids, source, chain):
            continue
        alignments += 1
        tried[lo:hi] += 1
        np.less(tried[lo:hi], TRIES_PER_STRETCH, out=untried_at[lo:hi])
        d0, d1 = max(0, lo - MARGIN), min(len(keys), hi + MARGIN)
        r0, r1 = max(0, min(at) - MARGIN), min(len(source), max(at) + K + MARGIN)
        p = align(ids[d0:d1], source.ids_range(r0, r1), d0, r0, [(r - r0) - (d - d0) for d, r in chain])
        if _accept(p):
            found.append(Passage(p[0], p[1], doc_id, p[2], p[3], p[4]))
    kept = merge(found)
    # the hits in draft order, to pick those of each passage (``_sharing`` takes all hits within a passage and sorts
    # them, so the order among hits at one draft position does not matter): a draft of fewer than 65,536 words has
    # its positions sorted as 16-bit numbers, which numpy sorts by radix, about ten times as fast
    by_draft = np.argsort(ds.astype(np.uint16), kind="stable") if len(keys) <= 1 << 16 else np.argsort(ds)
    in_draft_order = (by_draft, ds[by_draft])  # once, not per passage (340,000 hits for plan 0344)
    for p in kept:
        p.shared, p.at, p.cover = _sharing(p, hits, in_draft_order)
        p.hits = hits
    return kept


def run_hashes(keys: list[str], word_hashes: np.ndarray | None = None) -> np.ndarray:
    """The hash of every run of K words of ``keys`` (``word_hashes``: ``key_hashes(keys)``, when the caller has
    them): what ``find_passages`` looks up and ``find_repeats`` compares."""
    return ngram_hashes(key_hashes(keys) if word_hashes is None else word_hashes, K)


def _hits(
    keys: list[str], index, exclude, hashes=None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every (document, draft position, source position) where a K-word run of the draft is stored in the index,
    sorted, with whether its hash is rare (stored at no more than ``RARE_PLACES`` places). Hashes stored at so many
    places that they would give more than ``MAX_HITS_PER_HASH`` hits are left out: common phrases. Vectorised: a
    plan of 13,000 words that shares much of its text with an archive has hundreds of thousands of hits.

    The hits are laid out in draft order: for each draft position, the places of its hash as stored (ascending: by
    document, then source position; ``places.py``), so they stand sorted by (draft position, document, source
    position); a stable sort by document alone then gives (document, draft position, source position), as sorting
    by the three keys would (no two hits are equal: a stored place has one hash, a draft position one run). Below
    65,536 documents numpy sorts the documents by radix, as 16-bit numbers."""
    wh = run_hashes(keys) if hashes is None else hashes
    n = len(wh)
    if n == 0:  # no K-word run in the draft: no hits
        none = np.zeros(0, dtype=np.int64)
        return none, none.copy(), none.copy(), np.zeros(0, dtype=bool)
    order = np.argsort(wh, kind="stable")  # draft positions grouped by hash
    ranked = wh[order]
    new = np.concatenate(([True], ranked[1:] != ranked[:-1]))
    unique = ranked[new]
    npos = np.diff(np.flatnonzero(np.concatenate((new, [True]))))  # draft positions of each hash
    inverse = np.empty(n, dtype=np.int64)  # each draft position's hash, as its place in ``unique``
    inverse[order] = np.cumsum(new) - 1
    found, counts, values = index.grouped(unique.tolist(), exclude, MAX_HITS_PER_HASH)
    at = np.searchsorted(unique, found)
    places = np.zeros(len(unique), dtype=np.int64)  # stored places of each hash (of the other documents)
    places[at] = counts
    start = np.zeros(len(unique), dtype=np.int64)  # where each hash's places begin in ``values``
    start[at] = np.cumsum(counts) - counts
    # the hits of each draft position: its hash's places, none where the hash would give too many hits
    per = np.where(places * npos <= MAX_HITS_PER_HASH, places, 0)[inverse]
    total = int(per.sum())
    d = np.repeat(np.arange(n, dtype=np.int64), per)
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(per) - per, per)
    stored = values[np.repeat(start[inverse], per) + within]
    doc, r = stored >> 32, stored & (PLACE - 1)
    rare = np.repeat((places <= RARE_PLACES)[inverse], per)
    small = total == 0 or (int(doc.max()) < 1 << 16 and int(doc.min()) >= 0)
    o = np.argsort(doc.astype(np.uint16) if small else doc, kind="stable")
    return doc[o], d[o], r[o], rare[o]


#: a document shares a passage when its hits cover at least this share of the words that the best covered
#: document's hits cover there: it holds most of the passage itself, not a fragment of it or the text around it
SHARED_COVER = 0.75


def holders(cover, source: int | None) -> list[int]:
    """The documents that hold most of a passage (``SHARED_COVER`` of the best ``cover``), the source always."""
    if isinstance(cover, Cover):
        return _holders(cover.holdings.docs, cover.holdings.covered, source)
    return _holders(np.array(list(cover), dtype=np.int64), np.array(list(cover.values())), source)


def _holders(docs: np.ndarray, covered: np.ndarray, source: int | None) -> list[int]:
    """``holders`` of documents ``docs`` with the words ``covered`` (in numpy: thousands of documents hold a passage
    of template text)."""
    best = covered.max() if len(covered) else 0
    shared = set(docs[covered >= SHARED_COVER * best].tolist()) if best else set()
    if source is not None:
        shared.add(source)
    return sorted(shared)


def _sharing(p: Passage, hits, by_draft: tuple[np.ndarray, np.ndarray]) -> tuple[list[int], dict, dict]:
    """The documents whose fingerprints cover passage ``p``: the source, and every document whose hits cover at
    least ``SHARED_COVER`` of the draft words that the best covered document's hits cover within the passage; with,
    for every document with hits there, the first and last source word of its hits, and the words its hits cover
    (a hit covers its K words). ``hits``: the sorted arrays of ``_hits``; ``by_draft``: the order of the hits by
    draft position and those positions in that order (the hits of the passage are found by bisection, not by
    looking at every hit of the draft for every passage)."""
    docs, ds, rs, _ = hits
    order, in_order = by_draft
    lo, hi = np.searchsorted(in_order, [p.start, p.end - K + 1])
    if lo >= hi:
        return [p.doc], {}, {}
    # in the order of ``hits`` (by document, draft and source position): marked, not sorted (20,000 of a plan's
    # 340,000 hits in a passage of template text)
    mark = np.zeros(len(ds), dtype=bool)
    mark[order[lo:hi]] = True
    inside = np.flatnonzero(mark)
    d_in, r_in, doc_in = ds[inside], rs[inside], docs[inside]
    new_doc = np.concatenate(([True], doc_in[1:] != doc_in[:-1]))
    starts = np.flatnonzero(new_doc)
    # distinct draft positions per document: the rows are sorted by (document, draft position); each covers the
    # words up to the next one of the same document, at most K, and not past the passage
    new_pos = new_doc | np.concatenate(([True], d_in[1:] != d_in[:-1]))
    pd, pdoc = d_in[new_pos], doc_in[new_pos]
    nxt = np.concatenate((pd[1:], [p.end]))
    last_of_doc = np.concatenate((pdoc[1:] != pdoc[:-1], [True]))
    nxt = np.where(last_of_doc, p.end, nxt)
    words = np.minimum(np.minimum(nxt, pd + K), p.end) - pd
    covered = np.add.reduceat(words, np.flatnonzero(np.concatenate(([True], pdoc[1:] != pdoc[:-1]))))
    lows, highs = np.minimum.reduceat(r_in, starts), np.maximum.reduceat(r_in, starts)
    held = doc_in[starts]
    # kept as arrays, read through two mappings (``holdings.py``): thousands of documents hold a passage of template
    # text, and a check reads a few of them
    h = Holdings(held, lows, highs, covered)
    return _holders(held, covered, p.doc), h.at, h.cover


def realign(keys: list[str], p: Passage, source, doc: int, window: tuple[int, int]) -> Passage | None:
    """Passage ``p`` of the draft aligned again with another document that holds it (``window``: the source words
    of its hits); None when that document does not hold it after all. Aligned along the diagonals of the runs of
    K equal words (``diagonals``, ``anchored_blocks``): the window can hold thousands of words."""
    r0, r1 = max(0, window[0] - MARGIN), min(len(source), window[1] + K + MARGIN)
    a, b = source.numbers.draft(keys)[p.start : p.end], source.ids_range(r0, r1)
    q = align(a, b, p.start, r0, diagonals(a, b))
    if not _accept(q):
        return None
    also = sorted(set(p.also) | {p.doc})
    return Passage(q[0], q[1], doc, q[2], q[3], q[4], also, p.shared, p.at, p.cover, p.hits)


#: a document's hits in a passage that lie within the passage's length (plus ``MARGIN``) of each other in its words
#: hold the passage there when they cover at least this share of the draft words that all its hits in it cover
DENSE_COVER = 0.75
#: ... and at least this share of the passage's words: hits on fewer are a fragment of it, or a passage held with
#: many words changed, which the alignment with all the words of the document's hits decides, as before (on the
#: three archive plans of the bench, 218 of the 222 passages that align with most of their words in the origin have
#: at least this share covered there; a passage of 69 words with 0.14 aligned in 11 words at its densest run, and
#: in none in the whole window of its hits)
DENSE_SHARE = 0.25


def _covered(ds: np.ndarray, end: int) -> int:
    """The draft words that hits at the draft positions ``ds`` (sorted) cover: each its K words, not past ``end``."""
    d = ds[np.concatenate(([True], ds[1:] != ds[:-1]))] if len(ds) else ds
    return int(np.minimum(np.minimum(np.append(d[1:], end), d + K), end).sum() - d.sum())


def _distinct_within(values: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each i, how many distinct ``values`` stand in ``values[i : ends[i]]`` (``ends`` ascending, each past its
    i). A value at j counts in the windows that start after its previous place and still reach j: those from
    i = max(previous + 1, first i with ends[i] > j) to j; summed over an array of differences, not per window."""
    n = len(values)
    by_value = np.argsort(values, kind="stable")  # equal values together, in the order of their places
    again = values[by_value][1:] == values[by_value][:-1]
    previous = np.full(n, -1, dtype=np.int64)
    previous[by_value[1:][again]] = by_value[:-1][again]
    j = np.arange(n, dtype=np.int64)
    starts = np.maximum(previous + 1, np.searchsorted(ends, j, side="right"))
    return np.cumsum(np.bincount(starts, minlength=n + 1) - np.bincount(j + 1, minlength=n + 1))[:n]


def dense_window(p: Passage, doc: int) -> tuple[int, int] | None:
    """Where ``doc`` holds passage ``p``, from the densest run of its hits in it: of its hits on the passage's draft
    words, those that lie within the passage's length plus ``MARGIN`` of its source words and hit the most distinct
    draft words (the first such run: a plan that repeats four rules of the passage in two zones, one after the other,
    has more hits there than where it holds all five once, but not more of the passage's words), each hit placing
    the passage's first and last word at the same distance before and after it in the source as in the draft; the
    first and the last of those places. A document can hold the passage's 5-word runs in many
    places (a plan that says *de regels van het bestemmingsplan* in ten sections) and the passage itself in one:
    ``realign`` need not align the passage with all the text between its first and last hit. None where the run
    covers less than ``DENSE_COVER`` of the draft words that all those hits cover (the document holds the passage
    in pieces, at several places) or less than ``DENSE_SHARE`` of the passage, or where ``p`` has no hits of
    ``doc``."""
    if p.hits is None:
        return None
    docs, ds, rs = p.hits[:3]
    a, b = np.searchsorted(docs, [doc, doc + 1])  # sorted by document, then draft and source position
    lo, hi = np.searchsorted(ds[a:b], [p.start, p.end - K + 1])
    if lo >= hi:
        return None
    d, r = ds[a + lo : a + hi], rs[a + lo : a + hi]
    order = np.argsort(r, kind="stable")
    r_sorted = r[order]
    ends = np.searchsorted(r_sorted, r_sorted + p.length + MARGIN)  # the run from each hit: up to ends[i]
    first = int(np.argmax(_distinct_within(d[order], ends)))
    run = np.sort(order[first : int(ends[first])])  # their draft positions ascend as ``d`` does
    held = _covered(d[run], p.end)
    if held < DENSE_COVER * _covered(d, p.end) or held < DENSE_SHARE * p.length:
        return None
    return max(0, int((r[run] - d[run]).min()) + p.start), int((r[run] - d[run]).max()) + p.end - K


class _Words:
    """The draft as its own source, for the diagonal test."""

    def __init__(self, keys: list[str]) -> None:
        self.words = keys
        self.numbers = Numbering()

    def __len__(self) -> int:
        return len(self.words)

    def keys_range(self, start: int, end: int) -> list[str]:
        return self.words[start:end]

    def ids_range(self, start: int, end: int) -> np.ndarray:
        return self.numbers.ids(self.words[start:end])


def find_repeats(keys: list[str], hashes: np.ndarray | None = None) -> list[Passage]:
    """Passages that occur twice in the same draft; the later place is reported, pointing at the earlier one (a
    passage said three times: the second and the third place). ``hashes``: ``run_hashes(keys)``, when the caller
    has them."""
    if len(keys) < K:
        return []
    hits = _repeated_runs(run_hashes(keys) if hashes is None else hashes)
    found: list[Passage] = []
    itself = _Words(keys)
    places = places_of(keys)
    ids = None  # the words as numbers, for the bulk search of the longest run (made at the first alignment)
    alignments = 0
    for chain in sorted(_chains(hits), key=len, reverse=True):
        # a text said three times in a row is one chain (the second place after the first, the third after the
        # second): the hits past the passage found are aligned again, against the words after its earlier place
        # (the second place, not the first once more), so the third place is a repeat of the second
        # (a common phrase used twice, "in het kader van de", is not a repeated passage: not promising)
        floor = 0
        while chain and alignments < MAX_ALIGNMENTS and _diagonal_promising(keys, itself, chain):
            alignments += 1
            ds = [d for d, _ in chain]
            rs = [r for _, r in chain]
            # two disjoint windows, split between the earlier and the later place, so no word aligns with itself
            split = min(min(ds), max(max(rs) + K, min(ds) - MARGIN))
            d1 = min(len(keys), max(ds) + K + MARGIN)
            r0 = max(floor, min(rs) - MARGIN)
            if ids is None:
                ids = word_ids(keys, places)
            p = best_passage(blocks_within(keys, places, (split, d1), (r0, split), ids), split, r0)
            if not (_accept(p) and p[3] <= p[0]):
                break
            found.append(Passage(p[0], p[1], None, p[2], p[3], p[4]))
            rest = [(d, r) for d, r in chain if d >= p[1]]
            floor = p[3]
            chain = rest if len(rest) < len(chain) else []
    return merge(found)


def _repeated_runs(hashes: np.ndarray) -> list[tuple[int, int]]:
    """(later, earlier) for every two draft positions with the same K-word run at least ``MIN_WORDS`` apart, of
    the runs that occur 2 to 20 times (more is a common phrase), in no particular order (``_chains`` sorts them):
    the positions grouped by hash in numpy, and the pairs of the groups of each size taken at once."""
    h = np.asarray(hashes)
    order = np.argsort(h, kind="stable")  # each hash's positions together, ascending
    ranked = h[order]
    cut = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1], [True])))
    first, size = cut[:-1], np.diff(cut)
    later, earlier = [], []
    for n in range(2, 21):
        at = first[size == n]
        if len(at):
            places = order[at[:, None] + np.arange(n)]
            for j in range(1, n):
                for i in range(j):
                    later.append(places[:, j])
                    earlier.append(places[:, i])
    if not later:
        return []
    d, r = np.concatenate(later), np.concatenate(earlier)
    keep = d - r >= MIN_WORDS
    return list(zip(d[keep].tolist(), r[keep].tolist(), strict=True))


def merge(passages: list[Passage]) -> list[Passage]:
    """One passage per stretch of the draft: the best source wins, overlapping sources are listed in ``also``."""
    kept: list[Passage] = []
    for p in sorted(passages, key=lambda p: (-p.matched, p.start)):
        for q in kept:
            overlap = min(p.end, q.end) - max(p.start, q.start)
            if overlap > 0.5 * p.length:
                if p.doc is not None and p.doc != q.doc and p.doc not in q.also:
                    q.also.append(p.doc)
                break
        else:
            kept.append(p)
    kept.sort(key=lambda p: p.start)
    return kept
