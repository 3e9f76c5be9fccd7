"""A finding's text says each thing once: the word-list message drops an advice sentence whose content words the
reason already says (also in other words), and the front ends name a replacement once (sugg29)."""

from __future__ import annotations

import json
import re

import pytest

from beleidstaal import Config, check_path
from beleidstaal.core import check_text
from beleidstaal.language.said import content_words, new_sentences, repeats, says_again
from beleidstaal.lsp.features import hover_markdown
from beleidstaal.outputs import html as html_report
from beleidstaal.outputs import sarif
from beleidstaal.rules.registry import all_rules, get_rule


def test_a_sentence_with_no_new_content_word_is_a_repeat():
    assert repeats("'x': Vaag; noem de mensen bij naam. Noem ze.") == ["Noem ze."]
    assert repeats("'x': Vulwoord; schrap het. Schrappen.") == ["Schrappen."]  # the same verb, another form
    assert repeats("'x': Stijf woord. Schrijf liever: 'met'.") == []  # a quoted replacement is content
    assert repeats("Een actieve zin is directer: zeg wie het doet. Zeg wie het doet.") == [
        "Zeg wie het doet."
    ]
    assert repeats("Slogan; zeg wat u doet. Zeg wat u voor ouders doet.") == []  # 'ouders' is new


def test_a_question_word_is_content():
    # *zeg wat* asks another thing than *zeg waarom*: the second sentence is no repeat
    assert not says_again("Zeg wat u doet.", "Modewoorden; zeg waarom u iets doet.")
    assert says_again("Zeg wat u doet.", "Vage belofte; zeg wat u gaat doen.")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Wij verkennen de mogelijkheden voor een nieuwe sporthal in de wijk.", "mogelijkheid verkennen"),
        ("Dit jaar moeten wij met de nieuwe fietspaden echt meters maken.", "meters maken"),
    ],
)
def test_reason_and_advice_of_an_entry_say_the_action_once(text, term):
    f = _one(text, term)
    assert f.message.lower().count("zeg ") == 1, f.message


def test_content_words_and_new_sentences():
    assert content_words("Zeg wat u bedoelt.") == content_words("zegt wat u bedoelt")
    assert "met" in content_words("Schrijf liever: 'met'.") and "met" not in content_words("met de hand")
    assert says_again("Noem ze.", "Noem de leden bij naam.")
    assert not says_again("Schrap 'ten einde'.", "Stijf woord.")
    assert new_sentences(["Noem ze.", "Kies een datum."], "Vaag; noem de leden.") == ["Kies een datum."]


#: every rule, also those off by default (BT108, hedges)
EVERY_RULE = Config(select=tuple(r.code for r in all_rules()))


def _one(text: str, term: str):
    found = [f for f in check_text(text, config=EVERY_RULE) if f.term == term]
    assert len(found) == 1, found
    return found[0]


def test_vague_parties_say_name_them_once():
    f = _one("Wij overleggen volgende week met de betrokken partijen over het plan.", "betrokken partij")
    assert f.message.endswith("noem de partijen bij naam.") and "Noem ze" not in f.message
    # the advice field keeps its own sentence (JSON, SARIF, LSP: separate fields)
    assert "Noem ze." in f.advice
    assert repeats(f.message) == []


def test_a_filler_says_strike_it_once():
    f = _one("Feitelijk begint het werk pas in het voorjaar.", "feitelijk")
    assert "Schrappen" not in f.message and "schrap het" in f.message


@pytest.mark.parametrize(
    ("text", "term", "said"),
    [
        (
            "Op deze school staat het kind centraal.",
            "het kind centraal",
            "zeg wat u concreet voor kinderen doet",
        ),
        ("In ons ziekenhuis staat de patiënt centraal.", "de patiënt centraal", "voor patiënten"),
    ],
)
def test_a_slogan_says_what_to_do_once(text, term, said):
    f = _one(text, term)
    assert said in f.message.lower()
    assert f.message.lower().count("zeg wat u concreet") == 1 and repeats(f.message) == []


def test_sprake_says_say_it_directly_once():
    f = _one("Er is sprake van veel lawaai in de straat.", "sprake")
    assert f.message.lower().count("zeg direct wat er is") == 1, f.message


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    """A check of a text whose replacements the message names (*Schrijf liever: 'met', 'via' of 'door'.*)."""
    nota = tmp_path_factory.mktemp("said") / "nota.md"
    nota.write_text("# Plan\n\nWij sturen u middels deze brief het nieuwe plan.\n", encoding="utf-8")
    result = check_path(nota, config=Config())
    f = next(f for f in result.findings if f.term == "middels")
    assert "Schrijf liever: 'met'" in f.message and f.suggestions
    return result, f


def test_the_html_list_does_not_name_a_replacement_twice(named):
    result, f = named
    page = html_report.render([result])
    item = next(li for li in re.findall(r"<li id=[^>]*>.*?</li>", page, re.S) if "middels" in li)
    assert "Schrijf liever" in item and "Suggestie" not in item


def test_sarif_names_a_replacement_once_and_keeps_the_fix(named):
    result, f = named
    run = json.loads(sarif.render([result]))["runs"][0]
    found = next(r for r in run["results"] if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
                 == f.text)  # fmt: skip
    assert "Suggestie" not in found["message"]["text"]
    assert found.get("fixes")  # the replacements stay a separate field


def test_the_lsp_hover_does_not_name_a_replacement_twice(named):
    _, f = named
    hover = hover_markdown(f, get_rule(f.rule))
    assert "Schrijf liever" in hover and "Beter:" not in hover


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Zeg wanneer het niet geldt.", "Vaag voorbehoud; zeg wanneer het geldt."),
        ("Gebruik geen afkorting.", "Stijf; gebruik een afkorting."),
        ("Zeg wanneer het wel kan.", "Vaag; zeg wanneer het niet kan."),
        ("Noem nooit een bedrag.", "Noem een bedrag."),
        # the particle of a separable verb makes another verb
        ("Leg het uit.", "Leg het vast."),
        ("Stel een datum voor.", "Stel de datum vast."),
        ("Zeg het af.", "Zeg het."),
    ],
)
def test_a_negation_or_a_particle_is_content(sentence, said):
    # a sentence that says the opposite, or names another verb, adds something: 'niet', 'geen', 'nooit', 'wel'
    # and 'uit', 'voor', 'af' are no function words here
    assert not says_again(sentence, said)
    assert new_sentences([sentence], said) == [sentence]
