"""The idiom 'supposed to': *het college wordt geacht de raad te informeren*, *iedereen wordt geacht de wet te
kennen*, *de aanvrager wordt verondersteld de regels te kennen*.

A participle of a verb of ``lijdende_vorm.supposed_to_verbs`` (*achten*, *veronderstellen*) with *worden* and a
*te*-infinitive as its complement says what somebody ought to do (*moet*, *hoort te*). It is no passive whose doer
hides (nobody 'acht' the college anything), and *achten* does not mean *vinden* there. Not the idiom:

- a second complement that says what is judged (*wordt noodzakelijk geacht een onderzoek uit te voeren*,
  *wordt aanvaardbaar geacht te zijn*): a real passive of *achten* = *vinden*;
- *te zijn* (*wordt geacht te zijn ingetrokken*, *wordt geacht uitvoerbaar te zijn*): it deems or judges;
- a negation (*dit wordt niet geacht tot problemen te leiden*): 'not expected', no duty;
- a legal fiction (``lijdende_vorm.deemed_infinitives``: *wie niet reageert, wordt geacht akkoord te gaan*,
  *wordt geacht in te stemmen*): it says what counts as done, not what somebody ought to do;
- an active clause (*wij achten het college in staat ...*).

Read by the word lists (``rules/lexicon_clause.by_infinitive``) and the passive rule (``passive_worth``).
"""

from __future__ import annotations

from .data import word_set
from .grammar import infinitive as infinitive_of

#: the relations of the words that may hang on the participle of the idiom besides its infinitive
OWN_DEPS = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "punct", "mark", "cc", "expl", "expl:pv"})


def supposed_to(participle) -> bool:
    """The participle (any verb: the caller checks the list) is the idiom 'supposed to' (see the module doc). The
    parse may hang the participle on the infinitive (*Het college wordt geacht de raad te informeren*), so both
    ways count."""
    if "Part" not in participle.morph.get("VerbForm"):
        return False
    infinitive = next(
        (
            t
            for t in participle.sent
            if t.i > participle.i
            and t.pos_ in ("VERB", "AUX")
            and (t.head.i == participle.i or participle.head.i == t.i)
            and any(c.dep_ == "mark" and c.lower_ == "te" for c in t.children)
        ),
        None,
    )
    if infinitive is None or "Inf" not in infinitive.morph.get("VerbForm"):
        return False  # *te zijn ingetrokken*: the te-word is the participle of a zijn-passive
    if infinitive.lemma_.lower() == "zijn":
        return False  # *wordt geacht uitvoerbaar te zijn*: deems or judges
    if any(c.dep_ == "mark" and c.lower_ == "om" for c in infinitive.children):
        return False  # *wordt toereikend geacht om ... te*: a purpose, the idiom takes a bare te
    deemed = word_set("lijdende_vorm", "deemed_infinitives")
    if infinitive_of(infinitive) in deemed or any(c.lower_ in deemed for c in infinitive.children):
        return (
            False  # *wie niet reageert, wordt geacht akkoord te gaan*: a legal fiction (geldt als), no duty
        )
    below = infinitive.children if participle.head.i == infinitive.i else ()
    clause = [*participle.children, *below]
    if not _with_worden(participle, clause):
        return False  # *wij achten het college in staat de raad te informeren*: active, 'vinden'
    if any(t.lower_ in word_set("grammatica", "negations") for t in clause):
        return False  # *wordt niet geacht tot problemen te leiden*: not expected, no duty
    # a second complement says what is judged (*noodzakelijk*, *van belang*; *aanvaardbaar* and *toereikend*, tagged
    # as an adverb or a verb): only the subject, the auxiliaries, small adverbs and the infinitive may hang there.
    # The complement stands before the participle; after it an adjective as adverb belongs to the infinitive
    # (*wordt geacht de raad tijdig te informeren*, *jaarlijks een verslag in te dienen*), wherever the parse hangs it.
    before = [c for c in below if c.i < participle.i]
    return all(
        c.i == infinitive.i
        or c.dep_ in OWN_DEPS
        or (c.dep_ == "advmod" and (c.pos_ in ("ADV", "PART") or (c.pos_ == "ADJ" and c.i > participle.i)))
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.pos_ == "SCONJ" for g in c.children))
        or _inverted_subject(c)
        for c in [*participle.children, *before]
    )


def _with_worden(participle, clause) -> bool:
    """A form of *worden* goes with the participle: hung on it or on its infinitive, as its head, or (where the parse
    hangs it elsewhere: *Het college wordt geacht de raad tijdig te informeren*) right after it or before it with no
    finite verb in between."""

    def worden(t) -> bool:
        return t.lemma_.lower() == "worden" and t.pos_ == "AUX"

    if any(worden(t) for t in [*clause, participle.head]):
        return True
    sent, doc = participle.sent, participle.doc
    if participle.i + 1 < sent.end and worden(doc[participle.i + 1]):
        return True  # *dat het college geacht wordt ...*
    for t in reversed(doc[sent.start : participle.i]):
        if worden(t):
            return True
        if "Fin" in t.morph.get("VerbForm"):
            return False
    return False


def supposed_to_verb(participle) -> bool:
    """``supposed_to`` for a participle of a verb of ``lijdende_vorm.supposed_to_verbs``."""
    listed = word_set("lijdende_vorm", "supposed_to_verbs")
    return participle.lemma_.lower() in listed and supposed_to(participle)


def _inverted_subject(child) -> bool:
    """A noun with a definite article and no preposition that the parse calls a complement: the subject after
    *wordt* (*Als er een storing is, wordt de beheerder geacht ... te waarschuwen*), not what is judged (*van
    belang*, *een goede zaak*)."""
    definite = word_set("grammatica", "definite_articles")
    return (
        child.dep_ == "xcomp"
        and child.pos_ in ("NOUN", "PROPN")
        and any(g.dep_ == "det" and g.lower_ in definite for g in child.children)
        and not any(g.dep_ == "case" for g in child.children)
    )
