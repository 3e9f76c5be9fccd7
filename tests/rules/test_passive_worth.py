"""Which passives are worth a finding (language.passive_worth.worth_reporting): a doer that hides and matters, not a
state, a description, history, a rule for everyone or a general statement (issue #16, real-text false positives).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def rules(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=PASSIVES)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het plan is voorgelegd aan de commissie.",  # short state / result with zijn
        "De woning is gelegen aan de Dorpsstraat.",  # stative participle
        "Het plangebied is op de kaart rood omlijnd.",
        "De subsidie is bestemd voor jonge gezinnen.",
        "Dit is de afstand die moet worden aangehouden.",  # relative clause
        "Wij zoeken een manier waarmee wordt aangetoond dat het werkt.",
        "In 1920 werd begonnen met de bouw van de school.",  # history
        "Op deze gronden mogen geen bouwwerken worden gebouwd.",  # a rule for everyone
        "Een plicht wordt uitgedrukt als een handeling van een persoon.",  # general statement
        "Op het plein wordt er volop gespeeld.",  # natural impersonal passive
        "Er is een voorlopige voorziening aangevraagd.",
        # a clause inside a relative clause
        "Wij zoeken de middelen waarmee wordt aangetoond dat de aanvraag op de juiste manier is ingediend.",
    ],
)
def test_passives_where_the_doer_does_not_matter_are_not_reported(sentence):
    assert rules(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Het besluit over de nieuwe school wordt morgen genomen.", "BT301"),
        ("Het beleid dient te worden herijkt.", "BT301"),
        ("Het plan is door de raad vastgesteld.", "BT301"),  # a named doer: always worth the active
        (
            "Het voor de aanvraag van de vergunning benodigde formulier is naar de verkeerde afdeling gestuurd.",
            "BT301",
        ),
        ("Er wordt ingezet op preventie.", "BT302"),
        ("Er wordt door de gemeente ingezet op preventie.", "BT302"),
        # *er* with a subject after *worden* hides a doer as much as one without (pass48: the editors accepted 11 of
        # 11 such findings on a dev sheet)
        ("Er worden steeds meer afspraken gemaakt.", "BT302"),
        ("In 1920 werd de school door de gemeente gebouwd.", "BT301"),
    ],
)
def test_passives_that_hide_a_doer_or_are_long_are_still_reported(sentence, rule):
    assert rules(sentence) == [rule]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb that says where something lies: a description of a place, also with a door-phrase
        "Het dorp wordt aan de oostkant begrensd door een brede rivier.",
        "Het dorp is aan de westkant ingeklemd door de snelweg en de rivier.",
        # 'beperkt' after 'zijn' is an adjective (limited), not a passive
        "De financiële middelen van de gemeente zijn de komende jaren beperkt en de kosten stijgen.",
        # 'bepaalt' is a present tense (the participle is 'bepaald'): no passive with 'zijn' before it
        "Het moet een website zijn waarvan de eigenaar bepaalt welke teksten erop staan.",
        # what stands between brackets does not make a short state passive long
        "Het rapport (nummer 2023/11, versie 2) is opgenomen in bijlage 3.",
        # a participle before its noun describes the noun
        "De aanbouw is volgens de regels mogelijk op basis van een eerder verkregen vergunning van de gemeente.",
    ],
)
def test_descriptions_states_and_misreadings_are_not_passives_worth_reporting(sentence):
    assert rules(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Omdat er in de wijk veertig woningen worden gebouwd, komt er een nieuwe weg.", "BT302"),
        ("Het park wordt volgend jaar door de gemeente opnieuw ingericht.", "BT301"),
    ],
)
def test_the_same_constructions_with_a_hidden_doer_are_still_reported(sentence, rule):
    assert rules(sentence) == [rule]


def test_a_door_phrase_that_says_how_is_not_the_doer():
    from beleidstaal.core import check_text

    findings = check_text("Het recht wordt gecreëerd door het verrichten van een handeling.", config=PASSIVES)
    assert [f.rule for f in findings] == ["BT301"]
    assert "het verrichten" not in " ".join(findings[0].advice + findings[0].suggestions)


def test_a_zoals_clause_that_points_to_the_text_is_not_reported():
    # 'zoals in hoofdstuk 2 is uiteengezet' points to another part of the document; the main clause still counts
    text = "Zoals in het vorige hoofdstuk uiteen is gezet, wordt in het nieuwe beleid meer ruimte gegeven aan groen."
    assert [f.text for f in check_text(text, config=PASSIVES)] == [
        "wordt in het nieuwe beleid meer ruimte gegeven"
    ]
    # a zoals-clause with a verb of its own ends before the passive
    assert rules("Zoals de naam al aangeeft is in de nota het beleid van de provincie beschreven.") == [
        "BT301"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze standaard beschrijft hoe gegevens veilig kunnen worden uitgewisseld tussen organisaties.",
        "De eigenaar bepaalt waar de bestanden worden bewaard en waar ze kunnen worden verwijderd.",
    ],
)
def test_an_indirect_question_as_object_is_a_topic_not_a_hidden_doer(sentence):
    assert rules(sentence) == []


def test_a_main_clause_after_the_indirect_question_is_still_reported():
    text = "De eigenaar bepaalt waar de bestanden worden bewaard en de oude bestanden worden verwijderd."
    assert rules(text) == ["BT301"]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Het dorp wordt aan de oostkant begrensd door de rivier.", "spatial"),
        ("Het rapport wordt door de gemeente vastgesteld.", None),
        ("De afstand die moet worden aangehouden, staat in de tabel.", "relative"),
        ("In 1920 werd begonnen met de bouw van de kerk.", "past"),
        ("De subsidie vervalt indien er zonnepanelen worden geplaatst.", "condition"),
        ("Het plan is voorgelegd aan de commissie.", "zijn-short"),
        ("Er worden volgend jaar nieuwe afspraken gemaakt.", None),
        # the subject that the parser labels an object: no activity without a subject (*er wordt gebouwd*)
        ("Er worden aan de rand van het dorp veertig huizen gebouwd.", None),
        ("De aanvraag moet binnen zes weken worden ingediend.", None),
    ],
)
def test_left_out_because_names_the_decision(sentence, reason):
    """``left_out_because`` says which branch of ``worth_reporting`` decides (the study of
    ``bench/quality/real/passive_signals.py`` counts them); None for a passive that is reported."""
    from beleidstaal.language.passive import find_passives
    from beleidstaal.language.passive_worth import left_out_because, worth_reporting
    from beleidstaal.nlp import get_analyser

    doc = get_analyser().parse([sentence])[0]
    found = [p for sent in doc.sents for p in find_passives(sent)]
    assert len(found) == 1
    assert left_out_because(*found[0]) == reason
    assert worth_reporting(*found[0]) == (reason is None)
