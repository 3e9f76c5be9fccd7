"""After blind20 (issues 16 and 18, task tang34). Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def findings(text: str, rule: str):
    return [f for f in check_text(text, config=Config(select=(rule,), min_severity="info")) if f.rule == rule]


def test_a_name_read_as_a_participle_does_not_close_the_bracket():
    # the parser reads *omgevingsrecht* (the end of a name) as a participle and hangs *overgenomen* under it: the
    # bracket of *zijn* closes at *overgenomen*, and the advice names that word
    text = (
        "De omschrijvingen van de begrippen achtererf, zijerf en openbaar toegankelijk gebied zijn uit artikel 4 "
        "lid 1 van Bijlage II bij het Besluit omgevingsrecht overgenomen."
    )
    (f,) = findings(text, "BT501")
    assert text[f.offset : f.end_offset].endswith("omgevingsrecht overgenomen")
    assert "'overgenomen'" in f.message and "'omgevingsrecht'" not in f.message
    assert "'omgevingsrecht'" not in str(f.to_dict())


def test_a_real_participle_after_a_name_keeps_its_bracket():
    # guard: the closing participle itself is unchanged when the name before it is read right
    text = (
        "De definities van de begrippen achtererf, voorerf en openbaar toegankelijk gebied zijn uit artikel 3 lid 2 "
        "van Bijlage II bij het Besluit kwaliteit leefomgeving overgenomen."
    )
    (f,) = findings(text, "BT501")
    assert "'overgenomen'" in f.message


# BT401: a pointer in brackets at the end of a sentence (*(zie afbeelding 5)*) is read after the sentence, not in it


def test_a_pointer_at_the_end_does_not_make_a_sentence_long():
    # 26 words, 22 without the pointer
    text = (
        "Het terrein ligt deels in een strook die in de Structuurvisie Groene Zoom 2040 is aangewezen als open "
        "gebied langs de oude dijk (zie afbeelding 3)."
    )
    assert findings(text, "BT401") == []


def test_a_pointer_in_the_middle_of_a_clause_counts():
    # guard: here the pointer breaks the relative clause, which the reader holds across it (29 words)
    text = (
        "Het terrein ligt deels in een smalle strook die in de Structuurvisie Groene Zoom (zie afbeelding 3) is "
        "aangewezen als open gebied langs de oude dijk bij het dorp."
    )
    assert len(findings(text, "BT401")) == 1


def test_a_sentence_long_without_its_pointer_stays_long():
    # guard: 30 words, 26 without the pointer, in one long stretch
    text = (
        "De gemeente wil in het gebied tussen het station en de haven op termijn ruimte bieden aan nieuwe woningen "
        "voor jongeren en ouderen met een kleine beurs (zie bijlage 4)."
    )
    assert len(findings(text, "BT401")) == 1


def test_a_name_read_as_the_main_participle_does_not_close_the_bracket():
    # review: the parser makes *omgevingsrecht* the sentence's participle and hangs *heeft* under it; the bracket
    # still closes at *overgenomen*, in a statement and in a question
    for text in (
        "De gemeente heeft de begrippen bouwwerk, bijgebouw en erf in deze regels zonder wijziging uit het Besluit "
        "omgevingsrecht overgenomen.",
        "Heeft de gemeente de begrippen bouwwerk, bijgebouw en erf in deze regels zonder wijziging uit het Besluit "
        "omgevingsrecht overgenomen?",
    ):
        (f,) = findings(text, "BT501")
        assert "'overgenomen'" in f.message and "'omgevingsrecht'" not in str(f.to_dict())
