"""Words of study words35 (issue 18, task words47b; bench/quality/real/RESULTS.md): *gehele* ('hele') and *o.a.*
('onder andere') as replacements; *voorgaande*, *verwoorden*, *constateren*, *vereisen* and the noun *vereiste*,
*volstaan*, *naastgelegen* and *projecteren* with advice, in the forms the editors' reasons asked for: 'wat hierboven
staat' for *het voorgaande*, 'hierboven' or 'de vorige paragrafen' before a noun of text, 'vorige' before another
noun; 'eis' for the noun *vereiste*, 'die nodig is' before its noun; leave *naastgelegen* out before *buurpercelen*.
The shapes the draw left out stay silent: the listed *gezien het voorgaande* (no second finding), *op grond van het
voorgaande*, the passive of *volstaan* (the passive rule's advice), *geprojecteerd op* (a drawing's projection),
and the words inside a quoted rule. Also the participle after *zoals* (*zoals verwoord in*) and a date before the
participle (*is op 10 april 2016 toegezonden*). Sentences written for the test."""

from __future__ import annotations

import pytest
from quote_checks import ALL, quoted
from suggestion_checks import one_offer, one_term, study_words_found
from suggestion_checks import word_list_offers as found

from beleidstaal import check_text

NEW_TERMS = (
    "gehele",
    "voorgaande",
    "verwoord",
    "constat",
    "vereis",
    "volsta",
    "naastgelegen",
    "projecte",
    "o.a.",
)


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # voorgaande: the text above as a noun; before a noun of text; before another noun
        ("Uit het voorgaande blijkt dat het plan uitvoerbaar is.", "BT101", "voorgaande", "'wat hierboven staat'"),
        ("Wij weten dat uit het voorgaande geen bezwaar volgt.", "BT101", "voorgaande", "'wat hierboven staat'"),
        ("In de voorgaande hoofdstukken staat het beleid van de gemeente.", "BT101", "voorgaande",
         "'hierboven' of 'de vorige hoofdstukken'"),
        ("In de voorgaande paragraaf is het geluid besproken.", "BT101", "voorgaande",
         "'hierboven' of 'de vorige paragraaf'"),
        ("De afstanden staan in de voorgaande tabel.", "BT101", "voorgaande", "'de tabel hierboven'"),
        ("Het voorgaande bestemmingsplan gold tot het jaar 2010.", "BT101", "voorgaande", "'vorige'"),
        # verwoorden: main and subordinate clause, after zoals, before its noun
        ("Het welstandsbeleid is verwoord in de welstandsnota.", "BT101", "verwoord", "'staat in'"),
        ("Wij weten dat de gemeente haar ambities in de visie verwoordt.", "BT101", "verwoordt", "'staat in'"),
        ("Het plan past in het beleid, zoals verwoord in de structuurvisie.", "BT101", "verwoord", "'beschreven'"),
        ("Het in de visie verwoorde beleid geldt ook voor dit plan.", "BT101", "verwoorde", "'beschreven'"),
        # constateren: passive, active, participle
        ("In de structuurvisie wordt geconstateerd dat er te weinig woningen zijn.", "BT101", "geconstateerd",
         "'blijkt'"),
        ("Wij constateren dat het plan in het beleid past.", "BT101", "constateren", "'zien'"),
        ("In de boringen zijn geen afwijkingen geconstateerd.", "BT101", "geconstateerd", "'vaststellen'"),
        # vereisen: the participle ('nodig'), the verb ('vraagt om'), before its noun ('die nodig is')
        ("Voor de sloop van de schuur is een omgevingsvergunning vereist.", "BT101", "vereist", "'nodig'"),
        ("Als de regeling dit vereist, maken wij een afweging.", "BT101", "vereist", "'vraagt om'"),
        ("Voor het berekenen van de vereiste waterberging gaan wij uit van het hele plan.", "BT101", "vereiste",
         "'die nodig is'"),
        # the noun vereiste: 'eis'
        ("Een goede ontsluiting is een vereiste voor het nieuwe bedrijventerrein.", "BT101", "vereiste", "'eis'"),
        ("De vereisten van de richtlijn zijn streng.", "BT101", "vereisten", "'eis'"),
        # volstaan: main and subordinate clause
        ("Wij volstaan hier met een verwijzing naar het beleid.", "BT101", "volstaan", "'is genoeg'"),
        ("Wij denken dat voor deze schuur een melding volstaat.", "BT101", "volstaat", "'is genoeg'"),
        # naastgelegen: advice; beside a noun that says it already, leave it out
        ("De maximumsnelheid op de naastgelegen weg is 30 kilometer per uur.", "BT101", "naastgelegen",
         "'ernaast'"),
        ("Wij kijken ook naar de gebruiksmogelijkheden van de naastgelegen buurpercelen.", "BT101", "naastgelegen",
         "Laat het weg: 'buurpercelen' zegt het al."),
        # a buurperceel elsewhere in the sentence is another place: the advice stays
        ("Het is niet de bedoeling dat naastgelegen percelen last hebben van werk op hun buurperceel.", "BT101",
         "naastgelegen", "'ernaast'"),
        # projecteren: participle, inflected before its noun, subordinate clause
        ("In de voorbeeldverkaveling zijn 32 woningen geprojecteerd.", "BT102", "geprojecteerd", "'gepland'"),
        ("De geprojecteerde woning ligt aan de noordkant van het plangebied.", "BT102", "geprojecteerde",
         "'gepland'"),
        ("Wij weten dat de woningen buiten de zone zijn geprojecteerd.", "BT102", "geprojecteerd", "'komt'"),
        # toezenden with a date between the auxiliary and the participle
        ("Het plan is op 10 april 2016 toegezonden aan de provincie.", "BT101", "toegezonden", "gestuurd"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text,span,replacement",
    [
        ("Het gehele perceel ligt binnen de bebouwde kom.", "gehele", "hele"),
        ("Wij weten dat de gehele gemeente aan het plan meedoet.", "gehele", "hele"),
        ("Het pad is over de gehele lengte drie meter breed.", "gehele", "hele"),
        ("Er wordt o.a. een drainagesysteem aangelegd.", "o.a.", "onder andere"),
        (
            "Het beleid richt zich op risicovol transport (o.a. van gevaarlijke stoffen).",
            "o.a.",
            "onder andere",
        ),
    ],
)
def test_gehele_and_oa_are_replacements(text, span, replacement):
    """'hele' (with the article as it stands: *het hele perceel*, *de hele gemeente*) and 'onder andere' drop in:
    suggestions, not advice, at info level like the other stiff words and abbreviations."""
    term = "o.a." if span == "o.a." else "gehele"
    finding = one_term(text, term)
    assert finding.text == span
    assert finding.suggestions == [replacement]
    assert finding.severity == "info"
    assert finding.rule == ("BT104" if term == "o.a." else "BT101")


def test_gehele_without_an_article_is_volledige():
    """'hele' for 'entire' stands after its article (*het hele plan*); without one it reads as 'quite a' or is not
    said (*gehele vernieuwing is uitgesloten*): there 'volledige' drops in."""
    finding = one_term("Gehele vernieuwing van het gebouw is in principe uitgesloten.", "gehele")
    assert finding.suggestions == ["Volledige"]


def test_the_listed_gezien_het_voorgaande_keeps_its_own_finding():
    """*Gezien het voorgaande* is its own entry ('daarom'): the word inside it gives no second finding."""
    hits = [
        (r, t) for r, t, _ in found("Gezien het voorgaande is het plan uitvoerbaar.") if "voorgaande" in t
    ]
    assert hits == [("BT104", "Gezien het voorgaande")]


def test_the_passive_of_volstaan_keeps_the_passive_rules_advice():
    """*Kan worden volstaan met*: the passive rule says what is enough; the word gives no second finding."""
    hits = check_text("Voor deze kleine schuur kan worden volstaan met een melding.", config=ALL)
    assert [f.rule for f in hits if "volstaan" in f.text] == ["BT301"]


QUOTED = """# Regels

Artikel 12 geeft aan dat daar:

- de gebruiksmogelijkheden van naastgelegen percelen niet onevenredig worden aangetast;
- kwetsbare objecten niet binnen de risicozone worden geprojecteerd.

Voor het plan betekent dit dat de naastgelegen weg rustig blijft.
"""


def test_a_quoted_rule_stays_silent_and_the_writers_own_sentence_does_not():
    """The wrong rows of the study were quoted rules and guidelines: inside a quoted rule the words stay silent,
    the writer's own sentence after it is checked."""
    assert quoted(QUOTED, "naastgelegen percelen")
    hits = [
        (f.rule, f.line) for f in check_text(QUOTED, config=ALL) if f.term in ("naastgelegen", "projecteren")
    ]
    assert hits == [("BT101", 8)]


@pytest.mark.parametrize(
    "text",
    [
        # the listed phrase's sibling, the study's skip; a drawing's projection; the adverb and noun geheel
        "Op grond van het voorgaande is het plan uitvoerbaar.",
        "De bouwgrens wordt verticaal geprojecteerd op het maaiveld.",
        "Het is een geheel nieuwe ontwikkeling in het dorp.",
        "Het plan vormt een samenhangend geheel.",
        # the plain words
        "De hele gemeente doet aan het plan mee.",
        "Uit wat hierboven staat blijkt dat het plan uitvoerbaar is.",
        "Voor de sloop is een vergunning nodig.",
        "Een melding bij de gemeente is genoeg.",
        "De woning ernaast is klein.",
        "In het plangebied komen negen woningen.",
        "Er komt onder andere een sloot langs de weg.",
        "In de structuurvisie staat dat er te weinig woningen zijn.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
