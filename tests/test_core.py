"""The core on real Dutch sentences: lemma and separable-verb matching, phrases, the JSON contract, span
invariants."""

from __future__ import annotations

import pytest

from beleidstaal import check_document, check_text
from beleidstaal.readers import document_from_text


def _hits(text, config, rule=None):
    return [f for f in check_text(text, config=config) if rule is None or f.rule == rule]


def _terms(text, config):
    return {f.term for f in check_text(text, config=config) if f.term}


def test_single_word_and_suggestions(kern_config):
    [f] = [f for f in check_text("Wij informeren u middels deze brief.", config=kern_config) if f.term]
    assert f.text == "middels"
    assert f.suggestions == ["met", "via"]
    assert f.replaceable
    assert (f.line, f.column, f.end_line, f.end_column) == (1, 18, 1, 25)


def test_capital_at_sentence_start_is_kept_in_suggestions(kern_config):
    [f] = [f for f in check_text("Middels deze brief informeren wij u.", config=kern_config) if f.term]
    assert f.text == "Middels"
    assert f.suggestions[0] == "Met"


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente faciliteerde de bewoners bij hun plannen.",
        "Wij hebben de bewoners gefaciliteerd.",
        "Het nieuwe systeem wordt volgend jaar geïmplementeerd.",
    ],
)
def test_inflected_verbs_match_on_lemma(sentence, kern_config):
    assert _terms(sentence, kern_config) & {"faciliteren", "implementeren"}


def test_inflected_match_gets_an_inflected_replacement(kern_config):
    [f] = [f for f in check_text("De gemeente faciliteerde de bewoners.", config=kern_config) if f.term]
    assert f.text == "faciliteerde"
    # the replacement is inflected like the original (past tense, singular), not the infinitive 'helpen'
    assert f.suggestions[0] == "hielp" and f.replaceable


@pytest.mark.parametrize(
    "sentence,flagged",
    [
        ("De gemeente zet de komende jaren in op preventie.", "zet de komende jaren in op"),
        ("Er wordt door de gemeente ingezet op preventie.", "ingezet op"),
    ],
)
def test_separable_verb_with_preposition(sentence, flagged, kern_config):
    hits = [f for f in check_text(sentence, config=kern_config) if f.term == "inzetten op"]
    assert [f.text for f in hits] == [flagged]


def test_putting_out_the_bin_is_not_inzetten_op(kern_config):
    assert "inzetten op" not in _terms("Zet de vuilnisbak op dinsdag aan de straat.", kern_config)
    assert "inzetten op" not in _terms("Hij zet het glas op tafel.", kern_config)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het college heeft gisteren een besluit genomen over de subsidie.",
        "Het college neemt volgende week een besluit over de subsidie.",
        "Wij verwachten dat het college snel een besluit neemt.",
    ],
)
def test_phrase_with_inflected_verb_in_any_word_order(sentence, kern_config):
    assert "een besluit nemen" in _terms(sentence, kern_config)


def test_phrase_with_verb_in_between(kern_config):
    assert "zorg dragen voor" in _terms("Wij dragen zorg voor een goede afstemming.", kern_config)
    assert "zorg dragen voor" in _terms("Het is belangrijk dat wij zorg dragen voor de ouderen.", kern_config)


def test_fixed_phrase_any_capitalisation(kern_config):
    [f] = [f for f in check_text("In het kader van de wet doen wij dit.", config=kern_config) if f.term]
    assert f.text == "In het kader van"
    # 'Bij de wet doen wij dit' changes the meaning: a phrase that needs its context gets advice, no word swap
    assert f.suggestions == [] and not f.replaceable
    assert "'bij'" in f.advice[0]


def test_unless_before_guard(kern_config):
    assert "pilot" in _terms("We starten een pilot in twee wijken.", kern_config)
    assert "pilot" not in _terms("De pilot landde het vliegtuig veilig.", kern_config)


def test_allow_list(kern_config):
    cfg = kern_config.with_options(allow=("middels",))
    assert "middels" not in _terms("Wij informeren u middels deze brief.", cfg)


JSON_KEYS = {
    "path", "line", "column", "end_line", "end_column", "offset", "end_offset", "rule", "name", "category",
    "severity", "text", "message", "suggestions",
}  # fmt: skip


def test_every_json_key_present(kern_config):
    text = "Middels deze brief laten wij u weten dat het college een besluit heeft genomen."
    findings = check_text(text, config=kern_config)
    assert findings
    for f in findings:
        d = f.to_dict()
        assert set(d) >= JSON_KEYS
        assert isinstance(d["suggestions"], list)
        assert d["severity"] in ("error", "warning", "info")


SPAN_TEXTS = [
    "Eén zin met middels en een emoji 🙂 en coördinatie. Daarna wordt er middels een brief gefaciliteerd.",
    "# Kop\n\n- Het college zal **middels** een brief\n  de raad informeren.\n\n| a | b |\n|--|--|\n| x | middels |\n",
    "In het kader van de wet zet de gemeente vanaf 2025 samen met partners stevig in op preventie, "
    "omdat dat volgens de betrokken organisaties in de regio op termijn de beste resultaten oplevert voor "
    "inwoners die anders later veel zwaardere en duurdere zorg nodig zouden hebben.",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_no_span_outside_text_or_different_from_text(text, kind, kern_config):
    findings = check_text(text, config=kern_config, kind=kind)
    assert findings
    lines = text.split("\n")
    for f in findings:
        assert 0 <= f.offset < f.end_offset <= len(text)
        assert text[f.offset : f.end_offset] == f.text
        if f.line == f.end_line:
            assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text


def test_long_sentence_rule():
    text = SPAN_TEXTS[2]
    rules = {f.rule for f in check_text(text)}
    assert "BT402" in rules or "BT401" in rules
    assert not {"BT401", "BT402"} & {f.rule for f in check_text("Dit is een korte zin.")}


def test_inline_suppression(kern_config):
    text = (
        "Wij sturen middels een brief. <!-- beleidstaal: negeer BT101 -->\n\nWij sturen middels een mail.\n"
    )
    found = [f for f in check_text(text, config=kern_config, kind="markdown") if f.term == "middels"]
    assert [f.line for f in found] == [3]


def test_result_words_and_sentences():
    result = check_document(document_from_text("Een twee drie.\n\nVier vijf, 6 %."))
    assert (result.words, result.sentences) == (6, 2)  # a number is a word, punctuation and % are not


def test_batch_larger_than_the_parse_cache():
    from beleidstaal.nlp import Analyser

    analyser = Analyser(cache_size=3)
    texts = ["Een zin.", "Twee zinnen hier.", "Drie.", "Vier woorden staan hier.", "Een zin."]
    assert [d.text for d in analyser.parse(texts)] == texts
    assert [d.text for d in analyser.parse(texts[:2])] == texts[:2]


def test_the_garbage_collector_is_off_during_a_check_and_as_before_after_it(monkeypatch):
    import gc
    import threading

    from beleidstaal import core

    seen = []
    real_run_rules = core.run_rules

    def run_rules(analysis, config, **kw):
        seen.append(gc.isenabled())
        return real_run_rules(analysis, config, **kw)

    monkeypatch.setattr(core, "run_rules", run_rules)
    assert gc.isenabled()
    check_text("Wij informeren u middels deze brief.")
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a program that runs without the collector keeps it off
    try:
        check_text("Wij informeren u middels deze brief.")
        assert not gc.isenabled()
    finally:
        gc.enable()
    # two checks at once (threads of the language server): on again only when the last one ends, also after an error
    inside, release = threading.Event(), threading.Event()

    def slow():
        with core.collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=slow)
    thread.start()
    inside.wait(10)
    with pytest.raises(ValueError), core.collector_paused():
        raise ValueError
    assert not gc.isenabled()
    release.set()
    thread.join()
    assert gc.isenabled()


def test_settle_collector_frees_cycles_and_freezes_the_rest():
    import gc
    import weakref

    from beleidstaal import core

    class Node:
        pass

    kept = Node()
    cycle = Node()
    cycle.me = cycle  # garbage only the collector can free
    gone = weakref.ref(cycle)
    del cycle
    gc.unfreeze()
    try:
        core.settle_collector()
        assert gone() is None
        assert gc.get_freeze_count() > 0
        # frozen: out of the collector's walks
        assert gc.is_tracked(kept) and not any(o is kept for o in gc.get_objects())
        core.settle_collector()  # again: what was frozen is walked once more, and frozen again
        assert not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()
