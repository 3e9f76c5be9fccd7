"""A duty whose subject is the thing the rule asks for (bench/quality/real/RESULTS.md, "Twenty-third round: ...
(task passive34)"), on sentences written for the test.

*Langs de drukke weg moeten aanvullende maatregelen worden getroffen.: who must act is worth asking, and where
that does not matter (a rule for anyone) 'Er zijn aanvullende maatregelen nodig' says the duty without a doer.
Editors of eight judged sheets rewrote such duties so. The finding stays; its message and advice offer both.
Not where 'nodig' would change what the sentence says: a subject that is already there (*de heg*), a negation
(*hoeft niet*), *hoeven* without *geen*, a question word, an idiom (*rekening houden*), a door-phrase, a verb
that is no making or doing (*vaststellen* by an authority).
"""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str) -> list[tuple[str, str, str, list[str]]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [
        (f.rule, text[f.offset : f.end_offset], f.message, list(f.advice))
        for f in check_text(text, config=config)
    ]


def needed(text: str) -> list[str]:
    """The 'Er is ... nodig' examples in the advice of the text's passives."""
    return [a.split("nodig is: ")[1] for *_, advice in found(text) for a in advice if "nodig is:" in a]


# -- the duty says what is needed


def test_measures_to_take_are_needed():
    text = "Langs de drukke weg moeten aanvullende maatregelen worden getroffen."
    assert needed(text) == ["'Er zijn aanvullende maatregelen nodig.'"]
    [(_, _, message, advice)] = found(text)
    assert message.endswith("Zeg wie dit moet doen, of zeg kort wat er nodig is.")
    assert advice[0].startswith("Zeg wie dit moet doen: de gemeente, de aanvrager, de eigenaar?")


def test_a_study_to_carry_out_is_needed():
    text = "Voor de nieuwe school dient een bodemonderzoek te worden uitgevoerd."
    assert needed(text) == ["'Er is een bodemonderzoek nodig.'"]


def test_no_distance_needed_after_hoeven_with_geen():
    text = "Om die reden hoeft er geen afstand te worden aangehouden tot de loods."
    assert needed(text) == ["'Er is geen afstand nodig.'"]


def test_a_number_of_parking_places_is_needed():
    text = "Voor elke woning moeten twee parkeerplaatsen worden aangelegd."
    assert needed(text) == ["'Er zijn twee parkeerplaatsen nodig.'"]


def test_a_software_text_asks_its_own_doers_first():
    text = (
        "De applicatie draait op een server. Voor de API en de database op GitHub geldt het volgende. "
        "Na elke release moet een volledige test worden uitgevoerd."
    )
    [(_, _, _, advice)] = found(text)
    assert advice[0].startswith("Zeg wie dit moet doen: de ontwikkelaar, de beheerder, de gebruiker?")
    assert advice[0].endswith("'Er is een volledige test nodig.'")


# -- guards: the finding stays with the advice to say who


def test_a_thing_already_there_is_not_needed():
    assert needed("De heg langs het fietspad moet elk jaar worden gesnoeid.") == []
    assert needed("Voor de bouw moeten de oude schuren worden gesloopt.") == []


def test_a_negation_keeps_the_duty_advice():
    text = "In dat geval hoeft het bodemonderzoek niet te worden uitgevoerd."
    assert needed(text) == []
    assert found(text) and "Geldt de regel voor iedereen" in found(text)[0][3][0]


def test_hoeven_without_geen_keeps_the_duty_advice():
    assert needed("Dan hoeft alleen een melding te worden gemaakt.") == []


def test_an_idiom_keeps_the_duty_advice():
    assert needed("Bij het graven moet rekening worden gehouden met de kabels.") == []


def test_a_question_word_keeps_the_duty_advice():
    assert needed("Daarna wordt bekeken welke maatregelen moeten worden genomen.") == []


def test_an_act_of_an_authority_keeps_the_duty_advice():
    assert needed("Voor deze woningen moet een hogere waarde worden vastgesteld.") == []


def test_a_door_phrase_keeps_its_own_advice():
    text = "Voor de nieuwe school moet een bodemonderzoek worden uitgevoerd door de gemeente."
    assert needed(text) == []
    assert found(text)


def test_a_manner_keeps_the_duty_advice():
    assert needed("Nieuwe woningen moeten zuinig en duurzaam worden gebouwd.") == []


def test_a_noun_of_the_verb_keeps_the_duty_advice():
    assert needed("Daarom hoeft er geen rekening te worden gehouden met de molen.") == []


def test_a_name_before_the_subject_keeps_the_duty_advice():
    text = "Volgens artikel 4 van de Wet ruimtelijke ordening moet een onderzoek worden uitgevoerd."
    assert "'Er is ruimtelijke ordening nodig.'" not in needed(text)


def test_a_clause_of_the_subject_after_the_verb_keeps_the_duty_advice():
    text = "Op deze plek dienen geen werken te worden uitgevoerd die de oude muur kunnen raken."
    assert needed(text) == []


def test_a_phrase_of_the_verb_keeps_the_duty_advice():
    assert needed("Lege kavels moeten snel ter hand worden genomen.") == []
    assert needed("Bij de bouw moeten strenge regels in acht worden genomen.") == []


def test_a_word_of_quantity_belongs_to_what_is_needed():
    text = "In de nieuwe straat moeten minimaal twintig parkeerplaatsen worden aangelegd."
    assert needed(text) == ["'Er zijn minimaal twintig parkeerplaatsen nodig.'"]


def test_a_noun_that_does_not_agree_with_the_verb_is_no_subject():
    text = "In de daarvoor aangewezen gevallen dient een bodemonderzoek te worden verricht."
    assert "'Er zijn aangewezen gevallen nodig.'" not in needed(text)


def test_a_duty_in_a_clause_of_another_verb_agrees_with_its_own_verb():
    text = "De metingen laten zien dat er een nieuwe procedure moet worden doorlopen."
    assert needed(text) == ["'Er is een nieuwe procedure nodig.'"]


# -- review (passive34): where 'nodig' would change what the duty says


def test_moeten_with_geen_is_a_ban_not_a_need():
    # 'moet geen ... worden' forbids; 'er is geen ... nodig' says it is not needed (that is 'hoeft geen')
    assert needed("Op het terrein dienen geen nieuwe gebouwen te worden gebouwd.") == []
    assert needed("Daarom moeten geen risico's worden genomen met de dijk.") == []
    assert needed("De gemeente vindt dat geen nieuwe wegen moeten worden aangelegd.") == []


def test_a_negation_outside_the_subject_is_no_need():
    assert needed("Daarom moet in geen geval een nieuwe weg worden aangelegd.") == []
    assert needed("Daarom moet een nieuwe weg in geen geval worden aangelegd.") == []


def test_a_place_or_manner_after_the_subject_is_the_duty():
    # the rule says how, where or when, not that the thing must come
    assert needed("Nieuwe woningen moeten met een groen dak worden uitgevoerd.") == []
    assert needed("Werkzaamheden moeten buiten het broedseizoen worden uitgevoerd.") == []
    assert needed("Dakkapellen moeten in donkere kleuren worden uitgevoerd.") == []
    assert needed("Nieuwe woningen moeten op minimaal 30 meter van de spoorlijn worden gebouwd.") == []


def test_a_question_gets_no_statement_as_example():
    assert needed("Moet voor deze aanbouw een bodemonderzoek worden uitgevoerd?") == []


def test_an_idiom_of_nemen_gets_no_need():
    assert needed("Ook moet een kijkje worden genomen bij de buren.") == []


def test_nog_geen_keeps_nog():
    text = "Er hoeven nog geen maatregelen te worden getroffen."
    assert needed(text) == ["'Er zijn nog geen maatregelen nodig.'"]


def test_a_place_before_the_subject_still_says_what_is_needed():
    text = "In het plangebied moeten nieuwe woningen worden gerealiseerd."
    assert needed(text) == ["'Er zijn nieuwe woningen nodig.'"]
    assert needed("Volgens de gemeente hoeven geen extra maatregelen te worden getroffen.") == [
        "'Er zijn geen extra maatregelen nodig.'"
    ]


def test_a_phrase_after_a_new_thing_belongs_to_what_is_needed():
    text = "Voor elke woning moet een parkeerplaats op eigen terrein worden aangelegd."
    assert needed(text) == ["'Er is een parkeerplaats op eigen terrein nodig.'"]
    text = "Daarom hoeft geen geluidscherm langs de spoorlijn te worden gebouwd."
    assert needed(text) == ["'Er is geen geluidscherm langs de spoorlijn nodig.'"]
    assert needed("Een aanbouw moet met een plat dak worden uitgevoerd.") == []


def test_hoeven_geen_asks_who_need_not_and_what_is_not_needed():
    text = "Voor de schuur hoeft geen omgevingsvergunning te worden aangevraagd."
    [(_, _, message, advice)] = found(text)
    assert message.endswith("Zeg wie dit niet hoeft te doen, of zeg kort wat er niet nodig is.")
    assert advice[0].startswith("Zeg wie dit niet hoeft te doen: de gemeente, de aanvrager, de eigenaar?")
    assert advice[0].endswith("zeg dan wat niet nodig is: 'Er is geen omgevingsvergunning nodig.'")
