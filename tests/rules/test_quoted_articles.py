"""Rules of a parent plan quoted word for word under a bold line or heading with their article number
(``quote_articles.rule_articles``): the article named just before, or a lead-in in a rule's words (*zijn bevoegd*,
*vast dient te staan dat:*, *mits:*). The plan's own numbered chapters with the writer's prose stay checked."""

from __future__ import annotations

from quote_checks import ALL, blocks, quoted

from beleidstaal import check_text
from beleidstaal.readers import document_from_text


def found(source: str, words: str) -> list[str]:
    """The rules that report ``words`` (the exact text of a finding)."""
    return [f.rule for f in check_text(source, kind="markdown", config=ALL) if f.text == words]


NAMED = """# Wijzigingsplan Molenweg

## 1.4 Afweging

Het moederplan heeft in artikel 5.2 een regeling om een boerderij te splitsen in twee woningen.

**5.2.1 Splitsen van een boerderij**

Van de bestemming "Agrarisch" naar de bestemming "Wonen" met als doel een boerderij te splitsen, waarbij vast dient te staan dat:

- de boerderij een monument is en/of beeldbepalend is;
- indien de schuur wordt gesloopt, de sloop vooraf is gemeld.

Wij hebben de boerderij bekeken. Indien het nodig is, laten wij de schuur eerst onderzoeken.
"""


def test_a_named_article_under_its_own_number_is_quoted():
    assert quoted(NAMED, "de boerderij een monument is en/of beeldbepalend is")
    assert quoted(NAMED, "5.2.1 Splitsen van een boerderij")
    assert not quoted(NAMED, "Wij hebben de boerderij bekeken")


def test_the_words_of_the_quoted_article_are_not_reported_but_the_writers_are():
    assert found(NAMED, "en/of") == []
    # 'indien' in the quoted condition is not reported, the one in the writer's own sentence after it is
    doc = document_from_text(NAMED, kind="markdown")
    own = doc.text.index("Indien het nodig")
    indien = [f for f in check_text(NAMED, kind="markdown", config=ALL) if f.text.lower() == "indien"]
    assert [f.start for f in indien] == [own]


COMPETENT = """# Toelichting

## 3.2 Water

Het plan maakt meer ruimte voor water. Indien het hard regent, loopt het water naar de nieuwe sloot.

**12.4 Wijzigen naar Water**

Burgemeester en wethouders zijn bevoegd de bestemming "Agrarisch" te wijzigen in de bestemming "Water", mits:

- de waterbeheerder ermee instemt;
- de sloot niet breder is dan tien meter en/of dieper dan twee meter.

## 3.3 Verkeer
"""


def test_a_lead_in_of_a_competent_authority_opens_a_quoted_rule():
    assert quoted(COMPETENT, "de sloot niet breder is dan tien meter")
    assert found(COMPETENT, "en/of") == []
    # the plan's own numbered chapter and its prose stay checked
    assert not quoted(COMPETENT, "Indien het hard regent")
    assert found(COMPETENT, "Indien") != []


NO_LIST = """# Toelichting

In artikel 8.3 van het bestemmingsplan staat een wijzigingsbevoegdheid voor de bouw van een tweede woning.

**8.3 Wijzigen naar Wonen**

Burgemeester en wethouders zijn bevoegd de bestemming te wijzigen ten behoeve van een tweede woning, indien de woning ten minste tien meter van de weg staat.

De nieuwe woning staat op twaalf meter van de weg.
"""


def test_a_named_article_in_a_rules_words_without_a_list_is_quoted():
    assert quoted(NO_LIST, "indien de woning ten minste tien meter van de weg staat")
    assert not quoted(NO_LIST, "De nieuwe woning staat")


CHAPTERS = """# Toelichting

Het plan past in artikel 4 van de verordening. Daarnaast geldt de Wet geluidhinder.

**4.1 Geluid**

Indien de weg drukker wordt, neemt het geluid toe. De woningen worden goed geïsoleerd.

**4.2 Ecologie**

Het bureau heeft twee dingen onderzocht. Wij letten op het volgende, mits het weer het toelaat:

- de vleermuizen in de schuur;
- de nesten in de bomen.

**9.1 Wijzigen naar Groen**

Burgemeester en wethouders zijn bevoegd de bestemming te wijzigen in "Groen", met dien verstande dat:

- de bomen blijven staan en/of worden vervangen.
"""


def test_numbered_chapters_with_the_writers_own_prose_stay_checked():
    assert quoted(CHAPTERS, "de bomen blijven staan en/of worden vervangen")
    # a chapter under an article of a law named before it: the writer's prose, not the article
    assert not quoted(CHAPTERS, "Indien de weg drukker wordt")
    # a lead-in of two sentences, in the writer's own voice: the writer's own list
    assert not quoted(CHAPTERS, "de vleermuizen in de schuur")


# The writer's own numbered chapters with a rule-like lead-in and a list: the number goes on from the writer's own
# headings (a first child, the next sibling, the next chapter), so a lead-in phrase alone or a named article alone
# does not make them quoted (review of quotes27: all of these lost every finding).
OWN_MITS = """# Nota parkeren

## 3.6 Fietsen

Wij willen meer plekken voor fietsen bij het station.

## 3.7 Parkeren bij nieuwbouw

Een bouwer mag minder parkeerplaatsen maken, mits:

- de bouwer middels een telling laat zien dat er plek genoeg is;
- er teneinde de straat rustig te houden deelauto's komen.
"""

OWN_BOLD = """# Nota terrassen

**4.1 Terrassen in het centrum**

Wij willen levendige pleinen.

**4.2 Terrassen op de stoep**

Een terras op de stoep mag, met dien verstande dat:

- er ten behoeve van voetgangers anderhalve meter vrij blijft;
- het terras om tien uur dicht is.
"""

OWN_NAMED_PART = """# Toelichting

In artikel 4 van de regels staat hoeveel parkeerplaatsen nodig zijn.

**4.1 Parkeren**

De parkeerbehoefte van het plan is als volgt berekend:

- twee plekken per woning conform de nota parkeren;
- de bezoekers worden middels een toeslag meegeteld.
"""

OWN_ARTICLE_HEADING = """# Subsidieregeling buurtfeesten

### Artikel 3 Voorwaarden

Het college verstrekt de subsidie, mits:

- het feest voor iedereen in de buurt open is en/of gratis is;
- de aanvraag middels het formulier binnenkomt.
"""


def test_the_writers_own_numbered_chapter_with_mits_stays_checked():
    assert blocks(OWN_MITS) == []
    assert "BT101" in found(OWN_MITS, "middels")
    assert found(OWN_MITS, "teneinde")


def test_the_writers_own_bold_numbered_chapter_with_met_dien_verstande_stays_checked():
    assert blocks(OWN_BOLD) == []
    assert found(OWN_BOLD, "ten behoeve van")


def test_a_chapter_under_a_named_article_with_the_writers_own_lead_in_stays_checked():
    assert blocks(OWN_NAMED_PART) == []
    assert found(OWN_NAMED_PART, "middels")


def test_an_own_regulation_under_an_article_heading_stays_checked():
    assert blocks(OWN_ARTICLE_HEADING) == []
    assert found(OWN_ARTICLE_HEADING, "en/of")
