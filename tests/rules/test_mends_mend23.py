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
        ("De verbouwing die u heeft voorgenomen, begint in mei.", "gepland"),
        ("Het besluit is voorgenomen.", "gepland"),
    ],
)
def test_voornemen_without_a_reflexive_keeps_its_replacement(text, offer):
    assert one(text, "BT101", "voorgenomen").suggestions == [offer]


def test_a_possessive_before_the_noun_is_no_reflexive():
    assert [f.text for f in found("Wij hebben ons plan gerealiseerd.", "BT102")] == ["gerealiseerd"]


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


def test_did_you_mean_joins_with_of():
    from beleidstaal.rules.registry import did_you_mean

    said = did_you_mean("BT10", ["BT101", "BT102", "BT103"])
    assert said.count(" of ") == 1 and said.count(", ") == 1
