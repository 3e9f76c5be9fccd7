"""Round twenty-two (issue #16, task words33): word-list findings that editors called wrong because the text
itself says what the words mean: *een belangrijke rol spelen* before a colon that opens the list of what matters,
and a phrase the document names as a term (*het begrip (geluidsarme zone)*). Every sentence here is written for
the test."""

from __future__ import annotations

from tag_checks import tag

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules, min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


def test_belangrijke_rol_spelen_before_the_list_of_what_matters_is_no_finding():
    text = (
        "In het dorp zullen de volgende onderdelen een belangrijke rol spelen:\n\n"
        "- de bomen langs de straat;\n- de lage hagen voor de huizen.\n"
    )
    assert flagged(text, "BT105") == []


def test_belangrijke_rol_spelen_without_a_list_stays():
    text = "Bomen en hagen spelen een belangrijke rol in de straat.\n"
    assert flagged(text, "BT105") == ["spelen een belangrijke rol"]
    text = "Het groen kan een belangrijke rol spelen bij het behoud van de wijk.\n"
    assert flagged(text, "BT105") == ["belangrijke rol spelen"]


def test_a_term_the_text_introduces_in_brackets_after_begrip_is_its_name():
    text = (
        "Er is een nieuw begrip (high impact zone) aan de regels toegevoegd.\n\n"
        "Een windmolen mag niet binnen de high impact zone van een leiding staan.\n"
    )
    assert flagged(text, "BT103") == []


def test_brackets_that_are_no_term_leave_the_finding():
    # brackets after another noun, and a single word in brackets, are no term the text introduces
    text = (
        "Er is een nieuw artikel (high impact zone) aan de regels toegevoegd.\n\n"
        "Een windmolen heeft veel impact op het landschap.\n"
    )
    assert flagged(text, "BT103") == ["impact"]
    text = "Wij leggen het begrip (impact) uit.\n\nDe impact op de buurt is groot.\n"
    config = Config(select=("BT103",), min_severity="info")
    offsets = [f.offset for f in check_text(text, config=config, kind="markdown")]
    assert text.rindex("impact") in offsets


def test_feitelijke_before_an_adjective_in_brackets_goes_with_the_noun():
    # *feitelijke* sets the actual state against the calculated one: the noun comes after the bracketed adjective
    text = "De berekende capaciteit is het uitgangspunt, samen met de feitelijke (ruimtelijke) toestand ter plaatse.\n"
    assert flagged(text, "BT106") == []


def test_feitelijk_before_other_brackets_stays_a_filler():
    assert flagged("Feitelijk (zoals gezegd) verandert er niets.\n", "BT106") == ["feitelijk"]
    assert flagged("Feitelijk verandert er niets.\n", "BT106") == ["feitelijk"]


# issue 18: an infinitive after a modal verb that is also a plural noun (*monitoren*, the plural of *monitor*)


def test_an_infinitive_after_a_modal_verb_is_a_verb():
    assert flagged("De provincie wil de waterstand elke maand monitoren.\n", "BT102") == ["monitoren"]
    assert flagged("De gemeente wil het plan in januari monitoren.\n", "BT102") == ["monitoren"]


def test_a_plural_noun_after_a_modal_verb_stays_a_noun():
    # the object of *willen* with an article or adjective of its own: the screens, not the verb
    assert flagged("De school wil nieuwe monitoren.\n", "BT102") == []
    assert flagged("Wij willen geen monitoren in de klas.\n", "BT102") == []


def test_dropdown_in_documentation_for_developers_is_the_components_name():
    text = (
        "De code van het formulier staat in Formulier.tsx.\n\n"
        "Als de gebruiker iets kiest in de dropdown, roept de app de functie kiesGemeente aan.\n"
    )
    assert flagged(text, "BT103") == []


def test_dropdown_in_a_manual_for_users_stays():
    text = "Open het scherm Instellingen.\n\nKies daarna uw gemeente in de dropdown bovenaan.\n"
    assert flagged(text, "BT103") == ["dropdown"]


# review of words33: the guards above, on sentences where they must not act


def test_belangrijke_rol_spelen_before_examples_or_a_pointer_stays():
    # *zoals* gives examples of the role and a chapter says where more stands: neither names what matters
    text = "Vrijwilligers spelen een belangrijke rol, zoals bij het beheer van de volkstuinen.\n"
    assert flagged(text, "BT105") == ["spelen een belangrijke rol"]
    text = "Erfgoed speelt een belangrijke rol in dit plan. In paragraaf 5.2 leest u meer.\n"
    assert flagged(text, "BT105") == ["speelt een belangrijke rol"]


def test_a_source_extension_counts_only_at_the_end_of_a_file_name():
    # *Java-eiland* is a part of a city, not a file: the users' text keeps its finding
    text = "# Herinrichting Java-eiland\n\nKies in de dropdown het onderwerp van uw reactie.\n"
    assert flagged(text, "BT103") == ["dropdown"]
    text = "De code staat in src/KeuzeLijst.vue.\n\nDe dropdown laat de wijken zien.\n"
    assert flagged(text, "BT103") == []


def test_a_plural_noun_before_the_infinitive_of_the_modal_stays_a_noun():
    # *maken* is the infinitive of *willen*; *plannen* is its object, not a second verb
    assert tag("Wij willen plannen voor de wijk samen met de bewoners maken.", "plannen") == "NOUN"
    assert tag("De gemeente wil de grondwaterstand elke maand monitoren.", "monitoren") == "VERB"
