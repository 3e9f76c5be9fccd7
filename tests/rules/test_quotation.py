"""BT702 and the recogniser of quoted text (beleidstaal.language.quotation): a quoted law, definition or requirement
gets one info finding per block, and no findings per word; the writer's own text around it is checked as usual."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.language.quote_kinds import names_quoted_text
from beleidstaal.readers import document_from_text

#: BT702 runs only when asked for (its notice was not worth passing on in the blind-judged sample); the folding of the
#: other findings inside quoted text happens always (test_quoted_text_is_folded_silently_by_default)
ALL = Config(min_severity="info", select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT7"))


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in quoted_blocks(doc)]


def findings(source: str):
    return check_text(source, kind="markdown", config=ALL)


INTRODUCED = """# Subsidie

Wij willen dat iedereen deze regeling snapt.

Artikel 2.1 van de verordening luidt:

Het college kan ten behoeve van de uitvoering van dit artikel nadere regels stellen omtrent de aanvraag.

Wij sturen u derhalve een brief.
"""


def test_quoted_text_is_folded_silently_by_default():
    found = check_text(INTRODUCED, kind="markdown", config=Config(min_severity="info"))
    assert not [f for f in found if f.rule == "BT702"]
    assert not [f for f in found if "ten behoeve van" in f.text or f.text == "omtrent"]  # nothing per word
    assert [f.text for f in found if f.rule == "BT101"] == ["derhalve"]  # the writer's own text is checked


def test_text_introduced_by_luidt_gets_one_finding_and_nothing_per_word():
    found = findings(INTRODUCED)
    quoted_line = INTRODUCED.split("\n").index("Het college kan ten behoeve van de uitvoering van dit artikel "
                                                "nadere regels stellen omtrent de aanvraag.") + 1  # fmt: skip
    on_quote = [f for f in found if f.line == quoted_line]
    assert [f.rule for f in on_quote] == ["BT702"]
    (f,) = on_quote
    assert f.severity == "info" and f.column == 1 and f.text.startswith("Het college kan")
    assert f.advice and not f.suggestions
    assert set(f.data["folded"]) >= {"BT104"}  # 'ten behoeve van' was there, folded into the one finding
    # the writer's own sentence after the quotation is still checked
    assert any(f.rule == "BT101" and f.text == "derhalve" for f in found)


def test_quotation_after_the_colon_in_the_same_paragraph():
    source = (
        'De wet bepaalt: "Het college draagt zorg voor de uitvoering van deze wet omtrent de aanvraag."\n'
    )
    assert blocks(source) == [
        ("inleiding", '"Het college draagt zorg voor de uitvoering van deze wet omtrent de aanvraag."')
    ]
    assert {f.rule for f in findings(source)} == {"BT702"}


def test_a_label_is_not_an_introduction():
    assert blocks("- Bepalen: welke stukken wij nodig hebben voor de aanvraag.\n") == []


def test_quoted_law_runs_over_its_list_and_stops_at_the_writers_next_paragraph():
    source = (
        "De regel luidt als volgt:\n\nHet plan voldoet aan de volgende eisen:\n\n"
        "- er is behoefte aan de woningen;\n- de woningen passen in de omgeving.\n\n"
        "Ons plan voldoet daaraan.\n"
    )
    (block,) = blocks(source)
    assert block[1].startswith("Het plan voldoet") and block[1].endswith("passen in de omgeving.")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Artikel 3.1", "wettekst"),
        ("Artikel 2 lid 1", "wettekst"),
        ("Artikel 2.1.3:", "wettekst"),
        ("Artikel 3.1.6 van het Besluit ruimtelijke ordening", "wettekst"),
        ("4.2 Vereiste", "wettekst"),
        ("Definities", "definities"),
        ("Begrippen", "definities"),
        ("7.2.1 algemeen", "wettekst"),
        ("7.2.3 nadere eisenregeling", "wettekst"),
        ("3.1 Inleiding", None),
        ("Artikel 4 Wonen", None),
        ("Artikel 1 Begrippen", None),
        ('"3.1.6 lid 2', "wettekst"),
        ("“Artikel 3.1”", "wettekst"),
        ('"Artikel 4 Wonen"', None),
        ("Vereiste voorkennis", None),
        ("Wat u moet weten", None),
    ],
)
def test_headings_that_name_quoted_text(heading, kind):
    assert names_quoted_text(heading) == kind


def test_block_under_an_article_heading_runs_to_the_next_heading():
    source = (
        "## Artikel 3.1\n\nHet bevoegd gezag verleent de vergunning indien de activiteit geschiedt ter plaatse "
        "van de aanduiding.\n\nDe vergunning wordt geweigerd indien niet wordt voldaan.\n\n"
        "## Wat dit voor u betekent\n\nWij verlenen de vergunning middels een brief.\n"
    )
    found = findings(source)
    assert [f.rule for f in found if f.line < 8] == ["BT702"]
    assert any(f.rule == "BT101" and f.text == "middels" for f in found)


def test_article_heading_with_a_name_is_the_writers_own_explanation():
    source = "**Artikel 4 Wonen**\n\nDeze bestemming is middels dit plan toegekend aan de woningen.\n"
    assert blocks(source) == []
    assert any(f.rule == "BT101" for f in findings(source))


def test_definitions_heading_folds_the_definitions_not_the_writers_sentences():
    source = (
        "## Begrippen\n\nIn dit hoofdstuk leggen wij middels korte zinnen de begrippen uit.\n\n"
        "- bouwwerk: elke constructie van enige omvang van hout, steen, metaal of ander materiaal;\n"
        "- peil: de hoogte van de weg ter plaatse van de hoofdtoegang.\n"
    )
    kinds = [k for k, _ in blocks(source)]
    assert kinds == ["definities", "definities"]
    assert any(f.rule == "BT101" and f.text == "middels" for f in findings(source))


def test_glossary_entries_are_quoted_text_but_a_list_of_tips_is_not():
    glossary = (
        "- **Persoonsgegevens**: alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon.\n"
        "- **Verwerking**: een bewerking van persoonsgegevens, zoals het verzamelen of vastleggen ervan.\n"
    )
    assert [k for k, _ in blocks(glossary)] == ["begrippenlijst"]
    tips = "- **Taal**: Schrijf in correct Nederlands.\n- **Lengte**: Houd teksten kort en to-the-point.\n"
    assert blocks(tips) == []
    tasks = (
        "**Vraagstuk:** hoe gaan wij om met een aanvraag die twee keer binnenkomt?\n\n"
        "**Logboek bijhouden:** welke gegevens wij gebruikt hebben voor een aanvraag.\n"
    )
    assert blocks(tasks) == []


def test_block_quote_is_quoted_but_a_call_out_is_not():
    quote = "> Het college draagt zorg voor de implementatie van het beleid ten behoeve van de inwoners.\n"
    assert [k for k, _ in blocks(quote)] == ["blokcitaat"]
    assert {f.rule for f in findings(quote)} == {"BT702"}
    for callout in (
        "> **Let op**\n> Wij implementeren het beleid ten behoeve van de inwoners.\n",
        "> Tip: wij implementeren het beleid ten behoeve van de inwoners.\n",
        "> [!NOTE]\n> Wij implementeren het beleid ten behoeve van de inwoners.\n",
    ):
        assert blocks(callout) == [], callout
        assert "BT702" not in {f.rule for f in findings(callout)}


def test_two_block_quotes_are_two_blocks():
    source = (
        "> De minister stelt nadere regels omtrent de aanvraag.\n\nZo staat het in de wet.\n\n"
        "> Het college draagt zorg voor de uitvoering.\n"
    )
    assert [k for k, _ in blocks(source)] == ["blokcitaat", "blokcitaat"]


def test_italic_paragraph_and_long_passage_in_quotation_marks():
    italic = "*Het bevoegd gezag draagt zorg voor een evenwichtige toedeling van functies aan locaties.*\n"
    assert [k for k, _ in blocks(italic)] == ["cursief"]
    caption = "*Kaart van het gebied*\n"
    assert blocks(caption) == []
    inline = (
        'De provincie noemt dit "een samenstel van bebouwing ten behoeve van wonen en werken" in haar plan.\n'
    )
    assert blocks(inline) == [
        ("aanhalingstekens", '"een samenstel van bebouwing ten behoeve van wonen en werken"')
    ]
    short = 'Het plan heet "Wonen in het dorp" en komt uit 2020.\n'
    assert blocks(short) == []


def test_no_finding_when_the_quotation_has_nothing_to_flag():
    source = "Artikel 5 luidt:\n\nDe gemeente helpt u graag.\n"
    assert [f.rule for f in findings(source)] == []


def test_bt702_switched_off_keeps_the_quotation_quiet():
    source = "> Het college draagt zorg voor de implementatie van het beleid ten behoeve van de inwoners.\n"
    assert check_text(source, kind="markdown", config=Config(ignore=("BT702",), min_severity="info")) == []


def test_an_amended_rule_is_quoted_text():
    source = "Lid 2 is vervangen door: de woning heeft ten hoogste twee bouwlagen met een kap.\n"
    assert blocks(source) == [("inleiding", "de woning heeft ten hoogste twee bouwlagen met een kap.")]


def test_an_article_of_a_plans_rules_in_italics_opens_quoted_text():
    source = (
        "## 3.1 Inleiding\n\nWij leggen het plan uit.\n\n*7.2.1 algemeen*\n\n"
        "Het college werkt de bestemming uit met de volgende voorwaarden:\n\n"
        "* a. de woningen hebben ten hoogste twee lagen;\n\n**Volgende kop**\n\nEigen tekst.\n"
    )
    assert [k for k, _ in blocks(source)] == ["kop"]
    assert blocks(source)[0][1].startswith("Het college werkt")


ARTICLE_ITEMS = """# Sporthal

De provincie stelt drie eisen aan een nieuwe sporthal.

a. de gemeente beschrijft de behoefte aan de sporthal;

b. indien de beschrijving, bedoeld in onderdeel a, een tekort laat zien, wordt aangegeven waar de sporthal komt;

c. de sporthal wordt tevens bereikbaar gemaakt met het openbaar vervoer.

Indien u vragen heeft, belt u ons.
"""

PLAN_RULE_ITEMS = """# Wonen

De gemeente mag de bestemming wijzigen als het plan aan deze voorwaarden voldoet:

- de woning heeft ten hoogste twee bouwlagen;
- het bebouwde oppervlak is niet groter dan ingevolge lid 4.2, sublid 4.2.1, is toegestaan;
- er is tevens voldoende parkeerruimte.

Het plan voldoet aan deze voorwaarden.
"""

OWN_LIST = """# Sporthal

Wij doen drie dingen voor de nieuwe sporthal:

- wij vragen een omgevingsvergunning als bedoeld in artikel 5.1 van de Omgevingswet;
- wij zoeken tevens een aannemer;
- indien nodig passen wij het plan aan.
"""


def test_a_list_that_refers_to_its_own_parts_is_a_quoted_article():
    (block,) = blocks(ARTICLE_ITEMS)
    assert block[0] == "artikelleden"
    assert block[1].startswith("a. de gemeente") and block[1].endswith("openbaar vervoer.")
    (block,) = blocks(PLAN_RULE_ITEMS)
    assert block[0] == "artikelleden" and block[1].endswith("voldoende parkeerruimte.")
    # no findings per word inside the quoted items; the writer's own sentence after them is checked
    texts = [f.text.lower() for f in findings(ARTICLE_ITEMS) if f.rule.startswith("BT1")]
    assert texts == ["indien"]
    assert [f.line for f in findings(ARTICLE_ITEMS) if f.text.lower() == "indien"] == [11]


def test_a_list_with_a_reference_to_a_whole_article_is_the_writers_own():
    assert blocks(OWN_LIST) == []
    assert {"tevens", "indien"} <= {f.text.lower() for f in findings(OWN_LIST)}


def test_luidt_further_back_in_the_sentence_introduces_a_quotation():
    source = (
        "Artikel 3.2, tweede lid, van het besluit luidt sinds 1 juli 2017 als volgt:\n\n"
        "Het college stelt de hoogte van de bijdrage vast voor elk nieuw gebouw in het gebied.\n\n"
        "Wij leggen dat hieronder uit.\n"
    )
    assert blocks(source) == [
        ("inleiding", "Het college stelt de hoogte van de bijdrage vast voor elk nieuw gebouw in het gebied.")
    ]
    source = "De tekst van het artikel luidt na de wijziging van vorig jaar: het college beslist binnen acht weken.\n"
    assert blocks(source) == [("inleiding", "het college beslist binnen acht weken.")]


def test_other_verbs_far_from_the_colon_or_luidt_in_an_earlier_sentence_introduce_nothing():
    assert (
        blocks(
            "De gemeente bepaalt samen met de provincie en het waterschap de volgende doelen:\n\n- schoon water\n"
        )
        == []
    )
    assert (
        blocks("De naam van het plan luidt Haven. Wij werken daarbij als volgt:\n\n- eerst de wijk\n") == []
    )


QUOTED_ARTICLE_AND_DEFINITION = """# Ladder

In de wet staan begrippen voor:

oud stadsgebied: 'bestaand samenstel van gebouwen voor wonen en werken, alsmede de voorzieningen die daarbij horen'.

## Provincie

Artikel 9 van de provinciale regels gaat over vrijkomende boerderijen.

1 Een bestemmingsplan kan voorzien in bewoning van een vrijgekomen boerderij, als:

a. het bedrijf volledig is beëindigd;

b. er uitsluitend sprake is van woningen voor zorg.

2 Onverminderd het bepaalde in het eerste lid, onder a, kan een plan voorzien in een burgerwoning indien de woning \
in de oude bedrijfswoning komt.

Wij vinden dat het plan hieraan voldoet. Indien u bezwaar hebt, kunt u reageren.
"""


def test_a_definition_in_single_quotes_and_numbered_members_of_an_article_are_quoted():
    kinds = [kind for kind, _ in blocks(QUOTED_ARTICLE_AND_DEFINITION)]
    assert kinds == ["aanhalingstekens", "artikelleden"]
    flagged = {
        (f.rule, QUOTED_ARTICLE_AND_DEFINITION[f.offset : f.end_offset])
        for f in findings(QUOTED_ARTICLE_AND_DEFINITION)
        if f.rule.startswith("BT1")
    }
    assert ("BT101", "alsmede") not in flagged
    assert ("BT101", "uitsluitend") not in flagged
    assert ("BT101", "indien") not in flagged
    # the writer's own sentence after the quotation is checked as usual
    assert ("BT101", "Indien") in flagged


def test_single_quotes_around_a_short_name_or_a_numbered_line_without_reference_are_not_quotation():
    text = (
        "plangebied: 'De Weide'.\n\n"
        "1 Wij bouwen eerst de school, indien de raad instemt.\n\n"
        "2 Daarna volgen de woningen.\n"
    )
    assert blocks(text) == []


ITALIC_TITLES = """# Milieu

Voor dit plan is een notitie gemaakt (*Toets milieueffecten, ten behoeve van het plan Dorpsstraat 5*, 1 mei 2021, \
zie bijlage 3). Ten behoeve van de school bouwen wij een fietsenstalling.

Zie het rapport *Geluid ten behoeve van de nieuwe woningen in het dorp*. Dit is *heel* belangrijk ten behoeve van ons.

Wij bouwen *ten behoeve van de buurt* een speeltuin.
"""


def test_an_italic_title_of_a_report_is_quoted_and_the_writers_own_words_are_not():
    assert blocks(ITALIC_TITLES) == [
        ("titel", "Toets milieueffecten, ten behoeve van het plan Dorpsstraat 5"),
        ("titel", "Geluid ten behoeve van de nieuwe woningen in het dorp"),
    ]
    flagged = [ITALIC_TITLES[f.offset : f.end_offset] for f in findings(ITALIC_TITLES) if f.rule == "BT104"]
    # the two in the writer's sentences and the one in italics that is emphasis, not a title
    assert [w.lower() for w in flagged] == ["ten behoeve van"] * 3


PARENT_PLAN_CONDITIONS = """# Wijzigingsbevoegdheid

Het moederplan geeft burgemeester en wethouders de bevoegdheid om de bestemming te wijzigen, met dien verstande dat:

- a. de nieuwe woning is gelegen aan de openbare weg;
- b. de belangen van derden niet onevenredig worden geschaad;
- c. het parkeren in overeenstemming is met het gemeentelijk parkeerbeleid.

Het plan voldoet aan deze voorwaarden. De woning wordt gebouwd door de eigenaar.
"""

CRITERIA_WITH_ANSWERS = """# Toets aan de criteria

b) de samenhang met andere projecten;

Er is geen sprake van samenhang met andere projecten.

c) het risico van ongevallen, met name gelet op de gebruikte stoffen;

Het bedrijf gebruikt geen gevaarlijke stoffen en heeft derhalve geen risico.
"""

OWN_LETTERED_LIST = """# Aanpak

Wij pakken het probleem aan met de volgende stappen:

a. wij maken met name de straat veiliger;
b. wij zorgen dat de bewoners derhalve meer ruimte krijgen;
c. wij evalueren het plan na een jaar.
"""


def test_lettered_conditions_in_legal_style_are_quoted_and_the_answers_between_them_are_not():
    kinds = blocks(PARENT_PLAN_CONDITIONS)
    assert [k for k, _ in kinds] == ["voorwaarden", "voorwaarden", "voorwaarden"]
    assert kinds[0][1] == "a. de nieuwe woning is gelegen aan de openbare weg;"
    found = findings(PARENT_PLAN_CONDITIONS)
    assert not [f for f in found if f.text == "is gelegen"]
    # the writer's own sentence after the list is checked as usual
    assert [f for f in found if f.rule == "BT301" and "gebouwd" in f.text]
    answered = blocks(CRITERIA_WITH_ANSWERS)
    assert [k for k, _ in answered] == ["voorwaarden", "voorwaarden"]
    found = findings(CRITERIA_WITH_ANSWERS)
    assert not [f for f in found if f.text == "met name"]
    assert [f for f in found if f.text == "derhalve"]


def test_a_lettered_list_in_the_writers_own_voice_is_not_quoted():
    assert blocks(OWN_LETTERED_LIST) == []
    assert [f for f in findings(OWN_LETTERED_LIST) if f.text == "met name"]


# --- quoted text that --fix changed on the fix4 sheet (issue #17): sentences written for this test -------------


def test_single_quotes_after_a_colon_mark_a_quotation():
    text = (
        "De regio noemt dit een kern. De regio verstaat daaronder: 'het bestaande geheel van woningen ten "
        "behoeve van wonen en werken, alsmede de daarbij behorende wegen'. Wij willen teneinde dit te toetsen "
        "een kaart maken.\n"
    )
    assert blocks(text) == [
        (
            "aanhalingstekens",
            "'het bestaande geheel van woningen ten behoeve van wonen en werken, alsmede de daarbij behorende "
            "wegen'",
        )
    ]
    assert [f.text for f in findings(text) if f.rule == "BT101"] == ["teneinde"]


def test_an_apostrophe_is_no_quotation_mark():
    # 'cafetaria's' and 'auto's': no closing mark, so no quotation after the colon
    text = "Wij tellen twee soorten: cafetaria's en snackbars met auto's ervoor, voornamelijk in de kern.\n"
    assert blocks(text) == []


def test_a_list_of_definitions_in_legal_style_is_quoted():
    text = (
        "De soorten zijn:\n\n"
        "* winkel A: een winkel die voornamelijk is gericht op de verkoop van brood;\n\n"
        "* winkel B: een winkel die voornamelijk is gericht op de verkoop van kleding.\n\n"
        "Wij willen voornamelijk kleine winkels.\n"
    )
    assert [k for k, _ in blocks(text)] == ["begrippenlijst"]
    flagged = [f for f in findings(text) if f.text == "voornamelijk"]
    assert [f.line for f in flagged] == [7]  # only the writer's own sentence


def test_a_list_of_own_points_is_no_definition_list():
    # capitals and no ';': the writer's own points, checked as usual
    text = "* Wonen: wij bouwen voornamelijk huurwoningen.\n\n* Werken: wij willen voornamelijk kleine bedrijven.\n"
    assert blocks(text) == []


def test_onder_x_wordt_verstaan_is_a_quoted_definition():
    text = (
        "Het plan volgt de verordening. Onder bestaande bebouwing wordt mede begrepen de verharding ten "
        "behoeve van parkeren alsmede de tuinen. Wij toetsen dit teneinde fouten te voorkomen.\n\n"
        "Onder de streep blijft er voornamelijk geld over.\n"
    )
    assert [k for k, _ in blocks(text)] == ["definitie"]
    assert sorted(f.text for f in findings(text) if f.rule == "BT101") == ["teneinde", "voornamelijk"]


def test_daaronder_wordt_verstaan_is_a_quoted_definition_too():
    """The legal form of a definition with the pronoun for the term: its passive is the regulation's (blind32); a
    *hieronder* that points down the page is no definition."""
    text = (
        "De wet regelt het wijzigen van woonruimte. Daaronder wordt in ieder geval verstaan het splitsen van een "
        "woning in kamers.\n\nHieronder wordt beschreven hoe u een vergunning aanvraagt.\n"
    )
    assert [k for k, _ in blocks(text)] == ["definitie"]
    assert [f.text for f in findings(text) if f.rule == "BT301"] == ["wordt beschreven"]
