"""Thirty-third round, task nomin48 (BT201): nominalisations the annotated sets mark and the tool misses, by cause
(issue 18).

Detector errors (the detector never saw the noun of action), mended as statements about Dutch:

- *het* and *dit* never stand before a plural: an infinitive in *-en* right after them is a nominal infinitive,
  whatever number the tagger gives it (*het koppelen van de gegevens*, *het neerzetten van een bord*).
- An adverb or adjective between *het* and the infinitive describes the act, as it would describe the verb, and the
  article still makes the infinitive a noun: *het (tijdelijk) bergen van regenwater* (*regenwater tijdelijk bergen*),
  *het volledig vastleggen van*, *het mogelijk maken van* (*aanpassingen mogelijk maken*).

Two guard classes narrowed, kept on the dev sheet's verdicts (32 of 33 rows judged right by two editors, blind):

- A noun of action that is the content of a noun of possibility, power, duty or decision (*de mogelijkheid tot het
  bouwen van*, *de bevoegdheid voor het verlenen van*, *de plicht tot*, *er is sprake van*) neither describes that
  noun (``of_noun``) nor names a purpose (``bij_voor``): it is what may, must or does happen.
- After a compound preposition (*op grond van*, *als gevolg van*, *ten aanzien van*) the noun of action stands in
  the clause, whatever noun of the group the parser hangs it on.

Every sentence here is written for the test; each finding fails on main, each silent case holds before and after."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

NOMIN = Config(select=("BT201",), min_severity="info")


def findings(text: str):
    return [(text[f.offset : f.end_offset], f) for f in check_text(text, config=NOMIN)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a nominal infinitive the tagger calls a plural noun
        (
            "Het koppelen van de gegevens kost de afdeling elke maand veel tijd.",
            "Het koppelen van de gegevens",
        ),
        (
            "Voor de markt is het neerzetten van een kraam op de stoep niet toegestaan.",
            "het neerzetten van een kraam",
        ),
        # an adverb or adjective between the article and the infinitive
        (
            "Het (tijdelijk) bergen van regenwater vraagt ruimte in de wijk.",
            "Het (tijdelijk) bergen van regenwater",
        ),
        (
            "Het volledig vastleggen van alle afspraken kost de ambtenaren te veel tijd.",
            "Het volledig vastleggen van alle afspraken",
        ),
        (
            "Het mogelijk maken van kleine aanpassingen is het doel van deze regel.",
            "Het mogelijk maken van kleine aanpassingen",
        ),
    ],
)
def test_nominal_infinitive_seen(text, span):
    assert any(s.startswith(span) for s, _ in findings(text))


def test_the_example_keeps_the_adverb():
    text = "Het (tijdelijk) bergen van regenwater vraagt ruimte in de wijk."
    [(_, finding)] = findings(text)
    assert "regenwater (tijdelijk) bergen" in " ".join(finding.advice)


def test_the_example_keeps_the_predicate():
    text = "Het mogelijk maken van kleine aanpassingen is het doel van deze regel."
    [(_, finding)] = findings(text)
    assert "kleine aanpassingen mogelijk maken" in " ".join(finding.advice)


@pytest.mark.parametrize(
    "text",
    [
        # *het* as the subject, not the article of the infinitive
        "Daarom vinden wij het prettig wonen in deze straat.",
        # a plural noun after *de*: a thing, not an act
        "De afvoeren van de polders lopen naar de boezem.",
        # an infinitive of its own (nomin30): the origin, not an act
        "Het ontstaan van de stad hangt samen met de rivier.",
    ],
)
def test_no_nominal_infinitive(text):
    assert findings(text) == []


def test_inflected_adjective_makes_a_plain_noun():
    # *het streven* with an inflected adjective: the aim, a noun of its own (an adverb has no -e)
    assert findings("Het gemeentelijke streven van vijftig woningen per jaar blijft staan.") == []


# --- the guard classes narrowed on the dev sheet's verdicts (of_noun, bij_voor; ``nominal_heads``) ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the content of a noun of possibility, power, duty or decision
        (
            "Het nieuwe plan biedt de mogelijkheid tot het bouwen van twintig woningen.",
            "het bouwen van twintig woningen",
        ),
        (
            "De bevoegdheid voor het verlenen van vergunningen ligt bij het college.",
            "het verlenen van vergunningen",
        ),
        ("Bij dit project is geen sprake van het dempen van sloten.", "het dempen van sloten"),
        ("De wet geeft de gemeente de plicht tot het opstellen van een plan.", "het opstellen van een plan"),
        # after a compound preposition the parser hangs on its noun
        (
            "Op grond van de beoordeling van het rapport neemt de raad een besluit.",
            "de beoordeling van het rapport",
        ),
    ],
)
def test_act_that_describes_no_noun(text, span):
    assert any(s.startswith(span) for s, _ in findings(text))


@pytest.mark.parametrize(
    "text",
    [
        # a purpose after *voor het*, and rules about a topic: left alone as before
        "Voor het bouwen van een schuur heeft u een vergunning nodig.",
        "Er gelden strenge regels voor het bouwen van schuren.",
        # a noun that describes another noun
        "De medewerkers hebben veel kennis over het reguleren van verkeer.",
    ],
)
def test_act_that_describes_a_noun_or_a_purpose(text):
    assert findings(text) == []


def test_purpose_with_an_adverb_before_the_infinitive():
    # *voor het* stays a purpose (``bij_voor``) with an adverb between the article and the infinitive
    assert (
        findings(
            "Er is een vergunning nodig voor het zodanig verbouwen van een pand dat er twee woningen ontstaan."
        )
        == []
    )


def test_term_of_art_in_the_clause_of_a_modal_noun():
    # the NIBM test (nomin45) in quotation marks: the parse makes *bijdragen* a noun, the term stays a term
    text = "Het nieuwe pand zal 'niet in betekenende mate' bijdragen aan een verslechtering van de luchtkwaliteit."
    assert findings(text) == []


def test_the_plans_map_is_a_term_and_other_depictions_are_not():
    """*De verbeelding van het bestemmingsplan* is the plan's map (the Bro's name for it): nobody depicts anything.
    The noun in another sense keeps its finding (blind32, the lead)."""
    assert findings("Op de verbeelding van het bestemmingsplan staat de grens van het gebied.") == []
    assert findings("De figuur toont een uitsnede van de verbeelding van het vorige bestemmingsplan.") == []
    assert [
        span for span, _ in findings("De verbeelding van de toekomst van het dorp vraagt veel fantasie.")
    ] == ["De verbeelding van de toekomst van het dorp"]


def test_urbanisation_is_the_planning_notion():
    """*Verstedelijking* is the notion of the Ladder voor duurzame verstedelijking: a process of an area that nobody in
    the sentence performs (blind32, the lead); another noun of action in the same shape keeps its finding."""
    assert findings("Het beleid wil verstedelijking van het landelijke gebied tegengaan.") == []
    assert [
        span for span, _ in findings("Het beleid wil uitbreiding van het landelijke gebied tegengaan.")
    ] == ["uitbreiding van het landelijke gebied"]


def test_a_row_of_infinitives_keeps_the_adverb_after_its_article():
    """*Het tijdelijk opslaan en afvoeren van grond*: the adverb between the article and the first infinitive is a
    word of the phrase (in the finding's tokens), and the infinitive is a noun with its article all the same
    (``nominal_rows.nominal_infinitive``)."""
    from beleidstaal.language.nominal_rows import nominal_infinitive
    from beleidstaal.language.nominalisation import nominalisation_candidates
    from beleidstaal.nlp import get_analyser

    doc = get_analyser().parse(["Het tijdelijk opslaan en afvoeren van grond gebeurt op het terrein."])[0]
    (found,) = [c for sent in doc.sents for c in nominalisation_candidates(sent)]
    assert [t.text for t in found.tokens][:3] == ["Het", "tijdelijk", "opslaan"]
    assert nominal_infinitive(doc[2])
