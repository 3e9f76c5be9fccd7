"""Round twenty-one (issue #16, task words32): word-list findings that editors called wrong for the sense or the
place of the word: a position (*ten opzichte van* after *ligging*), an English title inside a Dutch sentence, a
legal formula (*al dan niet per saldo*), *vitaal* said of people, a term of a trade (*gespecificeerde
verwachting*), and entries taken out of the lists. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules, min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente stelt eisen aan de situering van de schuur ten opzichte van de zijdelingse perceelsgrens.",
        "De ligging van het dorp ten opzichte van de snelweg is gunstig.",
        "De woning is gunstig gelegen ten opzichte van de winkels.",
        "De bergingen worden terugliggend ten opzichte van de voorgevel geplaatst.",
    ],
)
def test_ten_opzichte_van_of_a_position_is_no_finding(sentence: str):
    # only the phrase of position: *is gunstig gelegen* is the entry *zijn gelegen* ('ligt gunstig'), found across
    # the verb bracket since the twenty-eighth round (forms42)
    assert not [span for span in flagged(sentence, "BT104") if "ten opzichte van" in span]


def test_zijn_gelegen_across_the_bracket_beside_a_position():
    assert flagged("De woning is gunstig gelegen ten opzichte van de winkels.", "BT104") == [
        "is gunstig gelegen"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De huur is gestegen ten opzichte van vorig jaar.",
        "Het aantal woningen is ten opzichte van 2010 verdubbeld.",
        # a position word that is not what the phrase hangs on: the change is compared with last year
        "De ligging van de woning is ten opzichte van vorig jaar niet veranderd.",
        "De afstand van de stal ten opzichte van de woning is 50 meter.",
    ],
)
def test_ten_opzichte_van_of_a_comparison_stays(sentence: str):
    assert flagged(sentence, "BT104") == ["ten opzichte van"]


def test_an_english_title_in_a_dutch_sentence_is_not_the_writers_word():
    text = "Het tweede artikel heeft als titel A practical guide for agile teams in the public sector.\n"
    assert flagged(text, "BT103") == []
    text = "Het rapport Better results for the people and for agile government staat in de bijlage.\n"
    assert flagged(text, "BT103") == []


def test_one_english_function_word_makes_no_english_run():
    # a loan phrase with one English function word, and an English word among Dutch ones, stay findings
    assert flagged("Het team werkt agile en kiest een aanpak die fit for purpose is.\n", "BT103") == ["agile"]
    assert flagged("U krijgt elke maand een update over de bouw.\n", "BT103") == ["update"]


def test_al_dan_niet_per_saldo_is_the_legal_formula():
    assert (
        flagged("Het project leidt, al dan niet per saldo, niet tot een slechtere luchtkwaliteit.\n", "BT106")
        == []
    )
    assert flagged("U kunt al dan niet gebruikmaken van de regeling.\n", "BT106") == ["al dan niet"]


def test_vitaal_said_of_people_is_its_plain_sense():
    text = "De flat is bedoeld voor vitale senioren; voor kwetsbare ouderen is er een zorgwoning.\n"
    assert flagged(text, "BT102") == []
    assert flagged("Wij willen een vitaal centrum met veel winkels.\n", "BT102") == ["vitaal"]


def test_specificeren_as_a_term_of_a_trade():
    text = "Het bureauonderzoek geeft een gespecificeerde archeologische verwachting voor het terrein.\n"
    assert flagged(text, "BT102") == []
    assert flagged("Wilt u de kosten specificeren?\n", "BT102") == ["specificeren"]


@pytest.mark.parametrize(
    "sentence,rule",
    [
        # ordinary Dutch that editors called not worth the writer's time, or a word whose one replacement
        # changed its sense wherever it was judged
        ("Het weer is van invloed op de planning.", "BT104"),
        ("Het college maakt werk van schone straten.", "BT105"),
        ("De flow van bezoekers door het museum moet beter.", "BT103"),
        ("Hier staan de geconsolideerde teksten van alle verordeningen.", "BT102"),
    ],
)
def test_entries_out_of_the_lists(sentence: str, rule: str):
    assert flagged(sentence + "\n", rule) == []


# review of words32: a verb of position that compares after all, and a Dutch word before an English name


@pytest.mark.parametrize(
    "sentence",
    [
        "De kosten liggen ten opzichte van 2023 ruim tien procent hoger.",
        "Het aantal inwoners ligt ten opzichte van vorig jaar iets lager.",
        "De rente bevindt zich ten opzichte van vorig jaar op een hoger niveau.",
        "De scores liggen ten opzichte van het landelijk gemiddelde hoog.",
    ],
)
def test_ten_opzichte_van_after_a_verb_of_position_that_compares_stays(sentence: str):
    assert flagged(sentence, "BT104") == ["ten opzichte van"]


def test_a_comparative_on_the_object_of_the_verb_does_not_make_a_position_a_comparison():
    # *nadere* (a comparative form) belongs to *eisen*, not to the position
    text = "Het college kan nadere eisen stellen aan de situering van de schuur ten opzichte van de zijdelingse perceelsgrens."
    assert flagged(text, "BT104") == []


def test_a_dutch_word_before_an_english_name_stays_a_finding():
    text = "Wij hebben de toolkit Tools for the Public Sector gebruikt.\n"
    assert flagged(text, "BT103") == ["toolkit"]


def test_it_and_or_in_capitals_are_no_english_words():
    assert flagged("Het IT OR management overleg is morgen.\n", "BT103") == ["management"]
