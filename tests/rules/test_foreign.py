"""Text in another language (BT902): an English paragraph gets no Dutch findings, and one notice per document."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.foreign import is_english

#: BT902 runs only when asked for (0 of 9 notices right on the judged sheets); the folding happens always
WITH = Config(select=("BT1", "BT2", "BT3", "BT4", "BT5", "BT902"))

ENGLISH = (
    "This page explains how you can use the tool and what you should do when the input changes. "
    "Please make sure that the feedback from your team is included before the release."
)


def test_english_paragraph_is_skipped_once_with_a_notice():
    text = f"# Handleiding\n\n{ENGLISH}\n\nWij sturen u middels deze brief de input.\n"
    findings = check_text(text, kind="markdown", config=WITH)
    english_end = text.index(ENGLISH) + len(ENGLISH)
    inside = [f for f in findings if f.offset < english_end and f.rule != "BT902"]
    assert inside == []  # 'feedback' and 'input' in the English paragraph are not Dutch word choice
    [notice] = [f for f in findings if f.rule == "BT902"]
    assert notice.severity == "info" and notice.text.startswith("This page")
    assert {f.text for f in findings if f.rule.startswith("BT1")} == {"middels", "input"}


def test_dutch_sentence_with_english_words_stays_dutch():
    sentence = "Het team geeft een update over de input van de bewoners, and that is the plan."
    assert not is_english(sentence)
    found = {f.text for f in check_text(sentence)}
    assert {"update", "input"} <= found
    assert not [f for f in check_text(sentence, config=WITH) if f.rule == "BT902"]


def test_short_english_name_or_heading_is_not_foreign_text():
    assert not is_english("Open Source Program Office")
    assert not is_english("Read the docs")
    assert is_english(ENGLISH)


LONG = (
    "The form that you send to the office is checked by the team before the end of the week, and you will get "
    "an answer from us within ten working days after that."
)


def test_mostly_english_document_gets_no_share_of_long_sentences():
    text = "\n\n".join([LONG] * 12) + "\n\nHet team controleert het formulier.\n"
    findings = check_text(text, config=WITH)
    assert not [f for f in findings if f.rule == "BT404"]  # 12 of 13 sentences are long, but they are English
    # written in English on purpose (almost every word): no notice either
    assert not [f for f in findings if f.rule == "BT902"]
    dutch = (
        "Het formulier dat u naar het kantoor stuurt, controleert het team voor het einde van de week, en u "
        "krijgt binnen tien werkdagen daarna een antwoord van ons."
    )
    text = "\n\n".join([dutch] * 12) + "\n\nHet team controleert het formulier.\n"
    assert [f for f in check_text(text) if f.rule == "BT404"]  # the same text in Dutch gets the share


def test_english_paragraphs_in_a_dutch_text_get_a_notice_an_english_document_none():
    dutch = "Het team controleert het formulier voor het einde van de week en stuurt u daarna een brief."
    mixed = "\n\n".join([dutch] * 3 + [ENGLISH])
    assert [f.rule for f in check_text(mixed, config=WITH) if f.rule == "BT902"] == ["BT902"]
    english = "\n\n".join([ENGLISH, LONG, ENGLISH])
    assert [f for f in check_text(english, config=WITH) if f.rule == "BT902"] == []
    assert not [f for f in check_text(english) if f.rule.startswith("BT1")]  # and no Dutch findings in it


def test_short_english_lines_in_an_english_document_are_english_too():
    text = "\n\n".join([ENGLISH, LONG, "- CMS for content management.", ENGLISH])
    assert not [f for f in check_text(text) if f.rule.startswith("BT1")]  # not 'management' → 'leiding'
    dutch = "Het team controleert het formulier voor het einde van de week en stuurt u daarna een brief."
    mixed = "\n\n".join([dutch] * 4 + ["- CMS for content management."])
    assert [f.text for f in check_text(mixed) if f.rule == "BT103"] == [
        "management"
    ]  # in a Dutch text: Dutch


def test_the_notice_is_off_by_default_and_the_english_paragraph_still_unchecked():
    text = f"# Handleiding\n\n{ENGLISH}\n\nWij sturen u middels deze brief de input.\n"
    findings = check_text(text, kind="markdown")
    assert not [f for f in findings if f.rule == "BT902"]
    english_end = text.index(ENGLISH) + len(ENGLISH)
    assert not [f for f in findings if f.offset < english_end]


def test_an_english_readme_of_short_list_items_is_english():
    # no item has three English function words, so none is English alone; the document has dozens and no Dutch ones
    items = [
        "- Reads the page title from its file name",
        "- Sorts cards by date of last change",
        "- Shows a warning when a page has no title",
        "- Stores the cards for content management",
        "- Skips cards marked as draft",
        "- Adds a footer link to each card",
    ]
    text = "# Card builder\n\nWhat the hook does:\n\n" + "\n".join(items) + "\n"
    findings = check_text(text, kind="markdown")
    assert not [f for f in findings if f.rule.startswith("BT1")]  # not 'management' → 'leiding', 'issue'
    dutch = "Het team controleert het formulier en stuurt u daarna een brief met de uitkomst van de controle."
    # in a Dutch document, an English line is English text too (its words are not the writer's Dutch), while an
    # English loan in a Dutch line keeps its finding
    mixed = "\n\n".join([dutch] * 3) + "\n\n- Stores the cards for content management\n"
    assert not [f for f in check_text(mixed, kind="markdown") if f.rule.startswith("BT1")]
    mixed = "\n\n".join([dutch] * 3) + "\n\n- Wij bewaren de kaarten voor het content management\n"
    assert [f.text for f in check_text(mixed, kind="markdown") if f.rule == "BT103"] == ["management"]


def test_a_short_line_without_function_words_in_an_english_document_is_english():
    # a step list of a setup guide: 'Feedback alignment' and 'Performance review' have no function word at all
    steps = [
        "1. Download the file from the register and open it in the editor",
        "2. Convert the table to a list of rules for the engine",
        "3. Feedback alignment",
        "4. Check the rules with the team of the product owner",
        "5. Performance review",
    ]
    text = "# Steps\n\n" + "\n".join(steps) + "\n"
    assert not [f for f in check_text(text, kind="markdown") if f.rule.startswith("BT1")]
    dutch = "Het team controleert het formulier en stuurt u daarna een brief met de uitkomst van de controle."
    mixed = "\n\n".join([dutch] * 3) + "\n\n- Feedback alignment\n"
    assert [f.text for f in check_text(mixed, kind="markdown") if f.rule == "BT103"] == ["alignment"]


def test_a_dutch_readme_with_an_english_licence_keeps_its_dutch_list_items():
    # most words are English (the licence), but one paragraph is Dutch: the document is not English throughout
    licence = (
        "You may use this work for any purpose, and you may share it with anyone who asks for it, as long as you "
        "keep this notice with every copy of the work and you do not claim that the work is your own. "
    )
    text = (
        "# Regelbeheer\n\nDit project bevat de regels voor de aanvraag van een vergunning.\n\n"
        "- Aanvraag middels DigiD\n- Stakeholder management\n\n## Licentie\n\n" + licence * 3 + "\n"
    )
    found = [(f.rule, f.text) for f in check_text(text, kind="markdown") if f.rule in ("BT101", "BT103")]
    assert ("BT101", "middels") in found and ("BT103", "management") in found
