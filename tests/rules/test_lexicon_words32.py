"""Words of study words32 (issue 18, task words44b; bench/quality/real/RESULTS.md): *eventueel* (an adverb, and the
'if any' before an adjective or participle), *integreren*, *introduceren*, *een zevental* ... *een honderdtal*,
*potentie* and *in potentie*, *complexiteit*, *zo optimaal mogelijk*, *een relatie hebben/kennen met*,
*consolideren*, *consoliderend* and *consolidatie*, with the advice the editors' reasons asked for. The shapes the
editors judged wrong or the draw left out stay silent: a person's bond with a firm, the consolidated text of a
regulation, the m.e.r. criterion, a team (*het eerste elftal*), the plural *tientallen*. Sentences written for the
test."""

from __future__ import annotations

import pytest
from suggestion_checks import one_offer, study_words_found
from suggestion_checks import word_list_offers as found

NEW_TERMS = (
    "eventueel", "integre", "ntegre", "introduc", "ntroduc", "tal", "potentie", "complexiteit", "optimaal",
    "relatie", "consolid",
)  # fmt: skip


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # eventueel as an adverb: main and subordinate clause, first word; before a noun that is an extra on offer
        ("Het college kan eventueel in de broedtijd laten werken.", "BT106", "eventueel", "zo nodig"),
        ("Wij weten dat het waterschap eventueel meedoet.", "BT106", "eventueel", "zo nodig"),
        ("Eventueel kan in de broedtijd worden gewerkt.", "BT106", "Eventueel", "zo nodig"),
        ("U stuurt het formulier, met eventueel een foto.", "BT106", "eventueel", "zo nodig"),
        # eventueel before an inflected adjective or participle of a noun, or after an article: 'if any'
        ("Wij beschermen de eventueel aanwezige dieren.", "BT106", "eventueel", "die er misschien zijn"),
        ("De eventueel vrijkomende grond blijft in het gebied.", "BT106", "eventueel", "die er misschien zijn"),
        ("Bij eventueel toekomstige werken letten wij op de bomen.", "BT106", "eventueel", "misschien"),
        ("Een eventueel tekort betaalt de gemeente.", "BT106", "eventueel", "die er misschien zijn"),
        # the parse's modifier of a noun it tags as a verb
        ("Wij houden rekening met de geur van eventueel aanwezige veehouderijbedrijven.", "BT106", "eventueel",
         "die er misschien zijn"),
        # integreren: main and subordinate clause, participle, te-infinitive, the verb as a noun
        ("De provincie integreert haar beleid voor wegen en water.", "BT101", "integreert", "opnemen in"),
        ("Wij weten dat de gemeente de twee plannen integreert.", "BT101", "integreert", "opnemen in"),
        ("De bomen zijn geïntegreerd in het ontwerp.", "BT101", "geïntegreerd", "opnemen in"),
        ("Wij proberen de wensen te integreren in het plan.", "BT101", "integreren", "opnemen in"),
        ("Het integreren van de twee wetten kost tijd.", "BT101", "integreren", "opnemen in"),
        # the participle inflected before its noun: 'samenhangend'
        ("De gemeente kiest voor een geïntegreerde aanpak.", "BT101", "geïntegreerde", "samenhangend"),
        # introduceren: main clause past, participle, subordinate clause
        ("De minister introduceerde in 2012 een nieuwe regel.", "BT101", "introduceerde", "invoeren"),
        ("In de nota is een nieuwe ladder geïntroduceerd.", "BT101", "geïntroduceerd", "invoeren"),
        ("Wij weten dat de provincie een nieuwe regel introduceert.", "BT101", "introduceert", "invoeren"),
        # een zevental ... een honderdtal: the number, with its article; 'ongeveer' with a round number
        ("De nota bestaat uit een zevental hoofdstukken.", "BT104", "een zevental", "zeven"),
        ("De ambities zijn uitgewerkt in een achttal sporen.", "BT104", "een achttal", "acht"),
        ("Het gaat om een kleine camping met een tiental standplaatsen.", "BT104", "een tiental", "ongeveer tien"),
        ("De wet beschermt ook een honderdtal planten.", "BT104", "een honderdtal", "ongeveer honderd"),
        # potentie: singular, plural
        ("De locatie heeft potentie voor een mooi woonmilieu.", "BT102", "potentie", "kansen"),
        ("Wij benutten de potenties van het gebied.", "BT102", "potenties", "kansen"),
        # in potentie: advice (new33: 'de kracht die het in potentie heeft' is not what it 'mogelijk heeft')
        ("Het plangebied is in potentie geschikt voor vleermuizen.", "BT102", "in potentie", "'mogelijk'"),
        ("In potentie loopt het bedrag nog op.", "BT102", "In potentie", "'mogelijk'"),
        # complexiteit
        ("De complexiteit van het gebied vraagt om keuzes.", "BT101", "complexiteit", "ingewikkeld"),
        # zo optimaal mogelijk: 'zo goed mogelijk' in the form of its place (with the -e before a noun)
        ("De gemeente wil het afval zo optimaal mogelijk hergebruiken.", "BT104", "zo optimaal mogelijk",
         "zo goed mogelijk"),
        ("Het beleid zorgt voor een zo optimaal mogelijke leefomgeving.", "BT104", "zo optimaal mogelijke",
         "zo goed mogelijke"),
        # een relatie hebben/kennen met: main and subordinate clause; with 'geen': 'staat los van'
        ("Het dorp heeft een duidelijke relatie met het buitengebied.", "BT104",
         "heeft een duidelijke relatie met", "hangt samen met"),
        ("Wij weten dat de polder een relatie heeft met de weilanden.", "BT104", "een relatie heeft met",
         "hangt samen met"),
        ("Het plan heeft geen relatie met het nationale beleid.", "BT104", "heeft geen relatie met",
         "staat los van"),
        ("Het plan kent een sterke relatie met het provinciale beleid.", "BT104", "kent een sterke relatie met",
         "hangt samen met"),
        # consolideren: the verb, the present participle (an adjective of its own), the noun
        ("Het plan is gericht op het consolideren van de bestaande situatie.", "BT102", "consolideren",
         "vastleggen wat er is"),
        ("Het gaat om een consoliderend bestemmingsplan.", "BT102", "consoliderend", "vastleggen wat er is"),
        ("In dit consoliderende bestemmingsplan komen geen woningen bij.", "BT102", "consoliderende",
         "vastleggen wat er is"),
        ("Het beleid is gericht op consolidatie van de historische kern.", "BT102", "consolidatie", "behoud"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_plain_offer(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text",
    [
        "Het huis mag één woning tellen, met eventueel kleinere functies ernaast.",  # optional: say what may
        "U stuurt het formulier, met eventueel een foto.",
    ],
)
def test_eventueel_with_an_extra_on_offer_advises_what_may(text):
    """*met eventueel een foto*, *met eventueel kleinere functies*: leaving it out makes the extra a duty; the
    advice names what may, whichever sense the parse gives."""
    findings = [f for r, f, _ in found(text) if r == "BT106"]
    assert findings == ["eventueel"]
    from beleidstaal import check_text
    from beleidstaal.config import Config

    (hit,) = [f for f in check_text(text, config=Config(min_severity="info")) if f.term == "eventueel"]
    assert any("wat er mag" in a for a in hit.advice)


@pytest.mark.parametrize(
    "text",
    [
        "Een tiental woningen wordt gesloopt.",  # the parse hangs the count word on its noun
        "Er is een tiental woningen gebouwd.",  # the parse reads the noun as an object
        # the listed count words of before this round too; the parse puts the copula on the noun
        "Onder deze hoofdbelangen valt een viertal onderliggende belangen.",
    ],
)
def test_a_count_word_in_the_subject_of_a_singular_verb_is_advice(text):
    """*een tiental woningen wordt*: 'ongeveer tien woningen wordt' breaks the agreement; the writer rewrites."""
    from beleidstaal import check_text
    from beleidstaal.config import Config

    (hit,) = [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == "BT104"]
    assert not hit.suggestions
    assert any("Herschrijf" in a for a in hit.advice)


def test_al_dan_niet_no_longer_offers_eventueel():
    """*eventueel* is listed itself now: the advice of *al dan niet* does not offer it."""
    text_found, offered = one_offer("De woning mag al dan niet met een praktijk worden gebruikt.", "BT106")
    assert text_found == "al dan niet"
    assert "eventueel" not in offered


@pytest.mark.parametrize(
    "text",
    [
        # a person's or a firm's bond with someone: the editors of words32 (the parse's subject is a person)
        "De bewoner van de oude woning heeft geen relatie met het bedrijf.",
        "Hij heeft een goede relatie met de buren.",
        "Het bedrijf heeft al jaren een relatie met de school.",
        # another phrase, not studied
        "Het plan staat in relatie met het provinciale beleid.",
        # the consolidated text of a regulation (the participle)
        "Op 1 maart is de geconsolideerde versie van de verordening in werking getreden.",
        "Op 1 januari 2017 is het besluit geconsolideerd.",
        # the m.e.r. criterion of annex III of the directive
        "Bij de toets gaat het om de orde van grootte en de complexiteit van het effect.",
        # a team, the plural 'tens of', a count word without article
        "Het eerste elftal speelt op het hoofdveld.",
        "Bij tientallen opgravingen is dat gebleken.",
        "De verkeersintensiteiten zijn afgerond op honderdtallen.",
        # other words
        "De potentiële kopers krijgen een brief.",
        "Het probleem is complex.",
        "Deze route is zo goed mogelijk.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)
