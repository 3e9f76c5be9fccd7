"""The checks that decide whether ``passive_rewrite.rewrite`` may offer its rewrite: whether the door-phrase names
an actor and nothing else, whether the parse holds whole parts, and whether the rewrite keeps every word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language import morphology
from ..language.data import word_set
from ..language.passive_agent import agent_tokens
from .passive_phrases import OBJECT_PRONOUN, SUBJECT_PRONOUN

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


#: agents that act only on paper: a law, a plan, a rule (by the end of the word: Omgevingswet, bestemmingsplan)
NOT_ACTORS = tuple(word_set("realisatie", "not_actors"))


def te_infinitive(pass_aux: Token, auxes: list[Token]) -> bool:
    doc = pass_aux.doc
    return any(a.i > 0 and doc[a.i - 1].lower_ == "te" for a in [pass_aux, *auxes])


def not_an_actor(agent: Token) -> bool:
    """A law, plan or rule in the door-phrase (*door het bestemmingsplan*, *door artikel 3*) does nothing itself:
    an active sentence with it as subject says no more than the passive."""
    low = agent.lemma_.lower() or agent.lower_
    return low.endswith(NOT_ACTORS) or agent.lower_.endswith(NOT_ACTORS)


def _named_actor(agent: Token) -> bool:
    """Someone named: a name, a pronoun, or a noun with an article or possessive (*de provincie*, *elke
    gemeente*); not a bare noun (*door brand*, *door handeling*) or *door middel van*."""
    if agent.lower_ == "middel" or any(c.lower_ == "middel" for c in agent.children):
        return False
    if agent.pos_ in ("PROPN", "PRON"):
        return True
    return agent.pos_ == "NOUN" and any(c.dep_ in ("det", "nmod:poss") for c in agent.children)


def _plain_agent(agent: Token) -> bool:
    """A door-phrase that names the actor and nothing else: no date or place hung on it by the parser (*door de
    gemeenteraad op 6 januari 2015*, *door de overheid aan de samenleving*: the rewrite would make them part of
    the subject), and no action (*door het verrichten van een handeling*). Only *van* may add to the name (*de
    gemeenteraad van Tubbergen*)."""
    tokens = agent_tokens(agent)
    first = tokens[0] if tokens and tokens[0].lower_ == "door" else None
    if first is not None and (first.is_sent_start or first.i == agent.sent.start):
        return (
            False  # Door de crisis is de markt gestagneerd: a door-phrase first in the sentence names a cause
        )
    if first is not None and first.i > 0 and first.doc[first.i - 1].pos_ in ("NUM", "DET", "ADJ"):
        return False  # via 1 door het waterschap vergunde duiker: the door-phrase is inside a noun phrase
    if agent.lower_.endswith("en") and agent.lower_ in morphology.known_verbs():
        return False  # door het verbreden van sloten: an action, not an actor
    if agent.pos_ in ("VERB", "AUX") or "Inf" in agent.morph.get("VerbForm"):
        return False
    if any(t.lower_ == "middel" for t in tokens):
        return False  # door middel van dit onderzoek: a means, not an actor
    if any(c.pos_ == "NOUN" and c.dep_ in ("amod", "compound") and c.i < agent.i for c in agent.children):
        return False  # door de initiatiefnemer leges betaald: a noun before the noun, the parse joined two phrases
    last = max(t.i for t in tokens) if tokens else agent.i
    nxt = agent.doc[last + 1] if last + 1 < agent.sent.end else None
    if nxt is not None and not nxt.is_punct and nxt.text[:1].isupper() and "." in nxt.text[:-1]:
        return False  # door Bodem Advies | B.V.: a part of the name the parse left outside the door-phrase
    if nxt is not None and nxt.lower_ in ("samen", "tezamen", "alsmede", "evenals"):
        return False  # door de locatie samen met het aanbod: the actor goes on after the door-phrase
    after = agent.doc[last + 2] if nxt is not None and nxt.text == "," and last + 2 < agent.sent.end else None
    if after is not None and after.pos_ in ("DET", "NOUN", "PROPN", "NUM"):
        return False  # door de dijk, de weg en de wallen: a list the parse ended after its first member

    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in agent.children):
        return False  # door de raad, maar de provincie moet ...: a clause the parse hung on the actor
    if _relative_clause_after(agent, tokens):
        return False  # door de bomen die het plan omgeven: the relative clause would be cut off from its noun
    for t in tokens:
        if t is first:
            continue
        if t.like_num or t.pos_ == "NUM":
            return False
        if t.pos_ == "ADP" and t.lower_ != "van" and agent.i in (t.head.i, t.head.head.i):
            # door de overheid aan de samenleving: a phrase on the actor itself; a preposition of several words
            # hangs on the actor directly (*door het bureau in opdracht van de gemeente*: its noun hangs apart)
            return False
    return True


def _relative_clause_after(agent: Token, tokens: list[Token]) -> bool:
    """The actor has a relative clause: by the parse, or a relative pronoun or *zoals* straight after the
    door-phrase (the parse often hangs the clause on the verb: *door de bevoegdheid zoals opgenomen in het plan*)."""
    if any(c.dep_ in ("acl:relcl", "acl") for c in agent.children):
        return True
    last = max(t.i for t in tokens) if tokens else agent.i
    doc = agent.doc
    if last + 1 >= agent.sent.end:
        return False
    nxt = doc[last + 1]
    relative = "Rel" in nxt.morph.get("PronType") or nxt.lower_ in ("die", "dat", "welke", "zoals")
    return relative or nxt.lower_.startswith("waar")


def _keeps_the_words(clause: list[Token], text: str, verbs: set[int], er, agent, pass_aux: Token) -> bool:
    """Every word of the passive clause is in the rewrite (but *door*, *er*, the auxiliaries and the verb, which
    change), and none of the passive auxiliaries is left."""
    import re
    from collections import Counter

    said = Counter(re.findall(r"\w+", text.lower()))
    skip = set(verbs)
    if er is not None:
        skip.add(er.i)
    if agent is not None:
        skip |= {t.i for t in agent_tokens(agent) if t.lower_ == "door"}
    need = Counter(
        w for t in clause if t.i not in skip and not t.is_punct for w in re.findall(r"\w+", t.lower_)
    )
    pronouns = set(SUBJECT_PRONOUN) | set(OBJECT_PRONOUN)
    missing = [w for w, n in need.items() if said[w] < n and w not in pronouns]
    aux = pass_aux.lower_
    return not missing and said[aux] <= sum(1 for t in clause if t.lower_ == aux and t.i not in verbs)


def _one_part(tokens: list[Token]) -> bool:
    """The words form one whole part of the parse: one word whose head lies outside, and all of its words; or a
    preposition and the noun phrase right after it that the parse hung on the verb (*Naar aanleiding van | het
    overleg*: ``_cut_preposition``)."""
    ids = {t.i for t in tokens if not t.is_punct}
    roots = [t for t in tokens if not t.is_punct and (t.head.i not in ids or t.head.i == t.i)]
    cut = _cut_preposition(roots[1]) if len(roots) == 2 else None
    if cut is not None and cut.i == roots[0].i:
        return {t.i for r in roots for t in r.subtree if not t.is_punct} == ids
    if len(roots) != 1:
        return False
    return {t.i for t in roots[0].subtree if not t.is_punct} == ids


def _cut_preposition(noun: Token) -> Token | None:
    """The preposition right before a noun phrase that the parse did not hang on that noun (*Naar aanleiding van
    het overleg is er ...*: *overleg* taken for a subject, *Naar aanleiding van* left on its own); None if there is
    none. A noun phrase after a preposition is never the subject."""
    doc = noun.doc
    k = noun.left_edge.i - 1
    if k < noun.sent.start:
        return None
    before = doc[k]
    prep = before if before.pos_ == "ADP" and before.dep_ != "fixed" else before.head
    if before.pos_ != "ADP" and before.dep_ != "fixed":
        return None
    if prep.pos_ != "ADP" or any(t.i == prep.i for t in noun.subtree) or prep.head.i == noun.i:
        return None
    if any(c.dep_ not in ("fixed", "punct") for c in prep.children):
        return None  # the preposition has an object of its own
    return prep


def _plain_order(clause: list[Token], obj_tokens: list[Token], mark, subordinate: bool) -> bool:
    """A clause that starts with its subject (after the conjunction of a subordinate clause): *De weg wordt
    aangelegd*, *dat de weg wordt aangelegd*; the subject one whole part of the parse."""
    if not obj_tokens or not _one_part(obj_tokens):
        return False
    words = [t for t in clause if not t.is_punct]
    start = 1 if (subordinate and mark is not None and words and words[0].i == mark.i) else 0
    return len(words) > start and words[start].i == min(t.i for t in obj_tokens)
