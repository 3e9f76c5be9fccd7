"""Passives whose main clause names who wants or decided the act, indirect questions with two participles, the
advice of a signpost and of a text that says *je* to its reader (bench/quality/real/RESULTS.md, "Twenty-second round: ... (task
passive33)"), on sentences written for the test:

- a passive in a *dat*-clause of an active verb of will or decision whose subject is the writer or a body that
  decides (*we hebben afgesproken dat de schuur naar achteren wordt verplaatst*, *de provincie wil dat het
  landschap wordt beschermd*): who stands behind the act is named, the passive hides nobody (blind16 blind-119,
  blind9 all-171);
- the second of two participles joined by *en* shares the question word of the first (*beschreven hoe de wijk
  ontworpen en aangelegd wordt*): an indirect question (new21 new-021);
- a sentence that points to the text after or before it (*hieronder worden de thema's uitgewerkt*) offers
  'Hieronder werken we ... uit' instead of asking who (blind13 all-172, blind6 all-155);
- a text that says *je* to its reader gets the examples of a policy text for a door-phrase that does nothing and
  for *er* (the check raised KeyError there).

Each guard has a test that it leaves the right finding: a duty in the clause, a passive main clause, *men*, a
verb that is no decision, a second main clause after *en*, two participles of a main clause, a duty or another
verb after *hieronder*.
"""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str) -> list[tuple[str, str]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, text[f.offset : f.end_offset]) for f in check_text(text, config=config)]


# -- a main clause that names who wants or decided it


def test_an_agreement_names_who_stands_behind_the_act():
    text = "In overleg met de buren hebben we afgesproken dat de schuur naar achteren wordt verplaatst."
    assert passives(text) == []


def test_a_decision_of_the_council_names_who_stands_behind_the_act():
    assert passives("De gemeenteraad heeft besloten dat het zwembad in 2027 wordt gesloten.") == []


def test_what_an_organisation_wants_names_who_stands_behind_it():
    assert passives("De provincie wil dat het open landschap beter wordt beschermd.") == []


def test_both_clauses_of_a_decision_are_named():
    text = "De raad heeft besloten dat de weg wordt verbreed en dat er bomen worden geplant."
    assert passives(text) == []


def test_a_duty_in_the_agreed_clause_still_asks_who_must():
    text = "We hebben afgesproken dat de aanvraag binnen zes weken moet worden ingediend."
    assert passives(text) == [("BT301", "worden ingediend")]


def test_a_passive_main_clause_hides_who_decided():
    assert passives("Er is besloten dat het zwembad wordt gesloten.") == [("BT301", "wordt gesloten")]


def test_men_names_nobody():
    assert passives("Men wil dat de straat wordt verbreed.") == [("BT301", "wordt verbreed")]


def test_a_main_clause_that_is_no_decision_keeps_the_finding():
    assert passives("Het is belangrijk dat de aanvraag op tijd wordt ingediend.") == [
        ("BT301", "wordt ingediend")
    ]


# -- a text that says je to its reader


def test_a_text_with_je_gets_advice_for_er_and_a_door_phrase():
    text = (
        "Je kunt je vraag hier stellen. Als je wilt, kun je jouw gegevens aanpassen. "
        "Je weet dat er daarna nieuwe regels worden vastgesteld. "
        "Jouw aanvraag wordt door het bestemmingsplan geregeld."
    )
    config = Config(select=("BT301", "BT302"), min_severity="info")
    found = check_text(text, config=config)
    assert [f.rule for f in found] == ["BT302", "BT301"]
    assert "de gemeente, wij, de lezer?" in found[0].message  # (as on main, 831fc69)
    assert "doet zelf niets" in found[1].advice[0]


def test_the_wish_of_the_reader_leaves_open_who_acts():
    text = "U wilt graag dat de boom voor uw huis wordt gekapt."
    assert passives(text) == [("BT301", "wordt gekapt")]


def test_the_wish_of_residents_leaves_open_who_acts():
    text = "De bewoners willen dat de speeltuin wordt opgeknapt."
    assert passives(text) == [("BT301", "wordt opgeknapt")]


# -- the second participle of an indirect question


def test_the_second_participle_shares_the_question_word():
    text = "In dit hoofdstuk wordt beschreven hoe de nieuwe wijk ontworpen en aangelegd wordt."
    assert passives(text) == [("BT301", "wordt beschreven")]


def test_a_second_main_clause_after_en_keeps_its_finding():
    text = "In de nota staat hoe het plein eruitziet en wordt daarna aangegeven wanneer het klaar is."
    assert passives(text) == [("BT301", "wordt daarna aangegeven")]


def test_two_participles_of_a_main_clause_keep_the_finding():
    # one finding for the auxiliary, covering both participles that share it (pass43)
    assert passives("Het plein wordt vergroot en ingericht.") == [("BT301", "wordt vergroot en ingericht")]


# -- a sentence that points to the text after it


def advice_of(text: str) -> list[tuple[str, str, list[str]]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, f.message, list(f.advice)) for f in check_text(text, config=config)]


def test_a_signpost_offers_we_with_a_separable_verb():
    [(rule, message, advice)] = advice_of("De thema's van deze nota worden hieronder verder uitgewerkt.")
    assert rule == "BT301"
    assert message.endswith("Een actieve zin is directer: 'Hieronder werken we ... uit'.")
    assert advice == ["Schrijf met 'we': 'Hieronder werken we ... uit'."]


def test_a_signpost_after_the_text_offers_we():
    [(_, message, advice)] = advice_of("Hierna worden de regels per bestemming besproken.")
    assert advice == ["Schrijf met 'we': 'Hierna bespreken we ...'."]


def test_a_duty_after_hieronder_still_asks_who_must():
    [(_, message, advice)] = advice_of("Hieronder moet de keuze worden onderbouwd.")
    assert "we" not in advice[0].split()
    assert advice[0].startswith("Zeg wie dit moet doen")


def test_a_verb_that_is_no_signpost_keeps_its_advice():
    [(_, message, advice)] = advice_of("De aanvraag wordt hierna beoordeeld.")
    assert advice == ["Zeg wie het doet."]


# -- review: a wish about the reader's thing, a council that advises, a signpost in a clause or a question


def test_a_wish_about_the_readers_thing_asks_who_must():
    # 'wij willen dat uw aanvraag ... wordt ingediend' asks the reader to act: 'Dien uw aanvraag ... in'
    text = "Wij willen dat uw aanvraag vóór 1 mei wordt ingediend."
    assert passives(text) == [("BT301", "wordt ingediend")]


def test_a_decision_about_the_readers_thing_names_who_acts():
    assert passives("We hebben besloten dat uw bezwaar wordt doorgestuurd naar de commissie.") == []


def test_a_council_that_advises_leaves_open_who_acts():
    # a dorpsraad or ondernemingsraad asks, like residents do; the one who acts hides
    text = "De dorpsraad wil dat het speelveld achter de school wordt opgeknapt."
    assert passives(text) == [("BT301", "wordt opgeknapt")]


def test_the_municipal_council_still_names_who_decided():
    assert passives("De gemeenteraad wil dat het speelveld achter de school wordt opgeknapt.") == []


def test_a_signpost_in_a_clause_with_zoals_gets_no_main_clause():
    # 'Hieronder beschrijven we ...' does not fit in 'zoals ... wordt beschreven'
    text = "De regels gelden, zoals hieronder wordt beschreven, voor het hele plangebied."
    for _, message, advice in advice_of(text):
        assert "Hieronder beschrijven we" not in message + " ".join(advice)


def test_a_signpost_question_gets_no_statement():
    for _, message, advice in advice_of("Worden hieronder de risico's van de bouw besproken?"):
        assert "Hieronder bespreken we" not in message + " ".join(advice)
