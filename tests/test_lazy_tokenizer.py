"""The tokenizer that adds spaCy's special cases as texts need them tokenizes exactly as spaCy's own with all of them
added at the start (issue 20: the cold start of a check)."""

from __future__ import annotations

import pickle

import pytest

#: texts where special cases meet brackets, quotes, hyphens, white space and each other
TEXTS = [
    "Zie art. 3 en bijv. de bijl. bij het plan (o.a. de wijk).",
    "Zo'n 2,5 mln. euro t.b.v. de gem. Utrecht, o.a. voor z.g. 'buurtteams' (zie art. 3.1 Wro).",
    "De vergadering is a.s. dinsdag om 10.00 u. in zaal 2; t.z.t. volgt meer.",
    "Mw. drs. De Vries en dhr. ir. Jansen (resp. voorzitter en secr.) tekenden.",
    "Hij zei:,,Wij doen dat al.'' En de wethouder,,,maar pas later''.",
    "Dat ligt voor de hand. Wij danken u. Het plan is pas. Dat wisten we al.",
    "(bijv.) [o.a.] 'd.w.z.' \"m.a.w.\" bijv.,o.a.;d.w.z.: e.d.-achtig",
    "b i j v . en o . a . en bijv . en o.a . en a. s. en a.s .",
    "Een lachje :-) of xD of :p, en een tabel ┻━┻ met °C en m² en 1e en 2e.",
    "Tel.: 030-1234567, e-mail: info@gemeente.nl, www.gemeente.nl/plan?a=1&b=2.",
    "nr. Nr. NR. blz. Blz. etc. enz. enz.. vs. v.s. Ca. ca. ±10%",
    "Regel\nmet\tlosse\u00a0witruimte  en   meer  . . .",
]


@pytest.fixture(scope="module")
def make():
    """A new lazy tokenizer each call, and spaCy's tokenizer with all the same special cases and settings."""
    from spacy.tokenizer import Tokenizer

    from beleidstaal.lazy_tokenizer import LazyTokenizer
    from beleidstaal.model import dutch_tokenizer, load_model

    nlp = load_model(None)
    probe = dutch_tokenizer(nlp)
    assert type(probe) is LazyTokenizer and type(load_model(None).tokenizer) is LazyTokenizer
    eager = Tokenizer(
        nlp.vocab,
        rules={**_added(probe), **probe._pending},
        prefix_search=probe.prefix_search,
        suffix_search=probe.suffix_search,
        infix_finditer=probe.infix_finditer,
        token_match=probe.token_match,
        url_match=probe.url_match,
    )
    return lambda: dutch_tokenizer(nlp), eager


def _added(tok) -> dict:
    """The special cases the tokenizer has added so far (``rules`` would add them all)."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer.rules.__get__(tok)


def _tokens(doc):
    return [(t.text, t.whitespace_, t.norm_) for t in doc]


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_tokens_are_those_of_spacys_tokenizer_with_every_special_case(make):
    new, eager = make
    from beleidstaal.lazy_tokenizer import MAX_LOADS

    lazy = new()
    for text in TEXTS:
        waiting = len(lazy._pending)
        assert _tokens(lazy(text)) == _tokens(eager(text)), text
        assert _tokens(lazy(text)) == _tokens(eager(text)), text  # again, from the chunk cache
        assert waiting - 50 < len(lazy._pending) or lazy._loads == MAX_LOADS  # a few, or all after MAX_LOADS
    assert lazy._loads == MAX_LOADS and not lazy._pending
    long = new()
    assert _tokens(long(" ".join(TEXTS * 200))) == _tokens(eager(" ".join(TEXTS * 200)))
    assert not long._pending and long._loads == 0  # a long text: all at once


def test_a_special_case_is_added_only_for_a_text_that_holds_it(make):
    lazy = make[0]()
    assert [t.text for t in lazy("Het college besluit vandaag.")][-1] == "."
    assert "z.g." in lazy._pending and "z.g." not in _added(lazy)
    assert [t.text for t in lazy("Wij bellen z.g. later terug.")][2] == "z.g."
    assert "z.g." not in lazy._pending and "z.g." in _added(lazy)


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_rules_saving_and_pickling_see_every_special_case(make):
    new, eager = make
    lazy = new()
    assert lazy.to_bytes() == eager.to_bytes() and not lazy._pending
    assert new().rules == eager.rules
    copy = pickle.loads(pickle.dumps(new()))
    assert (
        type(copy) is type(lazy) and len(copy._pending) > 4000
    )  # the copy waits too, and adds what it needs
    for text in TEXTS:
        assert _tokens(copy(text)) == _tokens(eager(text)), text
    assert new().explain(TEXTS[1]) == eager.explain(TEXTS[1])
