"""A word-list noun found as the last part of a closed compound (issue 18, item 1): *beleidsdoelstellingen* for
*doelstelling*. The finding covers the whole word; the replacement replaces only the last part, where the new
word fits the sentence, else the alternatives are advice (beleidstaal.language.compounds)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config, ConfigError
from beleidstaal.language.compounds import first_part, heads, is_noun
from beleidstaal.lexicon import parse_lexicon

INFO = Config(min_severity="info")


def _compounds(text: str) -> list:
    return [f for f in check_text(text, config=INFO) if (f.data or {}).get("form") == "compound"]


def _one(text: str, word: str):
    found = [f for f in _compounds(text) if text[f.offset : f.end_offset].lower().endswith(word)]
    assert len(found) == 1, [(text[f.offset : f.end_offset], f.rule) for f in _compounds(text)]
    return found[0]


def test_a_plural_compound_is_found_whole_and_its_head_replaced_in_the_plural():
    text = "De beleidsdoelstellingen van de provincie staan in de nota."
    f = _one(text, "beleidsdoelstellingen")
    assert text[f.offset : f.end_offset] == "beleidsdoelstellingen"
    assert f.rule == "BT102" and f.term == "doelstelling"
    assert f.suggestions == ["beleidsdoelen"]
    assert f.data == {"form": "compound", "head": "doelstellingen"}
    assert f.severity == "info"  # a compound is a tip until judges have read such findings
    # the message names the part the word list is about: the writer replaces only that part
    assert f.message.startswith("'beleidsdoelstellingen' (het deel 'doelstellingen'):")


def test_the_plain_word_is_no_compound_finding():
    text = "De doelstellingen van de provincie staan in de nota."
    assert not _compounds(text)
    assert any(f.term == "doelstelling" for f in check_text(text, config=INFO))


def test_a_new_gender_rewrites_the_article_and_a_capital_stays():
    text = "De hoofddoelstelling van het project is een veilige wijk."
    f = _one(text, "hoofddoelstelling")
    assert text[f.offset : f.end_offset] == "De hoofddoelstelling"
    assert f.suggestions == ["Het hoofddoel"]


def test_the_same_gender_needs_no_other_words():
    # (not *projectimpact*: 'impact' in a compound is advice since round 19, *projectinvloed* is no word)
    text = "Wij kijken naar de kostenreductie in de buurt."
    f = _one(text, "kostenreductie")
    assert text[f.offset : f.end_offset] == "kostenreductie"
    assert f.suggestions[0] == "kostenvermindering"  # de reductie, de vermindering


def test_a_hyphenated_compound_is_found_and_keeps_its_hyphen():
    text = "Wij bespreken de beleids-doelstellingen met de raad."
    f = _one(text, "doelstellingen")
    assert text[f.offset : f.end_offset] == "beleids-doelstellingen"
    assert f.suggestions == ["beleids-doelen"]


def test_advice_where_the_new_compound_does_not_fit():
    # the relative pronoun 'die' keeps the old gender: 'het hoofddoel die' is no Dutch
    text = "De hoofddoelstelling die wij kozen is een veilige wijk."
    f = _one(text, "hoofddoelstelling")
    assert not f.suggestions and f.advice
    # the alternatives are no nouns to put after 'project': advice
    f = _one("Wij spreken met de projectstakeholders over de bouw.", "projectstakeholders")
    assert not f.suggestions and f.advice
    # a word whose alternatives are always advice (replace = false) stays advice in a compound
    f = _one("De filterfunctionaliteit van de website werkt niet.", "filterfunctionaliteit")
    assert not f.suggestions and any("functie" in a for a in f.advice)


def test_an_entry_switched_off_for_compounds_is_not_found_in_them():
    # wijze: compounds = false (zienswijze, werkwijze are words of their own)
    assert not _compounds("Wij lezen de zienswijze van de buren en passen onze werkwijze aan.")
    # the plain word is still found
    assert any(f.term == "wijze" for f in check_text("Wij doen dit op een andere wijze.", config=INFO))


def test_no_compound_after_a_prefix_or_a_part_that_is_no_word():
    assert not _compounds("De herimplementatie van het systeem kost tijd.")  # her- is a prefix
    assert not _compounds("De qxzimplementatie van het systeem kost tijd.")
    assert first_part("beleids") and first_part("gemeente") and first_part("filter")
    assert not first_part("her") and not first_part("mede") and not first_part("qxz")


def test_a_listed_compound_is_found_as_its_own_entry():
    text = "Het toetsingskader van de gemeente is verouderd."
    assert not _compounds(text)
    assert any(f.term == "toetsingskader" for f in check_text(text, config=INFO))


def test_heads_takes_the_longest_listed_head_and_a_hyphen_splits_only_there():
    known = {"doelstellingen", "stellingen"}
    assert heads("beleidsdoelstellingen", known)[0] == ("beleids", "doelstellingen")
    assert heads("beleids-doelstellingen", known) == [("beleids-", "doelstellingen")]
    assert heads("doelstellingen", {"doelstellingen"}) == []  # no first part: the word itself
    assert heads("beleidsdoel", {"doel"}) == []  # a head of fewer than five letters


def test_only_nouns_are_heads():
    assert is_noun("doelstelling") and is_noun("stakeholder") and is_noun("leefbaarheid")
    assert not is_noun("dergelijk") and not is_noun("wellicht")


def test_compounds_must_be_true_or_false():
    data = {
        "lexicon": {"category": "jargon"},
        "entry": [
            {"term": "doelstelling", "alternatives": ["doel"], "reason": "Lang woord.", "compounds": "nee"}
        ],
    }
    with pytest.raises(ConfigError, match="compounds"):
        parse_lexicon(data, "eigen.toml")
    data["entry"][0]["compounds"] = False
    assert parse_lexicon(data, "eigen.toml").entries[0].compounds is False
