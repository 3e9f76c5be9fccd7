"""Forms of listed words and of the passive that the parse hid (issue 18, item 1; task forms40, twenty-sixth round):

- *dient te* with an infinitive right after *te*: the verb cluster, however the parser hangs *te* (on a participle
  further on: *of onderzoek gedaan dient te worden*), and not a later *te* of an *om*-clause;
- a participle tagged as a name (a capital, first in the sentence: *Geconcludeerd wordt dat*), a preposition
  (*Er dient te worden nagestreefd*) or an adverb (*wordt weergegeven met*) that the parser gives a passive
  auxiliary of its own: a name, a preposition or an adverb takes no auxiliary, so it is the participle.

Sentences written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, config=Config(min_severity="info"))]


@pytest.mark.parametrize(
    "text",
    [
        "Wij weten nog niet of onderzoek gedaan dient te worden overeenkomstig de nieuwe regels.",
        "Er dient te worden nagestreefd om de waarden van het landschap te behouden.",
    ],
)
def test_dient_te_right_before_its_infinitive(text):
    assert ("BT101", "dient te") in found(text)


def test_dienen_te_is_not_stretched_to_a_later_te():
    # the plural, with the *te* of the om-clause further on: the phrase is *dienen te*, not up to *bomen te*
    assert ("BT101", "dienen te") in found("Er dienen te worden nagestreefd om de bomen te sparen.")


@pytest.mark.parametrize(
    "text,span",
    [
        ("Geconcludeerd wordt dat het plan uitvoerbaar is.", "Geconcludeerd wordt"),
        ("Uitgegaan wordt van twee auto's per woning.", "Uitgegaan wordt"),
        ("Aangenomen wordt dat de weg rustig blijft.", "Aangenomen wordt"),
        ("Geconcludeerd kan worden dat de twee woningen passen binnen het plan.", "Geconcludeerd kan worden"),
        ("Er dient te worden nagestreefd om de waarden van het landschap te behouden.", "worden nagestreefd"),
    ],
)
def test_participle_read_as_name_or_preposition_is_a_passive(text, span):
    assert ("BT301", span) in found(text)


def test_participle_read_as_an_adverb_is_a_participle():
    # the model reads *weergegeven* before *met een lijn* as an adverb; with its own *wordt* it is the participle
    # (no passive finding here: the form a quantity is shown in, test_express41)
    from beleidstaal.nlp import get_analyser

    doc = get_analyser().parse(["Het risico wordt weergegeven met een lijn rond het bedrijf."])[0]
    assert [t.pos_ for t in doc if t.text == "weergegeven"] == ["VERB"]


@pytest.mark.parametrize(
    "text",
    [
        "Gezien de kosten is het plan te duur.",  # a preposition with its noun, no auxiliary of its own
        "Jansen wordt de nieuwe voorzitter.",  # a name with a copula: no participle
        "Gedurende de bouw is de weg dicht.",
    ],
)
def test_names_and_prepositions_stay(text):
    assert not any(rule in ("BT301", "BT302") for rule, _ in found(text))


def test_an_auxiliary_of_another_clause_is_not_the_participles():
    # *is* belongs to the main clause, *wordt* (the parser's adverb) is the passive's: no 'is ... nagestreefd'
    text = "Het principe in deze buurten is dat continuïteit wordt nagestreefd en geen snelle transformatie."
    assert not any(rule == "BT301" and span.startswith("is ") for rule, span in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "De naam van de nieuwe school wordt Gelegen.",  # a name chosen, not the participle of liggen
        "Het motto van de campagne in de wijk wordt Bevrijd.",
    ],
)
def test_a_capital_inside_the_sentence_is_a_name_not_a_participle(text):
    # review: only a word first in its sentence has a capital of its own; inside the sentence it names something
    assert not any(rule in ("BT301", "BT302") for rule, _ in found(text))


def test_a_fronted_participle_after_a_list_dash_is_still_first():
    assert ("BT301", "Verwezen wordt") in found("- Verwezen wordt naar de bijlage bij dit besluit.")
