"""Vague words (BT106; reservations BT108 since the task after blind9) and jargon (BT102) read in their sentence, ninth round (issue 13, task vague9): the general
causes of the wrong findings pooled over every judged sheet. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def _words(text: str, rule: str) -> list[str]:
    config = Config(select=(rule,), min_severity="info")  # the opt-in rules (BT108) run only when selected
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config) if f.rule == rule]


# -- a reservation whose sentence names the exception or the condition (unless_exception) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bouwen is hier in principe niet toegestaan, tenzij het college een ontheffing geeft.",
        "Een dakkapel is in beginsel vergunningvrij, maar aan de voorkant heeft u een vergunning nodig.",
        "Als uw aanvraag volledig is, krijgt u in beginsel binnen acht weken een besluit.",
        "Indien de grond schoon is, mag u in principe direct beginnen.",
        "Een schuur is in beginsel toegestaan, behalve in de tuin aan de straatkant.",
    ],
)
def test_a_reservation_with_its_exception_or_condition_is_precise(text):
    assert _words(text, "BT108") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("In principe krijgt u binnen zes weken antwoord.", "in principe"),
        (
            "De provincie is in beginsel tegen bewoning van vakantiehuizen, omdat het dorp dan verstent.",
            "in beginsel",
        ),
        # the condition belongs to another clause: the reservation itself is still open
        ("Wij bellen u als het klaar is en in principe komt de monteur dezelfde week.", "in principe"),
    ],
)
def test_a_bare_reservation_is_still_vague(text, words):
    assert words in _words(text, "BT108")


def test_an_exception_word_before_the_reservation_does_not_count():
    text = "Het beleid zegt 'ja, mits', en het geldt in principe voor de hele provincie."
    assert "in principe" in _words(text, "BT108")


# -- a short label before a colon names a topic --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gerelateerde onderwerpen: wonen, werken en verkeer.",
        "- Duurzame transitie: in 2040 gebruikt de stad geen aardgas meer.",
        "- **Integrale aanpak:** de afdelingen werken samen aan de wijk.",
    ],
)
def test_a_short_label_before_a_colon_is_no_finding(text):
    assert _words(text, "BT102") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Wij realiseren: tien woningen en een winkel.", "realiseren"),  # a finite verb: a sentence, no label
        ("De gemeente wil de transitie naar schone energie versnellen: dat is het doel.", "transitie"),
        (
            "Voor de wijk geldt dit doel van de gemeente en de provincie samen: een integrale aanpak.",
            "integrale",
        ),
    ],
)
def test_a_sentence_before_a_colon_is_no_label(text, words):
    assert words in _words(text, "BT102")


# -- the first part of a compound written apart ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Naast de gewone lijsten maken wij ook maatwerk rapportages voor u.",
        "Vul het expertise level van elke medewerker in.",
    ],
)
def test_the_first_part_of_an_open_compound_is_not_flagged(text):
    assert _words(text, "BT102") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Wij leveren maatwerk voor elke klant.", "maatwerk"),
        ("De gemeente biedt inwoners maatwerk.", "maatwerk"),
        ("Wij geven ouderen maatwerk en steun.", "maatwerk"),
    ],
)
def test_the_noun_on_its_own_is_still_flagged(text, words):
    assert words in _words(text, "BT102")


# -- a preposition in a list of prepositions is no particle ----------------------------------------------------------


def test_a_preposition_before_a_comma_and_another_preposition_is_no_particle():
    text = "In artikel 2.6.4 is geregeld dat de hoogte van objecten in, op of boven de grond beperkt is."
    assert _words(text, "BT102") == []


def test_a_particle_before_a_comma_still_counts():
    assert _words("Wij regelen de koppeling in, zodat de gegevens kloppen.", "BT102") == [
        "regelen de koppeling in"
    ]


# -- terms of art in their own setting -------------------------------------------------------------------------------


def test_communicating_with_each_other_is_contact():
    assert _words("De twee programma's kunnen goed met elkaar communiceren.", "BT102") == []
    assert _words("Wij communiceren het besluit volgende week.", "BT102") == ["communiceren"]


def test_restructuring_or_transformation_is_the_ladder_pair():
    text = "Wij kijken of er ruimte is door herstructurering of transformatie van oude terreinen."
    assert _words(text, "BT102") == []
    assert _words("De herstructurering van de wijk duurt tien jaar.", "BT102") == ["herstructurering"]


def test_self_reliance_is_the_term_of_the_group_risk():
    text = "Bij het groepsrisico kijken wij ook naar de zelfredzaamheid van de mensen in het gebied."
    assert _words(text, "BT102") == []
    assert _words("Wij willen de zelfredzaamheid van ouderen vergroten.", "BT102") == ["zelfredzaamheid"]


def test_a_noun_used_as_a_preposition_opens_no_compound():
    text = "De weg krijgt een ontsluiting richting het station."
    assert "ontsluiting" in _words(text, "BT102")


def test_a_condition_that_opens_the_sentence_conditions_the_main_clause():
    text = (
        "Als aan minimaal een van de volgende voorwaarden wordt voldaan, vormen de eisen voor de lucht in beginsel "
        "geen belemmering voor het besluit van het college."
    )
    assert _words(text, "BT108") == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("In de planvorming rekening houden wij met de bomen.", "planvorming"),
        ("Het plan moet zorgen voor reductie hydraulische belasting van het riool.", "reductie"),
        ("Wij doen dit met als doelstelling invulling geven aan de visie.", "doelstelling"),
    ],
)
def test_a_noun_made_from_a_verb_before_a_noun_is_still_flagged(text, words):
    assert words in _words(text, "BT102")


def test_a_particle_before_a_comma_and_a_new_phrase_still_counts():
    text = "De gemeente streeft levensloopbestendig bouwen na, voor jongeren en voor ouderen."
    assert "streeft levensloopbestendig bouwen na" in _words(text, "BT102")


@pytest.mark.parametrize(
    "text", ["- Woningen snel gerealiseerd: de wijk is klaar.", "- Project gerealiseerd: de wijk is klaar."]
)
def test_a_label_ends_in_a_noun(text):
    assert "gerealiseerd" in _words(text, "BT102")  # a clipped clause before the colon, no label


def test_communicating_something_through_a_channel_is_still_jargon():
    text = "Via de nieuwsbrief is de informatie over het plan aan de buurt gecommuniceerd."
    assert _words(text, "BT102") == ["gecommuniceerd"]
