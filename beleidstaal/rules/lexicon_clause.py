"""Word-list verbs with a clause as their complement (after blind15).

A verb listed for its plain sense with an object (*wij hanteren een wachttijd*: *gebruiken*) has another sense
where a finite clause is its complement (*wij hanteren dat ...*, *er wordt gehanteerd dat ...*): then it sets a
rule or an assumption, and the drop-in (*gebruikt dat ...*) is no Dutch. An entry's ``alternatives_if_clause``
says what to write there instead.
"""

from __future__ import annotations

import dataclasses

#: the dependencies of a finite clause that is a verb's complement: its object clause, or its subject clause in a
#: passive (*er wordt gehanteerd dat ...*)
CLAUSE_DEPS = ("ccomp", "csubj", "csubj:pass")


def by_clause(entry, matched):
    """The entry with its ``alternatives_if_clause`` where a matched verb has a clause with a subordinating
    conjunction as its complement (*wordt gehanteerd dat de termijn ...*); the entry as it is elsewhere, and where
    the verb has an object or an *als* phrase of its own (*hanteert als uitgangspunt dat ...*: *gebruikt als
    uitgangspunt* is Dutch)."""
    if not entry.alternatives_if_clause:
        return entry
    for tok in matched:
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("obj", "nsubj:pass") for c in tok.children):
            continue  # an object of its own: the clause belongs elsewhere (*een termijn die zo kort is dat ...*)
        phrases = [c for c in tok.children if c.dep_ not in CLAUSE_DEPS]
        if any(c.lower_ == "als" for child in phrases for c in [child, *child.children]):
            continue  # *hanteert als uitgangspunt dat ...*: the clause says what the rule is, the verb uses it
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS and any(
                c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i > tok.i for c in child.children
            ):
                return dataclasses.replace(entry, alternatives=entry.alternatives_if_clause)
    return entry
