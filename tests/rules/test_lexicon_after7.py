"""Word lists read in their sentence, after blind7 (issue 13, task after7w): the general causes of the wrong
findings and bad offers on the blind7 sheet, pooled over every judged sheet. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def _found(text: str, rule: str, kind: str = "text"):
    config = Config(select=(rule,), min_severity="info")  # the opt-in rules (BT108) run only when selected
    return [f for f in check_text(text, config=config, kind=kind) if f.rule == rule]


def _words(text: str, rule: str, kind: str = "text") -> list[str]:
    return [text[f.offset : f.end_offset].lower() for f in _found(text, rule, kind)]


def _advice(text: str, rule: str) -> str:
    return " ".join(" ".join(f.advice) for f in _found(text, rule))


# -- a reservation whose next sentence says one may depart from it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe woningen houden in principe afstand tot de weg. Het college kan hiervan afwijken als dat veilig is.",
        "De eisen gelden in beginsel voor elk plan. Hier kan van worden afgeweken, mits dat goed is uitgelegd.",
        "Een schuur mag in principe niet hoger zijn dan drie meter. Een uitzondering geldt voor een kapschuur.",
        "In principe krijgt u binnen zes weken antwoord. Maar in de zomer kan het langer duren.",
    ],
)
def test_a_reservation_with_its_exception_in_the_next_sentence_is_precise(text):
    assert _words(text, "BT108") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe woningen houden in principe afstand tot de weg. De weg is erg druk.",
        # a new paragraph is another matter: the departure there is not this reservation's
        "Nieuwe woningen houden in principe afstand tot de weg.\n\nVan de bouwhoogte kan worden afgeweken.",
    ],
)
def test_a_reservation_without_its_exception_nearby_is_still_vague(text):
    assert _words(text, "BT108") == ["in principe"]


def test_the_advice_on_in_principe_also_offers_leaving_it_out():
    advice = _advice("In principe krijgt u binnen zes weken antwoord.", "BT108")
    assert "laat het weg" in advice


# -- 'niet aan de orde' is 'geldt niet', not 'niet besproken' ------------------------------------------------------


def test_negated_aan_de_orde_advises_that_it_does_not_apply():
    text = "Een compensatieplicht is hier niet aan de orde."
    assert _words(text, "BT104") == ["niet aan de orde"]
    advice = _advice(text, "BT104")
    assert "geldt niet" in advice
    assert "besproken" not in advice


def test_aan_de_orde_of_a_discussion_still_advises_bespreken():
    text = "Dit onderwerp komt volgende week aan de orde."
    assert _words(text, "BT104") == ["aan de orde"]
    assert "besproken" in _advice(text, "BT104")


# -- 'naar aanleiding van' what people sent in is a cause ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Naar aanleiding van de ingediende reacties passen wij het plan op drie punten aan.",
        "Naar aanleiding van uw vragen sturen wij u een nieuwe tekening.",
    ],
)
def test_naar_aanleiding_van_what_was_sent_in_advises_a_cause(text):
    advice = _advice(text, "BT104")
    assert "vanwege" in advice
    assert "'na'" not in advice and "'over'" not in advice


def test_naar_aanleiding_van_in_a_passive_keeps_door_out():
    advice = _advice("Naar aanleiding van de zienswijzen wordt het plan op twee punten aangevuld.", "BT104")
    assert "vanwege" in advice
    assert "'door'" not in advice  # door in a passive reads as the doer


def test_naar_aanleiding_van_a_letter_still_offers_na():
    assert "'na'" in _advice("Naar aanleiding van uw brief sturen wij u deze informatie.", "BT104")


# -- 'mogelijkheden bieden' counts what something allows ------------------------------------------------------------


def test_plural_mogelijkheden_bieden_is_plain_dutch():
    assert _words("De oude schuren bieden mogelijkheden voor een nestplaats van uilen.", "BT202") == []


def test_singular_mogelijkheid_bieden_is_still_found():
    assert _found("De regeling biedt de mogelijkheid om later te betalen.", "BT202")


# -- a use of land is not built: 'realiseren' with 'bestemming' ----------------------------------------------------


def test_realising_a_bestemming_advises_saying_what_may_come():
    text = "Na de sanering kan de nieuwe bestemming op deze plek worden gerealiseerd."
    advice = _advice(text, "BT102")
    assert "mag komen" in advice
    assert "bouwen" not in advice


def test_realising_houses_still_advises_bouwen():
    assert "bouwen" in _advice("Op deze plek worden veertig woningen gerealiseerd.", "BT102")


# -- a heading or table-of-contents line with its section word names a section -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inhoud\n\n* Hoofdstuk 4 TOETSINGSKADER\n\n* Hoofdstuk 5 UITVOERING\n",
        "## Hoofdstuk 4 Toetsingskader\n\nDe gemeente werkt aan nieuwe regels.\n",
        "1. Paragraaf 4.2 Toetsingskader\n\nDe gemeente werkt aan nieuwe regels.\n",
    ],
)
def test_a_section_heading_with_its_number_is_a_name(text):
    assert _words(text, "BT102", kind="markdown") == []


@pytest.mark.parametrize(
    "text",
    [
        "In hoofdstuk 4 staat het toetsingskader.\n",
        "Zie hoofdstuk 4 toetsingskader\n",
    ],
)
def test_a_sentence_that_points_to_a_section_is_no_heading(text):
    assert _words(text, "BT102", kind="markdown") == ["toetsingskader"]


# -- 'in brede zin' after a quoted word, and 'verkenning' ----------------------------------------------------------


def test_in_brede_zin_after_a_quoted_word_carries_a_contrast():
    assert _words("Het accent verschuift van 'zorg' naar 'welzijn' in brede zin.", "BT106") == []
    assert _words("Het gaat om veiligheid in brede zin.", "BT106") == ["in brede zin"]


def test_verkenning_is_ordinary_dutch():
    assert _words("De gemeente is een verkenning gestart naar een warmtenet in de wijk.", "BT108") == []
