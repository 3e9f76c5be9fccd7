"""Words of study words37 (issue 18, task words49b; bench/quality/real/RESULTS.md), all with advice: *zich voordoen*
('er zijn', 'ontstaan', 'gebeuren'), *vertalen in/naar* of policy (BT102: 'verwerken in', 'uitwerken in'; *vertaalt
zich in* is 'leidt tot'), *hierbinnen* ('hierin'; *daarbinnen* is not listed: judged right 5 of 10), *raakvlak* (BT102), *noemenswaardig*
('groot'; with *geen*: 'nauwelijks' without it; *het is noemenswaardig dat*, 'worth mentioning': 'belangrijk'), *ontlenen* ('komt uit',
'gebaseerd op'; *ontlenen ... dat*: 'opmaken uit'), *onwenselijk*, *zich lenen voor*, *normaliter*, *algeheel*. The
senses the study left out stay silent: *voordoen* and *lenen* without *zich*, a translation into a language, the
listed *doorvertalen*, a map's caption *Ontleend aan:*, and *hierbinnen* with the verb *passen* (*passen binnen* is
the verb's own preposition, decided by the parse). Words inside a quoted rule stay silent. Beside them the noun
*(het) bovenstaande*, a missed form of the listed *bovenstaand*. Sentences written for the test."""

from __future__ import annotations

import pytest
from quote_checks import ALL, quoted
from suggestion_checks import one_offer, one_term, study_words_found
from suggestion_checks import word_list_offers as found

from beleidstaal import check_text

NEW_TERMS = (
    "voordo",
    "voorgedaan",
    "doen zich",
    "doet zich",
    "deed zich",
    "vertaal",
    "binnen",
    "raakvlak",
    "noemenswaardig",
    "ontle",
    "onwenselijk",
    "leent",
    "lenen",
    "normaliter",
    "algehe",
    "bovenstaande",
)


@pytest.mark.parametrize(
    "text,rule,span,offer",
    [
        # zich voordoen: main clause with the particle, subordinate clause, perfect with a long middle field
        ("Er doen zich geen belemmeringen voor bij de bouw.", "BT101", "doen zich geen belemmeringen voor",
         "'er zijn'"),
        ("Wij weten dat zich hier geen problemen voordoen.", "BT101", "voordoen", "'er zijn'"),
        ("De ontwikkelingen die zich voordoen, zijn nog onbekend.", "BT101", "zich voordoen", "'ontstaan'"),
        ("Sindsdien hebben zich op de markt voor woningen de nodige ontwikkelingen voorgedaan.", "BT101",
         "voorgedaan", "'zijn ... gebeurd'"),
        ("Dit kan zich voordoen bij de bouw van woningen.", "BT101", "zich voordoen", "'gebeuren'"),
        # vertalen in / naar (BT102): participle, present tense with its object, subordinate clause, infinitive
        ("Het beleid voor erfgoed is vertaald in de regels van het plan.", "BT102", "vertaald in",
         "'verwerken in'"),
        ("De provincie vertaalt haar doelen naar regels voor de gemeenten.", "BT102",
         "vertaalt haar doelen naar", "'uitwerken in'"),
        ("Wij weten dat de ambitie is vertaald naar drie doelen.", "BT102", "vertaald naar", "'omzetten in'"),
        ("Het bureau gaat de kaart vertalen in een beleidskaart.", "BT102", "vertalen in", "'verwerken in'"),
        # hierbinnen: first in the sentence, inside it
        ("Hierbinnen heeft het perceel de bestemming Wonen.", "BT101", "Hierbinnen", "'hierin'"),
        ("Het plan gaat over water, met hierbinnen een plek voor de zuivering.", "BT101", "hierbinnen",
         "'hierin'"),
        # raakvlak (BT102): plural, singular
        ("Het plan heeft geen raakvlakken met het beleid van het Rijk.", "BT102", "raakvlakken",
         "'te maken hebben met'"),
        ("Hieruit blijkt het raakvlak tussen landschap en geschiedenis.", "BT102", "raakvlak", "'verband'"),
        # noemenswaardig: inflected before its noun, uninflected before a het-noun
        ("Er worden geen noemenswaardige effecten verwacht.", "BT101", "noemenswaardige", "'nauwelijks'"),
        ("In het gebied komt geen noemenswaardig water bij.", "BT101", "noemenswaardig", "'nauwelijks'"),
        # ontlenen: participle, present tense, subordinate clause
        ("De parkeernormen zijn ontleend aan een landelijke richtlijn.", "BT101", "ontleend", "'komt uit'"),
        ("De straat ontleent haar naam aan een oude boerderij.", "BT101", "ontleent", "'genoemd naar'"),
        ("Wij weten dat de regels zijn ontleend aan de wet.", "BT101", "ontleend", "'gebaseerd op'"),
        # onwenselijk: predicative, inflected before its noun
        ("Het is onwenselijk dat de bomen schade krijgen.", "BT101", "onwenselijk", "'ongewenst'"),
        ("Wij willen onwenselijke verbouwingen van de boerderij voorkomen.", "BT101", "onwenselijke",
         "'niet gewenst'"),
        # zich lenen voor: main clause, subordinate clause, plural
        ("Het buitengebied leent zich goed voor recreatie.", "BT101", "leent zich", "'geschikt zijn voor'"),
        ("Wij weten dat de grond zich daarvoor niet leent.", "BT101", "leent",
         "'geschikt zijn voor'"),
        ("Niet alle onderwerpen lenen zich voor een regel.", "BT101", "lenen zich", "'passen bij'"),
        # normaliter: first in the sentence, inside a subordinate clause
        ("Normaliter komt er één keer per maand een vrachtwagen.", "BT101", "Normaliter", "'normaal gesproken'"),
        ("Wij weten dat de bus normaliter om acht uur rijdt.", "BT101", "normaliter", "'meestal'"),
        # algeheel: inflected after an article, uninflected before a het-noun
        ("Voor deze bedrijven geldt een algehele vrijstelling.", "BT101", "algehele", "'volledig'"),
        ("Het algehele beeld in de gemeente is goed.", "BT101", "algehele", "'totaal'"),
        ("Er komt een algeheel verbod op vuurwerk.", "BT101", "algeheel", "'volledig'"),
        # the noun (het) bovenstaande: after a preposition, as the subject, without its article
        ("Uit het bovenstaande blijkt dat het plan uitvoerbaar is.", "BT101", "bovenstaande", "'dit'"),
        ("Uit bovenstaande blijkt dat het plan past.", "BT101", "bovenstaande", "'wat hierboven staat'"),
        ("Bovenstaande heeft geleid tot een nieuw plan.", "BT101", "Bovenstaande", "'dit'"),
        ("Op basis van bovenstaande is het plan uitvoerbaar.", "BT101", "bovenstaande", "'wat hierboven staat'"),
        ("Ondanks bovenstaande kiezen wij voor deze plek.", "BT101", "bovenstaande", "'dit'"),
    ],
)  # fmt: skip
def test_the_word_is_found_with_its_advice(text, rule, span, offer):
    text_found, offered = one_offer(text, rule)
    assert text_found == span
    assert offer in offered


@pytest.mark.parametrize(
    "text,term",
    [
        ("Er doen zich geen belemmeringen voor bij de bouw.", "zich voordoen"),
        ("Het beleid voor erfgoed is vertaald in de regels van het plan.", "vertalen in"),
        ("Hierbinnen heeft het perceel de bestemming Wonen.", "hierbinnen"),
        ("Het plan heeft geen raakvlakken met het beleid van het Rijk.", "raakvlak"),
        ("Er worden geen noemenswaardige effecten verwacht.", "noemenswaardig"),
        ("De parkeernormen zijn ontleend aan een landelijke richtlijn.", "ontlenen"),
        ("Het is onwenselijk dat de bomen schade krijgen.", "onwenselijk"),
        ("Het buitengebied leent zich goed voor recreatie.", "zich lenen"),
        ("Normaliter komt er één keer per maand een vrachtwagen.", "normaliter"),
        ("Voor deze bedrijven geldt een algehele vrijstelling.", "algeheel"),
        ("Uit het bovenstaande blijkt dat het plan uitvoerbaar is.", "bovenstaande"),
    ],
)
def test_advice_only_at_info_level(text, term):
    """The editors called every offer a hint: advice, never replacement text; a tip like the other stiff words."""
    finding = one_term(text, term)
    assert finding.suggestions == []
    assert finding.advice
    assert finding.severity == "info"


def test_noemenswaardig_with_its_clause_is_worth_mentioning():
    """*Het is noemenswaardig dat ...* means 'worth mentioning': 'belangrijk' or leave it out, not 'groot'; a degree
    with its clause of result (*zo groot dat*) keeps the usual advice."""
    finding = one_term("Ook is het noemenswaardig dat de raad het plan steunt.", "noemenswaardig")
    assert "'belangrijk'" in " ".join(finding.advice)
    assert "groot" not in finding.message
    other = one_term("Het effect is zo noemenswaardig dat wij het melden.", "noemenswaardig")
    assert "'groot'" in " ".join(other.advice)


def test_ontlenen_with_its_clause_is_opmaken_uit():
    """*Aan de tekening ontlenen wij dat ...* is 'opmaken uit', 'afleiden uit'; 'komt uit' is no Dutch there."""
    finding = one_term("Aan de tekening ontlenen wij dat er geen leidingen liggen.", "ontlenen")
    assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'opmaken uit' of 'afleiden uit'."]
    assert "komt uit" not in finding.message


def test_vertaalt_zich_in_is_leidt_tot():
    """*Dit vertaalt zich in ...* is 'leidt tot' or 'betekent', not 'verwerken in'."""
    finding = one_term("Het plan vertaalt zich in meer woningen.", "vertalen in")
    assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'leiden tot' of 'betekenen'."]
    assert "verwerken" not in finding.message


def test_the_listed_phrases_with_het_bovenstaande_keep_their_own_finding():
    """*Gezien het bovenstaande* and *op basis van het bovenstaande* are listed phrases (BT104, 'daarom'): one finding,
    not a second one on *bovenstaande*; before its noun the adjective keeps the listed advice ('hierboven')."""
    for text in (
        "Gezien het bovenstaande is er geen onderzoek nodig.",
        "Op basis van het bovenstaande kiezen wij.",
    ):
        assert [(r, a) for r, _, a in found(text)] == [
            ("BT104", "Kies wat hier past, bijvoorbeeld 'daarom' of 'dus'.")
        ]
    for text in (
        "Bovenstaande regels gelden ook voor garages.",
        "Het bovenstaande overzicht geeft de kosten.",
    ):
        assert [f.term for f in check_text(text, config=ALL) if "bovenstaand" in f.term] == ["bovenstaand"]
        finding = one_term(text, "bovenstaand")
        assert finding.advice == ["Kies wat hier past, bijvoorbeeld 'hierboven'."]


QUOTED = """# Natuur

Artikel 6 van de richtlijn luidt:

- er worden maatregelen getroffen om te waarborgen dat de algehele samenhang van het netwerk bewaard blijft;
- het project heeft geen noemenswaardige gevolgen voor het gebied.

Voor dit plan betekent dit dat zich geen problemen voordoen.
"""


def test_a_quoted_rule_stays_silent_and_the_writers_own_sentence_does_not():
    """Inside a quoted rule the words stay silent, the writer's own sentence after it is checked."""
    assert quoted(QUOTED, "algehele samenhang")
    terms = ("algeheel", "noemenswaardig", "zich voordoen")
    hits = [(f.term, f.line) for f in check_text(QUOTED, config=ALL) if f.term in terms]
    assert hits == [("zich voordoen", 8)]


@pytest.mark.parametrize(
    "text",
    [
        # voordoen and lenen without zich: other verbs
        "De docent doet de leerlingen voor hoe het moet.",
        "Hij deed het nog een keer voor.",
        "De gemeente leent geld bij de bank.",
        "Wij lenen de stoelen van de school.",
        # a translation into a language; the listed doorvertalen keeps its own finding
        "De folder is vertaald in het Engels.",
        "De brief is vertaald naar het Fries.",
        # hierbinnen with the verb passen: its own preposition
        "Zo is voor iedereen duidelijk of nieuwe plannen hierbinnen passen.",
        "De kaart laat zien of een initiatief hierbinnen past.",
        "Het nieuwe plan van de school past hierbinnen.",
        # daarbinnen is not listed (judged right 5 of 10): ordinary, precise Dutch
        "Het plan gaat over water, met daarbinnen een plek voor de zuivering.",
        "De ontwikkeling van de school is hierbinnen passend.",
        # the formulas of a disclaimer: rights derived from a document, measurements taken from a map
        "Aan deze visie kunnen geen rechten worden ontleend.",
        "Aan de kaart kunnen geen betrouwbare maten worden ontleend.",
        # a map's caption
        "Ontleend aan: kaart van de provincie.",
        # the plain words
        "Er zijn geen belemmeringen bij de bouw.",
        "Het beleid is verwerkt in de regels van het plan.",
        "Hierin heeft het perceel de bestemming Wonen.",
        "Het plan heeft niets te maken met het beleid van het Rijk.",
        "Er worden geen grote effecten verwacht.",
        "De parkeernormen komen uit een landelijke richtlijn.",
        "Het is ongewenst dat de bomen schade krijgen.",
        "Het buitengebied is geschikt voor recreatie.",
        "Normaal gesproken komt er één keer per maand een vrachtwagen.",
        "Voor deze bedrijven geldt een volledige vrijstelling.",
        "Uit wat hierboven staat blijkt dat het plan past.",
    ],
)
def test_ordinary_dutch_stays_silent(text):
    assert not study_words_found(text, NEW_TERMS), found(text)


def test_doorvertalen_keeps_its_own_finding():
    """*Door te vertalen* is the listed *doorvertalen*: one finding, not a second one of *vertalen naar*."""
    hits = [
        f.term
        for f in check_text("Door de visie door te vertalen naar de wijken wordt zij concreet.", config=ALL)
    ]
    assert hits.count("doorvertalen") == 1
    assert "vertalen naar" not in hits
    assert [f.term for f in check_text("Wij gaan de visie doorvertalen naar de wijken.", config=ALL)].count(
        "doorvertalen"
    ) == 1
