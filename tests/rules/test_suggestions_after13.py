"""After blind13 (issues #16/#17): suggestions that would break the sentence give advice instead. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config


def found(text: str, rule: str):
    return [f for f in check_text(text, config=Config(min_severity="info")) if f.rule == rule]


def one(text: str, rule: str, words: str):
    hits = [f for f in found(text, rule) if f.text.lower() == words.lower()]
    assert len(hits) == 1, [(f.rule, f.text) for f in found(text, rule)]
    return hits[0]


# --- deleting the first position before the finite verb breaks verb-second order


def test_first_word_before_the_verb_is_not_just_deleted():
    hit = one("Feitelijk is sprake van een nieuwe straat in het dorp.", "BT106", "Feitelijk")
    assert "Schrappen." not in hit.advice
    assert any("voor 'is'" in a for a in hit.advice)
    hit = one("Daadwerkelijk is de aanvraag op de juiste dag ingediend.", "BT106", "Daadwerkelijk")
    assert "Schrappen." not in hit.advice


def test_first_phrase_before_the_verb_is_not_just_deleted():
    hit = one("In algemene zin kunnen wij dit plan steunen.", "BT106", "In algemene zin")
    assert all(a.lower() != "schrap 'in algemene zin'." for a in hit.advice)
    assert any("voor 'kunnen'" in a for a in hit.advice)


def test_a_word_in_the_middle_field_can_go():
    hit = one("Het nieuwe beleid heeft als het ware een tweede leven gekregen.", "BT106", "als het ware")
    assert "Schrappen." in hit.advice


# --- a fixed phrase goes as a whole


def test_the_whole_phrase_with_van_goes():
    hit = one(
        "Het gaat om sport in de ruimste zin van het woord en om cultuur.", "BT106", "in de ruimste zin"
    )
    assert "Schrap 'in de ruimste zin van het woord'." in hit.advice


def test_the_phrase_in_brackets_goes_with_its_brackets():
    hit = one("Wij willen zo weinig mogelijk hinder geven (in de breedste zin van het woord).", "BT106",
              "in de breedste zin")  # fmt: skip
    assert "Schrap '(in de breedste zin van het woord)'." in hit.advice


# --- zijnde: an attributive participle phrase, and the legal formula


def test_zijnde_before_its_noun_becomes_a_clause():
    hit = one("Ook de in voorbereiding zijnde verordening over parkeren valt erbuiten.", "BT101", "zijnde")
    assert "Schrappen." not in hit.advice
    # the noun's own complement stays with it before the clause (review of sugg27)
    assert "Maak er een bijzin van: 'de verordening over parkeren die in voorbereiding is'." in hit.advice


def test_zijnde_in_an_apposition_can_go():
    hit = one("De eigenaar, zijnde de gemeente, is verantwoordelijk.", "BT101", "zijnde")
    assert "Schrappen." in hit.advice


def test_geen_gebouwen_zijnde_is_a_term_of_plan_rules():
    assert not found("Op deze grond mogen alleen bouwwerken, geen gebouwen zijnde, worden gebouwd.", "BT101")
    assert not found("Voor werken, geen bouwwerken zijnde, is een vergunning nodig.", "BT101")


# --- a verb replaced in a coordination, a verb left without its object


def test_no_verb_replacement_when_a_conjunct_shares_the_object():
    hit = one("Om aansluiting te vinden en te houden met de wijk plant de gemeente bomen.", "BT202",
              "aansluiting te vinden")  # fmt: skip
    assert not hit.suggestions


def test_verb_replacement_without_a_coordination_stays():
    hit = one("Wij willen aansluiting vinden bij de wijk.", "BT202", "aansluiting vinden")
    assert hit.suggestions == ["aansluiten"]


def test_no_transitive_verb_without_its_object():
    hit = one("Iedere inwoner mag zijn mening geven of een voorstel doen.", "BT202", "een voorstel doen")
    assert not hit.suggestions


def test_transitive_verb_with_a_clause_as_its_object_stays():
    hit = one("Het college doet een voorstel om de weg te verbreden.", "BT202", "doet een voorstel")
    assert hit.suggestions == ["stelt voor"]


# --- BT501: the finite verb of a main clause stays second, the participle last


def test_verb_bracket_advice_does_not_move_the_participle():
    text = "In de woonvisie wordt het gezamenlijke beeld voor de wijk voor de komende tien jaar in grote lijnen geschetst."
    hit = next(f for f in found(text, "BT501"))
    assert not any("dichter bij" in a for a in hit.advice)
    assert "dichter bij" not in hit.message
    assert any("minder woorden tussen 'wordt' en 'geschetst'" in a for a in hit.advice)


def test_a_conjunct_that_shares_only_the_subject_keeps_the_replacement():
    hit = one("Het water in de put bevindt zich diep onder de grond en is schoon.", "BT104", "bevindt zich")
    assert hit.suggestions


def test_a_passive_has_its_object_as_subject():
    hit = one("De aanvraag moet volledig zijn voordat deze in behandeling wordt genomen.", "BT202",
              "in behandeling wordt genomen")  # fmt: skip
    assert hit.suggestions


def test_an_adjective_before_its_noun_can_go():
    hit = one("De gemeente kijkt naar de daadwerkelijke kosten van de wijk.", "BT106", "daadwerkelijke")
    assert "Schrappen." in hit.advice


# --- a noun alone is a part of its clause


def test_a_noun_alone_is_not_just_deleted():
    hit = one("Van deze mogelijkheid is sprake als de raad dat besluit.", "BT104", "sprake")
    assert "Schrappen." not in hit.advice


# --- a relative clause on the noun of a support-verb phrase


def test_no_verb_replacement_when_a_relative_clause_hangs_on_the_noun():
    hit = one("Voor elke wijk hebben wij een analyse gemaakt, die u in de bijlage vindt.", "BT202",
              "een analyse gemaakt")  # fmt: skip
    assert not hit.suggestions
    hit = one("Wij maken een afweging die voor iedereen duidelijk is.", "BT202", "maken een afweging")
    assert not hit.suggestions


def test_waarbij_after_a_comma_takes_up_the_clause_not_the_noun():
    # *, waarbij ...* mostly takes up the whole clause; *, die ...* still points to the noun (review of the round)
    from beleidstaal.language.realise_structure import antecedent_of_a_relative
    from beleidstaal.nlp import load_model

    nlp = load_model()
    clause = nlp("Wij maken een afweging, waarbij wij letten op de kosten.")
    noun = nlp("Wij maken een afweging, die de raad later bespreekt.")
    assert not antecedent_of_a_relative(list(clause[1:4]))
    assert antecedent_of_a_relative(list(noun[1:4]))


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # the article of another noun phrase before 'en' is not the noun's own (review of the round)
        (
            "Wij letten op de bestaande regels en in voorbereiding zijnde plannen.",
            "Maak er een bijzin van: zet na 'plannen' 'die' en dan '... zijn'.",
        ),
        (
            "Wij letten op de in voorbereiding zijnde plannen.",
            "Maak er een bijzin van: 'de plannen die in voorbereiding zijn'.",
        ),
    ],
)
def test_clause_for_a_participle_phrase_takes_the_nouns_own_article(text, advice):
    found = [f for f in check_text(text, config=Config(min_severity="info")) if f.text == "zijnde"]
    assert found and found[0].advice[0] == advice


def test_the_whole_phrase_in_the_first_position_keeps_the_verb_second():
    # deleting 'In de breedste zin van het woord' before 'is' would put the verb first (review of the round)
    text = "In de breedste zin van het woord is dit een plan voor de hele stad."
    [found] = [f for f in check_text(text, config=Config(min_severity="info")) if "breedste" in f.text]
    assert found.advice[0].startswith(
        "Schrap 'In de breedste zin van het woord' en zet iets anders voor 'is'"
    )
