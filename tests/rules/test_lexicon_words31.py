"""Words of study words31 (issue 18, task words43b; bench/quality/real/RESULTS.md): *omstreeks*, *toxisch*,
*actualiseren*, *in (zeer) beperkte mate*, *in minimale mate*, *typologie*, *wooncarrière*, *beleefbaar* and
*beleefbaarheid*; *opgave* stayed out (11 of 16). The shapes the editors judged wrong or the draw left out stay
silent: the name of a government's interest as an item of its list, the defined terms of external safety. Sentences
written for the test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer, study_words_found
from suggestion_checks import word_list_offers as found

from beleidstaal import check_text
from beleidstaal.config import Config

NEW_WORDS = ("omstreeks", "toxisch", "actualis", "mate", "typologie", "wooncarri", "beleefba")


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # omstreeks: a replacement; main clause, subordinate clause, first word
        ("De boerderij aan de dijk is omstreeks 1850 gebouwd.", "BT101", "omstreeks", "rond"),
        ("Wij weten dat de kerk omstreeks 1600 is gebouwd.", "BT101", "omstreeks", "rond"),
        ("Omstreeks 1900 kwam de spoorlijn naar het dorp.", "BT101", "Omstreeks", "Rond"),
        # toxisch: a replacement in the form of the place; inflected, uninflected, comparative (tagged as a noun)
        ("Bij een brand in de loods kan een toxische wolk ontstaan.", "BT101", "toxische", "giftige"),
        ("Over het spoor wordt ook toxisch gas vervoerd.", "BT101", "toxisch", "giftig"),
        ("Dit gas is toxischer dan het andere.", "BT101", "toxischer", "giftiger"),
        # actualiseren: main and subordinate clause, participle, inflected participle, te-infinitive
        ("De gemeente actualiseert de woonvisie elk jaar.", "BT101", "actualiseert", "bijwerken"),
        ("Wij weten dat de gemeente de woonvisie actualiseert.", "BT101", "actualiseert", "bijwerken"),
        ("De gemeente heeft de woonvisie in 2020 geactualiseerd.", "BT101", "geactualiseerd", "bijwerken"),
        ("De geactualiseerde structuurvisie is in mei vastgesteld.", "BT101", "geactualiseerde", "bijwerken"),
        ("Het college besluit de nota volgend jaar te actualiseren.", "BT101", "actualiseren", "bijwerken"),
        # in (zeer) beperkte mate, in minimale mate: main and subordinate clause, first words
        (
            "Het nieuwe gebouw draagt slechts in beperkte mate bij aan het verkeer.",
            "BT104",
            "in beperkte mate",
            "weinig",
        ),
        ("Wij weten dat het verkeer maar in beperkte mate toeneemt.", "BT104", "in beperkte mate", "weinig"),
        ("In beperkte mate mag de breedte worden geruild.", "BT104", "In beperkte mate", "weinig"),
        ("Het verkeer neemt in zeer beperkte mate toe.", "BT104", "in zeer beperkte mate", "nauwelijks"),
        ("De bomen hebben in minimale mate last van de weg.", "BT104", "in minimale mate", "nauwelijks"),
        # typologie: singular, plural, compounds (the plural typologieën of the morphology)
        ("De typologie van de nieuwe woningen past bij de straat.", "BT102", "typologie", "type"),
        ("In het plan komen drie typologieën naast elkaar.", "BT102", "typologieën", "type"),
        ("De woningtypologie ligt nog niet vast.", "BT102", "woningtypologie", "type"),
        ("De bebouwingstypologie past bij het dorp.", "BT102", "bebouwingstypologie", "type"),
        # wooncarrière: singular and plural
        (
            "Jongeren moeten in het dorp hun wooncarrière kunnen maken.",
            "BT102",
            "wooncarrière",
            "verhuizen naar een woning",
        ),
        ("Wooncarrières moeten in elke wijk mogelijk blijven.", "BT102", "Wooncarrières", "verhuizen"),
        # beleefbaar, beleefbaarheid: predicative, inflected, comparative, the noun
        ("Door de nieuwe paden wordt het landschap beter beleefbaar.", "BT102", "beleefbaar", "te ervaren"),
        ("Wij maken een beleefbare rivier.", "BT102", "beleefbare", "te ervaren"),
        ("De rivier wordt beleefbaarder gemaakt.", "BT102", "beleefbaarder", "te ervaren"),
        (
            "De nieuwe paden dragen bij aan de beleefbaarheid van het landschap.",
            "BT102",
            "beleefbaarheid",
            "ervaren",
        ),
    ],
)
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text",
    [
        "Het reliëf is nog steeds goed zichtbaar en beleefbaar.",
        "Een zichtbaar en beleefbaar landschap is het doel.",  # the parse misses the pair: the words beside 'en'
        "Het landschap wordt beleefbaar en zichtbaar.",
    ],
)
def test_an_alternative_joined_to_the_word_is_not_offered(text):
    """*zichtbaar en beleefbaar*: 'zichtbaar' stands there already; offering it makes the pair say one word twice."""
    text_found, offered = one_offer(text, "BT102")
    assert text_found == "beleefbaar"
    assert "te ervaren" in offered and "zichtbaar" not in offered


def test_another_alternative_of_a_joined_pair_is_offered():
    """Not only *beleefbaar*: *actualiseren en herzien* offers 'bijwerken', not 'herzien' (the other verb)."""
    text_found, offered = one_offer("Het college heeft de regels geactualiseerd en herzien.", "BT101")
    assert text_found == "geactualiseerd"
    assert "bijwerken" in offered and "herzien" not in offered


@pytest.mark.parametrize(
    "text",
    [
        # left out of the draw: the defined terms of the external-safety calculation
        "Voor de buisleiding is het toxisch scenario maatgevend.",
        "Het plangebied ligt buiten het toxisch invloedsgebied van de weg.",
        "De school ligt in het invloedsgebied toxisch van de spoorlijn.",
        # other words
        "De kerk staat in de omstreken van de stad.",
        "Het plan is actueel en de kaart ook.",
        "De mate van hinder is beperkt.",
        "De carrière van de wethouder begon in het dorp.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_WORDS), found(text)


def _listed(text: str) -> list[str]:
    config = Config(min_severity="info")
    return [f.text for f in check_text(text, config=config, kind="markdown") if f.rule.startswith("BT1")]


@pytest.mark.parametrize(
    "text",
    [
        # the editors of words31: a government's interests, each item the name the policy gave it
        (
            "De provincie heeft haar visie uitgewerkt.\n\nDit is uitgewerkt in de volgende vier provinciale"
            " belangen:\n\n- Een vitaal en divers platteland\n- Groene zones tussen de steden\n- Beleefbaarheid"
            " van het landschap vanaf de snelweg\n- Toekomstbestendige landbouw\n"
        ),
        (
            "Deze ruimtelijke keuzes zijn van provinciaal belang en zijn geformuleerd als:\n\n* een vitaal"
            " platteland;\n* toekomstbestendige landbouw;\n* de beleefbaarheid van het landschap vanaf de snelweg.\n"
        ),
        # a policy's themes laid out line by line, as inside a sentence (*de drie thema's: ...*)
        "De gemeente werkt aan drie thema's:\n\n- Wonen\n- Een beleefbaar en vitaal landschap\n- Werk\n",
    ],
)
def test_the_name_of_an_interest_in_its_list_stays_silent(text):
    """Also the listed words of before this study (*vitaal*, *toekomstbestendig*): the item is a name."""
    assert not _listed(text), _listed(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own list: the lead-in names no theme, aim or interest
        "Bij de inrichting letten wij op:\n\n- de beleefbaarheid van het landschap vanaf de snelweg\n",
        # an item with a finite verb is the writer's sentence
        "De gemeente werkt aan drie thema's:\n\n- Het landschap wordt beter beleefbaar.\n",
        # 'van belang' without a government: what matters to the writer
        "De volgende punten zijn van belang:\n\n- de beleefbaarheid van het landschap\n",
    ],
)
def test_a_list_of_the_writers_own_keeps_the_finding(text):
    assert [t for t in _listed(text) if t.lower().startswith("beleefba")], _listed(text)
