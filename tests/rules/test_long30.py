"""Task long30 (issue 16): a sentence just over the limit of 25 words is reported unless it is one plain clause made
long by an enumeration of names or places, and the message says, where the parse tells it plainly, why the
sentence is hard (two messages joined by *en*, the main message late, a bracket between subject and verb). Each on
sentences written for the test, with a sentence of the same shape beside it that still gets its finding."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def findings(text: str):
    return [f for f in check_text(text, config=Config(select=("BT401", "BT402"), min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        # 28 words, one clause: a row of street names
        "Het wijkplan van de gemeente gaat over de Dorpsstraat, de Kerkweg, de Molenlaan, het Marktplein en de "
        "smalle straatjes rond de haven in het noorden van het dorp.",
        # 29 words, one clause: the residents of four streets
        "De raad heeft het plan uitvoerig besproken met de bewoners van de Dorpsstraat, de Kerkweg, de Molenlaan en "
        "het Marktplein in de drukke openbare vergadering in het oude raadhuis.",
    ],
)
def test_one_plain_clause_long_by_an_enumeration_is_no_finding(text):
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same row of streets, with a relative clause: two clauses
        "Het wijkplan gaat over de Dorpsstraat, de Kerkweg, de Molenlaan, het Marktplein en de smalle oude "
        "straatjes die rond de haven in het noorden van het oude dorp liggen.",
        # one plain clause without an enumeration: long by its stacked phrases
        "Het wijkplan van de gemeente gaat na een lange periode van overleg met de bewoners vooral over de smalle "
        "straatjes rond de oude haven in het noorden van het dorp.",
        # an enumeration, but 30 words: beyond the band near the limit
        "Het wijkplan gaat over de Dorpsstraat, de Kerkweg, de Molenlaan, het Marktplein, de Beukenlaan, de "
        "Eikenlaan en de smalle straatjes rond de haven in het noorden van het oude dorp.",
    ],
)
def test_other_sentences_just_over_the_limit_keep_their_finding(text):
    assert [f.rule for f in findings(text)] == ["BT401"]


def test_two_main_clauses_joined_by_en_are_named_in_the_message():
    text = (
        "De gemeente bouwt dit jaar een nieuwe school aan de rand van het dorp en de provincie legt daar volgend "
        "jaar een nieuwe fietsweg naar de stad aan."
    )
    (finding,) = findings(text)
    assert "twee boodschappen" in finding.message and "'en'" in finding.message
    assert "Begin bij 'en' een nieuwe zin." in finding.message


def test_a_late_main_clause_is_named_in_the_message():
    text = (
        "Omdat de oude school aan de Kerkweg al jaren te klein is voor alle kinderen uit de nieuwe wijk aan de rand "
        "van het dorp, bouwt de gemeente dit jaar een nieuwe school."
    )
    (finding,) = findings(text)
    assert "De hoofdzaak komt pas na 25 woorden." in finding.message


def test_a_bracket_between_subject_and_verb_is_named_in_the_message():
    text = (
        "De nieuwe regels voor het parkeren (zoals de vergunning voor bewoners, de blauwe zone en de tarieven) "
        "gelden vanaf volgend jaar in de hele binnenstad en in de wijken daaromheen."
    )
    (finding,) = findings(text)
    assert "Tussen het onderwerp en het werkwoord staat een stuk tussen haakjes." in finding.message


def test_a_plain_long_sentence_keeps_the_plain_message():
    text = (
        "Het wijkplan van de gemeente gaat na een lange periode van overleg met de bewoners vooral over de smalle "
        "straatjes rond de oude haven in het noorden van het dorp."
    )
    (finding,) = findings(text)
    assert finding.message == "Deze zin heeft 30 woorden (meer dan 25). Splits de zin in twee kortere zinnen."


def test_a_title_in_bold_italic_glued_to_its_text_is_no_part_of_the_sentence():
    # ***Titel***Tekst: the title ends without punctuation and the text after it starts with a capital
    sentence = (
        "De woonvisie is een gezamenlijk plan van de drie gemeenten in de regio en de twee grote "
        "woningcorporaties die er samen werken aan betaalbare huizen."
    )
    text = f"Tekst ervoor.\n\n***Woonvisie van de regio Noord***{sentence}\n"
    found = check_text(
        text, kind="markdown", path="plan.md", config=Config(select=("BT401",), min_severity="info")
    )
    assert found == []
    # the same title in bold only was already a title
    text = f"Tekst ervoor.\n\n**Woonvisie van de regio Noord**{sentence}\n"
    assert (
        check_text(
            text, kind="markdown", path="plan.md", config=Config(select=("BT401",), min_severity="info")
        )
        == []
    )
