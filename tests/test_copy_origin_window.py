"""The likely origin of a copied passage is aligned around the densest run of its hits there (``dense_window``), not
with all the text between its first and last hit (issue #24, task copycost38): a plan that holds a sentence of the
passage alone, far before the passage itself, made the old alignment take that sentence as an anchor and lose the
same sentence, with one word changed, where the plan holds the whole passage.

The passage is written for this test; the text around it comes from the UD Dutch treebanks (real Dutch, not the
corpus)."""

from __future__ import annotations

import numpy as np
import pytest
from test_copy_kinds import DRAFT, small_index
from test_copy_rule import UD, ud_sentences

from beleidstaal import check_text
from beleidstaal.index.match import Passage, dense_window

pytestmark = pytest.mark.skipif(
    not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken"
)

FIRST = "De gemeente plant langs de nieuwe weg twintig jonge eiken."
REST = (
    "Zo krijgt de straat weer schaduw in de zomer en vinden vogels er een plek om te nestelen. "
    "De bewoners van de Kastanjelaan mogen in het voorjaar meepraten over de plaats van de bankjes en de "
    "speelplek. Het werk begint na de bouwvakantie en duurt ongeveer zes weken."
)
PASSAGE = f"{FIRST} {REST}"


def origin_finding(tmp_path, origin: list[str], passage: str):
    """Check a draft that holds ``passage`` between its own sentences against two plans: one that holds the passage
    whole (the best match) and ``origin``'s paragraphs (the earliest plan: the likely origin). The one BT801 finding
    and the origin's lines."""
    own = ud_sentences()[1150:1160]
    config = small_index(
        tmp_path,
        {
            "NL.IMRO.0200.BP2015Dorp-VG01.txt": [passage],  # the best match
            "NL.IMRO.0300.BP2008Oud-VG01.txt": origin,  # the earliest: the origin
        },
    )
    text = f"{own[0]} {own[1]}\n\n{passage}\n\n{own[2]} {own[3]}\n"
    found = [f for f in check_text(text, config=config, path=DRAFT) if f.rule == "BT801"]
    assert len(found) == 1, [(f.text, f.data) for f in found]
    assert found[0].data["source_relpath"] == "NL.IMRO.0300.BP2008Oud-VG01.txt"
    lines = (
        (tmp_path / "plannen" / "NL.IMRO.0300.BP2008Oud-VG01.txt").read_text(encoding="utf-8").splitlines()
    )
    return found[0], lines


def test_origin_is_aligned_where_it_holds_the_whole_passage(tmp_path):
    """The origin (the earliest plan) holds the first sentence alone, word for word, three paragraphs before the
    passage, and the passage itself with the first sentence's last word changed (*bomen* for *eiken*). The finding
    names the origin at the lines of the passage, and counts the first sentence's equal words there: 57 of 58."""
    s = ud_sentences()[1000:]
    other = iter(s[700:])
    between = ["\n\n".join(" ".join(next(other) for _ in range(4)) for _ in range(3))]
    origin = [f"{next(other)} {FIRST} {next(other)}", *between, PASSAGE.replace("jonge eiken", "jonge bomen")]
    f, lines = origin_finding(tmp_path, origin, PASSAGE)
    at = next(
        i for i, line in enumerate(lines, 1) if line.startswith("De gemeente plant") and "bomen" in line
    )
    assert (f.data["source_line"], f.data["source_end_line"]) == (at, at)
    assert f.data["words"] == 58 and f.data["matched"] == 57  # before: 48, the first sentence lost
    assert "98% overeen" in f.message


def _passage(hits: list[tuple[int, int]], start: int = 100, end: int = 160) -> Passage:
    """A passage of draft words [start, end) of document 0, with document 7's hits at (draft, source) positions."""
    d = np.array(sorted(hits), dtype=np.int64)
    docs = np.array([7] * len(d), dtype=np.int64)
    return Passage(start, end, 0, 0, 60, 60, hits=(docs, d[:, 0], d[:, 1]))


def test_dense_window_is_where_the_document_holds_the_passage():
    # the passage on one diagonal from source word 5,000, and two of its runs alone at 800 and 9,000
    on_diagonal = [(d, d + 4_900) for d in range(100, 156, 5)]
    p = _passage([*on_diagonal, (110, 800), (140, 9_000)])
    # where the passage's first word and its last 5-word run stand there (as the hits give a window), not 800 to 9,000
    assert dense_window(p, 7) == (5_000, 5_055)
    assert dense_window(p, 8) is None  # no hits of that document


def test_dense_window_leaves_a_passage_held_in_pieces_to_the_whole_window():
    # the first half of the passage at source word 1,000, the second half at 6,000: no one place holds most of it
    halves = [(d, d + 900) for d in range(100, 130, 5)] + [(d, d + 5_900) for d in range(130, 156, 5)]
    assert dense_window(_passage(halves), 7) is None
    # a single run of the passage's words: a fragment, not the passage
    assert dense_window(_passage([(120, 3_000)]), 7) is None


RULES = [
    "Hoofdgebouwen worden uitsluitend binnen het bouwvlak gebouwd.",
    "De goothoogte bedraagt ten hoogste zes meter en de bouwhoogte ten hoogste tien meter.",
    "De dakhelling van een hoofdgebouw ligt tussen dertig en zestig graden.",
    "Aan- en uitbouwen blijven ten minste drie meter achter de voorgevel van het hoofdgebouw.",
    "Vrijstaande bijgebouwen hebben samen een oppervlakte van ten hoogste vijftig vierkante meter.",
]


def test_origin_that_repeats_most_rules_in_two_zones_is_aligned_where_it_holds_all_of_them(tmp_path):
    """A zoning plan repeats the first four rules of the passage in two zones, one after the other, and holds all
    five in a third zone further on. The two zones have more hits than the third, but fewer of the passage's words:
    the finding names the third zone's line and all 58 words, not one zone's four rules (46 of 58)."""
    s = ud_sentences()[1000:]
    other = iter(s[700:])
    between = [" ".join(next(other) for _ in range(4)) for _ in range(4)]
    four, five = " ".join(RULES[:4]), " ".join(RULES)
    origin = ["Artikel 3 Wonen A", four, "Artikel 4 Wonen B", four, *between, "Artikel 9 Gemengd", five]
    f, lines = origin_finding(tmp_path, origin, five)
    at = lines.index(five) + 1
    assert (f.data["source_line"], f.data["source_end_line"]) == (at, at)
    assert f.data["words"] == 58 and f.data["matched"] == 58


def test_dense_window_counts_each_word_of_the_passage_once_in_a_run():
    # four fifths of the passage twice in a row at source words 1,000 and 1,050: 18 hits within the passage's length,
    # on 10 of its runs; the whole passage once at 5,000: 12 hits, on all 12 runs
    zones = [(d, d + 900) for d in range(100, 150, 5)] + [(d, d + 950) for d in range(100, 150, 5)]
    whole = [(d, d + 4_900) for d in range(100, 156, 5)]
    assert dense_window(_passage([*zones, *whole]), 7) == (5_000, 5_055)
