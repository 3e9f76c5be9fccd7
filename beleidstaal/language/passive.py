"""Passive voice: detection of the passive clauses that BT301 and BT302 report.

A passive is a participle with *worden* or *zijn* as auxiliary: from the parse (``aux:pass``) and the morphology
(``VerbForm=Part``), also when the parser labels *zijn* as ``aux`` or ``cop``. Not a passive:

- *zijn* + the participle of a verb that takes *zijn* in the perfect (*is gegaan*, *is gestegen*);
- *zijn* + an adjective, also a participle that is an ordinary adjective (*is bekend*, *is gesloten*);
- *blijven* + adjective (*blijft dicht*): only *worden* and *zijn* count.

The rewrite in the active voice is in ``rules/passive.py``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .data import word_set
from .grammar import (
    MODALS,
    MODALS_PAST,
    infinitive,
    infinitive_from_participle,
    participle_map,
    participle_shape,
)
from .keys import PARTICLES
from .words import columns, per_sentence

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

WORDEN_FORMS = word_set("grammatica", "worden_forms")
ZIJN_FORMS = word_set("grammatica", "zijn_forms")
#: where a participle without an auxiliary of its own may look for one nearby (a misparsed clause head)
LOOSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "acl:relcl", "xcomp", "parataxis", "acl")


def zijn_verbs() -> frozenset[str]:
    return word_set("grammatica", "zijn_verbs")


def zijn_or_passive() -> frozenset[str]:
    return word_set("grammatica", "zijn_or_passive")


def adjective_participles() -> frozenset[str]:
    return word_set("grammatica", "adjective_participles")


def aux_kind(tok: Token) -> str | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma == "worden" or low in WORDEN_FORMS:
        return "worden"
    if lemma == "zijn" or low in ZIJN_FORMS:
        return "zijn"
    return None


@functools.lru_cache(maxsize=50_000)
def looks_like_participle(word: str) -> bool:
    """A past participle by its form: known from the treebanks, or *ge*-form of a known verb. Present
    participles (*ontoereikend*) and comparatives (*mooier*) are not."""
    low = word.lower()
    if not plausible_participle(low):
        return False
    if low.endswith("t") and low not in participle_map() and low[:-1] + "d" in participle_map():
        return False  # a present tense (bepaalt, verhoogt): the participle of that verb ends in -d (bepaald)
    if (
        low.endswith("en")
        and low not in participle_map()
        and not low.startswith("ge")
        and "ge" not in low[2:]
    ):
        return False  # an infinitive (vinden, wonen), not a participle
    return low in participle_map() or infinitive_from_participle(low) is not None


def plausible_participle(low: str) -> bool:
    """Not a present participle (*ontoereikend*, *doorslaggevend*) and ending like a past participle."""
    if not low.endswith(("d", "t", "n")):
        return False
    ge_form = low.startswith("ge") or any(low.startswith(p + "ge") for p in PARTICLES)
    present_participle = low.endswith("end") and not low.endswith(("eend", "iend")) and not ge_form
    return not present_participle and not low.endswith("gevend")


#: the word classes a participle can have (by the tagger, or mis-tagged: see ``is_participle``)
PARTICIPLE_CLASSES = ("VERB", "ADJ", "AUX", "NOUN")


def is_participle(tok: Token) -> bool:
    pos = tok.pos_
    if pos not in PARTICIPLE_CLASSES:
        return False  # cheap exit: no other word class can be a participle below
    low = tok.lower_
    # (the cheap tests first: the word class before the morphology, the form before the neighbour)
    if pos != "NOUN" and "Part" in tok.morph.get("VerbForm"):
        # a past participle has ge (gemaakt, vastgesteld) or an inseparable prefix (besteed); not driehonderd
        if pos == "VERB" and plausible_participle(low) and participle_shape(low) and not tok.like_num:
            return True
        return looks_like_participle(low)
    # the parser may miss the morphology (*bereikt* as a present tense, *gehandhaafd* as a noun); a word right
    # after an article is a noun (*aan de beurt*), never a participle
    if pos == "AUX" or not looks_like_participle(low):
        return False
    prev = tok.doc[tok.i - 1] if not tok.is_sent_start else None
    if prev is not None and prev.lower_ == "te" and "Inf" in tok.morph.get("VerbForm"):
        return False  # an infinitive after 'te' (om ... te bevestigen), not a participle with 'ge' inside
    return prev is None or not (prev.pos_ == "DET" or prev.lower_ in ("de", "het", "een"))


def _means(noun: Token) -> bool:
    """*door het sluiten van een contract*: a nominal infinitive after *door* says how, not who."""
    prev = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return prev is not None and prev.lower_ == "het" and noun.lower_.endswith("en") and noun.pos_ != "PROPN"


def find_agent(verb: Token) -> Token | None:
    """The doer in the door-phrase of a passive; None without one, or when the door-phrase says how (*door het
    sluiten van een contract*), not who."""
    agent = _door_phrase(verb)
    return None if agent is None or _means(agent) else agent


def _door_phrase(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_.startswith("obl") or child.dep_ == "nmod":
            first = child.doc[child.left_edge.i]
            if first.lower_ == "door" and first.head.i == child.i and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    # the parser may hang the door-phrase on an auxiliary or a neighbour: a 'door' right before the verb cluster
    for t in verb.doc[verb.sent.start : verb.i]:
        if (
            t.lower_ == "door"
            and t.dep_ == "case"
            and t.head.pos_ in ("NOUN", "PROPN", "PRON")
            and t.head.i < verb.i
        ):
            noun = t.head
            between = verb.doc[noun.i + 1 : verb.i]
            if all(
                b.pos_ in ("AUX", "ADV", "ADJ", "PART") or aux_kind(b) or b.lemma_.lower() in MODALS
                for b in between
            ) and noun.head.i in (verb.i, *(a.i for a in verb.children)):
                return noun
    return None


MODAL_FORMS = {form: lemma for lemma, forms in {**MODALS}.items() for form in forms} | {
    form: lemma for lemma, forms in MODALS_PAST.items() for form in forms
}


def is_passive(verb: Token) -> tuple[Token, list[Token]] | None:
    """(passive auxiliary, all auxiliaries) when the token is the participle of a passive clause."""
    if not is_participle(verb):
        return None
    if verb.i > verb.sent.start and verb.doc[verb.i - 1].lower_ in ("dan", "als", "zoals"):
        return None  # hoger dan verwacht, zoals gezegd: an elliptic comparison
    # an auxiliary far after the participle belongs to another clause (waarom sprake is van ...)
    auxes = [
        c
        for c in verb.children
        if c.dep_ in ("aux", "aux:pass", "cop") and (c.i < verb.i or c.i - verb.i <= 2)
    ]
    passive = [a for a in auxes if aux_kind(a)]
    if not passive:
        if any(c.dep_.startswith("aux") for c in verb.children) or verb.pos_ != "VERB":
            return None
        if verb.dep_ not in LOOSE_DEPS:
            return None  # a participle inside a phrase (advmod, amod, obj) has no auxiliary of its own
        if verb.dep_ == "acl" and verb.head.i == verb.i + 1 and verb.head.pos_ in ("NOUN", "PROPN"):
            return None  # before its noun it describes the noun: een eerder verkregen vergunning
        loose = loose_aux(verb)
        if loose is None:
            return None
        passive, auxes = [loose], [*auxes, loose]
    worden = [a for a in passive if aux_kind(a) == "worden"]
    lemma = infinitive(verb)
    if lemma == "worden" or verb.lower_ == "geworden":
        return None
    if any(a.lemma_.lower() == "hebben" for a in auxes) and not worden:
        return None
    if worden:
        return worden[0], auxes
    # zijn + participle
    if verb.lower_ in adjective_participles():
        return None
    takes_zijn = lemma in zijn_verbs() or verb.lemma_.lower() in zijn_verbs()
    if takes_zijn and not (lemma in zijn_or_passive() and find_agent(verb) is not None):
        return None
    if verb.pos_ == "ADJ" and find_agent(verb) is None:
        return None  # zijn + adjective-like participle without an agent: a state
    return passive[0], auxes


def loose_aux(verb: Token) -> Token | None:
    """A form of worden/zijn that the parser attached elsewhere (*Het zwembad is vorig jaar door de gemeente
    gekocht*, *Er zijn afspraken gemaakt*): the nearest one before the participle in the same clause, with no
    other verb, comma or subordinating word in between."""
    sent = verb.sent
    for j in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
        t = verb.doc[j]
        if t.text in (",", ";", ":") or t.pos_ in ("SCONJ", "CCONJ") or "Rel" in t.morph.get("PronType"):
            return None
        kind = aux_kind(t)
        if kind is not None:
            if (
                t.lower_ == "zijn"
                and t.pos_ == "DET"
                and not (j > sent.start and verb.doc[j - 1].lower_ == "er")
            ):
                return None  # possessive 'zijn' (his)
            return t
        if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or t.morph.get("Tense")):
            return None
    return None


def expletive(verb: Token, auxes: list[Token]) -> Token | None:
    for t in [*verb.children, *(c for a in auxes for c in a.children)]:
        if t.lower_ == "er" and t.dep_ in (
            "advmod",
            "expl",
            "expl:pv",
            "obl",
            "nsubj",
            "nsubj:pass",
            "compound:prt",
        ):
            return t
    return None


def subject(verb: Token, auxes: list[Token]) -> Token | None:
    for t in [*verb.children, *(c for a in auxes for c in a.children)]:
        if t.dep_ in ("nsubj", "nsubj:pass", "csubj:pass") and t.lower_ != "er":
            return t
    return None


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


def agent_tokens(agent: Token) -> list[Token]:
    """The door-phrase: *door*, the words before the agent noun, and phrases after it that start with a
    preposition (*door de gemeente van Utrecht*). A bare noun the parser hung on the agent stays out."""
    tokens = [t for t in agent.doc[agent.left_edge.i : agent.i + 1]]
    for child in agent.rights:
        first = child.doc[child.left_edge.i]
        if first.pos_ == "ADP" or child.dep_ in ("conj", "cc", "flat", "flat:name", "appos", "amod"):
            tokens += list(child.subtree)
        else:
            break
    return tokens


@per_sentence
def find_passives(sent: Span):
    doc = sent.doc
    cols = columns(doc)
    pos, lower = cols.pos, cols.lower
    for i in range(sent.start, sent.end):
        if pos[i] not in PARTICIPLE_CLASSES or (pos[i] == "NOUN" and not looks_like_participle(lower[i])):
            continue  # no participle (is_participle): no Token object made for it
        tok = doc[i]
        found = is_passive(tok)
        if found is None:
            continue
        pass_aux, auxes = found
        er = expletive(tok, auxes)
        subject(tok, auxes)
        impersonal = er is not None
        yield tok, pass_aux, auxes, impersonal


#: a passive with *zijn* (a state or a finished action: *het plan is voorgelegd*) is worth a finding only when this
#: many words or more stand from the start of its subject (or the auxiliary) to the end of the verb group
HEAVY_ZIJN_WORDS = 7


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def _in_relative_clause(verb: Token) -> bool:
    """The passive describes a noun: *de afstand die moet worden aangehouden*, *waarmee wordt aangetoond*."""
    if verb.dep_ == "acl:relcl":
        return True
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i and verb.head.dep_ == "acl:relcl":
        return True  # *waarmee wordt aangetoond dat de taak is uitgevoerd*
    first = verb.doc[verb.left_edge.i]
    low = first.lower_
    return "Rel" in first.morph.get("PronType") or low == "wat" or (low.startswith("waar") and len(low) > 5)


def _own_clause(word: Token, verb: Token) -> bool:
    """No comma and no finite verb of another clause between ``word`` and the verb (*zoals de naam aangeeft*,
    *als beide worden vergeleken kan worden*): the word opens the verb's own clause."""
    own = {c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"}
    return not any(
        t.is_punct or (t.i not in own and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
        for t in verb.doc[word.i + 1 : verb.i]
    )


def clause_openers(verb: Token) -> list[Token]:
    """The words that open the verb's clause: its ``mark`` (*dat*, *indien*), or the first word of its clause (the
    parser may hang the mark on another word), when nothing of another clause stands between it and the verb."""
    doc = verb.doc
    marks = [c for c in verb.children if c.dep_ == "mark"] + [doc[verb.left_edge.i]]
    return [m for m in marks if m.i < verb.i and _own_clause(m, verb)]


def _reference_clause(verb: Token) -> bool:
    """The passive is in a clause with *zoals* that points to another part of the text (*zoals in hoofdstuk 2 is
    uiteengezet*): *zoals* opens the verb's clause with no comma and no other finite verb before the verb."""
    return any(m.lower_ in _lv("reference_marks") for m in clause_openers(verb))


def _indirect_question(verb: Token) -> bool:
    """The passive is an indirect question that a verb takes as its object (*de standaard beschrijft hoe gegevens
    worden uitgewisseld*, *bepaalt waar de bestanden worden bewaard*): it names a topic, not a hidden doer."""
    from .data import word_set

    clause, seen = verb, 0
    while clause.dep_ == "conj" and clause.head.i != clause.i and seen < 5:
        clause, seen = clause.head, seen + 1
    first = verb.doc[verb.left_edge.i]
    if first.dep_ == "cc" and first.i + 1 < verb.i:
        first = verb.doc[first.i + 1]  # *en waar ze worden verwijderd*
    return (
        clause.dep_ in ("ccomp", "obj", "csubj")
        and clause.head.pos_ in ("VERB", "AUX")
        and (first.lower_ in word_set("grammatica", "wh_words") or first.lower_ == "waar")
        and first.i < verb.i
    )


def worth_reporting(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> bool:
    """Whether a passive hides a doer the reader needs to know. A passive that names its doer (*door de
    gemeente*) always is: the active sentence is shorter. Without a doer it is not worth a finding when the doer
    is beside the point:

    - a verb that says where something lies, also with a door-phrase (*het dorp wordt begrensd door de rivier*,
      *ingeklemd tussen twee wegen*): a description of a place, nobody acts;
    - a short passive with *zijn*, a state or a result (*het plan is voorgelegd aan de commissie*); a long one is
      hard to read and stays;
    - a passive inside a relative clause, which describes a noun (*de afstand die moet worden aangehouden*);
    - a clause with *zoals* that points to another part of the text (*zoals in hoofdstuk 2 is uiteengezet*);
    - an indirect question that a verb takes as its object (*beschrijft hoe gegevens worden uitgewisseld*);
    - the past tense of *worden*, which tells what happened (*in 1920 werd begonnen met*);
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
    - an item of a list that an earlier sentence introduces (lower case, ending in a semicolon: *de grenswaarde
      niet wordt overschreden;*): a condition of a rule, whoever meets it;
    - an effect that the main clause names the cause of (*zorgt ervoor dat er geen vragen worden gesteld*).

    The passives left out still count for the share of passive sentences (BT303).
    """
    if infinitive(verb) in _lv("spatial_verbs"):
        return False
    if find_agent(verb) is not None:
        return True
    if _in_relative_clause(verb):
        return False
    if _reference_clause(verb) or _indirect_question(verb):
        return False
    if pass_aux.lower_ in _lv("past_worden"):
        return False
    if _described_not_done(verb, auxes):
        return False
    if any(
        a.lower_ in _lv("permission_modals") or a.lemma_.lower() in _lv("permission_modals") for a in auxes
    ):
        return False
    subj = subject(verb, auxes)
    subj_start = subj.left_edge.i if subj is not None else None
    first_aux = min(a.i for a in auxes) if auxes else pass_aux.i
    if subj is not None:
        first_word = verb.doc[subj_start].lower_
        if first_word in _lv("generic_determiners"):
            return False
        # 'Een plicht wordt uitgedrukt als ...': the subject opens a main clause
        main_clause = not any(c.dep_ == "mark" for c in verb.children)
        if first_word in _lv("indefinite_articles") and subj_start < first_aux and main_clause:
            return False
    kind = aux_kind(pass_aux)
    # (a passive participle takes no object: an 'obj' is the subject the parser mislabelled)
    has_subject = subj is not None or any(c.dep_ == "obj" for c in verb.children)
    if impersonal and kind == "worden" and has_subject and not any(c.dep_ == "mark" for c in verb.children):
        return False  # (in a clause with 'dat', 'als' the doer often matters: *nodig dat er een plan wordt gemaakt*)
    if impersonal and subj is None and infinitive(verb) in _lv("natural_impersonal"):
        return False
    if kind == "zijn":
        if _complement_clause(verb) or any(a.lower_ in MODAL_FORMS for a in auxes):
            return False  # dat de taak is uitgevoerd, moeten zijn afgestemd: a state, not an act
        start = min(first_aux, subj_start) if subj_start is not None else first_aux
        end = max(verb.i, *(a.i for a in auxes))
        return _words_outside_brackets(verb.doc[start : end + 1]) >= HEAVY_ZIJN_WORDS
    return True


def _has_modal(auxes: list[Token], modals: frozenset[str] | None = None) -> bool:
    forms = modals if modals is not None else frozenset(MODAL_FORMS) | _lv("duty_modals")
    return any(a.lower_ in forms or a.lemma_.lower() in forms for a in auxes)


def _complement_clause(verb: Token) -> bool:
    """The verb's clause is what another verb says, asks or requires (*meldt dat het werk is afgerond*, *nagaan of
    het is uitgevoerd*): opened by *dat* or *of*. (A *zijn*-passive after *wanneer* or *als* is a step of a
    procedure, *wanneer het project is opgestart*, where the reader often is the doer: it stays.)"""
    return any(m.pos_ == "SCONJ" and m.lower_ in ("dat", "of") for m in clause_openers(verb))


def _purpose_phrase(verb: Token) -> bool:
    """A phrase that says what for: *voor het verwerken van*, *om processen te automatiseren*."""
    # after the participle: *voor de bouw worden eisen toegepast* is no purpose
    return any(
        c.dep_ in ("obl", "advcl", "xcomp", "obl:arg")
        and c.left_edge.i > verb.i
        and verb.doc[c.left_edge.i].lower_ in _lv("purpose_marks")
        for c in verb.children
    )


def _list_item(verb: Token) -> bool:
    """The sentence is an item of a list that an earlier sentence introduces: it starts in lower case and ends in
    a semicolon (*de oriëntatiewaarde niet wordt overschreden;*)."""
    words = [t for t in verb.sent if not t.is_space]
    return bool(words) and words[0].text[:1].islower() and words[-1].text == ";"


def _opens(word: Token, verb: Token) -> bool:
    """The word is the first of the verb's clause (*indien er ... wordt toegepast*), not a word inside it (*wordt
    als klein ingeschat*)."""
    return not any(t.i < word.i and not (t.is_punct or t.dep_ == "cc") for t in verb.subtree if t.i != word.i)


def _effect_clause(verb: Token) -> bool:
    """A *dat*-clause that says what something brings about (*de dialoog zorgt ervoor dat er geen vragen worden
    gesteld*, *de uitbreiding heeft tot gevolg dat er zes woningen worden gebouwd*): the cause is named in the main
    clause, the doer of the effect is beside the point."""
    if not any(m.lower_ == "dat" for m in clause_openers(verb)):
        return False
    effects = _lv("effect_predicates")
    node = verb
    for _ in range(2):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in effects or any(
            c.dep_ in ("obl", "obj") and c.lemma_.lower() in effects for c in node.children
        ):
            return True
    return False


def _condition(verb: Token, auxes: list[Token]) -> bool:
    """The passive is in a clause that a condition word opens (*indien er ... wordt toegepast*). When that word
    opens the sentence, the main clause must follow the verb group (*indien ... worden aangetroffen, dient men*):
    the parser may hang a fronted *Indien* on the main clause's passive (*Indien hiervan sprake is moet een
    ontheffing worden aangevraagd*), which is no condition."""
    group_end = max(verb.i, *(a.i for a in auxes))
    for mark in clause_openers(verb):
        if mark.lower_ not in _lv("condition_marks") or mark.pos_ == "ADP" or not _opens(mark, verb):
            continue
        if any(not t.is_punct for t in verb.doc[verb.sent.start : mark.i]):
            return True  # the condition follows its main clause (*vervalt indien er ... worden geplaatst*)
        following = [
            t for t in verb.doc[group_end + 1 : verb.sent.end] if not (t.is_punct or t.lower_ == "dan")
        ]
        if following and "Fin" in following[0].morph.get("VerbForm"):
            return True
    return False


def _described_not_done(verb: Token, auxes: list[Token]) -> bool:
    """The passive describes a condition, a finding, a purpose or a list item, where nobody in particular acts
    (see ``worth_reporting``)."""
    if any(aux_kind(a) == "worden" for a in auxes) and _condition(verb, auxes):
        return True
    lemma = infinitive(verb)
    # the modal verb may be the head of the auxiliary (*hoeven niet te worden aangetoond*)
    if lemma in _lv("observation_verbs") and not _has_modal([*auxes, *(a.head for a in auxes), verb.head]):
        return True
    if lemma in _lv("purpose_verbs") and _purpose_phrase(verb):
        return True
    return _effect_clause(verb) or _list_item(verb)


def hidden_doer(verb: Token, auxes: list[Token]) -> str:
    """Whom a passive without a door-phrase hides, for the advice: ``duty`` (*moet worden aangevraagd*: who
    must?), ``report`` (*er wordt geconcludeerd dat*: who says so?), ``meets``
    (*er wordt voldaan aan*: what meets it?), ``source`` (a report verb with *in* + a text: *in hoofdstuk 3 wordt
    beschreven*: the text can be the subject), else ``doer``."""
    lemma = infinitive(verb)
    if lemma == "voldoen":
        return "meets"
    if lemma in _lv("reporting_verbs"):
        in_text = any(
            c.dep_.startswith("obl")
            and verb.doc[c.left_edge.i].lower_ == "in"
            and c.lower_.endswith(tuple(_lv("text_nouns")))
            for c in verb.children
        )
        if in_text:
            return "source"
        if any(c.dep_ in ("ccomp", "csubj", "csubj:pass") for c in verb.children):
            return "report"
    # the modal verb may be the head of the auxiliary (*dient te worden herzien*)
    if _has_modal([*auxes, *(a.head for a in auxes), verb.head], _lv("duty_modals")):
        return "duty"
    return "doer"
