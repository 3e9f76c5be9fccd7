"""Which passives are worth a finding, and whom a passive hides: the decision after the detector.

``language/passive.py`` finds every passive clause; all of them count for the share of passive sentences (BT303).
This module decides which of them BT301 and BT302 report (``worth_reporting``: a doer that hides and matters, not
a description, a state, a condition or a reference), and which advice a passive without a door-phrase gets
(``hidden_doer``: who must, who says so, what meets it, which text, or who does it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import MODAL_FORMS, infinitive
from .passive import aux_kind, find_agent, subject
from .passive_clauses import (  # noqa: F401 (clause_openers and the rest are read by bench/.../passive_signals.py)
    _comparison_clause,
    _complement_clause,
    _condition,
    _effect_clause,
    _fact_clause,
    _in_relative_clause,
    _indirect_question,
    _list_item,
    _purpose_phrase,
    _reference_clause,
    _usual_clause,
    clause_openers,
    stranded_modal,
)
from .passive_frames import as_phrase, text_phrases
from .passive_state import described_state, water_word
from .passive_time import dated as _dated
from .passive_time import past_time
from .supposed_to import supposed_to_verb
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

#: a passive with *zijn* (a state or a finished action: *het plan is voorgelegd*) is worth a finding only when this
#: many words or more stand from the start of its subject (or the auxiliary) to the end of the verb group
HEAVY_ZIJN_WORDS = 7


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def _words_outside_brackets(tokens) -> int:
    """Words, not counting punctuation or what stands between brackets (a case number, an abbreviation)."""
    depth, words = 0, 0
    for t in tokens:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and not t.is_punct and not t.is_space:
            words += 1
    return words


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
    - *er* with a subject after *worden* in a main clause, which reports what happens (*er worden afspraken
      gemaakt*);
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

    The passives left out still count for the share of passive sentences (BT303).
    """
    return left_out_because(verb, pass_aux, auxes, impersonal) is None


def left_out_because(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> str | None:
    """Why ``worth_reporting`` leaves a passive out, by name (``spatial``, ``relative``, ``reference``,
    ``indirect-question``, ``past``, ``condition``, ``observation``, ``purpose``, ``effect``, ``list-item``,
    ``permission``, ``generic``, ``indefinite``, ``er-subject``, ``natural-impersonal``, ``zijn-complement``,
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
    subj = subject(verb, auxes)
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
    if impersonal and kind == "worden" and has_subject and not any(c.dep_ == "mark" for c in verb.children):
        return "er-subject"  # (in a clause with 'dat', 'als' the doer often matters: *nodig dat er een plan ...*)
    if impersonal and subj is None and infinitive(verb) in _lv("natural_impersonal"):
        return "natural-impersonal"
    if kind == "zijn":
        # dat de taak is uitgevoerd, moeten zijn afgestemd: a state, not an act
        if _complement_clause(verb):
            return "zijn-complement"
        if any(a.lower_ in MODAL_FORMS for a in auxes):
            return "zijn-modal"
        if _legal_basis(verb):
            return "legal-basis"
        # (with *er* the sentence reports that somebody put it there, *er is een bouwvlak opgenomen*: it stays)
        if not impersonal and (infinitive(verb) in _lv("contents_verbs") or _on_a_map(verb)):
            return "contents"
        if _nothing_done(verb, subj) and infinitive(verb) not in _lv("contents_verbs"):
            return "nothing-done"
        if _dated(verb, auxes) and hidden_doer(verb, auxes) in ("doer", "can"):
            return "dated"
        start = min(first_aux, subj_start) if subj_start is not None else first_aux
        end = max(verb.i, *(a.i for a in auxes))
        if _words_outside_brackets(verb.doc[start : end + 1]) < HEAVY_ZIJN_WORDS:
            return "zijn-short"
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
            return opener.lower_ == "in" and (word in measure_units or lemma in measure_units)
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


def _on_a_map(verb: Token) -> bool:
    """A phrase with *op* and a map (*op de verbeelding*, *op de plankaart*): the *zijn*-passive says what the map
    shows (*de contouren zijn op de verbeelding aangegeven*), as one with a verb of contents says what a text holds."""
    maps = tuple(_lv("map_nouns"))
    return any(
        c.dep_.startswith("obl")
        and c.lower_.endswith(maps)
        and any(k.dep_ == "case" and k.lower_ == "op" for k in c.children)
        for c in verb.children
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


def _nothing_done(verb: Token, subj: Token | None) -> bool:
    """The subject of a *zijn*-passive is negated with *geen* (*er zijn geen reacties ingediend*, *er is geen
    aanvraag gedaan*): the sentence says that nothing was done, so there is no doer to name."""
    heads = [subj] if subj is not None else [c for c in verb.children if c.dep_ == "obj"]
    return any(any(c.dep_ == "det" and c.lower_ == "geen" for c in head.children) for head in heads)


def _flow_subject(verb: Token, auxes: list[Token]) -> bool:
    """The subject is water or waste water that a system carries, and the verb what the system does with it (*het
    afvalwater wordt op het riool geloosd*, *het water wordt tijdelijk geborgen*, *kan 80 m3 hemelwater worden
    geborgen*): a technical description of how water flows, where nobody in particular acts.
    With a duty (*het hemelwater moet op eigen terrein worden opgevangen*) somebody must, and it stays."""
    if infinitive(verb) not in _lv("flow_verbs"):
        return False
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals")):
        return False
    subj = subject(verb, auxes)
    water = water_word(verb, subj)
    if water is None:
        return False
    doc = verb.doc
    before = doc[water.i - 1] if water.i > verb.sent.start else None
    # the water itself, not a noun named after another one (*het aspect water*, *de paragraaf water*); a number
    # may stand before it with its unit (*576 m3 hemelwater*: the parse may tag the unit as anything); the word
    # before is its adjective where the parse took that for the subject (*het vuile afvalwater*)
    return (
        before is None
        or (subj is not None and before.i == subj.i)
        or before.pos_ in ("DET", "ADJ", "PRON")
        or any(t.like_num for t in doc[max(verb.sent.start, water.i - 2) : water.i])
    )


def _legal_basis(verb: Token) -> bool:
    """A phrase of the participle names the law that made the state (*zijn op grond van de Wet geluidhinder
    gezoneerd*): the law acts, nobody hides. The phrase must hold a name (a law, a rule), not *op basis van
    metingen*."""
    doc = verb.doc
    for c in verb.children:
        if not c.dep_.startswith("obl"):
            continue
        start = c.left_edge.i
        words = " ".join(t.lower_ for t in doc[start : min(start + 3, verb.sent.end)])
        mark = next((m for m in _lv("legal_basis_marks") if words.startswith(m)), None)
        if mark is None:
            continue
        after = [t for t in doc[start + len(mark.split()) : verb.i] if t.pos_ != "DET"]
        if after and after[0].text[:1].isupper():
            return True  # a named law or rule (*de Wet geluidhinder*), not *op basis van metingen*
    return False


def _has_modal(auxes: list[Token], modals: frozenset[str] | None = None) -> bool:
    forms = modals if modals is not None else frozenset(MODAL_FORMS) | _lv("duty_modals")
    return any(a.lower_ in forms or a.lemma_.lower() in forms for a in auxes)


def _described_not_done(verb: Token, auxes: list[Token]) -> str | None:
    """The passive describes a condition, a finding, a purpose, an effect or a list item, where nobody in
    particular acts (see ``worth_reporting``): which of them, or None."""
    if any(aux_kind(a) == "worden" for a in auxes) and _condition(verb, auxes):
        return "condition"
    lemma = infinitive(verb)
    # the modal verb may be the head of the auxiliary (*hoeven niet te worden aangetoond*)
    if lemma in _lv("observation_verbs") and not _has_modal([*auxes, *(a.head for a in auxes), verb.head]):
        return "observation"
    if lemma in _lv("purpose_verbs") and _purpose_phrase(verb):
        return "purpose"
    if _effect_clause(verb):
        return "effect"
    if _fact_clause(verb):
        return "fact"
    if _usual_clause(verb):
        return "usual"  # het komt voor dat er bomen worden gekapt: a practice, whoever does it
    if _comparison_clause(verb):
        return "comparison"
    if _list_item(verb):
        return "list-item"
    if any(aux_kind(a) == "worden" for a in auxes) and _flow_subject(verb, auxes):
        return "flow"
    return None


def hidden_doer(verb: Token, auxes: list[Token]) -> str:
    """Whom a passive without a door-phrase hides, for the advice: ``duty`` (*moet worden aangevraagd*: who
    must?), ``can`` (*kan elders worden opgelost*: who can, the reader, or anyone?), ``report`` (*er wordt
    geconcludeerd dat*: who says so?), ``meets`` (*er wordt voldaan aan*: what meets it?), ``source`` (a report verb
    with *in* + a text: *in hoofdstuk 3 wordt beschreven*: the text can be the subject), ``counts`` (a verb that
    classifies with *als*: *wordt beschouwd als*: say 'is'), ``enough`` (*kan worden volstaan met*: say what is
    enough), else ``doer``."""
    lemma = infinitive(verb)
    if lemma == "voldoen":
        return "meets"
    if lemma in _lv("reporting_verbs"):
        if text_phrases(verb):
            return "source"
        if any(
            c.dep_ in ("ccomp", "csubj", "csubj:pass")
            or any(g.dep_ == "mark" and g.lower_ in ("dat", "of") and g.i > verb.i for g in c.children)
            for c in verb.children
        ):  # a clause with dat (the parse may label it 'dep': *kan gesteld worden dat het plan ... is*)
            return "report"
        end = max(t.i for t in [verb, *auxes]) + 1
        if end < verb.sent.end and verb.doc[end].lower_ == "dat" and verb.doc[end].pos_ == "SCONJ":
            return "report"  # *dat* right after the verb cluster, hung elsewhere: *Opgemerkt dient te worden dat*
    # the modal verb may be the head of the auxiliary (*dient te worden herzien*)
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals")):
        return "duty"
    if lemma in _lv("enough_verbs"):
        return "enough"
    if lemma in _lv("classifying_verbs") and as_phrase(verb):
        return "counts"
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("possibility_modals")):
        return "can"
    return "doer"
