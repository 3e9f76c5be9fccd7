"""Quoted text without quotation marks (issue #16, after blind7): an ordinance's text after *het volgende genoemd:*,
a condition repeated from a quoted list to answer it, a copyright notice, and a policy text under its quoted title.
Each is one BT702 block with the other rules silent inside; the writer's own text around it stays checked. The
sentences are written for these tests."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.quotation import quoted_blocks
from beleidstaal.readers import document_from_text

ALL = Config(min_severity="info", select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT7"))


def blocks(source: str) -> list[tuple[str, str]]:
    doc = document_from_text(source, kind="markdown")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in quoted_blocks(doc)]


def texts(source: str, rule: str) -> list[str]:
    return [f.text for f in check_text(source, kind="markdown", config=ALL) if f.rule == rule]


ORDINANCE = """# Provinciaal beleid

De provincie wil zuinig omgaan met de ruimte. In de Omgevingsverordening staat verder het volgende genoemd over \
het bouwen buiten de kernen:

- 1. Een plan voorziet slechts in nieuwe woningen indien uit het desbetreffende plan blijkt dat er behoefte is;
- 2. Het eerste lid is niet van toepassing op woningen voor de boer.

Het plan voldoet derhalve aan het beleid.
"""


def test_an_ordinance_announced_with_het_volgende_genoemd_is_quoted():
    assert [k for k, _ in blocks(ORDINANCE)] == ["inleiding"]
    assert texts(ORDINANCE, "BT101") == ["derhalve"]  # not 'desbetreffende' in the ordinance's text
    assert not texts(ORDINANCE, "BT104")  # 'van toepassing' is the ordinance's
    assert len(texts(ORDINANCE, "BT702")) == 1  # one notice for the block


def test_het_volgende_without_a_named_law_or_policy_is_the_writers_own():
    own_rules = ORDINANCE.replace(
        "In de Omgevingsverordening staat verder het volgende genoemd over het bouwen buiten de kernen:",
        "In artikel 1 van de regels is het volgende bepaald over het bouwen buiten de kernen:",
    )
    research = ORDINANCE.replace(
        "In de Omgevingsverordening staat verder het volgende genoemd over het bouwen buiten de kernen:",
        "In het onderzoek is het volgende opgenomen over het bouwen buiten de kernen:",
    )
    for text in (own_rules, research):
        assert blocks(text) == []
        assert "desbetreffende" in texts(text, "BT101")


CONDITIONS_ANSWERED = """# Wijzigingsbevoegdheid

In het moederplan is een wijzigingsbevoegdheid opgenomen, met inachtneming van de volgende regels:

- a. de nieuwe woning is gelegen aan de openbare weg;
- b. de belangen van derden worden niet onevenredig geschaad;
- c. vooraf wordt inzicht gegeven in:
  - 1. de bodem;
  - 2. het geluid.

# Toetsing

- a. de nieuwe woning is gelegen aan de openbare weg
De woning ligt derhalve aan de Dorpsstraat.

- b. de belangen van derden worden niet onevenredig geschaad
Wij hebben met name met de buren gesproken.

- c. vooraf wordt inzicht gegeven in:

- d. de woning wordt gebouwd door de eigenaar
"""


def test_conditions_repeated_to_answer_them_are_quoted_and_the_answers_are_not():
    kinds = blocks(CONDITIONS_ANSWERED)
    assert [k for k, _ in kinds].count("herhaald") == 3
    assert ("herhaald", "a. de nieuwe woning is gelegen aan de openbare weg") in kinds
    # an item ending in a colon belongs to the quoted conditions, with its own numbered list under it
    assert ("voorwaarden", "c. vooraf wordt inzicht gegeven in: de bodem; het geluid.") in kinds
    assert not [t for t in texts(CONDITIONS_ANSWERED, "BT301") if "geschaad" in t or "gegeven" in t]
    assert [t for t in texts(CONDITIONS_ANSWERED, "BT301") if "gebouwd" in t]  # d. repeats nothing quoted
    assert "derhalve" in texts(CONDITIONS_ANSWERED, "BT101")  # the answers are the writer's own
    assert "met name" in texts(CONDITIONS_ANSWERED, "BT104")


COPYRIGHT = """# Colofon

Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande schriftelijke toestemming van het bureau, \
noch mag zij zonder dergelijke toestemming worden gebruikt.

Wij hebben dergelijke woningen al vaker gebouwd.
"""


def test_a_copyright_notice_is_quoted():
    assert [k for k, _ in blocks(COPYRIGHT)] == ["disclaimer"]
    assert texts(COPYRIGHT, "BT101") == ["dergelijke"]
    (f,) = [f for f in check_text(COPYRIGHT, kind="markdown", config=ALL) if f.rule == "BT101"]
    assert f.line == 5  # the writer's sentence, not the notice


TITLED = """# Ontwikkelingsperspectieven

Op de kaart van de Omgevingsvisie ligt het plangebied in het perspectief voor de dorpen.

## 'Dorpen als prettige plekken om te wonen'

Dorpen mogen bouwen voor de eigen behoefte, mits onderbouwd en regionaal afgestemd, en zij dragen bij aan de \
energietransitie door het nemen van maatregelen die de lezer derhalve niet direct ziet of merkt in het dorp.

# Toetsing

Het plan past derhalve in dit perspectief.
"""


def test_a_policy_text_under_its_quoted_title_is_quoted():
    assert [k for k, _ in blocks(TITLED)] == ["kop"]
    assert texts(TITLED, "BT101") == ["derhalve"]
    assert not texts(TITLED, "BT401")  # the long sentence is the policy's
    # the same heading without a policy text named above it is the writer's own title
    own = TITLED.replace("Op de kaart van de Omgevingsvisie ligt", "Op de kaart ligt")
    assert blocks(own) == []
    assert texts(own, "BT101") == ["mits", "derhalve", "derhalve"]


def test_the_plans_own_article_is_not_quoted():
    text = "# Artikel 4 Wonen\n\nDe gronden zijn bestemd voor wonen. Wij staan derhalve geen bedrijven toe.\n"
    assert blocks(text) == []
    assert texts(text, "BT101") == ["derhalve"]


REACTIONS = """# Beantwoording inspraak

| Nr | Inspraakreactie | Beantwoording gemeente |
|----|-----------------|------------------------|
| 1 | Ik heb bovengenoemd plan gelezen en maak mij zorgen over het parkeren. | Wij hebben derhalve extra plekken gepland. |
"""


def test_reactions_in_a_table_with_the_answers_are_quoted_and_the_answers_are_not():
    assert [k for k, _ in blocks(REACTIONS)] == ["reactie"]
    assert texts(REACTIONS, "BT101") == ["derhalve"]  # not 'bovengenoemd' in the resident's reaction
    summary = REACTIONS.replace("| Inspraakreactie |", "| Samenvatting reactie |")
    assert blocks(summary) == []  # a summary is the writer's own
    assert "bovengenoemd" in texts(summary, "BT101")
