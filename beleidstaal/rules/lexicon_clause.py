"""Word-list verbs with a clause as their complement (after blind15).

A verb listed for its plain sense with an object (*wij hanteren een wachttijd*: *gebruiken*) has another sense
where a finite clause is its complement (*wij hanteren dat ...*, *er wordt gehanteerd dat ...*): then it sets a
rule or an assumption, and the drop-in (*gebruikt dat ...*) is no Dutch. An entry's ``alternatives_if_clause``
says what to write there instead.

A participle in a passive with a *te*-infinitive as its complement and no adjective (*het college wordt geacht de
raad te informeren*, *iedereen wordt geacht de wet te kennen*) is the idiom 'supposed to': *moet*, *hoort te*, not
*vinden* as in *wij achten het plan haalbaar*. An entry's ``alternatives_if_infinitive`` says what to write there
(``language.supposed_to``; the passive rule reads the same idiom and leaves it alone).
"""

from __future__ import annotations

import dataclasses

from ..language.data import word_set

#: the dependencies of a finite clause that is a verb's complement: its object clause, or its subject clause in a
#: passive (*er wordt gehanteerd dat ...*); the parser also hangs one after a comma on the verb as ``dep``
CLAUSE_DEPS = ("ccomp", "csubj", "csubj:pass", "dep")
#: *dat*, *of*: the first word of such a clause (the parser may tag *dat* a pronoun: *hanteren sinds ... dat*)
OPENERS = word_set("grammatica", "complement_clause_openers")
#: *als*: a phrase of the verb with it names the rule itself (*hanteert als uitgangspunt dat ...*)
ROLE = word_set("grammatica", "role_words")
#: *zo*, *zodanig*: a degree whose clause says the result (*het effect is zo groot dat ...*), no subject clause
DEGREE = word_set("grammatica", "degree_words")


def by_clause(entry, matched):
    """The entry with its ``alternatives_if_clause`` where a matched verb (or a predicative adjective: *het is
    noemenswaardig dat ...*) has a finite clause that opens with *dat* or *of* as its complement (*wordt gehanteerd
    dat de termijn ...*), also as the infinitive of a verb that the clause hangs on (*wij blijven hanteren dat
    ...*); the entry as it is elsewhere, and where the verb has an
    object or an *als* phrase of its own (*hanteert als uitgangspunt dat ...*: *gebruikt als uitgangspunt* is
    Dutch)."""
    if not entry.alternatives_if_clause:
        return entry
    for tok in matched:
        # a predicative adjective with its subject clause: *het is noemenswaardig dat ...* ('worth mentioning'); not
        # a degree with its clause of result (*zo groot dat ...*)
        predicative = tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children)
        predicative = predicative and not any(c.lower_ in DEGREE for c in tok.children)
        if (tok.pos_ not in ("VERB", "AUX") and not predicative) or any(
            c.dep_ in ("obj", "nsubj:pass") for c in tok.children
        ):
            continue  # an object of its own: the clause belongs elsewhere (*een termijn die zo kort is dat ...*)
        phrases = [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
        if any(c.lower_ in ROLE for child in phrases for c in [child, *child.children]):
            continue  # *hanteert als uitgangspunt dat ...*: the clause says what the rule is, the verb uses it
        children = list(tok.children)
        if tok.dep_ == "xcomp":  # *wij blijven hanteren dat ...*: the clause hangs on *blijven*
            children += [c for c in tok.head.children if c.i > tok.i]
        if any(_complement_clause(tok, c) for c in children) or any(
            _hung_lower(tok, c) for c in tok.children
        ):
            return dataclasses.replace(entry, alternatives=entry.alternatives_if_clause)
    return entry


#: the dependencies a parser gives a verb's complement clause that it reads as a clause of a noun or an adverb
NOUN_CLAUSE_DEPS = ("acl", "acl:relcl")
#: the phrases of a verb between the verb and its complement clause that a parser hangs the clause on: *ontlenen aan
#: de tekening dat ...*, *ontlenen hieraan dat ...* (the pronominal adverb read as a verb or an adverb)
BETWEEN_DEPS = ("obl", "obl:arg", "xcomp", "advmod", "iobj")


def _hung_lower(verb, child) -> bool:
    """A clause that opens with the conjunction *dat* or *of* (``mark``, not the relative pronoun *dat*) after a verb
    with no object, which the parse hangs on the verb or on a phrase of the verb between the two as a clause of a
    noun (*wij ontlenen aan de tekening dat ...*, *hieraan ontlenen wij dat ...*): the verb's complement all the
    same, since the verb has no object for the phrase to stand in."""
    if child.i < verb.i:
        candidates = [child] if child.dep_ in NOUN_CLAUSE_DEPS else []
    elif child.dep_ in NOUN_CLAUSE_DEPS:
        candidates = [child]
    elif child.dep_ in BETWEEN_DEPS:
        candidates = [c for c in child.children if c.dep_ in NOUN_CLAUSE_DEPS + CLAUSE_DEPS and c.i > child.i]
    else:
        candidates = []
    return any(_opened_by_conjunction(verb, clause) for clause in candidates)


def _opened_by_conjunction(verb, clause) -> bool:
    """The clause has the conjunction *dat* or *of* of its own after the verb (the parse may give it a word before the
    conjunction: *hieraan ontlenen wij dat ...*, with *wij* hung on the clause)."""
    return any(
        c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ in OPENERS and verb.i < c.i < clause.i
        for c in clause.children
    )


def _complement_clause(verb, child) -> bool:
    """``child`` heads a finite clause after ``verb`` that opens with *dat* or *of* (after a comma)."""
    if child.dep_ not in CLAUSE_DEPS or child.i < verb.i:
        return False
    first = next((t for t in child.subtree if not t.is_punct), None)
    return first is not None and first.i > verb.i and first.lower_ in OPENERS and first.i < child.i


def by_infinitive(entry, matched):
    """The entry with its ``alternatives_if_infinitive`` where the matched participle is the idiom 'supposed to'
    (``language.supposed_to``)."""
    from ..language.supposed_to import supposed_to

    if not entry.alternatives_if_infinitive or len(matched) != 1 or not supposed_to(matched[0]):
        return entry
    return dataclasses.replace(entry, alternatives=entry.alternatives_if_infinitive)
