"""Issue 18, item 1 (thirty-first round, task forms45): listed entries missed in forms the matcher did not see, as
study words33 found them on the dev half, mended as statements about Dutch forms, for every entry of the kind.

- A noun with a short vowel before its last consonant has two plural shapes (*handvaten*, *handvatten*); the other
  one counts where general Dutch writes it and it is no other word (``language/entry_forms.other_plurals``).
- A verb the dictionary's lemma tables list is a verb, with all its forms, also where wordfreq knows none of them
  (*mitigeren*: *gemitigeerd*).
- The present participle of a listed verb before its noun is the verb's word (*mitigerende maatregelen*), whatever
  lemma the tagger gives it; not where the dictionary lists it as an adjective of its own (*verstrekkende
  gevolgen*) (``entry_forms.adjective_participles``, ``lexical_adjective``).
- *kaderstellend* in its base form (*is kaderstellend voor*) and written open (*is kader stellend voor*).

Sentences written for the test.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

CONFIG = Config(min_severity="info")


def _findings(sentence: str) -> dict[str, object]:
    """term -> finding, for the word-list findings of one sentence."""
    return {f.term: f for f in check_text(sentence, config=CONFIG) if f.term}


# ---------------------------------------------------------------------------------------------------------------
# a noun's other plural


@pytest.mark.parametrize(
    "sentence",
    [
        "De woonvisie geeft handvatten voor nieuwe projecten.",
        "Het kader biedt handvatten voor de uitvoering van het beleid.",
        "Wij zoeken naar handvatten om de buurt te betrekken.",
    ],
)
def test_the_other_plural_of_a_listed_noun_is_found(sentence: str):
    found = _findings(sentence)
    assert "handvat" in found, sorted(found)
    assert found["handvat"].text == "handvatten"


@pytest.mark.parametrize(
    ("noun", "plurals"),
    [
        ("handvat", {"handvatten"}),  # beside handvaten, which the spelling rules give (from *vat*)
        ("tender", set()),  # *tenderen* is a verb of its own
        ("gesprek", set()),  # *gespreken* is a misspelling, far rarer than *gesprekken*
        ("woning", set()),  # no short vowel before one last consonant
    ],
)
def test_other_plurals(noun: str, plurals: set[str]):
    from beleidstaal.language.entry_forms import other_plurals

    assert other_plurals(noun) == plurals


# ---------------------------------------------------------------------------------------------------------------
# a verb the dictionary lists, and its present participle before a noun


def test_a_verb_the_dictionary_lists_has_the_forms_of_a_verb():
    from beleidstaal.language.entry_forms import term_classes

    assert term_classes("mitigeren") == ("VERB",)
    found = _findings("Het risico op wateroverlast wordt door de gemeente gemitigeerd.")
    assert found["mitigeren"].text == "gemitigeerd"


@pytest.mark.parametrize(
    ("sentence", "term", "text"),
    [
        (
            "Als mitigerende maatregel plaatst de aannemer een scherm langs de weg.",
            "mitigeren",
            "mitigerende",
        ),
        ("Enkel mitigerende maatregelen die echt werken, zijn toegestaan.", "mitigeren", "mitigerende"),
        (
            "Voor de sloop moeten mitigerende en compenserende maatregelen worden uitgevoerd.",
            "mitigeren",
            "mitigerende",
        ),
        ("De aannemer zal tijdelijke mitigerende maatregelen treffen.", "mitigeren", "mitigerende"),
        ("De faciliterende rol van de gemeente is belangrijk.", "faciliteren", "faciliterende"),
    ],
)
def test_the_present_participle_before_its_noun_is_the_listed_verb(sentence: str, term: str, text: str):
    found = _findings(sentence)
    assert term in found, sorted(found)
    assert found[term].text == text
    assert found[term].advice  # advice in the words of the verb, no replacement of the participle


def test_a_present_participle_the_dictionary_lists_as_an_adjective_is_another_word():
    # *verstrekkend* is 'far-reaching', not a form of *verstrekken* (provide), whatever lemma the tagger gives it
    assert "verstrekken" not in _findings("Het besluit heeft verstrekkende gevolgen voor de buurt.")
    from beleidstaal.language.entry_forms import adjective_participles, lexical_adjective

    assert adjective_participles("verstrekken") == frozenset()
    assert lexical_adjective("verstrekkende", "verstrekken")
    assert adjective_participles("mitigeren") == {"mitigerend", "mitigerende"}


# ---------------------------------------------------------------------------------------------------------------
# kaderstellend


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("De woonvisie is kaderstellend voor nieuwe projecten in het dorp.", "kaderstellend"),
        ("De woonvisie is kader stellend voor nieuwe projecten in het dorp.", "kader stellend"),
    ],
)
def test_kaderstellend_in_its_base_form_and_written_open(sentence: str, text: str):
    found = [f for f in check_text(sentence, config=CONFIG) if f.term and "kader" in f.term]
    assert [f.text for f in found] == [text]
