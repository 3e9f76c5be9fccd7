"""Rules of a parent plan quoted word for word under a bold line or heading with their article number
(``quote_articles.rule_articles``): the article named just before, or a lead-in in a rule's words (*zijn bevoegd*,
*vast dient te staan dat:*, *mits:*). The plan's own numbered chapters with the writer's prose stay checked."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.readers import document_from_text

ALL = Config(min_severity="info", select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT7"))


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in quoted_blocks(doc)]


def quoted(source: str, words: str) -> bool:
    return any(words in text for _, text in blocks(source))


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
