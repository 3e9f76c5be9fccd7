"""What the review of mend26 + passive26 found (task mend27, bench/quality/real/RESULTS.md, "Seventeenth round:
mend27"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from suggestion_checks import found

from beleidstaal import check_text
from beleidstaal.config import Config


# (1) a particle that is no noun of compounds keeps its verb, a rare particle verb too
@pytest.mark.parametrize(
    "text,verb",
    [
        ("Door de overbemesting van de akkers raakt het grondwater vervuild.", "overbemesten"),
        ("De voorbespreking van het bezwaar vindt plaats in het stadhuis.", "voorbespreken"),
        ("De tegenfinanciering van het plan door het waterschap is nog onzeker.", "tegenfinancieren"),
        ("De meeontwikkeling van het park door de buurt loopt goed.", "meeontwikkelen"),
    ],
)
def test_a_rare_particle_verb_keeps_its_particle(text, verb):
    hit = found(text, "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == verb, [f.data for f in hit]


# (1) guard: a road stays a road
def test_a_road_compound_still_loses_weg():
    hit = found("Tijdens de wegverharding van de Kerkstraat is de bus omgeleid.", "BT201")
    assert len(hit) == 1 and hit[0].data["verb"] == "verharden", [f.data for f in hit]


# -- (2) the 'usual practice' exception of the passive rules ------------------------------------------------------


def passives(text: str, actor: str | None = None) -> list[tuple[str, list[str]]]:
    """(rule, suggestions) of the passive findings of one sentence."""
    config = Config(select=("BT301", "BT302"), min_severity="info", actor=actor)
    return [(f.rule, list(f.suggestions)) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text",
    [
        # a finite voorkomen with its particle not split off is 'prevent'
        "Het voorkomt dat de vijver wordt vervuild.",
        # a norm: a modal of duty or permission in the main clause
        "Het mag nooit voorkomen dat een klacht wordt vergeten.",
        # a complaint: an excess degree, or niet before what is normal
        "Het gebeurt te vaak dat brieven niet worden gelezen.",
        "Het is niet normaal dat de brieven pas na een maand worden beantwoord.",
        "Het is niet gebruikelijk dat de leges worden verdubbeld.",
    ],
)
def test_a_weighed_practice_keeps_the_finding(text):
    assert [rule for rule, _ in passives(text)] == ["BT301"]


@pytest.mark.parametrize(
    "text",
    [
        "In dit dorp is het niet ongebruikelijk dat de straat wordt versierd.",
        "Het kan voorkomen dat de veerpont wordt stilgelegd.",
        "Het gebeurt vaak dat de bus wordt omgeleid.",
    ],
)
def test_a_practice_still_has_no_doer_to_name(text):
    assert passives(text) == []


def test_with_the_actor_setting_a_usual_practice_is_the_actors_routine_act():
    ((rule, suggestions),) = passives(
        "Het is gebruikelijk dat het verslag binnen een week wordt gepubliceerd.", "wij"
    )
    assert rule == "BT301" and suggestions and "wij het verslag" in suggestions[0], suggestions


def test_with_the_actor_setting_a_usual_practice_without_a_rewrite_stays_left_out():
    assert passives("In de dorpen is het niet ongebruikelijk dat er koffie wordt geschonken.", "wij") == []


# -- (3) the duty advice with the actor setting ------------------------------------------------------


def with_actor(text: str) -> list[tuple[list[str], list[str]]]:
    config = Config(select=("BT301", "BT302"), min_severity="info", actor="de gemeente")
    return [(list(f.suggestions), list(f.advice)) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    "text,rewrite",
    [
        (
            "Het verzoek moet binnen vier weken worden afgehandeld.",
            "De gemeente moet het verzoek binnen vier weken afhandelen",
        ),
        ("De speelplaats moet worden vernieuwd.", "De gemeente moet de speelplaats vernieuwen"),
    ],
)
def test_a_duty_gets_advice_even_where_the_actor_would_fit(text, rewrite):
    # the rewrite would be right here, but on real plans half of such duty rewrites named the wrong doer (the
    # rule binds the owner, the builder, whoever measures): a duty always gets the advice to say who must act
    ((suggestions, advice),) = with_actor(text)
    assert rewrite not in suggestions and advice[0].startswith("Zeg wie dit moet doen")


@pytest.mark.parametrize(
    "text",
    [
        "De leges moeten vooraf worden betaald.",
        "Het formulier moet binnen een maand worden ingediend.",
        # a capital mid-sentence ('De gemeente moet Zienswijzen ...') is never offered
        "Zienswijzen moeten per brief worden ingediend.",
    ],
)
def test_an_applicants_duty_gets_advice(text):
    ((suggestions, advice),) = with_actor(text)
    assert suggestions == [] and advice[0].startswith("Zeg wie dit moet doen")


def test_a_sentence_initial_adverb_never_keeps_its_capital_mid_sentence():
    for suggestions, _ in with_actor("Jaarlijks moet worden gekeken naar de gevolgen voor de buren."):
        assert not any(" Jaarlijks" in s for s in suggestions), suggestions


def test_a_noun_taken_for_a_name_never_keeps_its_capital_mid_sentence():
    for suggestions, _ in with_actor("Bezwaren worden binnen tien weken afgehandeld."):
        assert not any(" Bezwaren" in s for s in suggestions), suggestions


# -- (4) realiseren/realisatie: the task sense by the object only; (7) verankering of people ----------------------


def word_list_advice(text: str, term: str) -> str:
    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.text.lower() == term]
    assert len(hits) == 1, [(f.rule, f.text) for f in check_text(text)]
    return " ".join(hits[0].advice)


@pytest.mark.parametrize(
    "text,term",
    [
        # als opens a phrase of role, not the object: the object (de speeltuin) decides
        ("De gemeente realiseert als opdracht van de raad een nieuwe speeltuin.", "realiseert"),
        # a noun's object is its van-phrase, not another phrase of the noun
        ("De realisatie van de brug als maatregel tegen de drukte kost veel.", "realisatie"),
        ("De realisatie van de school volgens de opdracht van het bestuur begint in juni.", "realisatie"),
    ],
)
def test_a_phrase_that_is_not_the_object_does_not_make_it_a_task(text, term):
    assert "'uitvoer" not in word_list_advice(text, term) or "'bouw" in word_list_advice(text, term)


@pytest.mark.parametrize(
    "text,term",
    [
        ("Het team realiseert de opdracht binnen een jaar.", "realiseert"),
        ("De realisatie van de nieuwe taken vraagt extra mensen.", "realisatie"),
        ("Wij realiseren de klimaatmaatregelen in drie jaar.", "realiseren"),
    ],
)
def test_a_task_as_object_is_carried_out(text, term):
    advice = word_list_advice(text, term)
    assert "'uitvoer" in advice and "'bouw" not in advice, advice


def test_the_verankering_of_people_is_not_their_vastlegging():
    advice = word_list_advice("De verankering van de ouderen in het dorp kost moeite.", "verankering")
    assert "vastlegging" not in advice and "blijven" in advice, advice


# -- (5) the subject of a support verb is not looked for beyond the clause's edge ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter meldt dat er na de pauze een toelichting wordt gegeven.",
        "Wanneer er een uitleg wordt gegeven, begrijpen de ouders het beter.",
    ],
)
def test_a_support_verb_clause_without_subject_gets_advice(text):
    hits = [f for f in found(text, "BT202") if "gegeven" in f.text]
    assert len(hits) == 1 and hits[0].suggestions == [], [(f.text, f.suggestions) for f in hits]


# -- (6) 'ook' inside a noun phrase, whatever relation the parse gives the article --------------------------------


@pytest.mark.parametrize(
    "text,word",
    [
        ("Deze tevens belangrijke afspraken staan in de bijlage.", "tevens"),
        ("Die eveneens belangrijke punten staan in de brief.", "eveneens"),
        ("Dat is het laatste en tevens enige verzoek van de buurt.", "tevens"),
    ],
)
def test_ook_is_not_offered_inside_a_noun_phrase(text, word):
    hits = [f for f in found(text, "BT101") if f.text == word]
    assert len(hits) == 1 and hits[0].suggestions == [], [(f.text, f.suggestions) for f in hits]
