"""A finite verb with a main clause's word order whatever the parse says (part of ``clause_order``, which decides
where the finite verb of a replacement stands).

The parse says which clause a verb heads (a relative clause, a subordinate clause with its conjunction), but on a
long sentence it can hang a main clause's verb below a noun of the clause put in front of it (*Om te voldoen aan het
beleid (...) dient per woning ... te worden ...* read as a relative clause of *beleid*). Word order then decides,
as a reader of Dutch decides: a subordinate clause has its subject before its finite verb and its finite verb at the
end among the other verbs; a finite verb followed by its subject, or with no subject before it and words of the
clause between it and its *te*-infinitive, stands second in a main clause (``order_of_a_main_clause``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tang_clauses import opens_a_clause, pronominal_relative

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl"})
#: the verb's own complements, whose subject and *te* count as the verb's (*dient [de eigenaar ... te hebben]*;
#: a long one the parse may leave as ``dep``; a predicate with its copula, *dient [begrijpelijk te zijn]*)
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dep"})


def order_of_a_main_clause(verb: Token) -> bool:
    """The finite ``verb`` has the word order of a main clause whatever the parse says: nothing of a subordinate
    clause before it (subject, conjunction, relative pronoun among its own words), and after it its subject
    (*Voor de bouw (...) dient de eigenaar ...*) or words of the clause before its *te*-infinitive (*dient per
    woning een plaats te worden aangelegd*). In a subordinate clause those stand before the finite verb (*dat
    per woning een plaats dient te worden aangelegd*)."""
    doc = verb.doc
    if (
        verb.dep_ not in ("acl", "acl:relcl")
        or verb.i == verb.sent.start
        or "Fin" not in verb.morph.get("VerbForm")
    ):
        return False
    heads = [
        verb,
        *(
            c
            for c in verb.children
            if c.dep_ in COMPLEMENT_DEPS
            and c.i > verb.i
            and (c.pos_ in ("VERB", "AUX") or any(g.dep_ == "cop" for g in c.children))
        ),
    ]
    own = [c for h in heads for c in h.children]
    if any(c.i < verb.i and _opens_a_subordinate_clause(c, verb) for c in own):
        return False
    if any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in own):
        return True  # the subject after the finite verb: a main clause's inversion
    te = next((c for h in heads[1:] for c in h.children if c.lower_ == "te" and c.dep_ == "mark"), None)
    if te is None or te.i <= verb.i + 1:
        return False
    between = doc[verb.i + 1 : te.i]
    # no clause of its own in between (a comma, a conjunction, another finite verb); a participle before its noun is
    # part of the clause (*per m2 verhard oppervlak*)
    return not any(t.is_punct or t.pos_ == "SCONJ" or "Fin" in t.morph.get("VerbForm") for t in between)


def _opens_a_subordinate_clause(word: Token, verb: Token) -> bool:
    """A subject, a conjunction (not the *om* or *te* of an infinitive), a relative pronoun or *waar* (alone or joined
    with a preposition: *locaties waar ... dient*, *een gebied waarin ...*; the parse gives it no relative features)
    of the verb's own."""
    if word.dep_ in SUBJECT_DEPS:
        # a clause has one finite verb: a subject with another finite verb after it, before ``verb``, is that
        # verb's (*De vorm waarin ze zijn vastgelegd dient ...*: *ze* belongs to *zijn*, the parse to *dient*)
        return not any(finite_here(t) for t in word.doc[word.i + 1 : verb.i])
    if "Rel" in word.morph.get("PronType"):
        return True
    if word.lower_ == "waar" or pronominal_relative(word):
        return not _clause_closed(word, verb)
    return word.dep_ == "mark" and word.lower_ not in ("om", "te")


def _clause_closed(opener: Token, verb: Token) -> bool:
    """The clause ``opener`` opens has its own finite verb before ``verb`` (*Bij een ontwikkeling waarbij sprake
    [is] van ..., dient ...*): a clause has one finite verb, so ``verb`` is another clause's. Not when a word that
    opens a clause of its own comes first (*waarin, als het regent, ...*): that verb may be the inner clause's."""
    for t in opener.doc[opener.i + 1 : verb.i]:
        if opens_a_clause(t):
            return False
        if finite_here(t):
            return True
    return False


def finite_here(t: Token) -> bool:
    """A finite verb, or *zijn* right before a participle, which the tagger may read as the possessive (*waarin de
    stukken zijn opgeborgen*: the auxiliary that ends the clause, not 'his')."""
    if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
        return True
    if t.lower_ != "zijn" or t.i + 1 >= t.sent.end:
        return False
    from .passive import looks_like_participle

    return looks_like_participle(t.doc[t.i + 1].text)
