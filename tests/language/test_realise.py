"""A word-list replacement is offered only when it fits its sentence (beleidstaal.language.realise).

Sentences written for this test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

WORD_LISTS = Config(select=("BT1", "BT2"))


def _finding(text: str, flagged: str):
    found = [f for f in check_text(text, config=WORD_LISTS) if f.text.lower() == flagged.lower()]
    assert found, f"no finding on {flagged!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text,flagged,expected",
    [
        # number: a plural noun gets a plural replacement
        ("Wij spreken met alle stakeholders in de wijk.", "stakeholders", "belanghebbenden"),
        ("Elke stakeholder krijgt een brief.", "stakeholder", "belanghebbende"),
        # attributive -e follows the original
        ("Wij kiezen voor een integrale aanpak.", "integrale", "samenhangende"),
        ("Dat is een integraal plan.", "integraal", "samenhangend"),
        ("Wij hebben de navolgende vragen aan u.", "navolgende", "volgende"),
        # a finite verb keeps person, number and tense
        ("De gemeente realiseert veertig woningen.", "realiseert", "maakt"),
        ("De gemeente realiseerde veertig woningen.", "realiseerde", "maakte"),
        ("Wij realiseren veertig woningen.", "realiseren", "maken"),
        # participle and infinitive
        ("Wij hebben het plan gerealiseerd.", "gerealiseerd", "gemaakt"),
        ("De gemeente wil het initiatief faciliteren.", "faciliteren", "mogelijk maken"),
        # a verb with its own complement fits at the end of a subordinate clause
        ("Omdat wij dit initiatief faciliteren, is er geld.", "faciliteren", "mogelijk maken"),
        # a support-verb phrase: the new verb takes the old one's form
        ("Wij dragen zorg voor een goede uitvoering.", "dragen zorg voor", "zorgen voor"),
        # a conjunction that opens a whole clause
        ("Indien u bezwaar wilt maken, kunt u ons een brief sturen.", "indien", "Als"),
        ("Wij bellen u indien dat nodig is.", "indien", "als"),
        # fixed phrases and words without inflection, also when the tagger takes them for something else
        ("Wij hebben vragen met betrekking tot uw aanvraag.", "met betrekking tot", "over"),
        ("De gemeente heeft plichten jegens haar inwoners.", "jegens", "tegenover"),
        ("U kunt te allen tijde bellen.", "te allen tijde", "altijd"),
        ("De planning is ietwat uitgelopen.", "ietwat", "een beetje"),
        # a reflexive verb: its pronoun goes with it, also when other words stand between them
        ("De school bevindt zich in het centrum.", "bevindt zich", "is"),
        ("Sinds 2010 bevindt de school zich in het centrum.", "bevindt de school zich", "is de school"),
        (
            "Wij weten dat de school zich in het centrum bevindt.",
            "zich in het centrum bevindt",
            "in het centrum is",
        ),
        ("Deze woningen mogen worden gebouwd krachtens een vergunning.", "krachtens", "volgens"),
        ("Als gevolg van de storm vielen veel bomen om.", "als gevolg van", "Door"),
    ],
)
def test_replacement_is_inflected_to_fit(text, flagged, expected):
    f = _finding(text, flagged)
    assert f.suggestions and f.suggestions[0] == expected
    assert f.replaceable


@pytest.mark.parametrize(
    "text,flagged,not_offered",
    [
        # 'indien' before an adjective: 'Als noodzakelijk' is not Dutch
        ("Indien noodzakelijk nemen wij contact op.", "indien", "Als"),
        ("Indien van toepassing, sturen wij een brief.", "indien", "Als"),
        # a verb with its own complement as the finite verb of a main clause needs two places
        ("Wij faciliteren dit initiatief.", "faciliteren", "mogelijk maken"),
        # a phrase cannot take the place of an adjective before its noun
        ("Wij kiezen voor een integrale aanpak.", "integrale", "als geheel"),
        # an article cannot take the place of an adjective
        ("Stuur het bovenvermelde formulier terug.", "bovenvermelde", "dit"),
        # the meaning of the replacement depends on the sentence
        ("In het kader van de veiligheid sluiten wij de weg af.", "in het kader van", "Bij"),
        ("Wij verbeteren de zorg met betrekking tot ouderen.", "met betrekking tot", "over"),
        # in a passive clause 'door' would read as who does it
        ("De waarde wordt overschreden als gevolg van het verkeer.", "als gevolg van", "door"),
    ],
)
def test_replacement_that_does_not_fit_becomes_advice(text, flagged, not_offered):
    f = _finding(text, flagged)
    assert not_offered not in f.suggestions
    assert f.advice
    assert not f.suggestions or f.replaceable


def test_advice_is_never_in_suggestions():
    text = (
        "Wij zetten in op een betere samenwerking met alle stakeholders. Indien noodzakelijk faciliteren wij dit. "
        "De door de raad in 2024 vastgestelde nota geldt tot 2028."
    )
    for f in check_text(text):
        for s in f.suggestions:
            assert "..." not in s and not s.lower().startswith(
                ("zeg ", "schrijf ", "herschrijf ", "zet ", "verdeel ")
            )


def test_a_phrase_is_never_inflected_word_by_word():
    f = _finding("Deze woningen mogen worden gebouwd krachtens een vergunning.", "krachtens")
    assert "op grond van" in f.suggestions


def test_only_safe_entries_that_fit_are_marked_for_fix():
    fits = _finding("Wij informeren u middels deze brief.", "middels")
    assert fits.data == {"fix": "safe"}
    unfit = _finding("Indien noodzakelijk nemen wij contact op.", "indien")
    assert not unfit.data
