"""Which passives are worth a finding: the decision after the detector.

``language/passive.py`` finds every passive clause; all of them count for the share of passive sentences (BT303).
This module decides which of them BT301 and BT302 report (``worth_reporting``: a doer that hides and matters, not
a description, a state, a condition or a reference), and names the reason for each one it leaves out
(``left_out_because``). The reasons are asked in order, each from the module that knows it: the clause's shape
(``passive_clauses``), the past (``passive_time``), a description (``passive_described``, ``passive_state``), a
general rule or method (``passive_general``) and the states of a *zijn*-passive (``passive_zijn``). Which advice a
passive without a door-phrase gets is ``passive_hidden_doer``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive import aux_kind, find_agent, subject
from .passive_clauses import _in_relative_clause, _indirect_question, _reference_clause, stranded_modal
from .passive_described import _described_not_done
from .passive_general import _measure, general_statement
from .passive_state import described_state
from .passive_time import past_time
from .passive_zijn import zijn_state
from .supposed_to import supposed_to_verb

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def worth_reporting(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> bool:
    """Whether a passive hides a doer the reader needs to know. A passive that names its doer (*door de
    gemeente*) always is: the active sentence is shorter. Without a doer it is not worth a finding when the doer
    is beside the point:

    - a verb that says where something lies, also with a door-phrase (*het dorp wordt begrensd door de rivier*,
      *ingeklemd tussen twee wegen*): a description of a place, nobody acts; the same for a verb that names what a
      thing is like (*wordt gekenmerkt door diepe percelen*);
    - a short passive with *zijn*, a state or a result (*het plan is voorgelegd aan de commissie*); a long one is
      hard to read and stays;
    - a passive inside a relative clause, which describes a noun (*de afstand die moet worden aangehouden*);
    - a clause with *zoals* that points to another part of the text (*zoals in hoofdstuk 2 is uiteengezet*);
    - an indirect question that a verb takes as its object (*beschrijft hoe gegevens worden uitgewisseld*);
    - the past tense of *worden*, which tells what happened (*in 1920 werd begonnen met*), and of *zijn*, which
      tells how things were (*was geregeld in zes wetten*); a present passive in a paragraph that tells history
      (*rond 1870 ... daarna wordt een haven gegraven*; ``language.passive_time``);
    - a rule for everyone with *mogen* (*hier mogen geen bouwwerken worden gebouwd*);
    - a general statement: the subject starts with *ieder*, *elk*, or (before the verb) *een*;
    - *er* without a subject for an activity Dutch says that way (*er wordt volop gespeeld*, *er wordt gebouwd*);
    - a condition with *worden* (*indien er gevelbetimmering wordt toegepast*): it names a situation, whoever
      brings it about;
    - what research found (*in het grondwater is xylenen aangetoond*), unless somebody must or can show it;
    - what a thing is for (*deze modellen worden ingezet om*, *wordt gebruikt voor*);
    - a *zijn*-passive in a clause with *dat* or *of* or with a modal verb (*dat de taak is uitgevoerd*, *moeten
      op elkaar zijn afgestemd*): a state that is required or described, not an act;
    - a *zijn*-passive that names the law it rests on (*zijn op grond van de Wet geluidhinder gezoneerd*);
    - a *zijn*-passive that says what a text or a list contains or how it is ordered (*in de verordening is een
      hoofdstuk opgenomen*, *de bedrijven zijn ingedeeld in zes categorieën*): the text is the better subject,
      nobody hides;
    - a *zijn*-passive whose subject is negated with *geen* (*er zijn geen reacties ingediend*): it says that
      nothing was done, there is no doer to name; not for a verb of what a text holds (*er is geen ruimte
      opgenomen*: the writer of the text chose that);
    - a *zijn*-passive with a date or a year (*de boerderij is in 1981 gesloopt*, *de stukken zijn in april
      voorgelegd*): it reports what happened then, as *werd* does; unless it reports what somebody said (*in 2016
      is in de nota aangegeven dat*);
    - water that a system carries as the subject of a *worden*-passive of a verb of flow, without a duty (*het
      afvalwater wordt op het riool geloosd*): a description of how water flows;
    - an item of a list that an earlier sentence introduces (lower case, ending in a semicolon: *de grenswaarde
      niet wordt overschreden;*): a condition of a rule, whoever meets it;
    - an effect that the main clause names the cause of (*zorgt ervoor dat er geen vragen worden gesteld*);
    - a *dat*-clause that a noun of fact takes (*het feit dat er een mast wordt geplaatst*): a state of affairs;
    - *kunnen* with a verb of building or placing (*er kunnen zes woningen worden gerealiseerd*): what a plan
      allows, whoever builds;
    - a duty with a verb of building and an area of the plan map (*de woningen moeten binnen het bouwvlak worden
      gebouwd*): a rule of where buildings stand, whoever builds, as with *mogen*;
    - a phrase with *bij* and an indefinite or universal noun (*bij een verbouwing*, *bij alle nieuwe woningen*):
      a general statement for any such case;
    - *vervangen* with a door-phrase (*de weg is vervangen door een laan*): the door-phrase names what comes
      instead, not a doer;
    - a verb of measuring with the unit, the starting point or the class (*de hoogte wordt gemeten vanaf het
      peil*, *wordt uitgedrukt in een percentage*): a method or a definition for whoever measures;
    - the clause of a comparison after *dan* (*meer begrippen dan in dit plan worden gebruikt*): a measure;
    - the idiom 'supposed to' (*het college wordt geacht de raad te informeren*; ``language.supposed_to``): a duty,
      nobody is hidden;
    - what the plan map holds or shows, and a state a named means reached (``language.passive_state``: *de
      dubbelbestemming is toegekend*, *wordt op de verbeelding weergegeven*, *de woningen worden aangeboden als huurwoning*, *hiermee is ...
      gewaarborgd*).

    *Er* with a subject after *worden* (*er worden afspraken gemaakt*) is reported: it hides a doer as much as one
    without a subject (until the thirty-third round it was left out as a report of what happens; the editors
    accepted all 11 such findings on the dev sheet pass48).

    The passives left out still count for the share of passive sentences (BT303).
    """
    return left_out_because(verb, pass_aux, auxes, impersonal) is None


def _time_phrase(subj: Token) -> bool:
    """A noun of time with *elk* or *ieder* (*elk jaar*, *iedere week*), or with *een* and a phrase of *per* (*een
    keer per jaar*, *een dag per week*) that the parser took for the subject: such a noun phrase is an adverbial of
    time or frequency in Dutch, never the subject of a passive of an act (*Elk jaar wordt een programma opgesteld*:
    the programme is made, not the year). With another determiner the noun is the subject (*Het jaar wordt
    afgesloten met een feest*, *Een dag wordt verdeeld in uren*). Its determiner says nothing about whether the
    statement is general."""
    units = word_set("grammatica", "time_units")
    if subj.lower_ not in units and subj.lemma_.lower() not in units:
        return False
    per = [c for c in subj.children if c.dep_ == "nmod" and any(k.lower_ == "per" for k in c.children)]
    if any(c.dep_ in ("nmod", "acl", "acl:relcl") and c not in per for c in subj.children):
        return False
    dets = {c.lower_ for c in subj.children if c.dep_ == "det"}
    every = bool(dets & _lv("generic_determiners"))
    return every or bool(per and dets & _lv("indefinite_articles"))


def left_out_because(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> str | None:
    """Why ``worth_reporting`` leaves a passive out, by name (``spatial``, ``relative``, ``reference``,
    ``indirect-question``, ``past``, ``condition``, ``observation``, ``purpose``, ``effect``, ``list-item``,
    ``permission``, ``generic``, ``indefinite``, ``natural-impersonal``, ``zijn-complement``,
    ``zijn-modal``, ``legal-basis``, ``contents``, ``nothing-done``, ``dated``, ``zijn-short``, ``property``,
    ``flow``, ``fact``, ``capacity``, ``placement``, ``generic-case``, ``substitute``, ``comparison``,
    ``measure``, ``supposed-to``, ``plan-state``, ``map``, ``tenure``, ``result``, ``past-state``,
    ``historical``, ``decided``, ``rule-content``, ``research-done``, ``built-as``); None when it reports it. The names let a study count each decision
    (``bench/quality/real/passive_signals.py``)."""
    if infinitive(verb) in _lv("spatial_verbs"):
        return "spatial"
    if supposed_to_verb(verb):
        return "supposed-to"  # wordt geacht de raad te informeren: a duty (moet), not a hidden doer
    if infinitive(verb) in _lv("property_verbs"):
        return "property"
    if find_agent(verb) is not None:
        # de weg is vervangen door een laan: the door-phrase names what comes instead, not a doer
        return "substitute" if infinitive(verb) in _lv("substitute_verbs") else None
    if _measure(verb, auxes):
        return "measure"  # de hoogte wordt gemeten vanaf het peil: a method for whoever measures
    if _in_relative_clause(verb):
        return "relative"
    if _reference_clause(verb):
        return "reference"
    if _indirect_question(verb):
        return "indirect-question"
    if pass_aux.lower_ in _lv("past_worden"):
        return "past"
    told = past_time(verb, pass_aux, auxes)
    if told is not None:
        return (
            told  # het erfgoed was geregeld in zes wetten; in 1423 ... in die eeuw wordt een kanaal gegraven
        )
    described = _described_not_done(verb, auxes) or described_state(verb, pass_aux, auxes, impersonal)
    if described is not None:
        return described
    stranded = stranded_modal(pass_aux, auxes)
    if any(
        a.lower_ in _lv("permission_modals") or a.lemma_.lower() in _lv("permission_modals")
        for a in [*auxes, *((stranded,) if stranded is not None else ())]
    ):
        return "permission"
    general = general_statement(verb, auxes)
    if general is not None:
        return general
    subj = subject(verb, auxes)
    if subj is not None and _time_phrase(subj):
        subj = None  # *Elk jaar wordt een programma gemaakt*: the subject is *een programma*, not the year
    subj_start = subj.left_edge.i if subj is not None else None
    first_aux = min(a.i for a in auxes) if auxes else pass_aux.i
    if subj is not None:
        first_word = verb.doc[subj_start].lower_
        if first_word in _lv("generic_determiners"):
            return "generic"
        # 'Een plicht wordt uitgedrukt als ...': the subject opens a main clause
        main_clause = not any(c.dep_ == "mark" for c in verb.children)
        if first_word in _lv("indefinite_articles") and subj_start < first_aux and main_clause:
            return "indefinite"
    kind = aux_kind(pass_aux)
    # (a passive participle takes no object: an 'obj' is the subject the parser mislabelled)
    has_subject = subj is not None or any(c.dep_ == "obj" for c in verb.children)
    if impersonal and not has_subject and infinitive(verb) in _lv("natural_impersonal"):
        return "natural-impersonal"
    if kind == "zijn":
        return zijn_state(verb, auxes, impersonal, subj, first_aux)
    return None
