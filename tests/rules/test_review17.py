"""Two regressions the last review of the seventeenth round found (mend27, sugg28), on sentences written for them.

- A joined *voorkomt* in a clause of its own is 'occur' (*omdat het vaak voorkomt dat ...*): the usual-practice
  exception holds there; only in a main clause is a joined *voorkomt* 'prevent'.
- A *zijnde* clause after the noun's complement would point at the complement's noun when that noun takes the same
  *die/dat ... is/zijn* (*de wijziging van de regeling die in voorbereiding is*): then the clause stands by the noun.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

PASSIVES = Config(select=("BT301", "BT302"), min_severity="info")


def passives(text: str) -> list[str]:
    return [f.rule for f in check_text(text, config=PASSIVES)]


@pytest.mark.parametrize(
    "text",
    [
        "Wij controleren vaker, omdat het vaak voorkomt dat er afval wordt gestort.",
        "Wij weten dat het soms voorkomt dat formulieren te laat worden ingestuurd.",
    ],
)
def test_a_joined_voorkomt_in_a_clause_of_its_own_is_occur(text):
    assert passives(text) == []


def test_a_joined_voorkomt_in_a_main_clause_is_prevent():
    assert passives("Het voorkomt dat de struiken worden gesnoeid.") != []


def zijnde_advice(text: str) -> str:
    hits = [f for f in check_text(text, config=Config(min_severity="info")) if f.text == "zijnde"]
    assert len(hits) == 1, text
    return hits[0].advice[0]


@pytest.mark.parametrize(
    "text,example",
    [
        # the complement's noun takes the same pronoun: the clause stays by the noun
        (
            "De in behandeling zijnde aanvraag van de bewoner wordt besproken.",
            "'De aanvraag die in behandeling is'",
        ),
        (
            "Het in voorbereiding zijnde voorstel van het bestuur ligt klaar.",
            "'Het voorstel dat in voorbereiding is'",
        ),
        # another pronoun or number: the clause after the complement is clear
        (
            "De in behandeling zijnde aanvraag van het bedrijf wordt besproken.",
            "'De aanvraag van het bedrijf die in behandeling is'",
        ),
        (
            "De in voorbereiding zijnde regels van het schap worden besproken.",
            "'De regels van het schap die in voorbereiding zijn'",
        ),
    ],
)
def test_a_zijnde_clause_never_reads_as_said_of_the_complements_noun(text, example):
    assert zijnde_advice(text).endswith(example + ".")


def rewrites(text: str) -> list[str]:
    return [s for f in check_text(text, config=PASSIVES) for s in f.suggestions]


def test_a_bare_name_the_parse_did_not_take_for_the_subject_is_never_made_the_doer():
    # the parse hangs the name on the verb as an oblique: a rewrite that keeps it first reverses who pays whom
    assert not any(
        s.startswith("Staatsbosbeheer") for s in rewrites("Staatsbosbeheer wordt door het Rijk betaald.")
    )
    assert not any(
        s.startswith("Staatsbosbeheer")
        for s in rewrites("Staatsbosbeheer wordt door de provincie gesubsidieerd.")
    )


def test_a_bare_day_first_stays_an_adverb_of_time():
    assert rewrites("Maandag wordt door de raad vergaderd.") == ["Maandag vergadert de raad"]


def test_a_name_the_tagger_read_as_an_adverb_is_never_made_the_doer():
    # 'Vitens' (rare as a word) is tagged as an adverb: 'Vitens controleert de gemeente' reversed who checks whom
    assert not any(s.startswith("Vitens") for s in rewrites("Vitens wordt door de gemeente gecontroleerd."))


def test_a_name_the_text_writes_with_its_capital_mid_sentence_keeps_it_when_moved():
    text = (
        "Rijkswaterstaat wordt door de minister gecontroleerd. Wij overleggen elk jaar met Rijkswaterstaat."
    )
    assert rewrites(text) == ["De minister controleert Rijkswaterstaat"]


def test_a_common_adverb_first_keeps_its_rewrite():
    assert rewrites("Vervolgens wordt door de raad gestemd.") == ["Vervolgens stemt de raad"]


def test_the_advice_names_a_doer_the_sentence_writes_with_a_capital_as_written():
    # 'door Rijkswaterstaat' mid-sentence: the advice quoted 'rijkswaterstaat', a name without its capital (rev5)
    text = "De dijk wordt door Rijkswaterstaat versterkt. Rijkswaterstaat is de beheerder."
    hits = [
        f
        for f in check_text(text, config=Config(select=("BT301",), min_severity="info"))
        if f.rule == "BT301"
    ]
    advice = " ".join(a for f in hits for a in f.advice)
    assert "'Rijkswaterstaat'" in advice and "'rijkswaterstaat'" not in advice


@pytest.mark.parametrize(
    "text",
    [
        "- Vitens wordt door de gemeente gecontroleerd.",  # a list item (rev5: 'Vitens controleert de gemeente')
        "• Vitens wordt door de gemeente gecontroleerd.",
    ],
)
def test_a_name_read_as_an_adverb_after_a_list_mark_is_never_made_the_doer(text):
    assert not any(s.lstrip("-• ").startswith("Vitens") for s in rewrites(text))


def test_a_rewrite_that_opens_a_list_item_starts_with_a_capital():
    # rev5: 'de provincie betaalt Evides' after the list mark
    text = "- Vitens wordt door de gemeente gecontroleerd.\n- Evides wordt door de provincie betaald."
    assert "De provincie betaalt Evides" in rewrites(text)
