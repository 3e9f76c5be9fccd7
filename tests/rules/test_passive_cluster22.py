"""Passives whose participle stands before its *worden* at the end of the clause, with other verbs of the cluster
between (bench/quality/real/RESULTS.md, "Twenty-second round: passives the detector did not see (task passrec33)"),
on sentences written for the test. The parser then hangs *worden* three words from the participle (*gemaakt hoeft te
worden*) or makes *worden* the head with the participle below it (*kan niet uitgesloten worden*, *voldaan zal kunnen
worden*); the order with *worden* first was always found, the order with the participle first now too. A form that
is both a present tense and a participle (*bestraat*) before such a cluster is the participle.

Guards: a *worden* after other words is not the participle's (*verbreed is, zal drukker worden*: a copula), and a
present tense without *worden* after it stays a present tense.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def participles(text: str) -> list[str]:
    """The participles of the passives the detector finds (before any decision on reporting)."""
    from beleidstaal.language.passive import find_passives
    from beleidstaal.nlp import get_analyser

    doc = get_analyser().parse([text])[0]
    return [p[0].text for sent in doc.sents for p in find_passives(sent)]


def passives(text: str) -> list[tuple[str, str]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, text[f.offset : f.end_offset]) for f in check_text(text, config=config)]


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        # subordinate clause, modal cluster, both orders
        ("Omdat niet aan de voorwaarden voldaan zal kunnen worden, gaat de bouw niet door.", "voldaan"),
        ("Omdat niet aan de voorwaarden zal kunnen worden voldaan, gaat de bouw niet door.", "voldaan"),
        ("Wij denken dat er geen nieuw plan gemaakt hoeft te worden.", "gemaakt"),
        ("Wij denken dat er geen nieuw plan hoeft te worden gemaakt.", "gemaakt"),
        # main clause, both orders
        ("Wateroverlast kan in dit gebied niet uitgesloten worden.", "uitgesloten"),
        ("Wateroverlast kan in dit gebied niet worden uitgesloten.", "uitgesloten"),
        ("De extra kosten dienen nader verantwoord te worden.", "verantwoord"),
        ("De extra kosten dienen nader te worden verantwoord.", "verantwoord"),
        # relative clause (found; whether it is reported is passive_worth's decision)
        ("De woningen die niet verkocht zullen kunnen worden, gaan naar de corporatie.", "verkocht"),
        # a present tense that is also the participle, before the cluster
        ("De straat die opnieuw bestraat moest worden, is nu klaar.", "bestraat"),
    ],
)
def test_the_participle_before_its_cluster_is_a_passive(sentence, participle):
    assert participle in participles(sentence)


def test_a_modal_cluster_after_the_participle_is_reported_as_the_other_order():
    first = passives("Wateroverlast kan in dit gebied niet uitgesloten worden.")
    other = passives("Wateroverlast kan in dit gebied niet worden uitgesloten.")
    assert [rule for rule, _ in first] == [rule for rule, _ in other] == ["BT301"]
    assert first[0][1] == "uitgesloten worden"


def test_a_duty_in_a_subordinate_clause_is_reported():
    assert passives("Wij denken dat er geen nieuw plan gemaakt hoeft te worden.") == [
        ("BT302", "gemaakt hoeft te worden")
    ]


def test_a_copula_worden_after_other_words_is_not_the_participles():
    assert participles("De weg die verbreed is, zal drukker worden.") == ["verbreed"]  # with its own 'is'
    assert participles("De regels zijn duidelijk geworden.") == []


def test_a_present_tense_without_worden_after_it_stays_a_verb():
    assert participles("Als hij de kast verplaatst, wordt het licht beter.") == []
    # a verb with a direct object is active, also where a comma is left out before the main clause
    assert participles("Als hij de kast verplaatst wordt het licht beter.") == []
    assert participles("De gemeente bestraat de weg en wordt daarvoor betaald.") == ["betaald"]


# -- a text that says *je* to its reader


def test_an_impersonal_passive_in_a_text_that_says_je_is_reported():
    """The advice for such texts named only who can act ('je kunt'); an impersonal passive without a doer asked
    for the examples of who acts in general and raised KeyError (a whole file failed)."""
    text = (
        "Je vraagt de toeslag aan op deze pagina. Je leest hier wat je moet weten. "
        "Er wordt gekeken naar je inkomen en je spaargeld."
    )
    assert ("BT302", "wordt gekeken") in passives(text)


def test_a_perfect_infinitive_before_a_copula_is_no_passive():
    assert participles("Na het formulier te hebben verstuurd wordt de knop groen.") == []


def test_the_modal_before_the_subject_counts_with_the_cluster():
    """*mogen ... gekapt worden* is a permission, as *mogen ... worden gekapt* is: the modal that the parser hangs
    on *worden* belongs to the passive."""
    text = "Als het nest leeg is, mogen de bomen pas gekapt worden nadat de vogels weg zijn."
    assert passives(text) == passives(text.replace("gekapt worden", "worden gekapt"))


def test_a_relative_clause_the_parser_did_not_label_stays_a_relative_clause():
    text = "De sleutel is een geheime code die niet gedeeld dient te worden."
    assert "gedeeld" in participles(text)
    other = text.replace("gedeeld dient te worden", "dient te worden gedeeld")
    assert passives(text) == passives(other) == []


def test_the_second_participle_of_a_relative_clause_stays_in_it():
    assert passives("In de bijlage staan de stukken die gelezen en ondertekend moeten worden.") == []


def test_a_relative_clause_after_the_verb_stays_a_relative_clause():
    assert (
        passives(
            "In de map zit een formulier dat u bewaart en een brief die gelezen en ondertekend moet worden."
        )
        == []
    )


def test_a_participle_of_manner_before_worden_and_its_participle_is_no_second_passive():
    text = "Van deze regels kan gemotiveerd worden afgeweken."
    assert [span for _, span in passives(text)] == ["worden afgeweken"]


# -- review (passrec33): what the cluster must not join


def test_an_active_perfect_before_the_next_clauses_worden_is_no_passive():
    """*hebben* right before *worden*: the participle's perfect, and *wordt* opens the main clause (a comma left
    out). *Hebben* and a passive *worden* share a cluster only with a modal between them."""
    assert participles("Zodra iedereen gestemd heeft wordt de uitslag bekend.") == []
    assert participles("Wanneer de inwoners gereageerd hebben wordt duidelijk wat zij willen.") == []
    assert "verbreed" in participles("Wij vinden dat de brug eerder verbreed had moeten worden.")


def test_what_somebody_becomes_is_no_passive():
    assert participles("Wij weten dat jongeren snel verslaafd kunnen worden aan gokken.") == []
    assert participles("Wij weten dat jongeren snel verslaafd worden aan gokken.") == []
    # a form that is also something done stays a passive
    assert "bezorgd" in participles("Wij weten dat de pakketten snel bezorgd kunnen worden.")


def _bt301(text: str):
    config = Config(select=("BT301",), min_severity="info")
    return [f for f in check_text(text, config=config) if f.rule == "BT301"]


def test_a_modal_the_parse_hangs_on_worden_gives_the_advice_of_the_other_order():
    """*afgesloten zal moeten worden*: the parse hangs *moeten* on *worden*; it is a duty as in *zal moeten worden
    afgesloten*, and the advice asks who must."""
    first = _bt301("De vraag is of de weg afgesloten zal moeten worden tijdens de werkzaamheden.")
    other = _bt301("De vraag is of de weg zal moeten worden afgesloten tijdens de werkzaamheden.")
    assert [f.advice for f in first] == [f.advice for f in other]
    assert "Zeg wie dit moet doen" in " ".join(first[0].advice)


@pytest.mark.parametrize(
    "sentence",
    [
        "De brug had door de provincie gerepareerd moeten worden.",
        "De brug had door de provincie moeten worden gerepareerd.",
        "Wij vinden dat de brug door de provincie gerepareerd had moeten worden.",
    ],
)
def test_had_moeten_keeps_its_past_or_gets_no_rewrite(sentence):
    """*had ... moeten worden*: it did not happen; 'De provincie moet de brug repareren' says it still must."""
    (found,) = _bt301(sentence)
    assert all(" had " in f" {s} " for s in found.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "Opgemerkt dient te worden dat de termijn voor bezwaar kort is.",
        "Hier dient te worden opgemerkt dat de termijn voor bezwaar kort is.",
    ],
)
def test_a_remark_with_a_duty_modal_asks_who_says_so(sentence):
    """*opmerken* with a *dat*-clause right after the cluster: who makes the remark, not who must act."""
    (found,) = _bt301(sentence)
    assert "Zeg wie dit zegt" in " ".join(found.advice)
