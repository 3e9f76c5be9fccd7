"""After blind17 (issue #16, task tang31): a verb bracket (BT501) must not run over *en* that opens a second main
clause, and an article bracket finds its noun past a quoted name. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def spans(text: str) -> list[str]:
    return [
        text[f.offset : f.end_offset]
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


def test_a_bracket_does_not_run_over_en_that_opens_a_second_clause():
    # *is* belongs to the first clause (*is geen ruimte voor nieuwe winkels*); *heeft ... afgewezen* is the second
    text = (
        "In de wijk is geen ruimte voor nieuwe winkels en gelet op de drukte van het verkeer heeft de gemeente het "
        "bouwen van een supermarkt in dit deel afgewezen."
    )
    assert not [s for s in spans(text) if s.startswith("is ")]


def test_the_second_clause_keeps_its_own_bracket():
    # guard: the bracket of the second clause (*heeft ... afgewezen*, 10 words) is still a tang
    text = (
        "In de wijk is geen ruimte voor nieuwe winkels en gelet op de drukte van het verkeer heeft de gemeente het "
        "bouwen van een supermarkt in dit deel afgewezen."
    )
    assert [s for s in spans(text) if s.startswith("heeft ")]


def test_en_between_two_nouns_keeps_the_bracket():
    # guard: *en* joins two objects, no second verb follows: one long bracket
    text = (
        "De gemeente heeft het plan en de nota over het verkeer in de wijk op 12 mei vorig jaar vastgesteld."
    )
    assert [s for s in spans(text) if s.startswith("heeft ")]


def test_the_noun_of_an_article_bracket_comes_after_a_quoted_name():
    # the head is *gronden*; *stoffen* is a word of the zone's name
    text = "De voor 'Bedrijf – opslag gevaarlijke stoffen 2' aangewezen gronden zijn bestemd voor de opslag van brandstof."
    assert not [s for s in spans(text) if s.endswith("stoffen")]


def test_a_long_bracket_around_a_quoted_name_still_counts():
    # guard: past the name the bracket goes on to *gronden*, with many words: a tang
    text = (
        "De voor 'Bedrijf – opslag gevaarlijke stoffen 2' in het westen van de wijk aangewezen gronden zijn "
        "bestemd voor de opslag van brandstof."
    )
    assert [s for s in spans(text) if s.endswith("gronden")]


def test_of_before_the_verb_cluster_keeps_the_bracket():
    # guard: after *of* come only more words of the middle field and the closing verbs (*worden voorgelegd*; the
    # tagger reads *worden* as finite): no second clause, the bracket *moet ... voorgelegd* stays
    text = "Na het besluit moet de nieuwe nota binnen vier weken of na acht weken opnieuw aan de raad worden voorgelegd."
    assert [s for s in spans(text) if s.startswith("moet ")]


def test_a_noun_after_en_read_as_a_verb_opens_no_second_clause():
    # guard: *tuinbouwbedrijven* after *en* is a noun (the tagger may call it a verb): one clause, one bracket
    text = "Er komen in het noorden van de gemeente steeds minder veehouderijen en tuinbouwbedrijven voor."
    assert [s for s in spans(text) if s.startswith("komen ")]


def test_review_guards_keep_real_brackets_with_en_maar_in_the_middle_field():
    # review guards: *en* joins two nouns (*zijn* a possessive, *werken* a noun), *maar* means 'only': one clause
    texts = (
        "Het college heeft de burgemeester en zijn medewerkers over de plannen voor het nieuwe plein in mei "
        "geïnformeerd.",
        "Het college heeft de plannen en werken in de openbare ruimte van de binnenstad in het najaar van 2025 "
        "uitgevoerd.",
        "Van het plan is maar een klein deel in de afgelopen tien jaar door de eigenaren van de gronden gebouwd.",
    )
    for text in texts:
        assert [s for s in spans(text) if s.split()[0] in ("heeft", "is")], text


def test_review_guard_a_quote_after_the_modifier_is_not_skipped():
    # review guard: the quoted name stands before the participle; the bracket still runs to *maatregelen*
    text = "De in het rapport ‘Ruimte voor de rivier’ van het Rijk uit 2007 voorgestelde maatregelen zijn uitgevoerd."
    assert [s for s in spans(text) if s.endswith("maatregelen")]
