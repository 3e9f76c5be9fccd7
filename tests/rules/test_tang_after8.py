"""After blind8 (issue #16): verb brackets (BT501) that rest on a parse the sentence does not support. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.tang import _inside_quotation, _particle_of, _tagged_participle


def found(text: str):
    return [
        f
        for f in check_text(text, config=Config(select=("BT501",), min_severity="info"))
        if f.rule == "BT501"
    ]


@pytest.fixture(scope="module")
def nlp():
    from beleidstaal.model import load_model

    return load_model()


# --- a date counts as three words in the middle field (as one it cost more right findings than wrong ones)


def test_date_in_the_middle_field_still_counts_word_by_word():
    # a sentence of more than 17 words: in a shorter one the bracket is counted in units since tang33 (a date is one)
    (f,) = found(
        "Na een lang overleg met de buurt heeft het college de nieuwe nota voor de wijk op maandag 3 februari "
        "2025 vastgesteld."
    )
    assert f.data == {"kind": "werkwoord", "words": 13}


# --- the closing part must be this verb's: a participle, or a particle that makes a verb with it


def test_present_tense_is_no_tagged_participle(nlp):
    doc = nlp("Er is sprake van een stille gevel indien de belasting niet meer dan 50 dB bedraagt.")
    assert doc[-2].text == "bedraagt"
    assert not _tagged_participle(doc[-2])  # looks like be-...-t, but the participle of bedragen is bedragen


def test_participle_tagged_or_not_stays_a_participle(nlp):
    doc = nlp("Het plan wordt naar de provincie toegezonden.")
    assert _tagged_participle(doc[-2])


def test_particle_makes_a_verb_with_the_finite_verb(nlp):
    doc = nlp("De gemeente stelt in het plan voor de wijk de nieuwe regels vast.")
    assert _particle_of(doc, doc[2], doc[-2])  # vaststellen


def test_noun_makes_no_verb_with_the_finite_verb(nlp):
    doc = nlp("De gemeente komt in het plan voor de wijk tot een nieuwe stad.")
    assert not _particle_of(doc, doc[2], doc[-2])  # *stadkomen* is no verb


def test_particle_belongs_to_the_nearest_verb(nlp):
    doc = nlp("Zie hiervoor de richtlijn over hoe u de techniek past aan.")
    assert doc[0].text == "Zie" and doc[-2].text == "aan"
    assert not _particle_of(doc, doc[0], doc[-2])  # aanpassen, not aanzien


def test_word_inside_a_quoted_motto_closes_no_bracket(nlp):
    doc = nlp("De raad komt in het overleg onder het motto 'meer stad' samen.")
    stad = next(t for t in doc if t.text == "stad")
    samen = next(t for t in doc if t.text == "samen")
    assert _inside_quotation(doc, doc[2], stad)
    assert not _inside_quotation(doc, doc[2], samen)  # the quotation closed before it


def test_real_particle_tang_still_found():
    (f,) = found(
        "De gemeente schrijft in de nieuwe verordening voor alle wijken in de stad een vaste regel voor."
    )
    assert f.data["kind"] == "werkwoord"


# --- a particle in the title of a Markdown link belongs to the title, not to a verb before the link


def test_particle_in_a_link_title_closes_no_bracket():
    text = (
        "Kijk voor meer uitleg bij de richtlijnen [Lees, schrijf en werk samen](a.md) en "
        "[Meet en pas teksten aan](b.md)."
    )
    assert [f for f in check_text(text, kind="markdown") if f.rule == "BT501"] == []


def test_same_words_without_links_are_read_as_one_bracket():
    # without the links nothing shows the titles: the parse is all there is
    text = "Kijk voor meer uitleg bij de richtlijnen Lees, schrijf en werk samen en Meet en pas teksten aan."
    config = Config(select=("BT501",), min_severity="info")
    assert [f.data["kind"] for f in check_text(text, config=config, kind="markdown")] == ["werkwoord"]
