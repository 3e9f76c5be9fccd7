"""BT301/BT302 passive voice: detection, the non-passives, and active rewrites that name the agent."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.language.grammar import infinitive_from_participle, present, split_particle, verb_stem

ONLY = Config(select=("BT301", "BT302"))


def passives(text: str):
    return [f for f in check_text(text, config=ONLY) if f.category == "passief"]


@pytest.mark.parametrize(
    ("infinitive", "third", "stem"),
    [("stellen", "stelt", "stel"), ("maken", "maakt", "maak"), ("realiseren", "realiseert", "realiseer"),
     ("verbeteren", "verbetert", "verbeter"), ("zetten", "zet", "zet"), ("leven", "leeft", "leef"),
     ("gaan", "gaat", "ga"), ("evalueren", "evalueert", "evalueer")],
)  # fmt: skip
def test_conjugation(infinitive, third, stem):
    assert present(infinitive, plural=False) == third
    assert present(infinitive, plural=True) == infinitive
    assert verb_stem(infinitive) == stem


def test_separable_verbs_from_the_participle():
    assert split_particle("inzetten", "ingezet") == ("in", "zetten")
    assert split_particle("vaststellen", "vastgesteld") == ("vast", "stellen")
    assert split_particle("ondersteunen", "ondersteund") == ("", "ondersteunen")
    assert infinitive_from_participle("vastgesteld") == "vaststellen"
    assert infinitive_from_participle("gestegen") == "stijgen"


def test_impersonal_er_wordt_names_the_agent():
    (f,) = passives("Er wordt door de gemeente ingezet op betere zorg.")
    assert f.rule == "BT302"
    assert f.severity == "info"  # a single passive is a tip; BT303 speaks about their share
    assert f.suggestions == ["De gemeente zet in op betere zorg"]


def test_passive_with_agent_becomes_active():
    (f,) = passives("Het plan wordt door de raad vastgesteld.")
    assert f.rule == "BT301"
    assert f.suggestions == ["De raad stelt het plan vast"]


def test_perfect_passive_becomes_perfect_active():
    (f,) = passives("De nota is in maart door het college vastgesteld.")
    assert f.suggestions == ["Het college heeft de nota in maart vastgesteld"]


def test_subordinate_clause_keeps_verb_last():
    (f,) = passives("De nota die door de raad is vastgesteld, ligt ter inzage.")
    assert f.suggestions == ["die de raad heeft vastgesteld"]


def test_modal_passive():
    (f,) = passives("De aanvraag kan door de burgemeester worden afgewezen.")
    assert f.suggestions == ["De burgemeester kan de aanvraag afwijzen"]


def test_without_agent_ask_who_does_it():
    # nobody is known who does it: advice, no rewrite with a guessed 'wij' (issue #17)
    (f,) = passives("Er wordt hard gewerkt aan een oplossing.")
    assert f.rule == "BT302"
    assert not f.suggestions
    assert f.advice == ["Zeg wie het doet."]


@pytest.mark.parametrize(
    "text",
    [
        "Hij is gisteren naar huis gegaan.",
        "De winkel blijft dicht.",
        "Het plan is bekend bij alle bewoners.",
        "De kosten zijn hoog.",
        "De kosten zijn hoger dan verwacht.",
        "De prijzen zijn het afgelopen jaar gestegen.",
        "Het aantal aanvragen is sterk toegenomen.",
        "Het weer wordt morgen beter.",
        "De raad heeft de begroting goedgekeurd.",
        "De regeling is bedoeld voor mensen met een laag inkomen.",
    ],
)
def test_not_passive(text):
    assert passives(text) == []


def test_er_with_a_subject_is_also_impersonal():
    found = passives("Het college vindt het nodig dat er een nieuw plan wordt gemaakt.")
    assert [f.rule for f in found] == ["BT302"]
    # the document names no actor of its own ('het college' is the subject of another verb, not the author)
    assert not found[0].suggestions or found[0].suggestions == ["dat het college een nieuw plan maakt"]


def test_every_finding_has_a_suggestion_or_advice():
    text = (
        "In principe worden de middelen die in het kader van de regionale samenwerking beschikbaar zijn gesteld, "
        "ingezet ten behoeve van de wijkteams. Er wordt onderzocht of een tweede brug mogelijk is."
    )
    found = passives(text)
    # a rewrite where one reads well, otherwise advice
    assert found and all(f.suggestions or f.advice for f in found)


def test_the_passives_of_a_paragraph_are_found_once_per_actor():
    # the same paragraph text is parsed once (the analyser's cache) and its passives are kept with it; another
    # actor setting, or the paragraph at another place, must still give its own findings
    text = "De aanvraag wordt binnen vier weken beoordeeld."
    (plain,) = passives(text)
    (with_actor,) = check_text(text, config=Config(select=("BT301", "BT302"), actor="de gemeente"))
    assert not plain.suggestions and plain.advice
    assert with_actor.suggestions == ["De gemeente beoordeelt de aanvraag binnen vier weken"]
    (again,) = passives(text)
    assert (again.start, again.suggestions, again.advice) == (plain.start, plain.suggestions, plain.advice)
    moved = passives("Wij helpen u graag.\n\n" + text)
    assert [f.start - plain.start for f in moved] == [len("Wij helpen u graag.\n\n")]
