"""Passives that tell of the past, the second verb of a relative clause, paired question words and a copula
*worden* (bench/quality/real/RESULTS.md, "Twenty-first round: passives of the past ... (task passive32)"), on
sentences written for the test:

- the second verb of a relative clause shares its relative pronoun (*een code die wordt aangemaakt en daarna wordt
  vermeld*): it describes the noun, as the first does (blind18 blind-188);
- two question words joined by *en* open an indirect question (*in de nota staat wanneer en hoe de bomen moeten
  worden gekapt*), whatever label the parser gives it (blind17 blind-009);
- a *zijn*-passive in the past tense describes how things were (*was geregeld in drie verordeningen*), as *werd*
  tells what happened (blind18 blind-138);
- a present passive in a paragraph that tells history (*rond 1870 ... daarna wordt een haven gegraven*): the
  historical present, nobody of today acts (blind18 blind-093);
- of two forms of *worden*, the one farther from the participle belongs to another clause (*een plek worden waar
  ideeën getest worden*: a copula; blind18 blind-108);
- a passive with *kunnen* asks who can, names the reader ('u kunt', 'je kunt') and says the passive may stay when
  it holds for everyone (blind18 blind-071: a rule for any developer, where 'zeg wie het doet' did not help).

Each guard has a test that it leaves the right finding: a main clause's second verb, a *dat*-clause, a door-phrase,
a year of today in the paragraph, a year inside the subject, a word of the present, a duty.
"""

from __future__ import annotations

from beleidstaal import check_text
from beleidstaal.config import Config


def passives(text: str) -> list[tuple[str, str]]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [(f.rule, text[f.offset : f.end_offset]) for f in check_text(text, config=config)]


# -- the second verb of a relative clause


def test_the_second_verb_of_a_relative_clause_describes_the_noun():
    text = "Het pasnummer is een code die bij de aanvraag wordt aangemaakt en daarna wordt vermeld op elke brief."
    assert passives(text) == []


def test_the_second_verb_of_a_main_clause_stays():
    text = "De aanvraag wordt eerst gecontroleerd en wordt daarna doorgestuurd naar de afdeling."
    assert ("BT301", "wordt daarna doorgestuurd") in passives(text)


def test_a_main_clause_the_parser_joins_to_a_relative_clause_without_en_stays():
    # the parse hangs *meegenomen* on *vallen* as its conjunct, with no *en* between them
    text = "Daarom kunnen bedrijven die onder dit besluit vallen ook gewoon worden meegenomen in de toets."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_main_clause_without_its_subject_after_en_stays():
    # the finite verb right after *en*, words before the participle: the order of a main clause
    text = (
        "Het Zuidveld is een terrein dat al lang is aangewezen voor woningbouw en wordt nu verder uitgewerkt."
    )
    assert passives(text) == [("BT301", "wordt nu verder uitgewerkt")]


def test_a_dat_clause_the_parser_reads_as_a_relative_clause_stays():
    # the parse labels the *dat*-clause a relative clause of *ontwikkelingen*; *dat* is a conjunction there
    text = (
        "Van belang is dat er geen sprake is van nieuwe ontwikkelingen buiten de kern, dat de woningbouw "
        "regionaal is afgestemd en wordt gemonitord."
    )
    assert ("BT301", "wordt gemonitord") in passives(text)


# -- two question words joined by en


def test_paired_question_words_open_an_indirect_question():
    assert passives("In de nota staat wanneer en hoe de bomen moeten worden gekapt.") == []


def test_a_dat_clause_after_the_same_verb_stays():
    assert passives("In de nota staat dat de bomen in de winter moeten worden gekapt.") == [
        ("BT301", "worden gekapt")
    ]


# -- a zijn-passive in the past tense


def test_a_past_zijn_passive_describes_how_things_were():
    assert passives("Vroeger was de zorg voor de dijken geregeld in drie aparte verordeningen.") == []


def test_a_past_zijn_passive_with_a_doer_stays():
    text = "Vroeger was de zorg voor de dijken geregeld door drie verschillende waterschappen."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_past_zijn_passive_that_calls_the_act_a_mistake_stays():
    # in a letter who erred matters: 'wij hadden uw gegevens verkeerd ingevoerd' (review)
    text = "Uw gegevens waren in ons systeem verkeerd ingevoerd, waardoor u een te hoge aanslag kreeg."
    assert ("BT301", "waren in ons systeem verkeerd ingevoerd") in passives(text)
    text = "De stukken waren niet op tijd verstuurd, waardoor de termijn verliep."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


# -- the historical present


def test_a_present_passive_in_a_history_is_no_finding():
    assert passives("Rond 1870 krijgt het dorp een eigen kerk. Daarna wordt een nieuwe haven gegraven.") == []


def test_a_century_before_the_twentieth_frames_a_history():
    assert passives("In de zeventiende eeuw wordt aan de rand van het dorp een molen gebouwd.") == []


def test_a_year_of_today_in_the_paragraph_keeps_the_finding():
    text = "Rond 1870 krijgt het dorp een eigen kerk. In 2026 wordt een nieuwe haven gegraven."
    assert passives(text) == [("BT301", "wordt een nieuwe haven gegraven")]


def test_a_year_in_another_clause_frames_nothing():
    text = "De dijk wordt aangeduid als een oude waterkering, die voor 1850 al bestond."
    assert passives(text) == [("BT301", "wordt aangeduid")]


def test_a_report_in_the_past_tense_before_is_no_story_in_the_present():
    text = "In de middeleeuwen was het gebied al bewoond. Daarom wordt de bodem eerst onderzocht."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_century_inside_the_subject_frames_nothing():
    text = "Voor dit deel wordt de verwachting voor resten uit de Nieuwe tijd (16e tot 19e eeuw) gehandhaafd."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_number_before_a_noun_is_no_year():
    text = (
        "De afvoer voor circa 1400 personen is 14 m3 per uur. Er wordt gekozen voor een gescheiden stelsel."
    )
    assert [rule for rule, _ in passives(text)] == ["BT302"]


def test_a_year_inside_the_subject_frames_nothing():
    assert [rule for rule, _ in passives("De kerk uit 1850 wordt gerestaureerd.")] == ["BT301"]


def test_a_word_of_the_present_keeps_the_finding():
    assert passives("Het pand dateert uit 1920. Het wordt nu gerenoveerd.") == [
        ("BT301", "wordt nu gerenoveerd")
    ]


def test_a_duty_after_a_history_stays():
    text = "In de negentiende eeuw groeit het dorp snel. De oude dijk moet worden hersteld."
    assert passives(text) == [("BT301", "worden hersteld")]


def test_a_present_perfect_before_is_no_story_in_the_present():
    # the perfect reports a past act from today: the next sentence is the plan's own present (review)
    text = "Het kanaal is in de negentiende eeuw gegraven. De oevers worden verstevigd met damwanden."
    assert ("BT301", "worden verstevigd") in passives(text)


def test_sinds_reaches_the_present():
    # *sinds 1900 staat er een boerderij*: a state until now, no history told (review)
    text = "De boerderij staat er sinds 1900. De boerderij wordt gesloopt om plaats te maken voor woningen."
    assert passives(text) == [("BT301", "wordt gesloopt")]
    assert [rule for rule, _ in passives("Sinds 1900 wordt hier landbouw bedreven.")] == ["BT301"]


def test_a_history_before_a_sentence_of_the_plan_frames_nothing():
    # without a word that goes on with the story the sentence may say what the plan does now (review)
    text = "Het dorp groeit in de negentiende eeuw snel. De oude kern wordt beschermd als dorpsgezicht."
    assert passives(text) == [("BT301", "wordt beschermd")]


def test_a_year_of_what_the_subject_names_frames_nothing():
    # the year dates the houses, not the act (review)
    text = "Voor 1945 gebouwde woningen worden in dit plan extra beschermd."
    assert [rule for rule, _ in passives(text)] == ["BT301"]
    text = "Panden van voor 1940 worden in dit plan als karakteristiek aangemerkt."
    assert [rule for rule, _ in passives(text)] == ["BT301"]


def test_a_year_before_an_adjective_frames_a_history():
    # *komt in 1620 gereed*: the adjective is no noun the year describes (guard of the review's narrowing)
    text = "De molen komt in 1620 gereed. Later wordt naast de molen een schuur gebouwd."
    assert passives(text) == []


def test_a_date_of_its_own_goes_on_with_the_story():
    # a history in the sentence before and a date of the passive (a year before 1000) (review)
    text = "De oorsprong van het dorp ligt in de negende eeuw. De nederzetting wordt in 880 voor het eerst genoemd."
    assert passives(text) == []


# -- a copula worden


def test_the_passive_auxiliary_is_the_worden_beside_the_participle():
    from beleidstaal.language.passive import find_passives
    from beleidstaal.nlp import get_analyser

    doc = get_analyser().parse(["De gemeente wil een plek worden waar nieuwe ideeën snel getest worden."])[0]
    found = [
        (verb.text, pass_aux.i - verb.i, len(auxes))
        for sent in doc.sents
        for verb, pass_aux, auxes, _ in find_passives(sent)
    ]
    assert found == [("getest", 1, 1)]


# -- what a passive with kunnen hides: who can, the reader, or anyone


def advice(text: str) -> list[str]:
    config = Config(select=("BT301", "BT302"), min_severity="info")
    return [a for f in check_text(text, config=config) for a in f.advice]


def test_a_passive_with_kunnen_asks_who_can_and_allows_a_rule_for_everyone():
    (said,) = advice("Als de termijn voorbij is, kan het bezwaar ook per brief worden ingediend.")
    assert said.startswith("Zeg wie dit kan doen: de gemeente, de aanvrager, de lezer ('u kunt ...')?")
    assert "Geldt het voor iedereen, dan mag de lijdende vorm blijven." in said


def test_a_passive_with_kunnen_in_a_software_text_names_the_reader_as_je():
    lead = (
        "Deze pagina beschrijft hoe de applicatie werkt. De applicatie praat met de API van het register. "
        "De broncode staat op GitHub.\n\n"
    )
    (said,) = advice(lead + "Na de installatie kan het schema eenvoudig worden bijgewerkt.")
    assert "de applicatie, de ontwikkelaar, de lezer ('je kunt ...')?" in said


def test_a_duty_and_a_conclusion_keep_their_own_advice():
    (duty,) = advice("Voor de kap van deze bomen moet eerst een vergunning worden aangevraagd.")
    assert duty.startswith("Zeg wie dit moet doen")
    (report,) = advice("Uit de metingen kan worden geconcludeerd dat de geluidsnorm nergens te hoog is.")
    assert report.startswith("Zeg wie dit zegt of concludeert")
