"""Who speaks in a list after a lead-in (issue #24, task copy32): a list that applies a law or policy to this plan
(*In het plangebied ...*) is the writer's, not the law's text; the requirements that an ordinance's rule announces
with a colon are the rule's text. The Dutch text is written for these tests."""

from __future__ import annotations

from test_copy_law import policy_blocks

MER_LEAD = (
    "Om te weten of een m.e.r.-beoordeling nodig is, moet worden nagegaan (1) of de drempelwaarden uit onderdeel D "
    "van het Besluit m.e.r. worden overschreden, (2) of er een gevoelig gebied in de buurt ligt en (3) of er "
    "nadelige gevolgen voor het milieu zijn."
)
APPLIED = [
    "1. In het plangebied komen twee nieuwe woningen. De drempelwaarden worden dus niet overschreden.",
    "2. Het plangebied ligt niet in of bij een gevoelig gebied.",
]
CRITERIA = [
    "1. De kenmerken van de activiteit, zoals de omvang en het gebruik van grond en water.",
    "2. De plaats van de activiteit, zoals de kwetsbaarheid van het gebied.",
]


def _section(heading: str, *paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Het plan gaat over twee woningen aan de Molenweg.\n\n## {heading}\n\n{body}\n"


def test_a_list_that_applies_the_decree_to_the_plan_is_the_writers():
    blocks = policy_blocks(_section("Milieueffectrapportage", MER_LEAD, *APPLIED))
    assert not [text for kind, text in blocks if "plangebied" in text], blocks


def test_a_list_of_the_decrees_criteria_stays_its_text():
    """Guard: the same lead-in before items that state the decree's criteria, not the plan's facts."""
    blocks = policy_blocks(_section("Milieueffectrapportage", MER_LEAD, *CRITERIA))
    quoted = " ".join(text for kind, text in blocks if kind == "beleid")
    assert "kenmerken van de activiteit" in quoted and "kwetsbaarheid van het gebied" in quoted, blocks


def test_a_quoted_list_ends_where_the_writer_applies_it_to_the_plan():
    lead = "In de Parkeernota 2020 staan de volgende uitgangspunten:"
    items = [
        "- Parkeren gebeurt zoveel mogelijk op eigen terrein.",
        "- Voor een woning geldt een norm van 1,5 parkeerplaats.",
        "- Het plangebied ligt in de schil rond het centrum; daar geldt een norm van 1,2.",
    ]
    blocks = policy_blocks(_section("Parkeren", lead, *items))
    quoted = " ".join(text for kind, text in blocks if kind == "beleid")
    assert "eigen terrein" in quoted and "1,5 parkeerplaats" in quoted, blocks
    assert "plangebied" not in quoted, blocks


RULE_LEAD = "Een bestemmingsplan dat een nieuwe woonwijk mogelijk maakt, voldoet aan de volgende eisen:"
REQUIREMENTS = [
    "- de toelichting beschrijft de behoefte aan woningen in de regio;",
    "- de woonwijk sluit aan op bestaand stedelijk gebied.",
]


def test_the_requirements_a_rule_announces_are_the_rules_text():
    blocks = policy_blocks(_section("Omgevingsverordening Zeeland", RULE_LEAD, *REQUIREMENTS))
    ruled = " ".join(text for kind, text in blocks if kind == "regel")
    assert RULE_LEAD in ruled, blocks
    assert "behoefte aan woningen" in ruled and "bestaand stedelijk gebied" in ruled, blocks


def test_a_rules_requirements_end_where_the_plan_is_checked():
    """Guard: items that check the plan against the rule are the writer's, after the rule's own items."""
    checked = "- het plangebied ligt binnen bestaand stedelijk gebied, zodat aan deze eis is voldaan."
    blocks = policy_blocks(_section("Omgevingsverordening Zeeland", RULE_LEAD, *REQUIREMENTS, checked))
    ruled = " ".join(text for kind, text in blocks if kind == "regel")
    assert "behoefte aan woningen" in ruled and "plangebied" not in ruled, blocks


ARTICLE_TEXT = (
    "Een bestemmingsplan dat betrekking heeft op gronden buiten bestaand stedelijk gebied, maakt geen nieuwe "
    "woningen mogelijk."
)


def test_the_text_under_an_article_heading_ends_where_it_speaks_of_the_plan():
    applied = "Het plangebied ligt buiten bestaand stedelijk gebied. Er komen geen nieuwe woningen bij."
    blocks = policy_blocks(_section("Wonen in het buitengebied (artikel 3.4)", ARTICLE_TEXT, applied))
    quoted = " ".join(text for kind, text in blocks if kind == "kop")
    assert ARTICLE_TEXT in quoted and "plangebied" not in quoted, blocks


def test_an_article_heading_over_the_writers_application_quotes_nothing():
    applied = "Het plangebied ligt buiten bestaand stedelijk gebied. Er komen geen nieuwe woningen bij."
    blocks = policy_blocks(_section("Wonen in het buitengebied (artikel 3.4)", applied, ARTICLE_TEXT))
    assert not [text for kind, text in blocks if kind == "kop"], blocks


def test_a_footnoted_report_of_research_is_no_policy_source():
    research = (
        "In het kader van de Wet natuurbescherming is een quickscan flora en fauna uitgevoerd[^1]. In de quickscan "
        "staat welke dieren er leven."
    )
    blocks = policy_blocks(_section("Flora en fauna", research, "Er zijn geen beschermde soorten gevonden."))
    assert not [text for kind, text in blocks if kind == "bron"], blocks


def test_a_footnoted_policy_text_is_still_a_source():
    """Guard: the footnote after the name of a vision gives the source of what follows."""
    policy = (
        "In de Structuurvisie Infrastructuur en Ruimte[^1] staan de plannen van het Rijk voor ruimte en "
        "mobiliteit. Het Rijk kiest voor een aanpak die de regio's meer ruimte geeft."
    )
    blocks = policy_blocks(_section("Rijksbeleid", policy))
    assert [text for kind, text in blocks if kind == "bron"], blocks


def test_a_quoted_rule_that_names_the_plangebied_stays_quoted():
    """Guard: a zoning plan's own rule names its *plangebied* and says what must be done there; quoted after its
    lead-in it is still quoted text, not the writer's application."""
    lead = "In artikel 5.2 van het geldende bestemmingsplan is het volgende bepaald:"
    items = [
        "- binnen het plangebied moeten ten minste twintig parkeerplaatsen worden aangelegd;",
        "- de parkeerplaatsen liggen op eigen terrein.",
    ]
    blocks = policy_blocks(_section("Parkeren", lead, *items))
    quoted = " ".join(text for kind, text in blocks)
    assert "twintig parkeerplaatsen" in quoted and "eigen terrein" in quoted, blocks


def test_an_articles_text_that_prescribes_for_the_plangebied_stays_quoted():
    """Guard: under a heading naming the article, its text says what must be done in the plangebied."""
    rule = "Binnen het plangebied moeten ten minste twintig parkeerplaatsen worden aangelegd."
    blocks = policy_blocks(_section("Parkeren (artikel 5.2)", rule, ARTICLE_TEXT))
    quoted = " ".join(text for kind, text in blocks if kind == "kop")
    assert rule in quoted and ARTICLE_TEXT in quoted, blocks


def test_the_writers_assessment_under_a_numbered_section_is_no_articles_text():
    """A numbered section of the plan in lower case (*5.1.1 beoordeling*) looks like an article's heading, but
    under a word of assessment the text is the writer's own."""
    own = (
        "Voor de bouw van de woningen hoeft de gemeente geen kosten te maken. De kosten komen voor rekening van de "
        "eigenaar van de grond."
    )
    blocks = policy_blocks(_section("5.1.1 beoordeling", own))
    assert not [text for kind, text in blocks if "kosten" in text], blocks


def test_a_numbered_section_that_holds_a_rule_is_still_its_text():
    """Guard: a numbered section in lower case that names no assessment keeps its text quoted."""
    blocks = policy_blocks(_section("3.1.6 ladder voor duurzame verstedelijking", ARTICLE_TEXT))
    assert [text for kind, text in blocks if kind == "kop"], blocks


# Review (task copy32): the edges of the four changes, on sentences written for these tests.

import pytest  # noqa: E402


@pytest.mark.parametrize(
    "heading", ["Artikel 2.8 Passende beoordeling", "Art. 4.3 Toetsing", "Artikel 5.1.1 Beoordeling"]
)
def test_an_articles_heading_with_a_word_of_assessment_keeps_its_text_quoted(heading):
    """A law's article can be named *Beoordeling* or *Toetsing*: only a numbered section in lower case under such a
    word is the writer's, not the heading that names the article."""
    law = "Gedeputeerde Staten beoordelen de aanvraag aan de hand van de doelen van deze verordening."
    blocks = policy_blocks(_section(heading, law))
    assert [text for kind, text in blocks if kind == "kop" and law in text], blocks


@pytest.mark.parametrize(
    "rule",
    [
        "Binnen het plangebied zijn ten hoogste twintig woningen toegestaan.",
        "In het plangebied is het verboden gronden te gebruiken voor de opslag van goederen.",
        "Gestapelde woningen aan de oostzijde van het plangebied springen minimaal 3 meter naar voren.",
    ],
)
def test_a_quoted_zoning_rule_that_allows_forbids_or_measures_in_the_plangebied_stays_quoted(rule):
    """A plan's rule names its plangebied and says what is allowed there, what is forbidden or how much: not the
    writer's application, even without *moet* or *mag*."""
    blocks = policy_blocks(_section("Parkeren (artikel 5.2)", rule, ARTICLE_TEXT))
    quoted = " ".join(text for kind, text in blocks if kind == "kop")
    assert rule in quoted and ARTICLE_TEXT in quoted, blocks


def test_an_ordinances_requirement_about_any_plans_plangebied_stays_the_rules_text():
    """An ordinance speaks of every plan's area (*een bestemmingsplan ... van het plangebied*): that item is the
    rule's, and so are the items after it."""
    items = [
        "- de toelichting beschrijft de behoefte aan woningen in de regio;",
        "- een bestemmingsplan voorziet in een landschappelijke inpassing van het plangebied;",
        "- de woonwijk sluit aan op bestaand stedelijk gebied.",
    ]
    blocks = policy_blocks(_section("Omgevingsverordening Zeeland", RULE_LEAD, *items))
    ruled = " ".join(text for kind, text in blocks if kind == "regel")
    assert "landschappelijke inpassing" in ruled and "bestaand stedelijk gebied" in ruled, blocks


def test_the_writers_conclusion_about_the_plangebied_still_ends_the_articles_text():
    """Guard: deeper in the writer's sentence, without a plan of any kind, *het plangebied* is still the plan's."""
    own = "Gelet op de bebouwing rondom het plangebied kan worden geconcludeerd dat de woningen passend zijn."
    blocks = policy_blocks(_section("Wonen in het buitengebied (artikel 3.4)", ARTICLE_TEXT, own))
    quoted = " ".join(text for kind, text in blocks if kind == "kop")
    assert ARTICLE_TEXT in quoted and "geconcludeerd" not in quoted, blocks


@pytest.mark.parametrize(
    "first",
    [
        "In de Structuurvisie Infrastructuur en Ruimte[^1] staat dat bij nieuwe ontwikkelingen onderzoek naar de "
        "ruimtelijke kwaliteit nodig is.",
        "In de Omgevingsvisie Gelderland[^1] zijn de conclusies van de Woonagenda opgenomen.",
    ],
)
def test_a_footnoted_policy_text_that_speaks_of_research_is_still_a_source(first):
    """The vision asks for research or takes over conclusions: the footnote after its name still gives the source."""
    policy = f"{first} Het Rijk kiest voor een aanpak die de regio's meer ruimte geeft."
    blocks = policy_blocks(_section("Rijksbeleid", policy, "[^1]: Ministerie, Structuurvisie, 2012."))
    assert [text for kind, text in blocks if kind == "bron"], blocks


def test_research_carried_out_under_a_footnoted_law_is_no_policy_source():
    """Guard: the footnote names the decree the research was done for; the text is the writer's report of it."""
    research = (
        "In het kader van het Besluit bodemkwaliteit[^1] is een verkennend bodemonderzoek uitgevoerd. De grond is "
        "schoon."
    )
    blocks = policy_blocks(_section("Bodem", research, "[^1]: Besluit van 22 november 2007, Stb. 2007, 469."))
    assert not [text for kind, text in blocks if kind == "bron"], blocks


def test_a_footnotes_own_text_glued_to_a_list_item_is_no_footnote_marker():
    """A PDF conversion glues a footnote's text (*<sup>6</sup> Gemeente ..., Woonvisie*) to the item above it: the
    number opens the footnote's line and marks no source in the item."""
    item = "- activiteiten met gevaarlijke stoffen in inrichtingen (Bevi);\n<sup>6</sup> Gemeente Molenstad, Woonvisie 2020"
    own = "Voor het plan is gekeken naar de risico's van gevaarlijke stoffen. Er liggen geen risicobronnen in de buurt."
    blocks = policy_blocks(_section("Externe veiligheid", item, own))
    assert not [text for kind, text in blocks if kind == "bron"], blocks


def test_a_rule_that_states_its_requirement_after_the_colon_takes_no_list_after_it():
    """The rule says all it requires after its colon; the item after the paragraph is the writer's."""
    rule = (
        "Een bestemmingsplan kan uitsluitend voorzien in nieuwe woningen als aan de volgende eis is voldaan: de "
        "woningen liggen in bestaand stedelijk gebied."
    )
    blocks = policy_blocks(_section("Omgevingsverordening Zeeland", rule, "- Ons plan voldoet aan deze eis."))
    assert not [text for kind, text in blocks if "Ons plan" in text], blocks


@pytest.mark.parametrize(
    ("heading", "lead", "own_text"),
    [
        (
            "Omgevingsverordening",
            "In de Omgevingsverordening staat het volgende:\n\n- Gedeputeerde Staten stellen regels voor nieuwe woningen.",
            "- De onderhavige verordening geldt voor het hele grondgebied van de provincie.",
        ),
        (
            "Ladder (artikel 3.1.6)",
            "De toelichting bij een bestemmingsplan bevat een beschrijving van de behoefte.",
            "In het onderhavige artikel wordt met behoefte de regionale behoefte bedoeld.",
        ),
    ],
)
def test_a_law_that_names_its_own_text_onderhavig_stays_quoted(heading, lead, own_text):
    """*De onderhavige verordening*, *het onderhavige artikel*: the law points at itself, not at the plan."""
    blocks = policy_blocks(_section(heading, lead, own_text))
    quoted = " ".join(text for kind, text in blocks)
    assert own_text.lstrip("- ") in quoted, blocks
