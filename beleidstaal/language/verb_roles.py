"""What a form of *hebben* or *zijn* does in its clause, for the word lists' phrases built on it (*de ambitie
hebben*, *de ambitie is*): a main verb with a meaning of its own, or only the auxiliary of another verb's perfect or
passive, or a copula whose predicate is no content (an adjective, a participle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def _participle(tok: Token) -> bool:
    """A past participle by the tagger or by its form (the tagger reads *bijgesteld* as a noun at times)."""
    from .passive import is_participle_by_any, looks_like_participle

    return is_participle_by_any(tok) or looks_like_participle(tok.lower_)


def perfect_auxiliary_of_another(verb: Token, phrase_words: tuple[str, ...]) -> bool:
    """*Hebben* or *zijn* as the auxiliary of a perfect whose participle comes after it and is no word of the phrase:
    in *De raad heeft de ambitie uit 2015 bijgesteld* and *Wij hebben de ambitie niet gehaald* the clause's verb is
    *bijstellen*, *halen*; *heeft* has no meaning of its own there, so *de ambitie hebben* is not written. The
    participle of the phrase's own verb (*hebben de ambitie gehad*) carries the phrase itself."""
    if verb.dep_ != "aux" or verb.lemma_.lower() not in word_set("grammatica", "perfect_auxiliaries"):
        return False
    head = verb.head
    own = {w for w in phrase_words if w != verb.lemma_.lower()}
    return head.i > verb.i and head.lower_ not in own and head.lemma_.lower() not in own and _participle(head)


def content_follows(tokens: list[Token]) -> bool:
    """The copula (a form of *zijn*) among the matched words has the intent's content as its predicate."""
    cop = next((t for t in reversed(tokens) if t.lemma_.lower() == "zijn"), None)
    return cop is not None and copula_with_content(cop)


def copula_with_content(cop: Token) -> bool:
    """*Is* after a noun of intent (*de ambitie is*) with the intent's content as its predicate: an infinitive with
    *om* or *te* (*De ambitie is om ... te spreiden*, *is te streven naar*), a clause with *dat*, a noun phrase (*is
    een groene stad waarin ...*), or a colon that announces it. Not a predicate that says something about the
    intent (*De ambitie is hoog*, *is groter dan vorig jaar*), a participle (*is niet gehaald*, *is vastgesteld*: a
    passive or a perfect), nor the noun as the predicate of a question word (*Wat de ambitie is, staat ...*)."""
    doc = cop.doc
    if cop.i + 1 < cop.sent.end and doc[cop.i + 1].text == ":":
        return True
    pred = cop.head
    if pred.i < cop.i:  # the parse hangs *is* on the noun before it: the content hangs on that noun
        return any(
            c.i > cop.i and (c.pos_ in ("VERB", "AUX") or c.dep_ in ("ccomp", "csubj", "xcomp"))
            for c in pred.children
        )
    if pred.pos_ in ("NOUN", "PROPN"):
        return True
    if pred.pos_ in ("VERB", "AUX") and "Inf" in pred.morph.get("VerbForm"):
        return any(c.lower_ in ("te", "om") and c.dep_ == "mark" for c in pred.children)
    return False
