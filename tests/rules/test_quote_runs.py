"""Quotations of several paragraphs without a mark on each (``language.quotation``): a report's conclusions in
italics after *luiden:* (with bold questions inside the italics), a paragraph that opens with a quotation mark
closed paragraphs later, and a paragraph in italics with bold inside it. The writer's own text around them stays
checked."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.readers import document_from_text

ALL = Config(min_severity="info", select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT7"))


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in quoted_blocks(doc)]


REPORT = """# Bodem

Het bureau heeft in het voorjaar grondboringen gedaan. De conclusies van het rapport luiden:

***Hoe is de grond opgebouwd?****Onder de bouwvoor ligt een dikke laag zware klei op een pakket zand.*

***Is de grond verstoord?****De bovenste meter is door vroegere bebouwing van het perceel omgewerkt.*

***Welke lagen zijn van belang?****De zandlaag wordt door de diepte niet als een mogelijk vindplaatsniveau beschouwd.*

Wij nemen deze conclusies over.
"""


def test_italic_answers_after_a_lead_in_are_one_quotation():
    found = blocks(REPORT)
    assert len(found) == 1
    kind, text = found[0]
    assert kind == "inleiding"
    assert text.startswith("Hoe is de grond") and text.endswith("vindplaatsniveau beschouwd.")


def test_no_findings_inside_the_quoted_report_but_after_it():
    findings = check_text(REPORT, kind="markdown", config=ALL)
    doc = document_from_text(REPORT, kind="markdown")
    inside = doc.text.index("De zandlaag")
    assert not [f for f in findings if f.rule == "BT301" and f.offset >= inside - 200]
    assert not [f for f in findings if f.offset >= inside and f.offset < doc.text.index("Wij nemen")]


OPEN_MARK = """# Geluid

In de toelichting bij de verordening schrijft de provincie over het stille gebied het volgende.

„Een stiltegebied is een gebied waarin het geluid van menselijke activiteiten niet of nauwelijks hoorbaar is.

Binnen een stiltegebied worden geen activiteiten toegestaan die het ervaren van de stilte verstoren.”

Het plangebied ligt niet in zo'n gebied.
"""


def test_a_quotation_mark_closed_paragraphs_later_is_one_quotation():
    assert blocks(OPEN_MARK) == [
        (
            "aanhalingstekens",
            "„Een stiltegebied is een gebied waarin het geluid van menselijke activiteiten niet of nauwelijks "
            "hoorbaar is. Binnen een stiltegebied worden geen activiteiten toegestaan die het ervaren van de "
            "stilte verstoren.”",
        )
    ]


NESTED_ITALICS = """# Natuur

Uit de quickscan volgt dat er geen beschermde soorten zijn.

*Houtopstanden**Het plangebied bevat geen bomen met een vaste verblijfplaats van vleermuizen en er zijn geen* *holen of nesten van andere beschermde soorten aangetroffen.*
"""


def test_a_paragraph_in_italics_with_bold_inside_is_quoted():
    found = blocks(NESTED_ITALICS)
    assert [k for k, _ in found] == ["cursief"]
    assert found[0][1].endswith("beschermde soorten aangetroffen.")


def test_own_text_with_short_quotations_and_apostrophes_is_no_quotation():
    source = """# Wonen

'Wonen' is de bestemming van de meeste kavels in de kern en van de linten.

's-Hertogenbosch ligt op een half uur fietsen van het plangebied en de kern.

„Wij bouwen hier zestig woningen voor starters en voor ouderen in de kern.

Die woningen passen in de 'woonvisie'.
"""
    assert blocks(source) == []


def test_bold_text_with_an_italic_word_is_no_italic_paragraph():
    source = """# Verkeer

**Let op** de nieuwe weg komt aan de noordkant van het plangebied en sluit aan op de *rondweg*
"""
    assert blocks(source) == []


TERMS = """# Begrippen

## Aanbouw:

een gebouw dat tegen een hoofdgebouw is gebouwd en daar in omvang ondergeschikt aan is, waarbij het dak lager ligt dan de goot van het hoofdgebouw.

## Erker:

een uitbouw aan de voorkant van een woning die in de bouwregels van dit plan als ondergeschikt wordt aangemerkt.

## Wonen

Wij willen dat er in dit gebied meer woningen worden gebouwd.
"""


def test_definitions_under_term_headings_are_quoted():
    found = blocks(TERMS)
    assert [k for k, _ in found] == ["begrippenlijst", "begrippenlijst"]
    joined = " ".join(t for _, t in found)
    assert "tegen een hoofdgebouw" in joined and "als ondergeschikt wordt aangemerkt" in joined
    assert "meer woningen" not in joined


def test_one_term_heading_alone_is_no_list_of_definitions():
    source = """# Wonen

## Aanbouw:

een gebouw dat tegen een hoofdgebouw is gebouwd en daar in omvang ondergeschikt aan is, waarbij het dak lager ligt.

## Verkeer

Wij leggen een nieuwe weg aan.
"""
    assert blocks(source) == []


def test_explanations_under_term_headings_in_capitals_are_own_text():
    source = """# Externe veiligheid

## Plaatsgebonden risico:

Het plaatsgebonden risico is de kans dat iemand op een vaste plek overlijdt door een ongeval met gevaarlijke stoffen.

## Groepsrisico:

Het groepsrisico is de kans dat bij een ongeval een groep mensen tegelijk slachtoffer wordt.
"""
    assert blocks(source) == []


def test_a_quoted_paragraph_in_italics_keeps_its_kind():
    source = """# Ladder

Het besluit geeft voor een stedelijke ontwikkeling deze omschrijving.

*'ruimtelijke ontwikkeling van een terrein voor bedrijven, of van kantoren, winkels of woningen.'*
"""
    assert [k for k, _ in blocks(source)] == ["cursief"]
