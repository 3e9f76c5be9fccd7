"""Task sugg22: replacements and messages that are right Dutch in their sentence. A conjunction is replaced only
where it opens a clause of its own; the message names no alternative that the sentence's sense ruled out. Every
sentence here is written for the test."""

from __future__ import annotations

from suggestion_checks import one

# --- indien with a predicate and no subject of its own: the verb that follows is the main clause's, so the
# conjunction has no clause, and 'Als van toepassing worden ...' is no Dutch


def test_indien_before_a_phrase_and_the_main_verb_gets_no_als():
    for text in (
        "Indien van toepassing worden ook de kosten van de aanleg vermeld.",
        "Indien nog niet aanwezig in de kast is het nodig een nieuwe map te maken.",
        "Indien van belang voor de buren wordt het besluit ook aan hen gestuurd.",
    ):
        hit = one(text, "BT101", "indien")
        assert not hit.suggestions, (text, hit.suggestions)


def test_indien_with_an_impersonal_passive_keeps_als():  # guard: the participle ends the subordinate clause
    for text in (
        "Indien in het plan wordt verwezen naar een wet, geldt die wet zoals hij nu luidt.",
        "Indien in de regels is bepaald dat een vergunning nodig is, vraagt u die aan.",
        "Indien tijdens de bouw zogenaamde vondsten worden gedaan, meldt u dat.",
    ):
        hit = one(text, "BT101", "indien")
        assert hit.suggestions == ["Als"], (text, hit.suggestions)


# --- the message says what the advice says: under a negation 'dienen te' is a ban or no duty, never 'moeten'


def test_negated_dienen_message_names_mag_niet_and_hoeft_niet_te():
    for text in (
        "U dient het formulier niet te ondertekenen.",
        "Bij een verbouwing dient u geen nieuwe tekening mee te sturen.",
    ):
        hit = one(text, "BT101", "dient")
        assert "'moeten'" not in hit.message, hit.message
        assert "'mag niet'" in hit.message and "'hoeft niet te'" in hit.message, hit.message


def test_dienen_without_negation_keeps_moeten_in_the_message():  # guard
    hit = one("U dient het formulier te ondertekenen.", "BT101", "dient")
    assert "'moeten'" in hit.message
    assert hit.suggestions[:1] == ["moet het formulier"]


# --- people as the object of 'faciliteren': no 'mogelijk maken', in the message either; the parse hangs the object
# of an infinitive on the verb before it (a modal), where it still is the infinitive's object


def test_faciliteren_people_message_does_not_offer_mogelijk_maken():
    hit = one("De gemeente wil de ondernemers faciliteren.", "BT102", "faciliteren")
    assert "mogelijk maken" not in hit.message, hit.message
    assert "steunen" in hit.message


def test_faciliteren_people_after_a_modal_gets_no_replacement():
    for text in (
        "De gemeente wil jonge gezinnen faciliteren.",
        "De provincie probeert jonge gezinnen te faciliteren.",
    ):
        hit = one(text, "BT102", "faciliteren")
        assert not hit.suggestions, (text, hit.suggestions)
        assert "mogelijk maken" not in hit.message, hit.message


def test_faciliteren_a_thing_after_a_modal_keeps_mogelijk_maken():  # guard
    hit = one("De gemeente wil de bouw van woningen faciliteren.", "BT102", "faciliteren")
    assert hit.suggestions[:1] == ["mogelijk maken"]
    assert "'mogelijk maken'" in hit.message


# --- 'door' in a passive clause reads as the doer: the message does not name it where the replacement left it out


def test_cause_in_a_passive_message_does_not_name_door():
    hit = one("Als gevolg van de storm wordt de weg afgesloten.", "BT104", "als gevolg van")
    assert hit.suggestions[:1] == ["Vanwege"]
    assert "'door'" not in hit.message and "'vanwege'" in hit.message, hit.message


def test_cause_in_an_active_clause_keeps_door_in_the_message():  # guard
    hit = one("Als gevolg van de storm is de weg dicht.", "BT104", "als gevolg van")
    assert "'door'" in hit.message, hit.message


# --- where the sense cuts the reason, the message says what the advice says (not a bare 'Omslachtig.')


def test_a_law_after_in_het_kader_van_message_names_op_grond_van_only():
    hit = one("In het kader van de Omgevingswet stelt de gemeente nieuwe regels op.", "BT104", "kader")
    assert "'bij'" not in hit.message and "'op grond van'" in hit.message, hit.message


def test_in_het_kader_van_elsewhere_keeps_its_reason():  # guard
    hit = one("In het kader van de verbouwing sluiten wij de hal.", "BT104", "kader")
    assert "'bij'" in hit.message, hit.message
