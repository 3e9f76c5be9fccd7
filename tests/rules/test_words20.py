"""After blind13 (issue #16, task rules20): a term the text defines or explains where it stands. Every sentence
here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def flagged(text: str, *rules: str) -> list[str]:
    config = Config(select=rules or ("BT101", "BT102", "BT103", "BT104", "BT106"), min_severity="info")
    return [text[f.offset : f.end_offset].lower() for f in check_text(text, config=config, kind="markdown")]


def test_onder_or_met_an_adjective_term_with_a_definition_defines_the_phrase():
    text = (
        "Onder natuurinclusief bouwen volgen wij de definitie van de provincie: bouwen zo dat planten en dieren"
        " er baat bij hebben.\n\nDe gemeente wil natuurinclusief bouwen stimuleren.\n"
    )
    assert "natuurinclusief" not in flagged(text, "BT102")
    text = "Met natuurinclusief bouwen bedoelen wij bouwen waar planten baat bij hebben.\n\nDat doen wij graag.\n"
    assert "natuurinclusief" not in flagged(text, "BT102")


def test_an_adjective_term_without_a_definition_keeps_its_finding():
    assert "natuurinclusief" in flagged("De gemeente wil natuurinclusief bouwen stimuleren.\n", "BT102")
    assert "natuurinclusief" in flagged("Met natuurinclusief bouwen bereiken wij veel in de wijk.\n", "BT102")


def test_a_section_named_for_its_term_that_says_what_it_is_defines_it():
    text = (
        "## Datagedreven sturen\n\nDatagedreven sturen is in de kern sturen met cijfers uit eerdere jaren.\n\n"
        "De gemeente kiest voor datagedreven sturen in de zorg.\n"
    )
    assert "datagedreven" not in flagged(text, "BT102")


def test_x_is_without_the_heading_or_rating_the_term_keeps_its_finding():
    # the same sentence without a heading that names the term, and a heading whose first sentence only rates it
    text = "Datagedreven sturen is in de kern sturen met cijfers uit eerdere jaren.\n"
    assert "datagedreven" in flagged(text, "BT102")
    assert "vitaliteit" in flagged("## Vitaliteit\n\nVitaliteit is belangrijk voor iedereen.\n", "BT102")
    text = "## Vitaliteit\n\nVitaliteit is een belangrijk thema voor de gemeente.\n"
    assert "vitaliteit" in flagged(text, "BT102")


def test_words_right_after_that_say_what_it_means_here():
    text = "Dit begrip is niet te reduceren, in de zin dat het niet met andere begrippen kan worden uitgedrukt.\n"
    assert "reduceren" not in flagged(text, "BT102")
    text = "Wij willen de kosten reduceren, dat wil zeggen verlagen tot het niveau van vorig jaar.\n"
    assert "reduceren" not in flagged(text, "BT102")
    assert "reduceren" in flagged("Wij willen het aantal klachten reduceren.\n", "BT102")
    # *ofwel ... ofwel* is a choice, not an explanation
    text = "Wij gaan de kosten reduceren, ofwel door minder te kopen ofwel door te delen.\n"
    assert "reduceren" in flagged(text, "BT102")


def test_a_defined_two_word_term_covers_that_phrase_only():
    # the definition of *natuurinclusief bouwen* explains that phrase (also with *te*), not the adjective elsewhere
    text = (
        "Met natuurinclusief bouwen bedoelen wij bouwen waar planten baat bij hebben.\n\n"
        "Wij vragen iedereen natuurinclusief te bouwen.\n\nOok het park wordt natuurinclusief ingericht.\n"
    )
    config = Config(select=("BT102",), min_severity="info")
    left = [(f.text.lower(), f.offset) for f in check_text(text, config=config)]
    assert left == [("natuurinclusief", text.lower().find("natuurinclusief ingericht"))]


def test_an_explanation_where_the_word_stands_covers_that_use_only():
    text = (
        "De nieuwe woning heeft meerwaarde, in die zin dat de lege plek in de straat weer bebouwd wordt.\n\n"
        "Ook de tuin heeft meerwaarde voor de buurt.\n"
    )
    assert flagged(text, "BT102") == ["meerwaarde"]
