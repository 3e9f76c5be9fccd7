"""Passives that state a general rule or a method, which holds for whoever acts (``passive_worth.left_out_because``):
nobody in particular hides, the doer differs from case to case, and 'zeg wie het doet' has no answer.

- ``measure``: a verb of measuring with the unit, the starting point or the class (*de hoogte wordt gemeten vanaf
  het peil*, *wordt uitgedrukt in een percentage*): a method or a definition for whoever measures;
- ``capacity``: *kunnen* with a verb of building or placing (*er kunnen zes woningen worden gerealiseerd*): what a
  plan allows, whoever builds;
- ``placement``: a duty with a verb of building and an area of the plan map (*de woningen moeten binnen het
  bouwvlak worden gebouwd*): a rule of where buildings stand, as with *mogen*;
- ``generic-case``: a phrase with *bij* and an indefinite or universal noun (*bij een verbouwing*, *bij alle nieuwe
  woningen*): a general statement for any such case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive_hidden_doer import _has_modal
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def general_statement(verb: Token, auxes: list[Token]) -> str | None:
    """``capacity``, ``placement`` or ``generic-case`` where the passive states what holds for any builder or any
    case (see the module), else None. ``measure`` is asked on its own (``_measure``), before the clause's shape."""
    if infinitive(verb) in _lv("building_verbs") and _has_modal(
        [*auxes, *(a.head for a in auxes), verb.head], _lv("possibility_modals")
    ):
        return "capacity"  # er kunnen zes woningen worden gebouwd: what the plan allows, whoever builds
    if (
        infinitive(verb) in _lv("building_verbs")
        and _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals"))
        and _plan_area_place(verb, auxes)
    ):
        return "placement"  # de woningen moeten binnen het bouwvlak worden gebouwd: where buildings stand
    # (*bij een ontwikkeling moet aan de normen worden voldaan*: the case is what meets them, the better subject)
    if infinitive(verb) != "voldoen" and _generic_case(verb, auxes):
        return "generic-case"  # bij een verbouwing wordt de vloer eerst verwijderd: any such case, whoever
    return None


def _measure(verb: Token, auxes: list[Token]) -> bool:
    """A verb of measuring or expressing a quantity with a phrase that gives the unit, the starting point or the
    class (*de hoogte wordt gemeten vanaf het peil*, *de grens wordt uitgedrukt in een percentage*, *een erker wordt
    gerekend tot het hoofdgebouw*): the sentence states a method or a definition that holds for whoever measures,
    nobody hides. (*er wordt gerekend met een groei*: a calculation somebody made, stays.)"""
    if infinitive(verb) not in _lv("measure_verbs"):
        return False
    heads = {verb.i, *(a.i for a in auxes)}
    measure_units = word_set("grammatica", "measure_units")
    marks, unit_marks, units = (
        _lv("measure_prepositions"),
        _lv("measure_unit_prepositions"),
        measure_units | _lv("measure_scales"),
    )
    expresses = infinitive(verb) in _lv("expressing_verbs")
    shows = infinitive(verb) in _lv("form_showing_verbs")
    scales = _lv("measure_scales")
    not_a_form = tuple(_lv("text_nouns") | _lv("statement_nouns"))

    def gives_method(t: Token) -> bool:
        opener = next((c for c in t.children if c.dep_ in ("case", "mark") and c.i == t.left_edge.i), None)
        if opener is None:
            return False
        word = t.lower_.rstrip(".")  # *in dB.* at the end of a sentence
        lemma = t.lemma_.lower().rstrip(".")
        if shows:
            # a verb of showing gives the form with *met* (*weergegeven met risicocontouren*) and with *in* only
            # before a unit (*in meters*); otherwise *in* says where (*in figuur 3*, *in onderstaande punten*) and
            # the other phrases what is shown (*het uitzicht vanaf het plangebied*)
            if opener.lower_ == "met":  # a bare or indefinite form: not *met de reacties van de buren* (with
                # them), *met per keuze een toelichting* (a text, one for each)
                cases = sum(c.dep_ == "case" for c in t.children)
                definite = any(
                    c.dep_ == "det" and c.lower_ in ("de", "het", "dit", "deze", "die", "dat")
                    for c in t.children
                )
                return (
                    cases == 1 and not definite and not any(w.lower_.endswith(not_a_form) for w in t.subtree)
                )
            if opener.lower_ != "in":
                return False
            # *in* with a scale only where it is bare or indefinite (*in een getal per etmaal*, *in klassen*): a
            # determiner or modifier before it points at a place in the text (*in onderstaande drie punten*)
            scale = (word in scales or lemma in scales) and all(
                c.dep_ == "case" or (c.dep_ == "det" and c.lower_ == "een") for c in t.children if c.i < t.i
            )
            return word in measure_units or lemma in measure_units or scale
        if opener.lower_ in marks:
            return True
        # *in*, *per*, *uit* only before a unit or scale (*in een percentage*), not a place, year or period
        if opener.lower_ == "in" and expresses and not word.endswith(not_a_form):
            return True  # *uitgedrukt in risicocontouren*: any form a quantity is expressed in
        return opener.lower_ in unit_marks and (word in units or lemma in units)

    return any(
        t.head.i in heads and t.dep_.startswith(("obl", "advmod", "nmod")) and gives_method(t)
        for t in verb.sent
    )


def _plan_area_place(verb: Token, auxes: list[Token]) -> bool:
    """A phrase of the clause says in which area of the plan map a building stands (*binnen het bouwvlak*, *in
    de bestemmingsvlakken*, *buiten het bouwperceel*): with a duty and a verb of building the sentence is a rule of
    where buildings must stand, whoever builds them, as the rule with *mogen* is (*mogen uitsluitend binnen het
    bouwvlak worden gebouwd*). The parser may hang the phrase on the modal verb (*dienen ... te worden
    opgericht in het bouwvlak*), and may read a plural in *-en* as an infinitive (*bouwvlakken* as a verb, its
    phrase as a clause): the word list and the preposition decide, not the label."""
    heads = {verb.i, verb.head.i, *(a.i for a in auxes), *(a.head.i for a in auxes)}
    areas = tuple(_lv("plan_areas"))
    places = _lv("place_prepositions")
    return any(
        t.head.i in heads
        and not t.dep_.startswith("nsubj")
        and t.lower_.endswith(areas)
        and any(c.dep_ == "case" and c.lower_ in places for c in t.children)
        for t in verb.sent
    )


def _generic_case(verb: Token, auxes: list[Token]) -> bool:
    """A phrase with *bij* and an indefinite or universal noun says in which case the clause holds (*bij een
    verbouwing*, *bij alle nieuwe woningen*): the sentence is a general statement,
    a norm or a method for any such case, as with a subject that starts with *een* or *elke* (``generic``,
    ``indefinite``); whoever does it differs from case to case. A bare noun (*bij rioolvervanging*) or a definite
    one (*bij de afweging*) names one case or one practice, where a doer may matter: it stays; so does an act on
    an indefinite thing (*bij het toelaten van een ontwikkeling*), which names the act."""
    if "bij" not in columns(verb.doc).lower:
        return False  # no *bij* in the paragraph: no sentence walk
    heads = {verb.i, verb.head.i, *(a.i for a in auxes), *(a.head.i for a in auxes)}
    openers = _lv("generic_determiners") | _lv("indefinite_articles") | _lv("universal_determiners")

    def indefinite(noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in openers for c in noun.children)

    for t in verb.sent:
        if t.head.i not in heads or t.i == verb.i or t.dep_.startswith("nsubj"):
            continue
        case = next((c for c in t.children if c.dep_ == "case" and c.lower_ == "bij"), None)
        if case is None or (
            case.i > verb.sent.start and verb.doc[case.i - 1].lower_ in ("zoals", "anders", "dan")
        ):
            continue  # *zoals bij een actief grondbeleid*: a comparison with another case, not the case itself
        if indefinite(t):
            return True
    return False
