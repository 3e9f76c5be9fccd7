"""Word-list findings read in their sentence, after the blind6/comp6 sheets (issues 13/14): the general causes of the
wrong findings and the replacements that changed the meaning (beleidstaal.rules.lexicon_sense, the word lists).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.errors import ConfigError
from beleidstaal.lexicon import parse_lexicon


def _hits(text: str, rule: str) -> list:
    config = Config(
        select=(rule,), min_severity="info"
    )  # the opt-in rules (BT108, BT109) run only when selected
    return [f for f in check_text(text, config=config) if f.rule == rule]


def _one(text: str, rule: str, words: str):
    found = [f for f in _hits(text, rule) if text[f.offset : f.end_offset].lower() == words]
    assert len(found) == 1, [(text[f.offset : f.end_offset], f.rule) for f in _hits(text, rule)]
    return found[0]


def _said(finding) -> str:
    return " ".join(finding.suggestions + finding.advice)


# -- a coordinated compound whose first half is cut off ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het investerings- en afwegingskader is klaar voor de raad.",
        "Het plan vraagt een nieuw investerings- of afwegingskader voor de straat.",
        # a typographic hyphen (U+2010, U+2011) cuts the compound as well
        "Het investerings\u2010 en afwegingskader is klaar voor de raad.",
        "Het investerings\u2011 en afwegingskader is klaar voor de raad.",
    ],
)
def test_the_second_half_of_a_cut_compound_is_not_flagged(text):
    assert not _hits(text, "BT102")


def test_a_preposition_after_a_hyphen_is_no_cut_compound():
    assert _one("Er staan geen masten in- en nabij het dorp.", "BT101", "nabij")


def test_the_word_on_its_own_is_still_flagged():
    assert _one("Het afwegingskader is klaar voor de raad.", "BT102", "afwegingskader")


# -- 'door' for a cause reads as the doer in a passive clause ---------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("Als gevolg van de storm wordt de weg afgesloten.", "als gevolg van"),
        ("De weg wordt afgesloten als gevolg van de storm.", "als gevolg van"),
        ("Ten gevolge van de werkzaamheden wordt het water afgesloten.", "ten gevolge van"),
    ],
)
def test_no_door_in_a_passive_clause(text, words):
    f = _one(text, "BT104", words)
    assert [s.lower() for s in f.suggestions] == ["vanwege"]
    assert "'door'" not in _said(f)


def test_door_stays_first_in_an_active_clause():
    f = _one("Als gevolg van de storm zijn er veel bomen omgewaaid.", "BT104", "als gevolg van")
    assert [s.lower() for s in f.suggestions] == ["door", "vanwege"]


# -- 'over' only where the phrase says what something is about --------------------------------------------------


def test_over_after_a_word_of_saying():
    f = _one("Wij hebben vragen met betrekking tot uw aanvraag.", "BT104", "met betrekking tot")
    assert f.suggestions == ["over"]


@pytest.mark.parametrize(
    "text",
    [
        "Met betrekking tot dit plan zijn twee nota's het belangrijkst.",
        "De aannemer doet werkzaamheden met betrekking tot het bouwrijp maken van de grond.",
    ],
)
def test_over_or_voor_is_advice_elsewhere(text):
    f = _one(text, "BT104", "met betrekking tot")
    assert not f.suggestions
    assert "'over'" in _said(f) and "'voor'" in _said(f)


# -- alternatives by the word the match governs ----------------------------------------------------------------


def test_a_need_is_met_not_made():
    f = _one("De nieuwe wijk moet voorzien in de behoefte aan woningen.", "BT101", "voorzien in")
    assert "'voldoen aan'" in _said(f) and "zorgen voor" not in _said(f)
    g = _one("De nieuwe wijk voorziet in de woningbehoefte van het dorp.", "BT101", "voorziet in")
    assert "'voldoen aan'" in _said(g)


def test_voorzien_in_something_else_keeps_zorgen_voor():
    f = _one("Het plan voorziet in de bouw van honderd woningen.", "BT101", "voorziet in")
    assert "'zorgen voor'" in _said(f)


def test_a_right_only_where_money_or_a_permit_is_meant():
    f = _one("De wijk komt in aanmerking voor nieuwbouw.", "BT104", "komt in aanmerking")
    assert "recht hebben op" not in _said(f) and "'geschikt zijn voor'" in _said(f)
    g = _one("U komt in aanmerking voor een vergoeding.", "BT104", "komt in aanmerking")
    assert "'recht hebben op'" in _said(g)


def test_a_distance_is_measured_tot_something():
    f = _one(
        "De schuur staat op een afstand van 30 meter ten opzichte van de woning.", "BT104", "ten opzichte van"
    )
    assert "'tot'" in _said(f) and "vergeleken met" not in _said(f)
    h = _one(
        "Er geldt een afstand van 50 meter ten opzichte van woningen in het dorp.",
        "BT104",
        "ten opzichte van",
    )
    assert "'tot'" in _said(h)
    g = _one("De huur is gestegen ten opzichte van vorig jaar.", "BT104", "ten opzichte van")
    assert "'vergeleken met'" in _said(g)


def test_dit_betreft_is_dit_is():
    f = _one("Dit betreft een bakkerij in de straat.", "BT101", "betreft")
    assert "'is'" in _said(f) and "gaat over" not in _said(f)
    g = _one("Uw vraag betreft de nieuwe parkeerregels.", "BT101", "betreft")
    assert "'gaat over'" in _said(g)


def test_beoogde_before_a_noun_is_gepland():
    f = _one("Het beoogde park komt achter de school.", "BT101", "beoogde")
    assert "'geplande'" in _said(f) and "willen" not in _said(f)
    g = _one("Met deze regeling beogen wij minder afval.", "BT101", "beogen")
    assert "'willen'" in _said(g)
    # the verb before its object
    h = _one("Ook het beleid beoogt handhaving van de regels.", "BT101", "beoogt")
    assert "'willen'" in _said(h)


def test_alternatives_if_must_name_other_words():
    entry = {"term": "betreft", "alternatives": ["gaat over"], "reason": "Stijf."}
    with pytest.raises(ConfigError):
        parse_lexicon(
            {"lexicon": {"category": "ambtelijk"}, "entry": [{**entry, "alternatives_if": ["dit"]}]}, "x"
        )
    with pytest.raises(ConfigError):
        parse_lexicon(
            {
                "lexicon": {"category": "ambtelijk"},
                "entry": [{**entry, "alternatives_if": {"dit": ["betreft"]}}],
            },
            "x",
        )


# -- vague words whose things are named, a contrast that is no filler, terms of art ----------------------------


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Op diverse plekken (de markt, het plein en de haven) komen bankjes.", "BT109"),
        (
            "Sinds vorig jaar is het nodige veranderd aan de regels voor parkeren, de tarieven en de vergunningen.",
            "BT109",
        ),
        ("Er zijn geen juridische of feitelijke bezwaren tegen de bouw.", "BT106"),
        ("De woningen tellen mee, ook als ze feitelijk nog niet zijn gebouwd.", "BT106"),
        ("Er zijn geen effecten op de instandhoudingsdoelstellingen van het gebied.", "BT102"),
        ("Wij doen marktverkenningen in de regio.", "BT108"),
        ("Aan de rand van het dorp vindt nieuwbouw plaats.", "BT202"),
    ],
)
def test_not_flagged(text, rule):
    assert not _hits(text, rule), [(text[f.offset : f.end_offset], f.rule) for f in _hits(text, rule)]


@pytest.mark.parametrize(
    "text, rule, words",
    [
        ("Er zijn diverse klachten binnengekomen.", "BT109", "diverse"),
        ("Wij hebben het nodige gedaan om overlast te voorkomen.", "BT109", "het nodige"),
        ("Feitelijk verandert er niets.", "BT106", "feitelijk"),
        ("De beleidsdoelstellingen staan in de nota.", "BT102", "beleidsdoelstellingen"),
    ],
)
def test_still_flagged(text, rule, words):
    assert _one(text, rule, words)


# -- an alternative out of sense does not silence the advice on the others --------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Het beleid ten aanzien van de woningbouw is streng.", "ten aanzien van"),
        ("Wij maken regels ten aanzien van het parkeren bij scholen.", "ten aanzien van"),
    ],
)
def test_advice_names_the_alternatives_that_keep_the_meaning(text: str, words: str) -> None:
    finding = _one(text, "BT104", words)
    assert not finding.suggestions
    assert finding.advice and "'over'" in finding.advice[0]
