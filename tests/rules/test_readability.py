"""BT701 paragraph readability and BT601 rare long words."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.rules.readability import LONG_PARAGRAPH_WORDS, is_transparent_compound
from beleidstaal.rules.registry import get_rule

ONLY = Config(select=("BT601", "BT701"), min_severity="info")


def findings(text: str, code: str):
    return [f for f in check_text(text, config=ONLY) if f.rule == code]


def test_rare_long_word_is_flagged_once():
    found = findings(
        "Het beleidsinstrumentarium is ontoereikend. Het beleidsinstrumentarium is oud.", "BT601"
    )
    assert [f.text for f in found] == ["beleidsinstrumentarium"]
    assert found[0].severity == "info"
    assert found[0].category == "moeilijk-woord"


def test_common_and_transparent_words_are_not_flagged():
    assert findings("De gemeente helpt bewoners met de dienstverlening en de kinderopvang.", "BT601") == []
    assert is_transparent_compound("woningbouwlocaties")


def test_long_paragraph():
    sentence = "De gemeente bouwt in de komende jaren veel nieuwe woningen voor jonge mensen. "
    text = "Kort begin.\n\n" + sentence * (LONG_PARAGRAPH_WORDS // 12 + 2)
    found = findings(text, "BT701")
    assert any(f.data["kind"] == "lengte" for f in found)
    assert all(f.advice and not f.suggestions for f in found)


def test_hard_paragraph_in_plain_text():
    (f,) = findings(get_rule("BT701").bad[0], "BT701")
    assert f.data["kind"] == "niveau"
    assert f.data["level"] in ("B2", "C1")
    # the score and the level (which weighs five measures) are said apart, so they cannot be read as one scale
    assert "Flesch-Douma" in f.message and "(Flesch-Douma" not in f.message
    assert "hoe lager, hoe moeilijker" in f.message
    assert ("Taalniveau " in f.message) == (f.data["level"] != f.data["document_level"])
    assert "-0" not in f.message


def test_explain_shows_the_method():
    rule = get_rule("leesbaarheid")
    assert rule.code == "BT701"
    assert "Grenzen van deze schatting" in rule.extra()


def test_forms_of_a_common_verb_are_not_rare_words():
    # a participle or a nominalisation of a verb the reader knows is not a hard word (issue #16)
    text = "De afgesplitste percelen krijgen een nieuwe eigenaar. De structurering van het werk kost tijd."
    assert findings(text, "BT601") == []
    assert [f.text for f in findings("Het beleidsinstrumentarium is ontoereikend.", "BT601")] == [
        "beleidsinstrumentarium"
    ]


def test_advice_answers_the_causes_it_names():
    # after blind8: 'schrijf kortere zinnen' on a paragraph of short sentences was advice that did not apply
    from beleidstaal.rules.readability import _sentence

    (f,) = findings(get_rule("BT701").bad[0], "BT701")
    pairs = {
        "langere zinnen": "schrijf kortere zinnen",
        "meer moeilijke woorden": "kies gewone woorden",
        "meer zelfstandig gemaakte werkwoorden": "zeg het met werkwoorden",
        "meer zinnen in de lijdende vorm": "zeg wie iets doet",
    }
    for cause, advice in pairs.items():
        assert (cause in f.message) == (advice in f.advice[0].lower())
    assert _sentence(["kies gewone woorden"]) == "Kies gewone woorden."
    assert (
        _sentence(["kies gewone woorden", "zeg wie iets doet"]) == "Kies gewone woorden en zeg wie iets doet."
    )


def test_a_paragraph_finding_starts_at_the_first_sentence_not_at_a_list_letter():
    sentence = "De gemeente bouwt in de komende jaren veel nieuwe woningen voor jonge gezinnen in het dorp. "
    for label in ("a.", "12.", "b)", "iv."):
        body = f"* {label} " + sentence * (LONG_PARAGRAPH_WORDS // 16 + 2)
        text = "Kort begin van de tekst.\n\n" + body
        for kind in ("text", "markdown"):
            found = check_text(text, config=ONLY, kind=kind)
            (long,) = [f for f in found if f.rule == "BT701" and f.data["kind"] == "lengte"]
            assert long.text.startswith("De gemeente bouwt"), (label, kind, long.text)
