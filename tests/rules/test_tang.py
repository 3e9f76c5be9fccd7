"""BT501 tang constructions: article-noun tangs with a relative-clause rewrite, and long verb brackets."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT501",))


def tangs(text: str):
    return [f for f in check_text(text, config=ONLY) if f.rule == "BT501"]


def test_article_noun_tang_with_rewrite():
    (f,) = tangs("De door de raad in 2024 vastgestelde nota geldt tot 2028.")
    assert f.text == "De door de raad in 2024 vastgestelde nota"
    # two finite verbs meet after the rewrite: a comma between them
    assert f.suggestions == ["De nota die de raad in 2024 heeft vastgesteld,"]
    assert f.data["kind"] == "lidwoord"


def test_neuter_noun_gets_dat():
    (f,) = tangs("Een door de gemeente samen met de woningcorporaties ontwikkeld plan ligt ter inzage.")
    assert f.suggestions == ["Een plan dat de gemeente samen met de woningcorporaties heeft ontwikkeld,"]


def test_short_modifier_is_no_tang():
    assert tangs("De in 2024 vastgestelde nota geldt tot 2028.") == []
    assert tangs("De nota die de raad in 2024 heeft vastgesteld, geldt tot 2028.") == []


def test_long_verb_bracket():
    text = (
        "Wij stellen de regels voor het parkeren in de binnenstad en op de bedrijventerreinen rond het station "
        "in het voorjaar vast."
    )
    found = tangs(text)
    assert any(f.data["kind"] == "werkwoord" and f.data["words"] >= 12 for f in found)
    # what to do is advice, not replacement text
    assert all(f.advice and not f.suggestions for f in found if f.data["kind"] == "werkwoord")


def test_short_verb_bracket_is_fine():
    assert tangs("De raad stelt het plan in juni vast.") == []


def test_a_verb_of_an_inner_clause_closes_no_bracket():
    # issue #16: on real text the parser hung the verb of a clause after 'waarom' (or inside brackets) on the main
    # verb, and BT501 reported a bracket; a parse with that error, built by hand, must not give one
    import spacy
    from spacy.tokens import Doc

    from beleidstaal.language.tang_clauses import _closes_inner_clause

    vocab = spacy.blank("nl").vocab
    words = ["Het", "is", "nu", "niet", "duidelijk", "waarom", "regels", "zijn", "opgesteld", "."]
    deps = ["nsubj", "ROOT", "advmod", "advmod", "xcomp", "mark", "nsubj", "aux", "xcomp", "punct"]
    heads = [1, 1, 1, 1, 1, 8, 8, 8, 1, 1]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert _closes_inner_clause(doc, doc[1], doc[8])
    words = ["Het", "is", "nu", "niet", "duidelijk", "(", "en", "later", "toegevoegd", "."]
    doc = Doc(vocab, words=words, heads=[1] * 10, deps=["nsubj", "ROOT"] + ["dep"] * 8)
    assert _closes_inner_clause(doc, doc[1], doc[8])
    words = ["Wij", "hebben", ",", "omdat", "het", "regende", ",", "niet", "gespeeld", "."]
    deps = ["nsubj", "aux", "punct", "mark", "nsubj", "advcl", "punct", "advmod", "ROOT", "punct"]
    doc = Doc(vocab, words=words, heads=[8, 8, 5, 5, 5, 8, 5, 8, 8, 8], deps=deps)
    assert not _closes_inner_clause(doc, doc[1], doc[8])


def test_rewrite_without_a_verb_after_it_takes_no_comma():
    (f,) = tangs("Wij lezen de door de raad in 2024 vastgestelde nota.")
    assert f.suggestions == ["de nota die de raad in 2024 heeft vastgesteld"]


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause would leave out the second noun of the pair
        "Wij toetsen het plan aan de in de wet genoemde grenswaarden en richtwaarden.",
        # two modifiers before the noun
        "Wij gebruiken de door de provincie berekende te verwachten aantallen.",
        # a phrase after the noun would be cut off from it
        "Wij beschrijven de in het vorige hoofdstuk genoemde kenmerken van het dorp.",
    ],
)
def test_no_rewrite_where_the_relative_clause_cannot_follow_the_noun(text):
    found = [f for f in check_text(text, config=ONLY)]
    assert found, text
    assert not found[0].suggestions
    assert found[0].advice


@pytest.mark.parametrize(
    "text,expected",
    [
        # -ende after a past participle stem is the past (ingediend-e), not a present participle
        (
            "Wij lezen de binnen deze termijn ingediende zienswijzen.",
            "de zienswijzen die binnen deze termijn zijn ingediend",
        ),
        # a participle with an unstressed prefix (er-kend): past, not present
        ("Dit is een door het platform erkende taal.", "een taal die het platform heeft erkend"),
        # a plural compound the dictionary knows by its last part
        (
            "Dit zijn de in dit hoofdstuk beschreven onderzoeksresultaten.",
            "de onderzoeksresultaten die in dit hoofdstuk zijn beschreven",
        ),
    ],
)
def test_rewrite_takes_tense_and_number_from_the_words(text, expected):
    (f,) = tangs(text)
    assert f.suggestions == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "De voor 'Bedrijf - Opslag en Handel' aangewezen gronden zijn bestemd voor bedrijven.",
        "De voor “Groen - Park en Plantsoen” aangewezen gronden zijn bestemd voor groen.",
    ],
)
def test_a_name_in_quotation_marks_counts_as_one_word(sentence):
    # the standard opening of a zoning rule names the zone; between article and noun stand only three words
    assert tangs(sentence) == []


def test_a_long_tang_around_a_name_is_still_reported():
    (f,) = tangs(
        "De voor 'Wonen' door de raad in 2024 opnieuw aangewezen gronden zijn bestemd voor woningen."
    )
    assert f.text.startswith("De voor 'Wonen'")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023 heeft de Raad voor het Openbaar Bestuur hierover twee mooie rapporten geschreven.",
        "Daarnaast hebben de Provincie Utrecht en het Waterschap Rivierenland een schriftelijke reactie gegeven op het plan.",
    ],
)
def test_a_named_subject_after_the_verb_is_read_as_one_unit(sentence):
    # after a fronted phrase the subject follows the verb: normal Dutch word order, and a name is one unit
    assert tangs(sentence) == []


def test_a_long_bracket_around_a_named_subject_is_still_reported():
    (f,) = tangs(
        "In 2023 heeft de Raad voor het Openbaar Bestuur na een lange discussie in de commissie over de wet "
        "hierover twee mooie rapporten geschreven."
    )
    assert f.text.endswith("geschreven")


def test_waar_with_a_preposition_is_known_by_its_form_whatever_its_tag():
    # the tagger may read *waarbinnen* as a noun or a verb: the form alone says it is *waar* + a preposition, and a
    # passive whose clause it opens describes a noun (a parse with that tag, built by hand); *waardevolle* is no
    # such word
    import spacy
    from spacy.tokens import Doc

    from beleidstaal.language.passive_relative import _in_relative_clause
    from beleidstaal.language.tang_clauses import waar_preposition

    vocab = spacy.blank("nl").vocab
    words = ["Er", "ligt", "een", "zone", "waarbinnen", "bomen", "worden", "gekapt", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 1, 1]
    deps = ["advmod", "ROOT", "det", "nsubj", "obl", "nsubj:pass", "aux:pass", "ccomp", "punct"]
    pos = ["ADV", "VERB", "DET", "NOUN", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["er", "liggen", "een", "zone", "waarbinnen", "boom", "worden", "kappen", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert waar_preposition(doc[4].text)
    assert _in_relative_clause(doc[7])
    assert not waar_preposition("waardevolle")
    assert not waar_preposition("waarschijnlijk")
