"""Words of study words36 (issue 18, task words48b; bench/quality/real/RESULTS.md): *waarbinnen* ('waarin'), *etc.*
('enzovoort', BT104), *exact* ('precies') and *regulier* ('gewone' before its noun, 'normaal' elsewhere) as
replacements; *eenzelfde*, *achtereenvolgens*, *afzonderlijk*, *vroegtijdig*, *onderschrijven* and *faseren* (BT102)
with advice, in the forms the editors' reasons asked for: *waarbinnen* stays after a noun of a limit (*de grens
waarbinnen*: one stays inside a limit); *etc.* at the end of a sentence keeps the sentence's stop ('enzovoort.');
*gefaseerd over* is 'verdeeld over', and beside *in vier fasen* the word goes. The verb *vigeren* of the listed
*vigerend* ('geldt'). The terms the draw left out stay silent (the Wabo's *reguliere procedure*, the welstand level
*regulier*, *exacte wetenschappen*), and the words inside a quoted rule. Sentences written for the test."""

from __future__ import annotations

import pytest
from quote_checks import ALL, quoted
from suggestion_checks import one_offer, one_term, study_words_found
from suggestion_checks import word_list_offers as found

from beleidstaal import check_text

NEW_TERMS = (
    "waarbinnen",
    "etc",
    "exact",
    "regulier",
    "eenzelfde",
    "achtereenvolgens",
    "afzonderlijk",
    "vroegtijdig",
    "onderschr",
    "gefaseerd",
    "faseer",
    "vigeer",
    "vigeren",
)


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # eenzelfde: the same one, a similar one
        ("Voor de bestaande bouwwerken is eenzelfde regeling opgenomen.", "BT101", "eenzelfde", "'dezelfde'"),
        ("Wij weten dat er eenzelfde soort boom terugkomt.", "BT101", "eenzelfde", "'hetzelfde soort'"),
        # achtereenvolgens: main and subordinate clause, first in the sentence
        ("De paragrafen gaan achtereenvolgens in op het verkeer en het milieu.", "BT101", "achtereenvolgens",
         "Laat het weg."),
        ("Wij weten dat de dorpen achtereenvolgens zijn gebouwd.", "BT101", "achtereenvolgens", "Laat het weg."),
        ("Achtereenvolgens komen het verkeer en het milieu aan bod.", "BT101", "Achtereenvolgens", "Laat het weg."),
        # afzonderlijk: inflected before its noun, uninflected before a het-noun, adverb
        ("Voor de planschade is een afzonderlijke overeenkomst gesloten.", "BT101", "afzonderlijke", "'apart'"),
        ("Voor de school komt een afzonderlijk bestemmingsplan.", "BT101", "afzonderlijk", "'eigen'"),
        ("Wij weten dat de wegen niet afzonderlijk op de kaart staan.", "BT101", "afzonderlijk", "'los'"),
        # vroegtijdig: before its noun, adverb, inflected
        ("Het waterschap denkt in een vroegtijdig stadium mee.", "BT101", "vroegtijdig", "'vroeg'"),
        ("Wij vinden het goed dat de buren vroegtijdig zijn ingelicht.", "BT101", "vroegtijdig", "'op tijd'"),
        ("Daarom is een vroegtijdige afspraak met de buren nodig.", "BT101", "vroegtijdige", "'vroeg'"),
        # onderschrijven: main and subordinate clause, participle, participle before its noun
        ("De gemeente onderschrijft het belang van schoon water.", "BT101", "onderschrijft", "'steunen'"),
        ("Wij weten dat de raad dit doel onderschrijft.", "BT101", "onderschrijft", "'eens zijn met'"),
        ("De partijen die de visie hebben onderschreven, kiezen samen.", "BT101", "onderschreven",
         "'staan achter'"),
        ("De raad heeft dit doel onder andere onderschreven in een nota.", "BT101", "onderschreven", "'steunen'"),
        ("Het plan noemt de gezamenlijk onderschreven uitgangspunten.", "BT101", "onderschreven", "'steunen'"),
        # faseren (BT102): participle, inflected, the verb; 'verdeeld over'; beside 'fasen' it goes
        ("De woningen worden gefaseerd gebouwd.", "BT102", "gefaseerd", "'in fasen'"),
        ("Wij kiezen voor een gefaseerde aanleg van de wijk.", "BT102", "gefaseerde", "'in stappen'"),
        ("Wij weten dat de gemeente de bouw faseert.", "BT102", "faseert", "'in fasen'"),
        ("De woningen komen gefaseerd over de jaren tot 2030.", "BT102", "gefaseerd", "'verdeeld over'"),
        ("De wijk wordt gefaseerd gebouwd in vier fasen.", "BT102", "gefaseerd",
         "Laat het weg: 'fasen' zegt het al."),
        # vigeren: main and subordinate clause, plural
        ("Binnen het plangebied vigeert het bestemmingsplan Dorp.", "BT101", "vigeert", "'geldt'"),
        ("Wij weten dat hier het bestemmingsplan Dorp vigeert.", "BT101", "vigeert", "'gelden'"),
        ("Ter hoogte van de school vigeren twee bestemmingen.", "BT101", "vigeren", "'gelden'"),
        # regulier before 'detailhandel': the contrast needs other words
        ("De winkel is bedoeld voor reguliere detailhandel.", "BT101", "reguliere", "'gewone winkels'"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text,term,span,replacements",
    [
        # waarbinnen after an area: 'waarin'; main and subordinate clause, after a comma
        (
            "Het plangebied ligt niet in een zone waarbinnen het risico groter is.",
            "waarbinnen",
            "waarbinnen",
            ["waarin"],
        ),
        (
            "Wij weten dat de gemeente, waarbinnen de wijk ligt, het plan maakt.",
            "waarbinnen",
            "waarbinnen",
            ["waarin"],
        ),
        (
            "Op de kaart staat een bouwvlak waarbinnen het huis moet komen.",
            "waarbinnen",
            "waarbinnen",
            ["waarin"],
        ),
        # the tagger may read it as a verb: the pronominal adverb is no verb whatever its tag
        (
            "De afstand hangt af van het omgevingstype waarbinnen de woning is gelegen.",
            "waarbinnen",
            "waarbinnen",
            ["waarin"],
        ),
        # etc.: inside the sentence, and at its end with the sentence's stop kept
        ("Het gaat om hinder door geluid, licht, stof etc. in de omgeving.", "etc.", "etc.", ["enzovoort"]),
        ("Het gaat om de hoogte, de breedte etc.", "etc.", "etc.", ["enzovoort."]),
        ("Dit zijn scholen, kerken, etc. Daarnaast zijn er winkels.", "etc.", "etc.", ["enzovoort."]),
        # exact: inflected before its noun, adverb, subordinate clause
        ("De exacte ligging van de leidingen is nog niet bekend.", "exact", "exacte", ["precieze"]),
        ("Het perceel ligt exact op de grens tussen de provincies.", "exact", "exact", ["precies"]),
        ("Wij weten dat het exacte aantal nog niet vaststaat.", "exact", "exacte", ["precieze"]),
        # regulier: before its noun 'gewone'; elsewhere 'normaal'; a noun of its own ('vaste')
        ("De recreatiewoningen worden reguliere woningen.", "regulier", "reguliere", ["gewone", "normale"]),
        ("Er zijn meer bijgebouwen dan regulier is toegestaan.", "regulier", "regulier", ["normaal"]),
        (
            "Dit blijkt uit het reguliere overleg met het waterschap.",
            "regulier",
            "reguliere",
            ["vaste", "gewone"],
        ),
    ],
)
def test_the_replacements(text, term, span, replacements):
    """'waarin', 'enzovoort', 'precies' and 'gewone'/'normaal' drop in: suggestions, not advice, at info level like
    the other stiff words and abbreviations."""
    finding = one_term(text, term)
    assert finding.text == span
    assert finding.suggestions == replacements
    assert finding.severity == "info"
    assert finding.rule == ("BT104" if term == "etc." else "BT101")


def test_achtereenvolgens_leave_it_out_first_then_na_elkaar():
    """The editors: mostly the word can go (*De paragrafen gaan achtereenvolgens in op*); where the order matters
    'na elkaar'. *Afzonderlijk* names 'apart' and 'eigen' first ('apart' can read as 'odd'), its reason says it can
    go."""
    finding = one_term("Wij weten dat de dorpen achtereenvolgens zijn gebouwd.", "achtereenvolgens")
    assert finding.advice[0] == "Laat het weg."
    assert "'na elkaar' of 'één voor één'" in finding.advice[1]
    other = one_term("Er kwamen twaalf afzonderlijke zienswijzen binnen.", "afzonderlijk")
    assert other.advice == ["Kies wat hier past, bijvoorbeeld 'apart', 'eigen' of 'los'."]
    assert "laat het weg" in other.message


def test_the_listed_vigerend_keeps_its_own_offer():
    """*Vigerende* before its noun is the listed adjective ('geldende'), not the verb's form ('geldt')."""
    finding = one_term("Volgens het vigerende bestemmingsplan mag hier geen winkel komen.", "vigerend")
    assert finding.suggestions == ["geldende", "huidige"]
    assert not [f for f in check_text("Het vigerende plan is oud.", config=ALL) if f.term == "vigeren"]


def test_vigerende_read_as_the_verbs_participle_gets_the_adjectives_advice():
    """*Het vigerende en het nieuwe plan*: the tagger reads *vigerende* as the verb's present participle, so the verb
    entry matches; before a noun or after an article it is an adjective, and 'geldt' is no Dutch there."""
    for text in ("Wij sluiten aan bij het vigerende en het nieuwe plan.",):
        (finding,) = [f for f in check_text(text, config=ALL) if f.text == "vigerende"]
        assert "geldende" in finding.message
        assert "geldt" not in finding.message


def test_an_adjective_read_as_a_noun_keeps_its_article():
    """*Het regulier 'wonen'*: the tagger may read the adjective as a noun; its replacement is no noun of another
    gender ('de normaal'), so the article stays and no replacement with it is offered."""
    text = "De gronden zijn niet bestemd voor het regulier 'wonen'."
    hits = [f for f in check_text(text, config=ALL) if f.term == "regulier"]
    assert len(hits) == 1
    assert hits[0].text == "regulier"
    assert not any(s.startswith("de ") for s in hits[0].suggestions)


QUOTED = """# Regels

Artikel 12 van de verordening luidt:

- binnen een zone waarbinnen het risico groter is, worden geen woningen gebouwd;
- de bouw gebeurt gefaseerd, met eenzelfde hoogte als de buren.

Voor het plan betekent dit dat de exacte ligging van de zone belangrijk is.
"""


def test_a_quoted_rule_stays_silent_and_the_writers_own_sentence_does_not():
    """Inside a quoted rule the words stay silent, the writer's own sentence after it is checked."""
    assert quoted(QUOTED, "waarbinnen het risico")
    terms = ("waarbinnen", "faseren", "eenzelfde", "exact")
    hits = [(f.term, f.line) for f in check_text(QUOTED, config=ALL) if f.term in terms]
    assert hits == [("exact", 8)]


@pytest.mark.parametrize(
    "text",
    [
        # waarbinnen after a noun of a limit: the word is right there
        "Het bouwvlak geeft de grenzen aan waarbinnen het nieuwe huis mag worden gebouwd.",
        "Het bouwvlak geeft de begrenzing weer waarbinnen de schuur mag komen.",
        "In de regeling staan getalsmatige grenzen waarbinnen een plan niet meetelt.",
        "Het gaat om de plangrens, waarbinnen de nieuwe regels gelden.",
        "Er geldt een contour waarbinnen de kans kleiner is.",
        "Er is een afstand die moet worden aangehouden waarbinnen niet wordt gebouwd.",
        "Het geluid blijft binnen de norm waarbinnen de school mag draaien.",
        "Voor zulke bedrijven zijn richtafstanden gegeven waarbinnen hinder kan ontstaan.",
        # a phrase of van or voor between the limit and the word: the clause may be about the limit
        "Het college bepaalt de grens van het bouwvlak waarbinnen het huis moet blijven.",
        "De provincie stelt een norm voor stikstof, waarbinnen de boeren moeten blijven.",
        # the terms of regulier; exacte wetenschappen
        "Voor de vergunning geldt de reguliere voorbereidingsprocedure.",
        "Voor deze aanvraag geldt de reguliere procedure.",
        "Voor dit gebied geldt het welstandsniveau regulier.",
        "Het gaat om een reguliere verblijfsvergunning.",
        "Zij studeert exacte wetenschappen aan de universiteit.",
        # etc. in a path
        "Het bestand staat in de map /etc/hosts op de server.",
        # the plain words
        "Het plangebied ligt niet in een zone waarin het risico groter is.",
        "Het gaat om de hoogte, de breedte enzovoort.",
        "De precieze ligging is nog niet bekend.",
        "De recreatiewoningen worden gewone woningen.",
        "Voor de school komt een apart bestemmingsplan.",
        "De gemeente steunt het doel.",
        "De woningen worden in fasen gebouwd.",
        "Binnen het plangebied geldt het bestemmingsplan Dorp.",
        "Er komt een boom van dezelfde soort terug.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
