"""The passive rules in a text about software, and *er* with what comes (bench/quality/real/RESULTS.md, "Twentieth
round: passives in developer documentation (task passive31 ...)"), on sentences written for the test:

- in a text about software (it names *applicatie*, *API*, *GitHub* three times or more) the examples of who may act
  name a program, its builders and its users, not 'de gemeente, wij, de inwoner?' (blind17 blind-195);
- a policy text keeps the examples of a council, also when it names an application once or twice;
- *er* with a passive of building and a subject in the present (*dat er 120 parkeerplaatsen worden aangelegd*):
  'er komen 120 parkeerplaatsen' says the same, and who builds is often beside the point (blind13 all-048, all-069,
  blind17 blind-085, blind3 dev-091). A door-phrase, a modal and a subject with its relative clause keep the advice
  as it was;
- *wordt gevormd door* names what something consists of or is, nobody acts (blind17 blind-063, blind10 all-100,
  all-184): the message does not call the door-phrase a doer, the advice offers 'bestaat uit' or '... vormt';
  a door-phrase before the verb group (*door de gemeente wordt ... gevormd*) is a doer and stays one.
"""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config

SOFTWARE_LEAD = (
    "Deze pagina beschrijft hoe de applicatie werkt. De applicatie praat met de API van het register. "
    "De broncode staat op GitHub.\n\n"
)
POLICY_LEAD = "Deze nota beschrijft het beleid voor de wijk. De gemeente werkt samen met de bewoners.\n\n"


def findings(text: str) -> list[tuple[str, str, list[str]]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, f.message, list(f.advice)) for f in check_text(text, config=config)]


def test_an_impersonal_passive_in_a_software_text_names_a_program_and_its_users():
    ((rule, message, _),) = findings(
        SOFTWARE_LEAD + "Na het inloggen wordt er gecontroleerd of het wachtwoord klopt."
    )
    assert rule == "BT302"
    assert "de applicatie, wij, de gebruiker?" in message
    assert "gemeente" not in message


def test_a_duty_in_a_software_text_names_the_developer():
    ((rule, _, advice),) = findings(
        SOFTWARE_LEAD + "Na elke wijziging moet het schema opnieuw worden ingelezen."
    )
    assert rule == "BT301"
    assert any("de ontwikkelaar, de beheerder, de gebruiker?" in a for a in advice)
    assert not any("gemeente" in a for a in advice)


def test_a_policy_text_keeps_the_council_also_with_one_application_named():
    text = (
        POLICY_LEAD
        + "Voor de aanvraag is een applicatie beschikbaar. Daarna wordt er gekeken of het formulier volledig is."
    )
    ((rule, message, _),) = findings(text)
    assert rule == "BT302"
    assert "de gemeente, wij, de inwoner?" in message


def test_a_duty_in_a_policy_text_keeps_the_council():
    ((_, _, advice),) = findings(
        POLICY_LEAD + "Na elke wijziging moet het register opnieuw worden gecontroleerd."
    )
    assert any("de gemeente, de aanvrager, de eigenaar?" in a for a in advice)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        (
            "Uit de tekening blijkt dat er 120 parkeerplaatsen worden aangelegd.",
            "er komen 120 parkeerplaatsen",
        ),
        (
            "Omdat er maximaal twaalf woningen worden gebouwd, is geen onderzoek nodig.",
            "er komen maximaal twaalf woningen",
        ),
        ("Wij verwachten dat er een nieuwe school wordt gerealiseerd.", "er komt een nieuwe school"),
        (
            "Op de tekening is te zien dat er aan de noordzijde zes bomen worden geplaatst.",
            "er komen zes bomen",
        ),
    ],
)
def test_er_with_a_passive_of_building_offers_what_comes(text, example):
    ((rule, message, advice),) = findings(text)
    assert rule == "BT302"
    assert "Zeg dan kort wat er komt" in message
    assert advice == [f"Zeg wie het doet, of schrijf wat er komt: '{example}'."]


@pytest.mark.parametrize(
    "text",
    [
        "Het is nodig dat er snel veertig woningen zullen worden gebouwd.",  # a modal: who must?
        "Het college meldt dat er een school wordt gebouwd die plaats biedt aan driehonderd leerlingen.",
        "Wij verwachten dat er een nieuw hoofdstuk wordt toegevoegd.",  # not a verb of what comes
        # words of the subject that the parse hung elsewhere: the example would drop them
        "Omdat er geen 2000 of meer woningen worden gerealiseerd, is er geen onderzoek nodig.",
        "Op de tekening is te zien dat er in totaal 500 m2 verharding wordt aangelegd.",
        "De winkel sluit, terwijl er een kantoor boven en een parkeergarage onder worden gebouwd.",
        # a manner word the parse takes for the subject: 'er komt duurzaam' is no Dutch
        "Hier wordt er duurzaam gebouwd, met hout en leem uit de streek zelf, zodat de wijk past bij het dorp.",
        # the same manner word that the tagger takes for a noun and the subject
        "In het nieuwe gebied wordt er duurzaam gebouwd.",
    ],
)
def test_other_shapes_of_er_keep_the_question_who(text):
    ((rule, message, advice),) = findings(text)
    assert rule == "BT302"
    assert "wat er komt" not in message
    assert not any("wat er komt" in a for a in advice)


def test_er_with_a_door_phrase_still_starts_with_the_doer():
    ((rule, message, _),) = findings(
        "Omdat er door de ontwikkelaar veertig woningen worden gebouwd, is dit nodig."
    )
    assert rule == "BT302"
    assert "door de ontwikkelaar" in message


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        (
            "De bovenste laag van de bodem wordt gevormd door een dik pakket klei.",
            "Schrijf 'bestaat uit een dik pakket klei', of begin met wat het is: 'Een dik pakket klei vormt ...'.",
        ),
        (
            "De randen van het gebied worden gevormd door brede sloten.",
            "Schrijf 'bestaan uit brede sloten', of begin met wat het is: 'Brede sloten vormen ...'.",
        ),
        (
            "Het college wordt gevormd door de burgemeester en de wethouders.",
            "Schrijf 'bestaat uit de burgemeester en de wethouders', of begin met wat het is: 'De burgemeester "
            "en de wethouders vormen ...'.",
        ),
    ],
)
def test_formed_by_says_what_something_consists_of(text, advice):
    ((rule, message, given),) = findings(text)
    assert rule == "BT301"
    assert "niemand doet iets" in message or "Hier doet niemand iets" in message
    assert "Wie het doet, staat er wel" not in message
    assert given == [advice]


def test_a_doer_before_the_verb_group_of_vormen_stays_a_doer():
    ((rule, message, _),) = findings("Door de gemeente wordt een nieuwe werkgroep gevormd.")
    assert rule == "BT301"
    assert "Wie het doet, staat er wel" in message


@pytest.mark.parametrize(
    "text",
    [
        "De grens aan de zuidzijde wordt gevormd door de (overkluisde) beek.",
        "De oostgrens wordt gevormd door de Bosweg, de rand van de buurt en de rand van het park.",
    ],
)
def test_formed_by_a_phrase_cut_by_a_comma_or_bracket_gets_no_part_of_it(text):
    ((_, _, advice),) = findings(text)
    assert advice == ["Schrijf 'bestaat uit ...', of begin met wat het is: '... vormt ...'."]


# review of passive31: sentences written for the review
@pytest.mark.parametrize(
    "text",
    [
        "Het is mogelijk dat er in 2026 een nieuwe sporthal wordt gebouwd.",  # not 'er komt 2026 een ...'
        "Wij verwachten dat er onze doelen worden gerealiseerd.",  # not 'er komen onze doelen'
    ],
)
def test_er_without_a_clean_indefinite_subject_gets_no_example_of_what_comes(text):
    (hit,) = [f for f in findings(text) if f[0] == "BT302"]
    assert not any("er komt" in a or "er komen" in a for a in hit[2])


@pytest.mark.parametrize(
    "text",
    [
        "De mening van inwoners wordt gevormd door de media.",  # the media shape it: a doer or cause
        "Het beleid wordt gevormd door de gemeenteraad.",
        "Het bestemmingsplan is gevormd door de raad in 2010.",  # an act that took place
    ],
)
def test_formed_by_a_doer_keeps_the_doer(text):
    (hit,) = [f for f in findings(text) if f[0] == "BT301"]
    assert "niemand" not in hit[1]
    assert not any("bestaat uit" in a for a in hit[2])


@pytest.mark.parametrize(
    "text",
    [
        "Het is nodig dat er een besparing van 20 procent wordt gerealiseerd.",  # achieved, not built
        "Het is de bedoeling dat er kinderen worden geplaatst in een pleeggezin.",
        "Het is belangrijk dat er geen kanttekeningen worden geplaatst bij het besluit.",
    ],
)
def test_er_with_what_is_achieved_or_placed_gets_no_example_of_what_comes(text):
    (hit,) = [f for f in findings(text) if f[0] == "BT302"]
    assert not any("er komt" in a or "er komen" in a for a in hit[2])


def test_a_policy_page_that_names_its_application_three_times_keeps_the_council():
    """One software word said three times (a council page about its new application) is no text about software."""
    text = (
        "De gemeente gebruikt een nieuwe applicatie voor vergunningen. Met de applicatie vraagt u alles aan. "
        "De applicatie is veilig.\n\nDaarna wordt er gekeken of uw aanvraag volledig is."
    )
    ((rule, message, _),) = findings(text)
    assert rule == "BT302"
    assert "de gemeente, wij, de inwoner?" in message
