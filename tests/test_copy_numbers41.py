"""Stem numbers (``index.numbers``, issue 24, task copycost41): a stored block's stems numbered once in the open
index's table, the draft's stems in the same table, and the alignment on arrays of numbers giving exactly what it
gives on the stems (``diagonals``, ``anchored_blocks``, ``align``)."""

from __future__ import annotations

import random

import numpy as np

from beleidstaal.index import ReferenceIndex, build_index, numbers
from beleidstaal.index.alignment import _numbered_diagonals, align, anchored_blocks, diagonals
from beleidstaal.index.fingerprint import K
from beleidstaal.index.numbers import Numbering
from beleidstaal.index.records import BLOCK_WORDS

_SENTENCES = [
    "De gemeente bouwt in het oude dorpshuis aan de Kerkstraat vier woningen voor ouderen.",
    "Langs de dijk komt een fietspad dat de twee dorpen met elkaar verbindt.",
    "Het plan laat ruimte voor een kleine winkel op de hoek van het nieuwe plein.",
    "Bewoners konden op drie avonden in de bibliotheek vragen stellen over de plannen.",
]


def test_equal_stems_get_equal_numbers_and_others_other_ones():
    table = Numbering()
    first = table.ids(["plan", "de", "gemeent", "de"])
    second = table.ids(["gemeent", "woning", "plan"])
    assert first.tolist() == [0, 1, 2, 1] and second.tolist() == [2, 3, 0]
    assert first.dtype == np.int32 and len(table) == 4


def test_a_draft_is_numbered_once():
    table = Numbering()
    draft = ["de", "gemeent", "bouwt", "vier", "woning", "voor", "ouder"]
    ids = table.draft(draft)
    assert table.draft(draft) is ids  # the same list: not numbered again
    assert table.draft(list(draft)) is not ids  # another list: numbered again, the same numbers
    assert table.draft(list(draft)).tolist() == ids.tolist()


def test_a_stored_document_s_numbers_equal_the_draft_s_exactly_where_the_stems_are_equal(
    tmp_path, monkeypatch
):
    """The index's vocabulary (format 5): a window's stored numbers equal a draft's numbers exactly where the
    stems are equal, also for draft stems the index does not hold (negative numbers, each its own), and with the
    draft stems kept between checks emptied (a small ``LIMIT``)."""
    rng = random.Random(5)
    text = "# Plan\n\n" + "\n\n".join(" ".join(rng.choice(_SENTENCES) for _ in range(6)) for _ in range(12))
    folder = tmp_path / "plannen"
    folder.mkdir()
    (folder / "plan.md").write_text(text + "\n", encoding="utf-8")
    build_index([folder], tmp_path / "ref.sqlite")
    index = ReferenceIndex.open(tmp_path / "ref.sqlite")
    doc = index.document(index.all_document_ids()[0])
    assert doc.numbers is index.numbers and len(doc) > 2 * BLOCK_WORDS
    keys = doc.keys
    draft = keys[40:90] + ["brug", "rivier", "brug", "steiger"]  # not all in the index
    monkeypatch.setattr(numbers, "LIMIT", 3)
    for _ in range(3):
        mine = index.numbers.draft(draft)  # a new list each round: numbered afresh
        assert index.numbers.draft(draft) is mine
        assert (mine[-4:] < 0).all() and mine[-4] == mine[-2] != mine[-3]
        draft = list(draft)
        for _ in range(40):
            start = rng.randrange(-3, len(doc) + 3)
            end = start + rng.choice([0, 1, 7, 100, BLOCK_WORDS, 600])
            ids, stems = doc.ids_range(start, end), doc.keys_range(start, end)
            assert len(ids) == len(stems) and (ids >= 0).all()
            # a number of the document equals one of the draft exactly where the stems are equal
            same = ids[:, None] == mine[None, :]
            assert same.tolist() == [[s == d for d in draft] for s in stems]
    # stems of the last draft and others, numbered on the way as the draft's are
    more = index.numbers.ids(["brug", keys[0], "kade"])
    assert more[0] == index.numbers.draft(draft)[-4] and more[1] == doc.ids_range(0, 1)[0] and more[2] < 0
    assert more[2] not in index.numbers.draft(draft)


def test_diagonals_of_numbers_are_the_diagonals_of_the_stems():
    rng = random.Random(41)
    for n in range(600):
        vocabulary = "abcdefg"[: 2 + n % 5]
        a = [rng.choice(vocabulary[:3]) for _ in range(rng.randint(0, 40))]
        b = [rng.choice(vocabulary) for _ in range(rng.randint(0, 90))]
        table = Numbering()
        assert diagonals(table.ids(a), table.ids(b)) == diagonals(a, b)
    # a passage of more distinct words than runs of K fit in 64 bits: the stems' way, same answer
    a = [f"w{i}" for i in range(6300)]
    b = ["x", *a[100:130], "y", *a[5000:5010]]
    table = Numbering()
    ia, ib = table.ids(a), table.ids(b)
    assert _numbered_diagonals(ia, ib) is None
    assert diagonals(ia, ib) == diagonals(a, b) == [32 - 5000, 1 - 100]


def test_anchored_blocks_and_align_on_numbers_are_those_on_the_stems():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(60)] + ["de", "het", "van", "een"] * 6
    for _ in range(300):
        passage = [rng.choice(words) for _ in range(rng.randint(5, 80))]
        source = [rng.choice(words) for _ in range(rng.randint(0, 120))] + passage
        source += [rng.choice(words) for _ in range(rng.randint(0, 120))]
        for _ in range(rng.randint(0, 6)):  # changed, dropped and added words
            at = rng.randrange(len(source))
            choice = rng.random()
            if choice < 0.4:
                source[at] = "anders"
            elif choice < 0.7:
                del source[at]
            else:
                source.insert(at, rng.choice(words))
        table = Numbering()
        a, b = table.ids(passage), table.ids(source)
        offsets = diagonals(passage, source)
        assert anchored_blocks(a, b, offsets) == anchored_blocks(passage, source, offsets)
        assert align(a, b, 10, 20, offsets) == align(passage, source, 10, 20, offsets)
        assert align(a, b, 10, 20) == align(passage, source, 10, 20)


def _hits(rng: random.Random, n: int):
    rows = sorted({(rng.randrange(8), rng.randrange(200), rng.randrange(5000)) for _ in range(n)})
    docs, ds, rs = (np.array(c, dtype=np.int64) for c in zip(*rows, strict=True))
    return docs, ds, rs, np.zeros(len(docs), dtype=bool)


def test_the_holdings_of_a_passage_are_what_its_hits_give_per_document():
    """``_sharing`` keeps its arrays (``holdings.Holdings``) and ``at`` and ``cover`` read them as mappings: the same
    documents, first and last source words and covered draft words as every document's hits in the passage give,
    counted one by one."""
    from beleidstaal.index.holdings import At, Cover
    from beleidstaal.index.match import Passage, _sharing

    rng = random.Random(24)
    for _ in range(200):
        hits = _hits(rng, rng.randint(1, 300))
        docs, ds, rs, _ = hits
        by_draft = np.argsort(ds, kind="stable")
        start = rng.randrange(0, 150)
        p = Passage(start, start + rng.randint(K, 60), 3, 0, 10, 10)
        shared, at, cover = _sharing(p, hits, (by_draft, ds[by_draft]))
        expect_at, expect_cover = {}, {}
        for doc, d, r in zip(docs.tolist(), ds.tolist(), rs.tolist(), strict=True):
            if p.start <= d < p.end - K + 1:
                lo, hi = expect_at.get(doc, (r, r))
                expect_at[doc] = (min(lo, r), max(hi, r))
                expect_cover.setdefault(doc, set()).update(range(d, min(d + K, p.end)))
        expect_cover = {doc: len(words) for doc, words in expect_cover.items()}
        assert dict(at) == expect_at and dict(cover) == expect_cover
        assert list(cover) == sorted(expect_cover)
        assert list(cover.values()) == [expect_cover[d] for d in sorted(expect_cover)]
        if expect_at:
            assert isinstance(at, At) and isinstance(cover, Cover)
            assert all(d in at and at.get(d) == expect_at[d] for d in expect_at)
        assert 99 not in at and cover.get(99, 0) == 0
        best = max(expect_cover.values(), default=0)
        assert shared == sorted({3} | {d for d, n in expect_cover.items() if best and n >= 0.75 * best})


def test_two_pieces_joined_hold_every_document_of_either():
    from beleidstaal.index.holdings import Holdings, joined

    rng = random.Random(8)
    for _ in range(200):
        pieces = []
        for _ in range(2):
            docs = sorted(rng.sample(range(12), rng.randint(0, 6)))
            at = {d: tuple(sorted((rng.randrange(900), rng.randrange(900)))) for d in docs}
            cover = {d: rng.randint(1, 40) for d in docs}
            if rng.random() < 0.5 and docs:  # as ``_sharing`` gives them, or as dicts
                arrays = (np.array(docs), *(np.array([at[d][k] for d in docs]) for k in (0, 1)))
                h = Holdings(*arrays, np.array([cover[d] for d in docs]))
                pieces.append(((h.at, h.cover), (at, cover)))
            else:
                pieces.append(((at, cover), (at, cover)))
        (first, (at1, cover1)), (second, (at2, cover2)) = pieces
        merged = joined(first, second)
        expect_cover = {d: cover1.get(d, 0) + cover2.get(d, 0) for d in {*cover1, *cover2}}
        expect_at = {}
        for d in {*at1, *at2}:
            spans = [x[d] for x in (at1, at2) if d in x]
            expect_at[d] = (min(s[0] for s in spans), max(s[1] for s in spans))
        assert dict(merged.cover) == expect_cover and dict(merged.at) == expect_at


def test_the_runs_of_one_diagonal_are_all_anchors_as_the_choice_of_anchors_takes_them():
    """``anchored_blocks`` with one diagonal takes its runs as anchors without choosing among them; a second
    diagonal outside the windows (no run on it) makes it choose, as before: the same blocks."""
    rng = random.Random(12)
    words = [f"w{i}" for i in range(30)] + ["de", "het"] * 4
    for _ in range(400):
        a = [rng.choice(words) for _ in range(rng.randint(3, 60))]
        b = [rng.choice(words) for _ in range(rng.randint(0, 20))] + a + [rng.choice(words) for _ in range(9)]
        for _ in range(rng.randint(0, 8)):
            b[rng.randrange(len(b))] = "anders"
        off = len(b) - len(a) - 9
        table = Numbering()
        for x, y in ((a, b), (table.ids(a), table.ids(b))):
            assert anchored_blocks(x, y, [off]) == anchored_blocks(x, y, [off, len(b) + 10])
