"""BT301/BT302: the doer that the advice and the message quote is the noun phrase after *door*, not what the parse
hung on it (task sugg36). A date, a purpose or 'in opdracht van' after the doer belongs to the verb; a second
article or a second bare noun begins the object; *een ieder* is the doer on its own. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

ONLY = Config(select=("BT301", "BT302"), min_severity="info")


def finding_on(sentence: str, words: str):
    found = [f for f in check_text(sentence, config=ONLY) if words in f.text]
    assert found, [f.text for f in check_text(sentence, config=ONLY)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # a date after the doer says when, not who
        ("Het plan is vastgesteld door de raad op 5 mei 2020.", "vastgesteld", "de raad"),
        (
            "De visie is vastgesteld door de gemeenteraad van Utrecht op 12 maart 2019.",
            "vastgesteld",
            "de gemeenteraad van Utrecht",
        ),  # fmt: skip
        # a second bare noun is the object the parse joined to the doer
        ("Voor de kosten zijn door de aanvrager leges betaald.", "betaald", "de aanvrager"),
        # een ieder (everyone) is the doer; the noun after it is the object
        (
            "Tijdens de inzage konden door een ieder zienswijzen worden ingediend bij de raad.",
            "ingediend",
            "een ieder",
        ),  # fmt: skip
        # for whom it was done is no part of who did it
        (
            "Het rapport is geschreven door een adviesbureau in opdracht van de provincie.",
            "geschreven",
            "een adviesbureau",
        ),  # fmt: skip
        # an aside in brackets after the doer
        (
            "Het advies is opgesteld door de gemeente Zwolle (zie bijlage 3).",
            "opgesteld",
            "de gemeente Zwolle",
        ),
    ],
)
def test_the_advice_quotes_the_doer_alone(sentence, words, doer):
    finding = finding_on(sentence, words)
    assert f"Begin de zin met wie het doet: '{doer}'." in finding.advice
    assert f"'door {doer}'" in finding.message


def test_a_full_stop_glued_to_the_last_word_is_not_quoted():
    # the tokenizer keeps 'PR.' as one word; the quote and the rewrite end on the name
    finding = finding_on("Het plan wordt getoetst door medewerkers van de afdeling PR.", "getoetst")
    assert "Begin de zin met wie het doet: 'medewerkers van de afdeling PR'." in finding.advice
    finding = finding_on("De tekst is geschreven door de afdeling PR.", "geschreven")
    assert finding.suggestions == ["De afdeling PR heeft de tekst geschreven"]


def test_in_opdracht_van_gives_no_broken_rewrite():
    # the rewrite made 'Het bureau in opdracht van heeft het advies opgesteld de gemeente'
    finding = finding_on("Het advies is opgesteld door het bureau in opdracht van de gemeente.", "opgesteld")
    assert not any("opdracht van heeft" in s for s in finding.suggestions), finding.suggestions
    assert "Begin de zin met wie het doet: 'het bureau'." in finding.advice


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # guards: what names the doer stays in the quote
        (
            "Dit document wordt ook gebruikt door de Rijksdienst voor Cultureel Erfgoed bij de aanvraag.",
            "gebruikt",
            "de Rijksdienst voor Cultureel Erfgoed",
        ),  # fmt: skip
        ("De brug is gebouwd door een aannemer uit Zwolle.", "gebouwd", "een aannemer uit Zwolle"),
        (
            "De regels zijn bedacht door het college van burgemeester en wethouders op 4 mei 2021.",
            "bedacht",
            "het college van burgemeester en wethouders",
        ),  # fmt: skip
    ],
)
def test_what_names_the_doer_stays(sentence, words, doer):
    assert f"Begin de zin met wie het doet: '{doer}'." in finding_on(sentence, words).advice


def test_a_plain_door_phrase_keeps_its_rewrite():
    finding = finding_on("Het plan is opgesteld door de gemeenteraad van Ede.", "opgesteld")
    assert finding.suggestions == ["De gemeenteraad van Ede heeft het plan opgesteld"]


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # a subordinate clause begins with its conjunction, relative or question word: the doer becomes the subject
        # of that clause, not the first words of the sentence
        (
            "Het plan is haalbaar omdat het samen met de buurt is bedacht door een architect.",
            "bedacht",
            "een architect",
        ),  # fmt: skip
        (
            "De code die door de patiënt wordt voorgelezen en door de medewerker moet worden ingevoerd, staat op de "
            "kaart.",
            "ingevoerd",
            "de medewerker",
        ),
        ("De regels bepalen welke stappen door de gebruikers kunnen worden gezet.", "gezet", "de gebruikers"),
        (
            "De aantallen, zoals die door de provincie zijn vastgesteld, gelden nog.",
            "vastgesteld",
            "de provincie",
        ),
    ],
)
def test_in_a_subordinate_clause_the_doer_becomes_its_subject(sentence, words, doer):
    advice = finding_on(sentence, words).advice
    assert f"Maak wie het doet het onderwerp van de bijzin: '{doer}'." in advice, advice


def test_zoals_dat_gives_no_broken_rewrite():
    # the rewrite made 'dat de gemeenten zoals in de regio hebben afgesproken'
    finding = finding_on(
        "Het aantal woningen, zoals dat in de regio is afgesproken door de gemeenten, blijft gelijk.",
        "afgesproken",
    )
    assert not finding.suggestions, finding.suggestions
    assert "Maak wie het doet het onderwerp van de bijzin: 'de gemeenten'." in finding.advice


def test_a_main_clause_still_begins_with_the_doer():
    finding = finding_on("Het plan is in 2019 gewijzigd door de raad, na overleg met de buurt.", "gewijzigd")
    assert "Begin de zin met wie het doet: 'de raad'." in finding.advice, finding.advice


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # 'Als het stormt' and 'Dat de weg smal is' are clauses of their own, closed by their verb; the passive is
        # the main clause's
        (
            "Als het stormt, wordt de schade hersteld door de aannemer op kosten van de eigenaar.",
            "hersteld",
            "de aannemer",
        ),  # fmt: skip
        ("Dat de weg smal is wordt opgemerkt door de bewoners.", "opgemerkt", "de bewoners"),
    ],
)
def test_a_clause_in_front_of_the_main_clause_keeps_begin_de_zin(sentence, words, doer):
    finding = finding_on(sentence, words)
    assert f"Begin de zin met wie het doet: '{doer}'." in finding.advice, finding.advice


# review (sugg36): sentences written by the reviewer


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # the finite verb stands second, before the doer: a main clause after a fronted phrase with 'zoals'
        (
            "Zoals afgesproken wordt het plan door de wethouder gepresenteerd.",
            "gepresenteerd",
            "de wethouder",
        ),
        ("Zoals bekend wordt de weg door de provincie verbreed.", "verbreed", "de provincie"),
    ],
)
def test_a_finite_verb_in_second_place_is_a_main_clause(sentence, words, doer):
    advice = finding_on(sentence, words).advice
    assert f"Begin de zin met wie het doet: '{doer}'." in advice, advice


@pytest.mark.parametrize(
    ("sentence", "words", "doer"),
    [
        # the parse joins the subordinate clause to the main verb as a conjunct; 'waardoor' and 'of' still open it
        (
            "Er ontstaat schade, waardoor de weg door de aannemer moet worden hersteld.",
            "hersteld",
            "de aannemer",
        ),
        ("De raad vraagt of het plan door het college is getoetst.", "getoetst", "het college"),
        ("De vraag is welke maatregelen door de provincie worden genomen.", "genomen", "de provincie"),
    ],
)
def test_a_clause_opened_after_a_main_verb_is_subordinate(sentence, words, doer):
    advice = finding_on(sentence, words).advice
    assert f"Maak wie het doet het onderwerp van de bijzin: '{doer}'." in advice, advice


def test_words_cut_from_the_doer_do_not_move_with_it():
    # the rewrite made 'De directeur van de GGD West aan het bureau heeft de opdracht gegeven'
    finding = finding_on(
        "De opdracht is gegeven door de directeur van de GGD West aan het bureau.", "gegeven"
    )
    assert not any("aan het bureau heeft" in s for s in finding.suggestions), finding.suggestions


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        # a body named by a capitalised noun keeps what it is for; a firm's name does not
        (
            "Het advies is uitgebracht door de Commissie voor de milieueffectrapportage.",
            "de Commissie voor de milieueffectrapportage",
        ),
        ("De zaak is behandeld door de Raad voor de rechtspraak in 2020.", "de Raad voor de rechtspraak"),
        ("Het onderzoek is uitgevoerd door Arcadis voor de gemeente Ede.", "Arcadis"),
        # the noun of 'van bouwmaterialen', tagged as a verb, stays in the list's second member
        (
            "De waterkwaliteit wordt beïnvloed door het ruimtegebruik en het gebruik van bouwmaterialen.",
            "het ruimtegebruik en het gebruik van bouwmaterialen",
        ),
    ],
)
def test_review_doer_names(sentence, doer):
    found = check_text(sentence, config=ONLY)
    assert any(f"Begin de zin met wie het doet: '{doer}'." in f.advice for f in found), [
        f.advice for f in found
    ]


def test_zowel_als_is_one_doer():
    # 'als' after 'zowel' joins the two parts of the doer; it opens no clause
    finding = finding_on("Het plan wordt gedragen door zowel de gemeente als de provincie.", "gedragen")
    assert "'door zowel de gemeente als de provincie'" in finding.message, finding.message
    assert finding.suggestions == ["Zowel de gemeente als de provincie dragen het plan"], finding.suggestions
