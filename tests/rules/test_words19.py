"""After blind13 (issue #16, task words19): a term the writer defines or explains, technical senses, and
*in stand houden* / *aan de orde zijn*. Every sentence here is written for the test."""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def findings(text: str, *rules: str, kind: str = "markdown"):
    config = Config(select=rules or ("BT101", "BT102", "BT103", "BT104", "BT106"), min_severity="info")
    return list(check_text(text, config=config, kind=kind))


def flagged(text: str, *rules: str) -> list[str]:
    return [text[f.offset : f.end_offset].lower() for f in findings(text, *rules)]


def test_bij_x_gaat_het_om_defines_the_term_for_the_whole_text():
    text = (
        "Bij transformatie gaat het om een verandering van een wijk waarna er iets nieuws staat.\n\n"
        "De transformatie van het oude kantoor begint in juni.\n"
    )
    assert flagged(text, "BT102") == []
    text = "Bij transformatie gaat het erom dat de oude school een nieuwe functie krijgt.\n"
    assert flagged(text, "BT102") == []


def test_van_x_is_sprake_als_defines_the_term():
    text = (
        "Van transformatie is sprake als een gebied een heel andere functie krijgt.\n\n"
        "De transformatie van het oude kantoor begint in juni.\n"
    )
    assert "transformatie" not in flagged(text, "BT102")


def test_the_term_used_without_a_definition_keeps_its_finding():
    # guards: *bij* with another verb, *van ... sprake* without a condition
    assert "transformatie" in flagged(
        "Bij transformatie van het kantoor komen er veertig woningen.\n", "BT102"
    )
    assert "transformatie" in flagged("De transformatie van het oude kantoor begint in juni.\n", "BT102")
    text = "Bij transformatie van oude kantoren gaat het om kleine woningen.\n"
    assert "transformatie" in flagged(text, "BT102")  # a case of the term, not the term itself
    assert "transformatie" in flagged("Van transformatie is in deze wijk nog geen sprake.\n", "BT102")


def test_a_heading_run_into_its_paragraph_names_a_topic():
    text = "* 2\\. Transformatie. De oude haven krijgt woningen, winkels en een park.\n"
    assert "transformatie" not in flagged(text, "BT102")
    # guard: the same word in a sentence of its own keeps its finding
    text = "* 2\\. De transformatie duurt lang. De oude haven krijgt woningen.\n"
    assert "transformatie" in flagged(text, "BT102")


def test_a_list_after_the_colon_says_what_the_word_means():
    text = (
        "De gemeente wil een vitaal dorp:\n\n"
        "- met een eigen school;\n"
        "- met een winkel voor de dagelijkse boodschappen.\n"
    )
    assert "vitaal" not in flagged(text, "BT102")


def test_no_list_after_the_word_keeps_its_finding():
    assert "vitaal" in flagged("De gemeente wil een vitaal dorp met een eigen school.\n", "BT102")
    # a colon with the rest of the sentence on its line is no list that explains the word
    text = "De gemeente wil een vitaal dorp: daar werken wij aan.\n"
    assert "vitaal" in flagged(text, "BT102")
    # a noun before the colon: its list names its members, it does not explain the word
    text = "Dit zijn de drie speerpunten:\n\n- een school;\n- een winkel;\n- een park.\n"
    assert "speerpunten" in flagged(text, "BT102")
    # a clause between the word and the colon: the list is about something else
    text = "De gemeente wil een vitaal dorp en doet daarvoor het volgende:\n\n- een school;\n- een winkel.\n"
    assert "vitaal" in flagged(text, "BT102")


def test_named_aims_after_a_preposition_are_names():
    text = (
        "De kaart laat zien welke gebieden belangrijk zijn voor de landelijke doelen rond veiligheid, "
        "bereikbaarheid en vitaliteit, zodat de samenhang duidelijk wordt.\n"
    )
    assert "vitaliteit" not in flagged(text, "BT102")
    # guard: the same word in a plain enumeration without a noun of aims
    text = "Het plan verbetert de veiligheid, de bereikbaarheid en de vitaliteit van de buurt.\n"
    assert "vitaliteit" in flagged(text, "BT102")


def test_made_and_kept_in_place_is_a_condition():
    text = "De haag moet binnen een jaar worden aangelegd en daarna in stand worden gehouden.\n"
    assert "in stand" not in flagged(text, "BT104")
    text = "De eigenaar moet de bomen planten en daarna in stand houden.\n"
    assert "in stand" in flagged(text, "BT104")  # guard: planting is no listed making verb
    assert "in stand" in flagged("Wij willen de oude molen in stand houden.\n", "BT104")  # guard
    text = "De oude bomen blijven in stand en bij de school worden nieuwe paden aangelegd.\n"
    assert "in stand" in flagged(text, "BT104")  # guard: another clause after it, no condition


def test_optimised_code_is_the_trades_word():
    assert flagged("De bouwstap levert geoptimaliseerde code voor de server.\n", "BT102") == []
    assert flagged("Het team optimaliseert de query.\n", "BT102") == []
    assert "optimaliseren" in flagged("Wij willen de dienstverlening optimaliseren.\n", "BT102")  # guard


def test_aan_de_orde_zijn_gets_advice_for_apply():
    (hit,) = [
        f
        for f in findings("Een herplantplicht kan hier aan de orde zijn.\n", "BT104")
        if f.term == "aan de orde"
    ]
    assert any("geldt" in a for a in hit.advice)


def test_input_of_a_program_gets_invoer_as_advice():
    (hit,) = [
        f for f in findings("Het programma leest de input uit een bestand.\n", "BT103") if f.term == "input"
    ]
    assert any("invoer" in a for a in hit.advice)


def test_proeftuin_is_not_listed():
    assert flagged("De stad werkt als proeftuin voor schone bussen.\n", "BT102") == []
