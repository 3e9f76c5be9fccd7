"""Review of issue 18.1 (nineteenth round): the replacement of a verb phrase keeps the tense of the verb it
replaces, also where the tagger misreads a past form (*verleende* as a participle, *verleenden* as a present), and
a reflexive pronoun of the old verb does not stay with a new verb that takes none (*wendde zich tot* → not *nam
zich contact op met*)."""

from __future__ import annotations

import pytest

from beleidstaal import check_text


def _suggestions(text: str, term: str) -> list[str]:
    found = [f for f in check_text(text) if f.term == term]
    assert found, f"no finding for {term!r}"
    return found[0].suggestions


@pytest.mark.parametrize(
    "sentence,wanted",
    [
        ("Het bedrijf verleende medewerking aan het onderzoek.", "werkte mee"),
        ("Wij verleenden medewerking aan het onderzoek.", "werkten mee"),
        ("De gemeente verleent medewerking aan het onderzoek.", "werkt mee"),
    ],
)
def test_a_separable_replacement_keeps_the_tense(sentence: str, wanted: str):
    assert _suggestions(sentence, "medewerking verlenen") == [wanted]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zij wendde zich tot de rechter.",
        "De bewoner wendt zich tot het loket in het stadhuis.",
        "Wij wendden ons tot de ombudsman.",
    ],
)
def test_no_reflexive_pronoun_stays_with_a_new_verb_that_takes_none(sentence: str):
    for s in _suggestions(sentence, "wenden tot"):
        assert not {"zich", "ons", "mij"} & set(s.split()), s


def test_an_order_read_as_a_name_gets_no_infinitive():
    """*Retourneer* first in the sentence, tagged as a name: an order; 'Terugsturen het formulier' is no Dutch
    (the order of a separable verb needs two places: *Stuur het formulier terug*)."""
    found = [
        f for f in check_text("Retourneer het ingevulde formulier voor 1 mei.") if f.term == "retourneren"
    ]
    assert found and not any(s.lower() == "terugsturen" for f in found for s in f.suggestions)


def test_the_reflexive_of_a_te_infinitive_stays():
    """*zich* belongs to *houden*, not to *dient*: 'moet zich ... houden'."""
    found = [f for f in check_text("Iedereen dient zich aan de regels te houden.") if f.term == "dienen te"]
    assert found and all("zich" in s.split() for f in found for s in f.suggestions)


def test_an_om_clause_leaves_the_reflexive_to_the_old_verb():
    found = [
        f for f in check_text("Wij wendden ons tot de ombudsman om hulp te vragen.") if f.term == "wenden tot"
    ]
    assert found and not any("ons" in s.split() for f in found for s in f.suggestions)
