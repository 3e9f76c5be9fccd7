"""Thirty-second round, task nomin47 (BT202, BT201): support-verb findings that an editor rejects, by cause (issue 16).

- A plural noun counts several things (*talloze beslissingen nemen*): the word and its determiner say it is plural,
  where the tagger calls it singular (``number.noun_plural`` in the guard ``unless_plural``).
- An adjective is never the object of *maken*: where the parse calls one so, it is the result the verb brings about
  (*maken wij de analyse van de metingen openbaar*), and the noun is the object of *beschikbaar maken*, not of a support verb.
- A participle with the *-e* of an adjective that no past tense of its verb spells the same way (*verrichte*; the
  past tense is *verrichtte*) describes the noun right after it: *het door het bureau verrichte onderzoek* is a noun
  phrase (a tang), not a clause in which someone does research with a weak verb.
- *richting geven aan* is the ordinary Dutch for what a vision or a principle does to plans (it guides them);
  *sturen* says more, and no single verb says the same: no entry.
- Two terms of the law: *geen afbreuk doen aan de gunstige staat van instandhouding* (the test for an exemption of
  the nature law) and *een verzoek om (een) voorlopige voorziening* (the step of the Awb by its name).
- BT201: *ter* with an adjective before the noun (*ter verdere bescherming van*) is no fixed verb such as *ter
  inzage leggen*: the verb the message names is *beschermen*.

Every sentence here is written for the test; each silent one gave a finding before the change, each finding that
stays holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

SUPPORT = Config(select=("BT202",), min_severity="info")
NOMIN = Config(select=("BT201",), min_severity="info")


def spans(text: str, config: Config = SUPPORT) -> list[str]:
    return [text[f.offset : f.end_offset] for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text",
    [
        # a plural the tagger calls singular
        "In elk project worden talloze beslissingen genomen.",
        # the result of the verb, read as its object
        "Volgende week maken wij de analyse van de metingen openbaar.",
        # an inflected participle inside the noun phrase, after a noun
        "De raad kijkt naar de uitkomsten van het in opdracht van de Wet geluidhinder verrichte onderzoek.",
        # the ordinary phrase for what a vision does
        "De nieuwe visie geeft richting aan de plannen voor de wijk.",
        "Drie principes geven richting aan de keuzes van de gemeente.",
        # the test of the nature law for an exemption
        "Een ontheffing kan alleen als de ingreep geen afbreuk doet aan de gunstige staat van instandhouding van de das.",
        # the step of the Awb by its name, active and passive
        "Het plan geldt direct, tenzij binnen zes weken een verzoek om een voorlopige voorziening wordt ingediend.",
        "Het plan geldt direct, tenzij binnen zes weken een verzoek om voorlopige voorziening is ingediend bij de rechter.",
    ],
)
def test_not_a_support_verb_to_replace(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De raad neemt volgende week een beslissing over de school.", "neemt volgende week een beslissing"),
        ("De gemeente verleende medewerking aan het plan.", "verleende medewerking"),
        ("Het bureau heeft onderzoek verricht naar de bodem.", "onderzoek verricht"),
        ("Het bureau maakt een analyse van de cijfers.", "maakt een analyse"),
        ("De nieuwe schuur doet geen afbreuk aan het dorpsgezicht.", "doet geen afbreuk aan"),
        ("U kunt een verzoek indienen bij de gemeente.", "een verzoek indienen"),
    ],
)
def test_the_support_verb_stays_reported(text, span):
    assert spans(text) == [span]


def test_ter_with_an_adjective_names_the_plain_verb():
    text = "Ter verdere bescherming van de bomen is bouwen binnen vijf meter van de stam niet toegestaan."
    messages = [f.message for f in check_text(text, config=NOMIN)]
    assert len(messages) == 1
    assert "het werkwoord 'beschermen'" in messages[0]


def test_ter_with_a_fixed_noun_keeps_its_verb():
    text = "Na de ter inzage legging van het ontwerp kan iedereen een zienswijze geven."
    messages = [f.message for f in check_text(text, config=NOMIN)]
    assert len(messages) == 1
    assert "het werkwoord 'ter inzage leggen'" in messages[0]
