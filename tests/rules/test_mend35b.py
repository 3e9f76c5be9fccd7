"""Round thirty-five (issue 16, task mend35b): the reviewer's points on suggestions, passives and nominalisations.
A passive's *worden* has no participle in the perfect (*is ... gewijzigd*); a participle the tagger read as an
infinitive still has its auxiliary; a quantifier after *geen* follows the new noun's gender; an adjective of degree
or extent with a clause as subject is no passive; uninflected *nodig* never stands before a noun; *om* found by the
parse. Every sentence here is written for the test."""

from __future__ import annotations

import sys
from pathlib import Path

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.nlp import get_analyser

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_passive_causes49 import found as passives  # noqa: E402
from test_passive_causes49 import passive_findings  # noqa: E402


def findings(text: str, rule: str):
    config = Config(select=(rule,), min_severity="info")
    return [f for f in check_text(text + "\n", config=config, kind="markdown") if f.rule == rule]


def offered(text: str, rule: str, word: str) -> str:
    f = next(f for f in findings(text, rule) if word.lower() in f.text.lower())
    return " | ".join([*f.suggestions, *f.advice])


# --- point 6: the perfect of a passive has no 'geworden' ----------------------------------------------------------


def test_the_perfect_of_a_passive_replacement_drops_worden():
    assert "'is ... gewijzigd'" in offered("Het plan heeft een wijziging ondergaan.", "BT202", "ondergaan")
    assert "geworden" not in offered(
        "De regels hebben vorig jaar een wijziging ondergaan.", "BT202", "ondergaan"
    )


# --- point 16: the participle by its form, where the tagger read an infinitive --------------------------------------


def test_a_participle_tagged_as_infinitive_still_takes_zijn_in_the_advice():
    advice = offered("Er heeft zich vorig jaar een probleem voorgedaan.", "BT101", "voorgedaan")
    assert "'is ... ontstaan'" in advice and "'is ... gebeurd'" in advice and "'is er ... geweest'" in advice


# --- point 19: the verbs whose perfect takes 'zijn' come from grammatica.zijn_verbs ------------------------------


def test_perfect_with_zijn_is_read_from_zijn_verbs():
    from beleidstaal.language.data import word_set
    from beleidstaal.language.realise_advice import perfect_with_zijn

    verbs = perfect_with_zijn()
    assert {
        "gebeuren",
        "ontstaan",
        "blijken",
        "terugkomen",
    } <= verbs  # blijken: is gebleken, never heeft gebleken
    assert (
        not {"veranderen", "beginnen", "afnemen"} & verbs
    )  # heeft het plan veranderd, heeft een toets afgenomen
    assert verbs <= word_set("grammatica", "zijn_verbs")


# --- point 8: a quantifier after 'geen' agrees with the new noun ------------------------------------------------


def test_geen_enkele_follows_the_gender_of_the_new_noun():
    f = findings("Er was geen enkele calamiteit in het gebied.", "BT101")
    assert [s for f_ in f for s in f_.suggestions] == ["geen enkel noodgeval"]


# --- point 7 (and the passive half of 20): an adjective of extent or degree with a clause as subject ---------------


def test_an_adjective_of_extent_with_a_clause_is_no_passive():
    sentence = (
        "Voor de bewoners van de wijk is op dit moment helaas nog erg beperkt wat de gemeente kan doen."
    )
    assert passive_findings(sentence) == []
    assert (
        passive_findings("Voor de reizigers is op dit moment nog niet verzekerd dat de bus blijft rijden.")
        == []
    )
    # guard: the passive of *motiveren* with a clause as its subject, far enough from *is* to be reported
    sentence = (
        "Tijdens het overleg met de buurt is op verschillende momenten steeds opnieuw gemotiveerd dat de woningen "
        "geen hinder geven."
    )
    assert passives(sentence)["gemotiveerd"] == ("is", None)
    assert any("gemotiveerd" in f for f in passive_findings(sentence))


# --- point 11: 'indien nodig' before a noun of the main clause ----------------------------------------------------


def test_indien_nodig_before_a_noun_of_the_main_clause_is_zo_nodig():
    assert offered("De gemeente neemt indien nodig maatregelen.", "BT101", "indien") == "zo"
    assert offered("Wij zetten indien nodig extra bussen in.", "BT101", "indien") == "zo"


def test_an_ellipsis_without_a_fixed_word_gets_a_whole_clause_as_advice():
    advice = offered("Indien noodzakelijk sluiten wij de weg af.", "BT101", "Indien")
    assert "'als dat nodig is'" in advice
    # guard: a real clause keeps plain advice with 'als'
    assert "'als dat nodig is'" not in offered(
        "Indien u dat wilt, passen wij de planning aan.", "BT101", "Indien"
    )


# --- point 14: *om* found as the infinitive's mark, also with words between -------------------------------------


def test_om_with_an_adverb_before_te_opens_a_clause():
    from beleidstaal.language.tang_article import _closing_modifier

    doc = get_analyser().parse(["Het is van belang om snel te achterhalen of de grond vervuild is."])[0]
    verb = next(t for t in doc if t.lower_ == "achterhalen")
    assert not _closing_modifier(verb)
    doc = get_analyser().parse(["De door de gemeente snel te verstrekken uitkeringen zijn hoog."])[0]
    assert _closing_modifier(next(t for t in doc if t.lower_ == "verstrekken"))
