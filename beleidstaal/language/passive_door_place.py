"""Door-phrases that are not the doer of the passive beside them (``passive.find_agent``), by the grammar of the
words around them, not by what the noun means:

- *door* + a te-infinitive is a clause of means, 'by doing' (*wordt voorkomen door de werkzaamheden buiten het
  broedseizoen uit te voeren*, *kan worden versterkt door de samenhang te verbeteren*): the noun after *door* is
  the object of that infinitive, not a doer (``means_clause``; not *te* after an article, *het te bouwen pand*,
  an attribute);
- a door-phrase right after another participle is that participle's (*de risico's veroorzaakt door het transport
  ... moeten inzichtelijk worden gemaakt*: the transport causes the risks); it names the doer of a later participle
  only where the two are joined by *en*, *of* or a comma (*geworven en getraind door X*);
- a finite verb or an infinitive of another clause between the door-phrase and the passive closes the clause the
  phrase stands in (*dat ... hinder door milieubelastende activiteiten optreden moet worden getoetst*); so does a
  relative pronoun or a conjunction that opens the passive's own clause after the phrase (*gevormd door een
  centrale toegang, welke zodanig is gepositioneerd dat ...*; ``_clause_opens``);
- a door-phrase inside the subject before the finite verb of a main clause belongs to the subject's noun (*het
  vervoer van gevaarlijke stoffen door buisleidingen is vastgelegd in ...*): one phrase stands before the finite
  verb, so the phrase is part of it (``inside_subject``).

Each of these makes the passive one without a door-phrase: whether it is worth a finding is then decided as for
any other (``passive_worth``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def means_clause(agent: Token) -> bool:
    """The door-phrase goes on, without a verb, a comma or *om* between, into *te* + an infinitive: *door* + te-
    infinitive clause (*door de werkzaamheden buiten het broedseizoen uit te voeren*). Its noun is the infinitive's
    object: the phrase says how, not who."""
    from .tang_clauses import attributive_participle

    doc = agent.doc
    for t in doc[agent.i + 1 : agent.sent.end]:
        if t.lower_ == "te":
            if doc[t.i - 1].pos_ == "DET" or attributive_participle(doc, t):
                continue  # *door de eigenaar van het (nog) te bouwen pand*: an attribute inside the noun phrase
            nxt = doc[t.i + 1] if t.i + 1 < agent.sent.end else None
            return nxt is not None and nxt.pos_ == "VERB" and "Inf" in nxt.morph.get("VerbForm")
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.lower_ == "om":
            return False
    return False


def belongs_elsewhere(agent: Token, verb: Token) -> bool:
    """The door-phrase of ``agent`` is another word's or another clause's (the module's second and third
    points)."""
    from .grammar import MODAL_FORMS, MODALS, infinitive, known_verbs
    from .passive import aux_kind, is_participle_by_any

    doc = agent.doc
    door = doc[agent.left_edge.i]
    if door.lower_ != "door" or door.i == agent.sent.start:
        return False
    before = doc[door.i - 1]
    # de risico's veroorzaakt door het transport ...: not where the two participles are joined
    joined = any(t.pos_ == "CCONJ" or t.text == "," for t in doc[before.i + 1 : verb.i])
    if before.i < verb.i and before.pos_ == "VERB" and is_participle_by_any(before) and not joined:
        return True
    if agent.i < verb.i and _clause_opens(doc[agent.right_edge.i + 1 : verb.i]):
        return True  # *gevormd door een centrale toegang, ..., welke zodanig is gepositioneerd*: the clause before
    if agent.i < verb.i:
        inside = {t.i for t in agent.subtree}
        for t in doc[agent.right_edge.i + 1 : verb.i]:
            if t.i in inside or t.pos_ != "VERB" or aux_kind(t) or t.lower_ in MODAL_FORMS:
                continue
            if infinitive(t) in MODALS:
                continue
            nxt = doc[t.i + 1]
            ends = nxt.is_punct or nxt.pos_ in (
                "AUX",
                "VERB",
            )  # a clause ends in its verbs (not *holen van ...*)
            if {"Fin", "Inf"} & set(t.morph.get("VerbForm")) and ends and infinitive(t) in known_verbs():
                return True  # ... hinder door activiteiten optreden moet worden getoetst: optreden's clause
    return False


def _clause_opens(words) -> bool:
    """A word of ``words`` opens a clause (``tang_clauses.opens_a_clause``, or a formal relative *welke* the tagger
    called a question word: ``passive_relative.relative_welke``) that no comma closes again before their end: the
    passive after it stands in that clause, the door-phrase before it in the clause it interrupts. A clause closed
    again (*door de raad, die daartoe bevoegd is, vastgesteld*) gives the phrase back."""
    from .passive_relative import relative_welke
    from .tang_clauses import opens_a_clause

    opened = False
    for t in words:
        if opens_a_clause(t) or relative_welke(t):
            opened = True
        elif t.text == "," and opened:
            opened = False
    return opened


def inside_subject(noun: Token, verb: Token, subject: Token | None) -> bool:
    """``noun`` (after *door*) hangs on the passive's subject, with no verb between the subject's noun and it, and
    both stand before the finite verb: the phrase is part of the subject (*het vervoer van stoffen door
    buisleidingen is vastgelegd*)."""
    from .grammar import subordinate_clause

    if subject is None or noun.head.i != subject.i or not subject.i < noun.i or subordinate_clause(verb):
        return False  # a subordinate clause puts every phrase before its finite verb: no sign there
    doc = noun.doc
    if any(t.pos_ in ("VERB", "AUX") for t in doc[subject.i + 1 : noun.i]):
        return False  # het plan wordt door de raad ...: the phrase stands after the finite verb
    finite = [c.i for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")]
    return bool(finite) and noun.i < min(finite)


def door_phrase(verb: Token) -> Token | None:
    """The noun of the door-phrase that the parse gives the passive's participle (or a word near it), before
    ``passive.find_agent`` asks whether it names a doer. Moved here from ``passive`` in the thirty-second round."""
    from .grammar import MODALS
    from .passive import _noun_participle_aux, aux_kind
    from .passive_lookalikes import manner_partner
    from .words import columns

    # a door-phrase between a first participle and the conjunction of a second is the first one's (*opgesteld
    # worden door X en gecontroleerd worden door Y*: the parse may hang X on *gecontroleerd* as well)
    cc = [c.i for c in verb.children if c.dep_ == "cc" and c.i < verb.i] if verb.dep_ == "conj" else []
    # a participle before it that says how holds its phrases too (*door de raad gewijzigd vastgesteld*)
    partner = manner_partner(verb)
    manner = list(partner.children) if partner is not None else []
    for child in [*verb.children, *manner]:
        if cc and verb.head.i < child.i < min(cc):
            continue
        if child.dep_.startswith("obl") or child.dep_ == "nmod":
            first = child.doc[child.left_edge.i]
            if first.lower_ == "door" and first.head.i == child.i and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    # the parser may hang the door-phrase on an auxiliary or a neighbour: a 'door' right before the verb cluster
    # (on the auxiliary that heads a participle tagged as a noun: *wordt door de brandweer ontruimd*)
    noun_aux = _noun_participle_aux(verb)
    heads = (verb.i, *(a.i for a in verb.children), *((noun_aux.i,) if noun_aux is not None else ()))
    doc, lower = verb.doc, columns(verb.doc).lower
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    for j in range(verb.sent.start, verb.i):
        if lower[j] != "door":
            continue  # found in the columns: no Token for every word before the verb
        t = doc[j]
        if t.dep_ == "case" and t.head.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i < verb.i:
            noun = t.head
            between = verb.doc[noun.i + 1 : verb.i]
            if (
                all(
                    b.pos_ in ("AUX", "ADV", "ADJ", "PART") or aux_kind(b) or b.lemma_.lower() in MODALS
                    for b in between
                )
                and noun.head.i in heads
                and not inside_subject(noun, verb, subj)
            ):
                return noun
    return None
