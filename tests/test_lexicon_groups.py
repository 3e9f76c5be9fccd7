"""Named word groups in the word lists: '@software' in a list of words stands for the words of that group
(``lexicons/data/woordgroepen.toml``), so that several entries share one list."""

import pytest

from beleidstaal.errors import ConfigError
from beleidstaal.fileio import read_toml
from beleidstaal.lexicon import lexicon_dir, parse_lexicon, word_groups


def _entry(**keys):
    data = {
        "lexicon": {"category": "jargon"},
        "entry": [{"term": "issue", "alternatives": ["probleem"], "reason": "Engels woord.", **keys}],
    }
    return parse_lexicon(data, "eigen.toml").entries[0]


def test_a_group_name_stands_for_its_words():
    entry = _entry(unless_document=["@software", "Jira"])
    assert entry.unless_document == (*word_groups()["software"], "jira")
    assert "github" in entry.unless_document


def test_an_unknown_group_is_a_dutch_error():
    with pytest.raises(
        ConfigError, match="woordgroep '@sofware', die bestaat niet. Kies uit: @broncode, @software"
    ):
        _entry(unless_document=["@sofware"])


def test_the_bundled_lists_name_the_software_group_instead_of_repeating_it():
    group = set(word_groups()["software"])
    named, by_hand = 0, []
    for path in sorted(lexicon_dir().glob("*.toml")):
        for raw in read_toml(path, "De woordenlijst").get("entry", []):
            words = raw.get("unless_document", [])
            named += "@software" in words
            if len(group & {w.lower() for w in words}) > len(group) // 2:
                by_hand.append(raw["term"])  # most of the group written out again
    assert named >= 6
    assert not by_hand


def test_a_document_names_a_word_also_with_letters_the_lower_case_text_spells_otherwise():
    """``unless_document`` reads the document case-insensitively, as the regular expression does: a dotted or
    dotless capital I and a long s count as i and s there, though ``str.lower`` spells them otherwise (the quick
    substring test is skipped for such a text); a word that is not there is not named."""
    from beleidstaal.rules.lexicon_context import _document_names

    cases = [
        ("Zie GİTHUB voor het issue.", ("github",), True),
        ("Zie GıTHUB voor het issue.", ("github",), True),
        ("Zie de repoſitory op de site.", ("repository",), True),
        ("Zie de WI\u212aI voor uitleg.", ("wiki",), True),  # a Kelvin sign for the K
        ("Zie GitHub voor het issue.", ("github",), True),
        ("Zie de gids voor het issue.", ("github",), False),
        ("Zie GİTHUBBER voor het issue.", ("github",), False),  # not as a whole word
    ]
    for text, words, expected in cases:
        assert _document_names(text, words, {}) is expected, text
