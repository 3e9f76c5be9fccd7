"""Pieces of copied passages merged on whole sentences (``index.fit.on_sentences``; issue 24, task copycost41)."""

from __future__ import annotations

from beleidstaal.index.fit import on_sentences
from beleidstaal.index.match import Passage


def test_a_merge_of_pieces_leaves_the_number_of_words_for_the_passages_after_it():
    """``on_sentences`` merged the holders of two touching pieces in a loop whose variable was also the draft's number
    of words (``n``): every passage after a merge took the last document's covered words as the draft's length, so
    a passage that ends in the draft's last sentence got a span ending before its start (a negative number of
    equal words in the message, or no finding)."""
    # two passages of one source that touch: merged into one
    first = Passage(0, 20, 5, 0, 20, 20, at={5: (0, 20)}, cover={5: 20})
    second = Passage(20, 40, 5, 20, 40, 20, at={5: (20, 40)}, cover={5: 11})
    last = Passage(60, 80, 5, 100, 120, 20, at={5: (100, 120)}, cover={5: 20})  # the draft's last sentence
    out = on_sentences([first, second, last], [0, 20, 40, 60], [], 80)
    assert [(p.start, p.end, p.matched) for p in out] == [(0, 40, 40), (60, 80, 20)]
    assert dict(out[0].cover) == {5: 31} and dict(out[0].at) == {5: (0, 40)}
