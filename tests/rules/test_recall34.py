"""Round twenty-three (issue 18, task recall34): forms of listed words the matcher missed. *Dienen ... te* with a
long stretch between, where the number of a part of a law (*afdeling 3.4 Awb*) broke the sentence or its parse.
Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.nlp import get_analyser


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules, min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


def sentences(text: str) -> list[str]:
    return [s.text for s in get_analyser().parse([text])[0].sents]


def test_the_number_of_a_part_of_a_law_ends_no_sentence():
    text = "Het ontwerp dient volgens afdeling 3.4 Awb zes weken ter inzage gelegd te worden."
    assert sentences(text) == [text]
    text = "De gemeente kan op grond van artikel 3.6 Wro het plan later wijzigen."
    assert sentences(text) == [text]
    # review: articles of the Awb and the BW are numbered with a colon
    text = "Als u bezwaar wilt maken, dient u dat volgens artikel 6:7 Awb binnen zes weken te doen."
    assert sentences(text) == [text]


def test_a_number_at_the_end_of_a_line_still_ends_what_stands_there():
    text = "Zie hoofdstuk 4\nDe regels staan in de bijlage."
    assert len(sentences(text)) == 2


def test_dienen_te_across_the_name_of_a_law_is_found():
    text = "Het ontwerp dient volgens afdeling 3.4 Awb zes weken ter inzage gelegd te worden.\n"
    assert [f for f in flagged(text, "BT101") if f.startswith("dient")] == [
        "dient volgens afdeling 3.4 awb zes weken ter inzage gelegd te"
    ]


def test_dienen_te_with_an_escaped_section_number_is_found():
    text = "Een aanvraag dient conform afdeling 3\\.4 Awb binnen zes weken ter inzage gelegd te worden.\n"
    assert any(f.startswith("dient") for f in flagged(text, "BT101"))


def test_dienen_without_its_own_te_stays_unflagged():
    # *te* in another clause (after *om*, *die*), or before the noun it describes, is not the *te* of *dienen*
    for text in (
        "Het gebouw dient als opvang om daklozen een plek te geven.\n",
        "Het plein dient als markt voor de te bouwen wijk.\n",
        "De schuur dient als opslag, zodat de vereniging minder ruimte hoeft te huren.\n",
        "De schuur dient sinds 2010 als opslag voor de spullen die de vereniging te koop aanbiedt.\n",
    ):
        assert not any(f.startswith("dient") for f in flagged(text, "BT101")), text


def test_dienen_with_a_noun_that_the_infinitive_describes_stays_unflagged():
    # review: *dienen* 'serve' with an object; the infinitive says what the aim is (*het doel ... te vergroten*),
    # so 'moet het doel ...' would change the meaning
    for text in (
        "Deze maatregel dient het doel de verkeersveiligheid in de wijk te vergroten.\n",
        "De regeling dient het doel mensen met een laag inkomen sneller te helpen.\n",
    ):
        assert not any(f.startswith("dient") for f in flagged(text, "BT101")), text


def replacement(text: str) -> list[str]:
    config = Config(select=("BT101",), min_severity="info")
    return [
        f.suggestions[0] if f.suggestions else ""
        for f in check_text(text, config=config)
        if text[f.offset : f.end_offset].startswith("dien")
    ]


def test_after_a_clause_in_front_with_a_pair_of_commas_the_new_verb_stands_second():
    # *Als ... , zoals bedoeld in de wet, ... wordt gemaakt, dient ...*: three commas, the last closes the
    # clause of *als*, and the verb of the main clause stands second ('moet een plan', not 'een plan moet')
    text = (
        "Als met het plan een bouwplan, zoals bedoeld in de wet, mogelijk wordt gemaakt, dient een "
        "exploitatieplan te worden opgesteld."
    )
    assert replacement(text) == ["moet een exploitatieplan"]


def test_a_verb_after_a_pair_of_commas_still_ends_its_clause():
    text = "Omdat de bomen, die oud zijn, dienen te worden gekapt, plant de gemeente nieuwe."
    assert replacement(text) == ["moeten"]
    # review: a list adds a comma (three in all), the relative clause before *dienen* is still a pair
    text = (
        "Omdat de wegen, paden en pleinen, die de gemeente beheert, dienen volgens het plan te worden verbeterd, "
        "trekt de raad geld uit."
    )
    assert replacement(text) == ["volgens het plan moeten"]
    text = "Als er geen bezwaar is, dienen de bomen te worden gekapt."
    assert replacement(text) == ["moeten de bomen"]


def test_a_heading_with_a_part_word_and_its_number_stays_a_name():
    # one sentence now (the number ends none), still the name of a part, not the writer's word choice
    for text in (
        "Artikel 7 Toetsingskader\n\nDe raad stelt de regels vast.\n",
        "Hoofdstuk 5 RANDVOORWAARDEN\n",
    ):
        assert flagged(text, "BT102") == [], text
    assert flagged("Hoofdstuk 5 beschrijft het toetsingskader van de gemeente.\n", "BT102") == [
        "toetsingskader"
    ]
