"""Property tests: for arbitrary text the core never raises, spans are exact, and applying suggestions is safe."""

from __future__ import annotations

import quick_loop
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beleidstaal import check_text

WORDS = [
    "middels", "teneinde", "de", "gemeente", "zet", "in", "op", "preventie", "er", "wordt", "door", "ingezet",
    "het", "college", "heeft", "een", "besluit", "genomen", "Eén", "coördinatie", "🙂", "in het kader van",
    "\n", "\n\n", ".", ",", "**", "`", "# ", "- ", "> ", "[link](http://x.nl)", "faciliteerde", "verbetering",
    "van", "dienstverlening", "zorg", "dragen", "voor",
]  # fmt: skip

dutchish = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
anything = st.text(max_size=300)

settings.register_profile(
    "beleidstaal", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
#: the quick inner loop (-m "not slow") tries fewer examples; CI (all tests) the full number
settings.register_profile("beleidstaal-snel", parent=settings.get_profile("beleidstaal"), max_examples=10)
SETTINGS = settings.get_profile("beleidstaal-snel" if quick_loop.QUICK else "beleidstaal")


def _check_invariants(text, kind):
    findings = check_text(text, kind=kind)
    for f in findings:
        assert 0 <= f.offset <= f.end_offset <= len(text)
        assert text[f.offset : f.end_offset] == f.text
        assert f.line >= 1 and f.column >= 1
    return findings


@SETTINGS
@given(text=st.one_of(dutchish, anything), kind=st.sampled_from(["text", "markdown"]))
def test_never_raises_and_spans_are_exact(text, kind):
    _check_invariants(text, kind)


@SETTINGS
@given(text=dutchish, kind=st.sampled_from(["text", "markdown"]))
def test_applying_first_suggestions_gives_checkable_text(text, kind):
    findings = _check_invariants(text, kind)
    edits = []
    last_end = -1
    for f in sorted((f for f in findings if f.replaceable and f.suggestions), key=lambda f: f.offset):
        if f.offset >= last_end:
            edits.append(f)
            last_end = f.end_offset
    for f in reversed(edits):
        text = text[: f.offset] + f.suggestions[0] + text[f.end_offset :]
    _check_invariants(text, kind)
