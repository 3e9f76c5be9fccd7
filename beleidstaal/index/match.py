"""Finding copied passages: a draft's words against a reference index, and against itself.

1. Every K-word run of the draft is hashed and looked up (the index holds winnowed fingerprints).
2. Hits are grouped per reference document and chained along the diagonal (draft position vs. source position):
   hits close together on nearly the same diagonal belong to one candidate passage.
3. Each candidate is verified with a word alignment (difflib) of the draft window against the source window. Runs
   of equal words that lie close together (gaps of at most ``MAX_GAP`` words, so a changed, inserted or dropped
   word does not break the passage) form the passage; its edges are the first and last equal run of at least
   ``EDGE_RUN`` words, so the reported span is exactly the copied stretch.
4. A passage counts when it is at least ``MIN_WORDS`` words long and at least ``MIN_SHARE`` of its words are equal.
   Overlapping passages from several sources are merged: the best source is named, the others counted.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from .fingerprint import K, key_hashes, ngram_hashes

MIN_WORDS = 12
MIN_SHARE = 0.6
MAX_GAP = 4
EDGE_RUN = 3
MARGIN = 30
CHAIN_GAP = 25
MAX_CANDIDATE_DOCS = 40
#: a hash found at more places than this is a common phrase, not evidence of copying
MAX_HITS_PER_HASH = 400


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

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def share(self) -> float:
        return self.matched / max(1, self.length)


def _chains(hits: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group (draft pos, source pos) hits into chains along the diagonal."""
    chains: list[list[tuple[int, int]]] = []
    for d, r in sorted(set(hits)):
        for chain in reversed(chains[-8:]):
            ld, lr = chain[-1]
            if d - ld <= CHAIN_GAP and abs((r - d) - (lr - ld)) <= CHAIN_GAP // 2 and r >= lr:
                chain.append((d, r))
                break
        else:
            chains.append([(d, r)])
    return chains


def align(draft: list[str], source: list[str], d0: int, d1: int, r0: int, r1: int) -> tuple[int, int, int, int, int] | None:
    """Align draft[d0:d1] with source[r0:r1] (windows around a candidate). Returns (start, end, src_start, src_end,
    matched) in absolute word positions for the best passage, or None."""
    a = draft[d0:d1]
    b = source[r0:r1]
    blocks = [blk for blk in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if blk.size]
    if not blocks:
        return None
    groups: list[list] = [[blocks[0]]]
    for blk in blocks[1:]:
        last = groups[-1][-1]
        if blk.a - (last.a + last.size) <= MAX_GAP and blk.b - (last.b + last.size) <= MAX_GAP:
            groups[-1].append(blk)
        else:
            groups.append([blk])
    best = None
    for g in groups:
        while len(g) > 1 and g[0].size < EDGE_RUN:
            g = g[1:]
        while len(g) > 1 and g[-1].size < EDGE_RUN:
            g = g[:-1]
        matched = sum(blk.size for blk in g)
        if best is None or matched > best[4]:
            best = (d0 + g[0].a, d0 + g[-1].a + g[-1].size, r0 + g[0].b, r0 + g[-1].b + g[-1].size, matched)
    return best


def _accept(p: tuple[int, int, int, int, int] | None) -> bool:
    if p is None:
        return False
    start, end, _, _, matched = p
    return end - start >= MIN_WORDS and matched / (end - start) >= MIN_SHARE


def find_passages(keys: list[str], index) -> list[Passage]:
    """Copied passages of the draft word stream ``keys`` in the reference ``index``."""
    if len(keys) < K:
        return []
    hashes = ngram_hashes(key_hashes(keys), K).tolist()
    positions: dict[int, list[int]] = defaultdict(list)
    for i, h in enumerate(hashes):
        positions[h].append(i)
    per_hash: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for h, doc, pos in index.lookup(positions):
        per_hash[h].append((doc, pos))
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for h, places in per_hash.items():
        if len(places) * len(positions[h]) > MAX_HITS_PER_HASH:
            continue
        for doc, pos in places:
            for d in positions[h]:
                hits[doc].append((d, pos))
    ranked = sorted(hits, key=lambda doc: -len(hits[doc]))[:MAX_CANDIDATE_DOCS]
    found: list[Passage] = []
    for doc_id in ranked:
        source = index.document(doc_id).keys
        for chain in _chains(hits[doc_id]):
            ds = [d for d, _ in chain]
            rs = [r for _, r in chain]
            d0, d1 = max(0, min(ds) - MARGIN), min(len(keys), max(ds) + K + MARGIN)
            r0, r1 = max(0, min(rs) - MARGIN), min(len(source), max(rs) + K + MARGIN)
            p = align(keys, source, d0, d1, r0, r1)
            if _accept(p):
                found.append(Passage(p[0], p[1], doc_id, p[2], p[3], p[4]))
    return merge(found)


def find_repeats(keys: list[str]) -> list[Passage]:
    """Passages that occur twice in the same draft; the later place is reported, pointing at the earlier one."""
    if len(keys) < K:
        return []
    hashes = ngram_hashes(key_hashes(keys), K).tolist()
    positions: dict[int, list[int]] = defaultdict(list)
    for i, h in enumerate(hashes):
        positions[h].append(i)
    hits: list[tuple[int, int]] = []
    for places in positions.values():
        if 1 < len(places) <= 20:
            for j, later in enumerate(places):
                for earlier in places[:j]:
                    if later - earlier >= MIN_WORDS:
                        hits.append((later, earlier))
    found: list[Passage] = []
    for chain in _chains(hits):
        ds = [d for d, _ in chain]
        rs = [r for _, r in chain]
        # two disjoint windows, split between the earlier and the later place, so no word aligns with itself
        split = min(min(ds), max(max(rs) + K, min(ds) - MARGIN))
        d1 = min(len(keys), max(ds) + K + MARGIN)
        r0 = max(0, min(rs) - MARGIN)
        p = align(keys, keys, split, d1, r0, split)
        if _accept(p) and p[3] <= p[0]:
            found.append(Passage(p[0], p[1], None, p[2], p[3], p[4]))
    return merge(found)


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
