"""After blind18 (issue #16, task tang32): a verb bracket (BT501) ends where a clause of its own ends its final
verbs with a finite verb, and an article bracket ends at the noun that adjectives alone lead to. Every sentence here
is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def spans(text: str) -> list[str]:
    return [
        text[f.offset : f.end_offset]
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


def test_a_fronted_participle_and_a_dat_clause_make_no_bracket():
    # *Gesteld wordt*: the bracket of *wordt* is closed before it; *sterk wordt uitgebreid* ends the dat-clause
    text = (
        "Gesteld wordt dat in de straten rond het station en het nieuwe plein het aantal woningen sterk wordt "
        "uitgebreid."
    )
    assert spans(text) == []


def test_a_long_bracket_with_only_infinitives_in_its_final_verbs_stays():
    # guard: *kunnen worden* are infinitives (the tagger may read them as finite): the bracket of *moeten* stays
    text = (
        "De regels moeten voor de wijk en de straten rond het station in de loop van volgend jaar kunnen worden "
        "vastgesteld."
    )
    assert [s for s in spans(text) if s.startswith("moeten ")]


def test_a_long_passive_bracket_stays():
    # guard: one main clause, one finite verb, 18 words before the participle
    text = (
        "Het plan wordt in het kader van het overleg met de buurgemeenten en de provincie vóór de zomer aan de "
        "raad toegezonden."
    )
    assert [s for s in spans(text) if s.startswith("wordt ")]


def test_the_article_waits_for_the_noun_after_its_adjectives_not_for_a_noun_in_a_later_phrase():
    # *de nog beschikbare vrije ruimte*: the noun phrase ends at *ruimte*; *bedrijfshallen* is in the voor-phrase
    text = "Het plan past binnen de nog beschikbare vrije ruimte voor nieuw te bouwen bedrijfshallen."
    assert spans(text) == []


def test_a_participle_with_its_own_phrases_after_an_adverb_stays_a_bracket():
    # guard: *reeds* then a phrase (*in 2020*, *door de provincie*) and the participle: a real bracket
    text = "De reeds in 2020 door de provincie aangewezen gebieden blijven open."
    assert spans(text) == ["De reeds in 2020 door de provincie aangewezen gebieden"]


def test_a_measure_after_an_adverb_does_not_end_the_phrase():
    # *al jaren*: a noun inside the modifier, after an adverb, not after an adjective; no finding either way
    # (4 words), but the long form keeps its bracket
    text = "De al sinds jaren in het hele land door gemeenten gehanteerde regels blijven gelden."
    assert [s for s in spans(text) if s.startswith("De al")]


def test_a_noun_the_tagger_reads_as_a_finite_verb_does_not_end_the_bracket():
    # guard: *voorziening* before *worden geopend* is a noun (the tagger may read it as a finite verb), not the
    # finite verb of another clause
    text = (
        "Volgens de nieuwe regels mag in de oude boerderij onder strenge voorwaarden ook een Bed & Breakfast "
        "voorziening worden geopend."
    )
    assert [s for s in spans(text) if s.startswith("mag ")]


def test_zijn_after_a_modal_is_an_infinitive_and_the_bracket_stays():
    # review: *zijn* is both the infinitive and the plural; after *moeten* it is the infinitive of *moeten*'s bracket
    text = (
        "Dan moeten deze regels binnen drie jaar na de inwerkingtreding van het nieuwe bestemmingsplan voor het "
        "hele gebied zijn aangepast."
    )
    assert [s for s in spans(text) if s.startswith("moeten ")]


def test_a_span_of_time_after_an_adjective_stays_inside_the_modifier():
    # review: *lange tijd* measures how long; the article waits for *regels*
    text = "De al lange tijd in het hele land door gemeenten gehanteerde regels blijven gelden."
    assert [s for s in spans(text) if s.startswith("De al")]
