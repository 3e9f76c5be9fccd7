"""*met zich meebrengen* is found as the whole verb phrase in every form and order, so the span shows what to
rewrite (issue #16, twenty-eighth round: a judge of blind27 noted that the span held only *met zich*). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORDY = Config(select=("BT104",), min_severity="info")


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Dit brengt met zich mee dat de regels duidelijk moeten zijn.", "brengt met zich mee"),
        ("Dat het plan veel verkeer met zich meebrengt, is duidelijk.", "met zich meebrengt"),
        ("De nieuwe weg zal veel lawaai met zich meebrengen.", "met zich meebrengen"),
        ("De bouw heeft veel overlast met zich meegebracht.", "met zich meegebracht"),
    ],
)
def test_the_whole_phrase_is_the_span(sentence, span):
    assert [f.text for f in check_text(sentence, config=WORDY)] == [span]


def test_meebrengen_alone_is_no_finding():
    assert check_text("Hij brengt zijn hond mee naar het werk.", config=WORDY) == []
