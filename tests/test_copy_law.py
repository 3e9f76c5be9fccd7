"""Quotations of law and policy without quotation marks (issue #24, task copylaw13): a vision's section that opens
with the date it was adopted, the province that speaks as *wij*, a vision's text around a quoted list, and the rules
that the Besluit ruimtelijke ordening prescribes word for word. The Dutch text is written for these tests."""

from __future__ import annotations

import pytest
from test_copy_kinds import kinds_of, markdown_copies, small_index
from test_copy_rule import UD

from beleidstaal.language.policy_quotes import prescribed_sentence
from beleidstaal.language.policy_voice import adoption_sentence
from beleidstaal.readers import document_from_text


def policy_blocks(markdown: str) -> list[tuple[str, str]]:
    from beleidstaal.language.policy_quotes import policy_quotations

    document = document_from_text(markdown, kind="markdown", path="NL.IMRO.0100.Haven-VG02.md")
    return [(b.kind, document.text[b.start : b.end].strip()) for b in policy_quotations(document)]


ADOPTED = "Op 3 maart 2019 hebben Provinciale Staten de Omgevingsvisie Zeeland vastgesteld."
WILL = "De provincie kiest er in de Omgevingsvisie voor om de dorpen leefbaar en bereikbaar te houden."
VISION = (
    "Kleine kernen houden een eigen school, een eigen winkel en een plek om te sporten. Nieuwe woningen komen eerst "
    "op plekken waar al gebouwd is."
)


@pytest.mark.parametrize(
    "section",
    [
        # the date the vision was adopted, then the province's own will: the province's text from its will on,
        # also in the next paragraph, where the province is not named
        f"{ADOPTED} {WILL}\n\n{VISION}",
        # the date in a paragraph of its own
        f"{ADOPTED}\n\n{WILL}\n\n{VISION}",
    ],
)
def test_a_visions_section_that_opens_with_its_adoption_is_the_provinces_text(section):
    blocks = policy_blocks(
        f"Het plan gaat over de boerderij aan de dijk.\n\n## Omgevingsvisie Zeeland\n\n{section}\n"
    )
    held = " ".join(text for kind, text in blocks if kind in ("overheid", "visie"))
    assert WILL in held and VISION in held, blocks
    assert not any(ADOPTED in text for kind, text in blocks if kind == "visie"), blocks


@pytest.mark.parametrize(
    "section",
    [
        # the writer's summary after the adoption: the vision named as the subject, or a body that only has
        f"{ADOPTED} De Omgevingsvisie houdt vast aan een ruim woonbeleid. {VISION}",
        f"{ADOPTED} De provincie beschikt over instrumenten voor haar doelen. {VISION}",
    ],
)
def test_an_adoption_does_not_make_the_writers_summary_a_visions_text(section):
    blocks = policy_blocks(
        f"Het plan gaat over de boerderij aan de dijk.\n\n## Omgevingsvisie Zeeland\n\n{section}\n"
    )
    assert not [text for kind, text in blocks if kind in ("overheid", "visie")], blocks


def test_adoption_sentence():
    assert adoption_sentence(ADOPTED)
    assert adoption_sentence("Nadien is de visie in 2021 geactualiseerd.")
    assert not adoption_sentence("Provinciale Staten hebben de Omgevingsvisie vastgesteld.")  # no year
    assert not adoption_sentence("In 2019 zijn er veertig woningen gebouwd.")


def test_the_province_speaking_as_wij_does_not_end_its_visions_text():
    """*Wij* and *onze* in a vision's text are the province's; *onze gemeente* is the writer's."""
    ours = "Wij beschermen onze landschappen en het water dat door onze provincie stroomt."
    own = "Voor onze gemeente betekent dit dat er weinig verandert."
    blocks = policy_blocks(
        f"Het plan gaat over de boerderij aan de dijk.\n\n## Omgevingsvisie Zeeland\n\n{VISION} {ours} {own}\n"
    )
    held = [text for kind, text in blocks if kind == "visie"]
    assert held == [f"{VISION} {ours}"], blocks


def test_a_visions_text_around_a_quoted_list_stays_the_visions():
    """A list quoted after its lead-in inside a vision's section takes the list; the section's sentences after it
    are still the vision's (they were dropped with the whole section)."""
    after = "Deze twee doelen versterken elkaar en vragen om goede wegen tussen de kernen."
    blocks = policy_blocks(
        "Het plan gaat over de boerderij aan de dijk.\n\n## Omgevingsvisie Zeeland\n\n"
        f"{WILL} Deze zijn:\n\n- sterke dorpen;\n- een open landschap.\n\n{after}\n"
    )
    assert ("overheid", after) in blocks or any(
        kind == "overheid" and after in text for kind, text in blocks
    ), blocks


RULE = (
    "Grond die eenmaal in aanmerking is genomen bij het toestaan van een bouwplan waaraan uitvoering is gegeven of "
    "alsnog kan worden gegeven, blijft bij de beoordeling van latere bouwplannen buiten beschouwing."
)


def test_prescribed_sentence():
    assert prescribed_sentence(RULE)
    assert prescribed_sentence(
        "Het gebruik van grond dat bestond op het tijdstip van inwerkingtreding van het plan en hiermee in strijd "
        "is, mag worden voortgezet."
    )
    # the writer's explanation of the rule names it, but not in its words
    assert not prescribed_sentence(
        "De antidubbeltelregel voorkomt dat grond twee keer meetelt bij een bouwplan."
    )


@pytest.fixture(scope="module")
def rule_index_four(tmp_path_factory):
    """The decree's rule in plans of four other organisations."""
    tmp = tmp_path_factory.mktemp("voorschrift4")
    plans = ["0200.Dorp", "0400.Akker", "0500.Beek", "0600.Veld"]
    return small_index(tmp, {f"NL.IMRO.{name}-VG01.txt": [RULE] for name in plans})


@pytest.mark.skipif(not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken")
def test_a_rule_the_decree_prescribes_word_for_word_is_a_citation_however_many_hold_it(rule_index_four):
    """The Bro's rule against counting land twice, as an article of the plan's rules, held by plans of four other
    organisations: the decree's text, a quotation, not template text."""
    draft = f"Het plan gaat over de boerderij aan de dijk.\n\n## Artikel 6 Antidubbeltelregel\n\n{RULE}\n"
    found = markdown_copies(draft, rule_index_four)
    assert kinds_of(found) == [("BT802", "citaat")], [(f.text, f.data) for f in found]


MISSION = "## Missie\n\n{before}\n\nDe kernkwaliteiten zijn:\n\n- rust en ruimte;\n- de eigen schaal van de dorpen;\n- veiligheid.\n"


def test_a_lead_in_of_its_own_after_a_sentence_naming_the_vision_introduces_its_list():
    """*De kernkwaliteiten zijn:* as a paragraph of its own, after a sentence that names the vision: the list is the
    vision's, as when the lead-in and that sentence stand in one paragraph."""
    blocks = policy_blocks(
        MISSION.format(before="De missie uit de Omgevingsvisie luidt: 'Een levendig Zeeland voor iedereen'.")
    )
    assert ("beleid", "rust en ruimte;\n\nde eigen schaal van de dorpen;\n\nveiligheid.") in blocks, blocks


def test_a_lead_in_of_its_own_after_the_writers_sentence_introduces_no_quotation():
    blocks = policy_blocks(MISSION.format(before="De gemeente heeft haar dorpen in kaart gebracht."))
    assert not [kind for kind, _ in blocks if kind == "beleid"], blocks


def test_a_colon_inside_brackets_that_give_a_law_its_short_name_is_no_lead_in():
    """*(hierna: Bevi)* gives the decree its short name: the words after the colon are the writer's sentence."""
    text = (
        "Op grond van de criteria uit het Besluit externe veiligheid inrichtingen (hierna: Bevi) kiest de gemeente "
        "de bedrijven die een groot risico geven. Daarbij gaat het vooral om grote fabrieken en opslagen."
    )
    blocks = policy_blocks(f"## Externe veiligheid\n\n{text}\n")
    assert not [kind for kind, _ in blocks if kind in ("beleid", "aankondiging")], blocks


def test_a_paragraph_in_a_governments_voice_that_ends_in_a_lead_in_is_the_writers():
    """A stock summary in which the state speaks (*Het Rijk kiest ...*) and that ends in the lead-in of the policy's
    goals: the list is the policy's, the summary around the lead-in stays the writer's (only a vision's section
    under its heading keeps its text around a quoted list)."""
    blocks = policy_blocks(
        "## Rijksbeleid\n\nIn de Structuurvisie staat het beleid van het Rijk voor de komende jaren. Het Rijk kiest "
        "voor minder regels en meer ruimte voor gemeenten. Tot 2028 zijn de ambities van het Rijk in drie doelen "
        "uitgewerkt:\n\n- sterke steden;\n- goede wegen;\n- een veilige omgeving.\n"
    )
    assert not [kind for kind, _ in blocks if kind == "overheid"], blocks
    assert [kind for kind, _ in blocks if kind == "beleid"], blocks


# task copylaw14 (after copy11): the article's next member, an article reported with *is opgenomen dat*, the
# previous section's prose above a heading, the writer's description of a vision before the province speaks


def test_a_member_that_refers_to_the_members_before_it_is_still_the_articles_text():
    """Under a line naming an ordinance's article, its first member and the next one that refers back to it (*als
    bedoeld in lid 1*), with that member's list: all the article's text."""
    blocks = policy_blocks(
        "## Verordening\n\nDe Omgevingsverordening Zeeland stelt regels voor dijken.\n\n*Artikel 4.2.1 Dijkzone*\n\n"
        "Een bestemmingsplan voor gronden in de dijkzone laat geen nieuwe gebouwen toe op de dijk zelf (lid 1).\n\n"
        "De toelichting bij een bestemmingsplan voor gronden als bedoeld in lid 1 beschrijft:\n\n"
        "- de hoogte van de dijk;\n- de breedte van de zone.\n\nHet plangebied ligt niet in de dijkzone.\n"
    )
    member = [text for kind, text in blocks if kind == "artikellid"]
    assert member and "als bedoeld in lid 1" in member[0] and member[0].endswith("de breedte van de zone."), (
        blocks
    )
    assert not any("plangebied ligt niet" in text for _, text in blocks), blocks


def test_an_article_reported_with_is_opgenomen_dat_is_its_text():
    blocks = policy_blocks(
        "## Provinciaal beleid\n\nIn artikel 3.4.2 van de verordening is opgenomen dat in een beschermd "
        "bodemgebied geen diepe boringen mogen worden toegestaan. Het plan maakt geen boringen mogelijk.\n"
    )
    assert [kind for kind, text in blocks if text.startswith("In artikel 3.4.2")] == ["indirect"], blocks


def test_the_previous_sections_prose_above_a_heading_is_no_lead_in_to_it():
    """The last paragraph of a section that names the ordinance in its own conclusion does not make the next
    section (*Archeologie*) a vision's text."""
    blocks = policy_blocks(
        "## Natuur\n\nDe bomen aan de rand blijven staan. Er is daarom geen ontheffing van de Omgevingsverordening "
        "Zeeland nodig.\n\n## Archeologie\n\nOude sporen in de bodem zijn kwetsbaar. Daarom is onderzoek nodig "
        "voordat er gegraven wordt.\n"
    )
    assert not [kind for kind, _ in blocks if kind == "visie"], blocks


def test_the_writers_description_of_a_vision_before_the_province_speaks_is_not_the_provinces_text():
    """*De Omgevingsvisie Zeeland bevat ...* describes the vision in the writer's words; the province's text starts
    where it speaks (*De provincie wil ...*)."""
    blocks = policy_blocks(
        "## Provinciaal beleid\n\nDe Omgevingsvisie Zeeland bevat de visie van de provincie op de hele "
        "leefomgeving. De provincie wil dat dorpen leefbaar blijven. Daarom bouwt zij vooral in de kernen.\n"
    )
    government = [text for kind, text in blocks if kind == "overheid"]
    assert government == [
        "De provincie wil dat dorpen leefbaar blijven. Daarom bouwt zij vooral in de kernen."
    ], blocks


# twelfth round (task copykind15): the register of a rule versus the writer's explanation of it

ORDINANCE = "## Provinciaal beleid\n\n{text}\n"


def test_a_rule_after_daarnaast_and_its_verb_is_the_ordinances_text():
    """A generic subject after *Daarnaast* and the finite verb (Dutch verb-second order), in a paragraph whose first
    sentence names the ordinance: the ordinance's next rule, quoted without marks."""
    text = (
        "De PRV schrijft voor dat nieuwe woningen in de kern komen. Daarnaast dient de toelichting op het "
        "ruimtelijk plan een beschrijving te bevatten van de gevolgen voor het verkeer."
    )
    kinds = [kind for kind, _ in policy_blocks(ORDINANCE.format(text=text))]
    assert "regel" in kinds


def test_a_rule_in_the_clause_after_a_short_lead_with_dat_is_the_decrees_text():
    """*Deze wijziging betekent dat* and then the decree's rule with its generic subject, under a heading naming
    the decree."""
    text = (
        "Deze wijziging betekent dat de toelichting bij een bestemmingsplan dat een nieuwe haven mogelijk maakt, "
        "een beschrijving bevat van de behoefte aan die haven."
    )
    blocks = policy_blocks(f"## Besluit ruimtelijke ordening\n\n{text}\n")
    assert ("regel", text.rstrip(".")) in blocks or ("regel", text) in blocks, blocks


def test_a_generic_plan_that_meets_requirements_after_the_ordinance_is_named_is_its_rule():
    text = (
        "In hoofdstuk 4 van de Omgevingsverordening staan regels voor nieuwe bedrijven. Een bestemmingsplan dat een "
        "nieuw bedrijf mogelijk maakt, voldoet aan de volgende eisen: het bedrijf ligt aan een doorgaande weg."
    )
    kinds = [kind for kind, _ in policy_blocks(f"## Bedrijvigheid\n\n{text}\n")]
    assert "regel" in kinds


def test_the_writers_plan_that_meets_requirements_is_no_rule():
    """This plan (definite, the writer's) meets the ordinance: the writer's own conclusion."""
    text = (
        "In hoofdstuk 4 van de Omgevingsverordening staan regels voor nieuwe bedrijven. Het bestemmingsplan voldoet "
        "aan deze regels, omdat het bedrijf aan een doorgaande weg ligt."
    )
    assert [kind for kind, _ in policy_blocks(f"## Bedrijvigheid\n\n{text}\n")] == []


def test_an_article_reworded_for_a_named_municipality_is_the_writers_explanation():
    from beleidstaal.language.policy_quotes import reports_article

    assert reports_article(
        "Het Besluit ruimtelijke ordening (artikel 3.1.1) geeft aan dat het bestuursorgaan bij de voorbereiding "
        "van een bestemmingsplan overleg pleegt met de waterschappen."
    )
    # the same article applied to one municipality, in the writer's words
    assert not reports_article(
        "Het Besluit ruimtelijke ordening (artikel 3.1.1) geeft aan dat de gemeente Zeewolde bij de voorbereiding "
        "van een plan overleg moet plegen met haar partners."
    )


def test_dit_besluit_with_a_capital_points_back_and_is_no_decree_naming_itself():
    from beleidstaal.language.policy_voice import names_itself

    assert not names_itself(
        "Met het Barro geeft het Rijk regels. Het doel van dit Besluit is de SVIR uit te voeren."
    )
    assert names_itself("De kust is een kerngebied dat onderdeel is van deze Visie Ruimte en Mobiliteit.")


def test_a_purpose_clause_before_dat_is_no_report_of_an_article():
    """*is opgenomen om te voorkomen dat*: *dat* opens the object of *voorkomen*; the writer explains why the plan
    has the rule, the article's text is not reported."""
    from beleidstaal.language.policy_quotes import reports_article

    assert not reports_article(
        "De regel tegen dubbel tellen, volgens artikel 3.2.4 van het Besluit ruimtelijke ordening, is opgenomen om "
        "te voorkomen dat een tuin twee keer meetelt bij een aanbouw."
    )
    assert reports_article(
        "In artikel 3.2.4 van het Besluit ruimtelijke ordening is opgenomen dat grond één keer meetelt."
    )


# --- a law's definition announced by the sentence before it, or given in one sentence (task copylaw16) ---------

ANNOUNCE = "In artikel 2.3.1 van de Wet natuurbeheer wordt een nadere omschrijving van het begrip kleine boomgaard gegeven."
DEFINE = "Een kleine boomgaard is een perceel met ten minste tien hoogstamfruitbomen en gras daaronder."
DEFINE_ALS = "Als kleine boomgaard wordt aangemerkt: een perceel met ten minste tien hoogstamfruitbomen."
ONE_SENTENCE = (
    "Het Besluit groene ruimte definieert een kleine boomgaard als een perceel met ten minste tien "
    "hoogstamfruitbomen en gras daaronder."
)


@pytest.mark.parametrize("definition", [DEFINE, DEFINE_ALS])
def test_a_definition_announced_by_a_sentence_naming_the_article_is_the_laws_text(definition):
    blocks = policy_blocks(f"Het plan gaat over de boerderij aan de dijk.\n\n{ANNOUNCE} {definition}\n")
    assert ("definitie", f"{ANNOUNCE} {definition}") in blocks, blocks


def test_a_law_defining_a_term_in_one_sentence_is_the_laws_text():
    blocks = policy_blocks(f"Het plan gaat over de boerderij aan de dijk.\n\n{ONE_SENTENCE}\n")
    assert ("definitie", ONE_SENTENCE) in blocks, blocks


@pytest.mark.parametrize(
    "text",
    [
        # the writer applies the term to the plan after the announcement: the verb comes before the term
        f"{ANNOUNCE} In dit geval is sprake van een kleine boomgaard, want er staan twaalf bomen.",
        # the next sentence says where the law treats the term: no definition's subject
        f"{ANNOUNCE} In de wet is kleine boomgaard een begrip met gevolgen voor de subsidie.",
        # the term with 'als gedefinieerd in': the writer uses the law's term for the plan's land
        "Het perceel is een kleine boomgaard als gedefinieerd in artikel 2.3.1 van de Wet natuurbeheer, met "
        "twaalf bomen en gras.",
        # the law named inside the writer's own wording after 'als', not as the one that defines
        "Het begrip kleine boomgaard is gedefinieerd als een perceel waarvoor de Wet natuurbeheer een subsidie "
        "geeft aan de eigenaar.",
        # a policy in general defines no term a plan must quote
        "Het groenbeleid in Nederland kent twee begrippen, de boomgaard en de hoogstam. Een boomgaard is een "
        "perceel met fruitbomen.",
    ],
)
def test_the_writers_use_of_a_laws_term_is_no_definition(text):
    blocks = policy_blocks(f"Het plan gaat over de boerderij aan de dijk.\n\n{text}\n")
    assert not [kind for kind, _ in blocks if kind == "definitie"], blocks


@pytest.fixture(scope="module")
def definition_index(tmp_path_factory):
    """The announced definition in plans of five other organisations."""
    tmp = tmp_path_factory.mktemp("definitie5")
    plans = ["0200.Dorp", "0400.Akker", "0500.Beek", "0600.Veld", "0700.Wei"]
    return small_index(tmp, {f"NL.IMRO.{name}-VG01.txt": [f"{ANNOUNCE} {DEFINE}"] for name in plans})


@pytest.mark.skipif(not UD.is_dir(), reason="de UD Dutch-treebanks (../shared/ud-dutch) ontbreken")
def test_an_announced_definition_many_plans_hold_is_a_citation_not_template_text(definition_index):
    """Plans of five other organisations hold the announcement and the definition: they quote the same law, so
    the passage is a quotation (BT802), not template text."""
    draft = f"Het plan gaat over de boerderij aan de dijk.\n\n## Ladder\n\n{ANNOUNCE} {DEFINE}\n"
    found = markdown_copies(draft, definition_index)
    assert kinds_of(found) == [("BT802", "citaat")], [(f.text, f.data) for f in found]


def test_the_threshold_column_of_the_environmental_decree_is_its_text():
    """*de activiteit betrekking heeft op*: the heading of the decree's threshold column, in the decree's words."""
    assert prescribed_sentence(
        "Een nieuw bedrijventerrein is m.e.r.-beoordelingsplichtig wanneer de activiteit betrekking heeft op een "
        "oppervlakte van 75 hectare of meer."
    )
    assert not prescribed_sentence(
        "Het bedrijventerrein beslaat vier hectare en blijft ver onder de drempel."
    )
