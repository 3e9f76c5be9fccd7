"""Word-list rules, a verb with its preposition (*sturen op*, *voorzien in*, *inzetten op*): the preposition must open
the verb's own object. Dutch rule: *het voorzetsel hoort bij het werkwoord als het zijn voorzetselvoorwerp inleidt,
niet als het deel is van een vaste groep (in aansluiting op, op korte termijn), en niet als het werkwoord in de
lijdende vorm een onderwerp heeft (dan is het een ander werkwoord: woningen zijn voorzien = gepland).*

The parse alone cannot ask the first part: it hangs *op ons gesprek* in *wij sturen u deze brief in aansluiting op
ons gesprek* straight on *sturen* (obl:arg), and *op korte termijn* on the verb as any adverbial. So the fixed groups
are read by their words (``compound_prepositions`` and ``fixed_adverbials`` in ``data/grammatica.toml``). How deep
the preposition hangs is not asked: on 276 dev-half findings of these entries the 13 where the parse hung the phrase
on another word were all right (*dient men te streven naar*, *wil de provincie inzetten op besparing van energie*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.data import word_set
from ..language.fixed_groups import ends_compound_preposition, fixed_adverbials_by_start
from ..language.words import words_at

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

    from ..lexicon import LexiconEntry

#: the words of a subject that is a thing named in the clause (a relative pronoun stands for its noun)
_RELATIVE_SUBJECTS = frozenset({"die", "welke"})
#: words between a subject or auxiliary and the verb that open another clause
_CLAUSE_BREAKS = frozenset({"te", "om", "dat", "of", "die", "en", "maar"})


def in_fixed_group(t: Token) -> bool:
    """The preposition ends a compound preposition (*in aansluiting op*, *met het oog op*), opens a fixed adverbial
    of time or manner (*op tijd*, *op korte termijn*), or is the first part of the verb right after it (*sturend op
    te treden*: *optreden*; not *op te hoge kosten*, where *te* means 'too', nor *in te bouwen woningen*): it opens no
    object of a verb."""
    doc, low = t.doc, t.lower_
    before_te = t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "te"
    if t.pos_ == "ADP" and before_te and "Inf" in doc[t.i + 2].morph.get("VerbForm"):
        after = doc[t.i + 3] if t.i + 3 < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return True  # (not *voorzien in te bouwen woningen*: an infinitive before its noun)
    if ends_compound_preposition(t):
        return True
    for words in fixed_adverbials_by_start().get(low, ()):
        if words_at(doc, t.i, words):
            last = t.i + len(words)
            after = doc[last] if last < len(doc) else None
            # *op termijn* but not *op termijn van vijf jaar*-like nouns with their own phrase: *op het moment dat*
            # stays fixed; a following *van* makes the noun a head of its own (*in de praktijk van de wijk*)
            if after is not None and after.lower_ == "van":
                continue
            # a noun in a list after it: the first of the verb's objects (*sturen op tijd, geld en kwaliteit*)
            listed = after is not None and after.lower_ in (",", "en", "of") and last + 1 < len(doc)
            if listed and doc[last + 1].pos_ in ("NOUN", "PROPN"):
                continue
            return True
    return False


def passive_with_subject(verb: Token, entry: LexiconEntry) -> bool:
    """A verb that takes its object with a preposition and no direct object (``preposition_object_verbs``) in the
    passive with a subject: *zeven woningen zijn voorzien in het oosten* (gepland). The passive of *voorzien in* has
    none: *er wordt voorzien in parkeerplaatsen*. Not *sturen* or *inzetten*, whose jargon takes an object as well
    (*de middelen worden ingezet op preventie*).

    The parse often hangs the auxiliary and subject of the clause above on the verb (*de ambitie is te streven naar*,
    *het doel is dat initiatiefnemers voorzien in*, *geconcludeerd wordt dat wordt voorzien in*): the auxiliary and
    the subject count only before the verb in its own clause, with no *te*, *om*, subordinator or punctuation
    between. A subject with a preposition before it (*met behulp van dit bestemmingsplan*, *bij (her)inrichting*) is a
    misread adverbial."""
    if (entry.verb or "") not in word_set("grammatica", "preposition_object_verbs"):
        return False
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].lower_ == "te":
        return False  # an infinitive (*om te voorzien in*) has no passive auxiliary
    if _before_its_noun(verb):
        return (
            True  # *de in het plan voorziene woningen*: the noun is the passive's subject (*zijn voorzien*)
        )
    auxiliaries = word_set("grammatica", "worden_forms") | word_set("grammatica", "zijn_forms")

    def own_clause(t: Token) -> bool:
        """Before the verb, with nothing between that opens another clause."""
        return (
            t.i < verb.i
            and not any(
                u.is_punct
                or u.lower_ in _CLAUSE_BREAKS
                or u.pos_ == "SCONJ"
                or u.dep_ == "mark"
                # a heading glued to its sentence (*Ontheffing. Hiermee wordt*) or its bold markers (*regels**Hiermee*)
                or (u.is_title and u.pos_ != "PROPN")
                or "*" in u.text
                for u in doc[t.i + 1 : verb.i]
            )
        )

    if not any(
        c.dep_ in ("aux", "aux:pass") and c.lower_ in auxiliaries and own_clause(c) for c in verb.children
    ):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubj:pass", "obj")  # in the passive an 'obj' is its misread subject (*er is een
        # speelplek voorzien*)
        and (
            (c.pos_ in ("NOUN", "PROPN") and c.text.replace("'", "").isalpha() and _named_thing(c))
            or (c.pos_ == "PRON" and c.lower_ in _RELATIVE_SUBJECTS)
        )
        and own_clause(c)
        # a preposition before it: *bij (her)inrichting*, *binnen het gebied*, *met behulp van dit plan*
        and not any(d.pos_ == "ADP" and d.i < c.i for d in c.subtree)
        and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].pos_ == "ADP")
        for c in verb.children
    )


def _before_its_noun(verb: Token) -> bool:
    """The participle with the -e of its place, the parse's modifier of the noun right after it (*de in het plan
    voorziene woningen*)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lower_.endswith("e")
        and verb.dep_ in ("amod", "acl")
        and nxt is not None
        and nxt.pos_ in ("NOUN", "PROPN")
        and verb.head.i == nxt.i
    )


def _named_thing(noun: Token) -> bool:
    """A noun that can be a subject: with an article, a number or another determiner (*een parkeerkoffer*, *zeven
    woningen*), or a plural (*appartementencomplexen*). A bare singular is mostly a word the tagger misread (*Regionaal
    wordt ingezet op*: an adverb) or a label (*f.*), not a subject; *boa's* is a plural with an apostrophe."""
    return "Plur" in noun.morph.get("Number") or any(
        c.dep_ in ("det", "nummod", "nmod:poss") for c in noun.children
    )
