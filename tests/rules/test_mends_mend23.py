"""Defects a writer meets, mended in the sixteenth round (task mend23). Sentences written for these tests."""

from __future__ import annotations

import pytest
from suggestion_checks import found, one

from beleidstaal import check_text
from beleidstaal.config import Config


# (1) zich voornemen, zich realiseren: another verb than the listed one, plain Dutch
@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben ons voorgenomen de weg te verbreden.",
        "Ik had mij voorgenomen het plan eerst te lezen.",
        "De raad heeft zich in 2020 voorgenomen de weg te verbreden.",
        "Wij hebben ons vorig jaar voorgenomen de weg te verbreden.",
        "Dat hebben wij ons voorgenomen.",
        "U heeft u voorgenomen de aanvraag te sturen.",
    ],
)
def test_zich_voornemen_is_no_finding(text):
    assert [f.text for f in found(text, "BT101")] == []


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente heeft zich gerealiseerd dat de weg te smal is.",
        "Wij weten dat wij ons realiseren hoe lastig dit is.",
    ],
)
def test_zich_realiseren_is_no_finding(text):
    assert [f.text for f in found(text, "BT102")] == []


@pytest.mark.parametrize(
    "text,offer",
    [
        ("Wij sturen u ons voorgenomen besluit.", "geplande"),
        ("Het besluit is voorgenomen.", "gepland"),
    ],
)
def test_voornemen_without_a_reflexive_keeps_its_replacement(text, offer):
    assert one(text, "BT101", "voorgenomen").suggestions == [offer]


# (the possessive before the noun: tests/rules/test_mends_mend24.py, which fail before mend24)


# (2) the message names the forms the finding offers
@pytest.mark.parametrize(
    "text,words",
    [
        ("Het besluit is voorgenomen.", "voorgenomen"),
        ("Het voorgenomen besluit ligt ter inzage.", "voorgenomen"),
        ("De huur bedraagt 700 euro per maand.", "bedraagt"),
        ("De school bevindt zich aan de rand van het dorp.", "bevindt"),
        ("De vigerende regels gelden ook hier.", "vigerende"),
    ],
)
def test_the_message_names_the_offered_form(text, words):
    hit = next(f for f in check_text(text, config=Config(min_severity="info")) if words in f.text)
    assert hit.suggestions
    for form in hit.suggestions:
        assert f"'{form.lower()}'" in hit.message.lower(), hit.message
    assert "'geplande'" not in hit.message or hit.suggestions == ["geplande"]


def test_every_listed_example_names_its_offered_form():
    """Over the example of every word-list entry (sentences written for the lists): where the finding offers a
    replacement, the message quotes it in that form."""
    from pathlib import Path

    import tomllib

    config = Config(min_severity="info")
    wrong = []
    for path in sorted((Path(__file__).resolve().parents[2] / "lexicons").glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("entry", []):
            if not entry.get("example"):
                continue
            for f in check_text(entry["example"], config=config):
                if f.term == entry["term"] and f.suggestions:
                    missing = [s for s in f.suggestions if f"'{s.lower()}'" not in f.message.lower()]
                    if missing:
                        wrong.append((entry["term"], missing, f.message))
    assert wrong == []


# (3) one way to join a choice: commas and one 'of'
def test_schrijf_liever_joins_with_of():
    hit = one("De school bevindt zich aan de rand van het dorp.", "BT104", "bevindt")
    assert "Schrijf liever: 'ligt', 'is' of 'staat'." in hit.message


def test_or_list_joins_with_of_with_or_without_quotes():
    """(mend24: the test of did_you_mean passed before the change too; or_list is where the join is made)"""
    from beleidstaal.language.choice import or_list

    assert or_list(["BT101", "BT102", "BT103"], quote=False) == "BT101, BT102 of BT103"
    assert or_list(["met", "via"]) == "'met' of 'via'" and or_list([]) == ""


# (4) BT201: 'mogelijk maken' for a thing or an act, 'helpen' or 'steunen' for people
def test_faciliteren_of_people_is_helping_them():
    (advice,) = one("Het faciliteren van ondernemers blijft ons doel.", "BT201", "faciliteren").advice
    assert "'ondernemers helpen'" in advice and "'ondernemers steunen'" in advice
    assert "mogelijk maken" not in advice


def test_faciliteren_of_a_thing_is_making_it_possible():
    (advice,) = one(
        "Het faciliteren van de bouw van woningen blijft ons doel.", "BT201", "faciliteren"
    ).advice
    assert "'de bouw van woningen mogelijk maken'" in advice
    assert "helpen" not in advice and "steunen" not in advice


# (5) a noun made from a separable verb names that verb; a listed noun with a listed verb: BT201 names the
# verb's plainer verbs (mend24), BT102 the noun's
def test_doorvertaling_names_the_plainer_verbs():
    """mend24 (8): the verb's own entry has plainer verbs (*uitwerken*): BT201 names them, never *doorvertalen*."""
    text = "De doorvertaling van het beleid in het plan volgt later."
    (advice,) = one(text, "BT201", "doorvertaling").advice
    assert "'uitwerken'" in advice and "doorvertalen" not in advice
    assert [f.text for f in found(text, "BT102")] == ["doorvertaling"]


def test_a_particle_noun_names_its_whole_verb():
    hit = one("De doorberekening van de kosten volgt in mei.", "BT201", "doorberekening")
    assert "'doorberekenen'" in hit.message and "'berekenen'" not in hit.message


# (6) bescheid: be + scheid, not the suffix -heid
def test_plural_of_bescheid():
    from beleidstaal.language import morphology

    assert morphology.plural("bescheid") == "bescheiden"
    assert morphology.plural("overheid") == "overheden"


# (7) a possessive pronoun before 'zijn' (Poss=Yes, whatever its label) keeps 'zijn' the possessive
def test_finite_zijn_reads_the_poss_feature():
    from spacy.tokens import Doc

    from beleidstaal.language.morph_tags import finite_zijn
    from beleidstaal.nlp import get_analyser

    words = ["Daarna", "hun", "zijn", "gepland", "."]
    doc = Doc(
        get_analyser().nlp.vocab,
        words=words,
        pos=["ADV", "PRON", "PRON", "VERB", "PUNCT"],
        morphs=["", "Person=3|Poss=Yes|PronType=Prs", "Person=3|Poss=Yes|PronType=Prs", "VerbForm=Part", ""],
        deps=["advmod", "det", "nmod:poss", "ROOT", "punct"],
        heads=[3, 2, 3, 3, 3],
        sent_starts=[True, False, False, False, False],
    )
    assert finite_zijn(doc[2]) is False


# (9) a rewritten clause is read with the text's tagger backstop
def test_check_clause_reads_zijn_as_the_verb():
    from beleidstaal.language.clause_check import check_clause

    assert check_clause("De cijfers zijn periodiek besproken.") is True
    assert check_clause("De raad over het plan spreekt.") is False
