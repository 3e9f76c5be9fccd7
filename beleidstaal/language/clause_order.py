"""Whether a finite verb ends a subordinate clause or stands second in a main clause: where a verb replacement puts
its new verb (part of ``realise_verbs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .realise_order import order_of_a_main_clause

if TYPE_CHECKING:
    from spacy.tokens import Token


def _clause_is_subordinate(verb: Token) -> bool:
    if _after_a_finite_verb(verb):
        return False  # Om te weten of het kan is dient ...: the fronted clause ends, the main clause's verb follows
    if order_of_a_main_clause(verb):
        return False  # Om te voldoen aan het beleid (...) dient per m2 ...: hung below a noun, second by word order
    if verb.dep_ in ("acl:relcl", "acl"):
        return True
    for c in verb.children:
        if c.dep_ == "mark" and _closed_before(c, verb):
            continue  # Als ... mogelijk wordt gemaakt, dient ...: the conjunction opened the clause in front
        if c.dep_ == "mark" and not (c.lower_ in ("dan", "zo") and c.i == verb.i - 1):
            return (
                True  # (Als ..., dan dient het werk ...: 'dan' opens a main clause, its verb stands second)
            )
        if "Rel" in c.morph.get("PronType") and c.i < verb.i:
            return True
    return False


def _closed_before(mark: Token, verb: Token) -> bool:
    """The conjunction's clause ends at the comma right before the finite ``verb``: a clause put in front ends with
    one comma, words put in between stand in pairs of commas. *Als met het plan een bouwplan, zoals bedoeld in de
    wet, mogelijk wordt gemaakt, dient ...* (three commas: the last closes the clause in front, and *dient* stands
    second in the main clause); *omdat de bomen, die oud zijn, dienen te worden gekapt* (two: a pair, *dienen* ends
    the clause of *omdat*). The parser hung *als* on the main verb."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or mark.i > verb.i:
        return False
    commas = [t.i for t in doc[mark.i + 1 : verb.i] if t.text == ","]
    return len(commas) % 2 == 1 and _ends_the_clause(
        doc[(commas[-2] if len(commas) > 1 else mark.i) + 1 : verb.i - 1]
    )


def _ends_the_clause(part) -> bool:
    """The words before the last comma close the conjunction's clause: they hold its verb (*mogelijk wordt
    gemaakt*, *om ... te voorkomen*) and open no clause of their own. A relative clause there stands in between,
    and a list can add a comma: *omdat de wegen, paden en pleinen, die de gemeente beheert, dienen ...* (three
    commas, and *dienen* still ends the clause of *omdat*)."""
    if not len(part):
        return False
    first = part[0]
    if "Rel" in first.morph.get("PronType") or first.pos_ == "SCONJ" or first.lower_.startswith("waar"):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in part)


def _after_a_finite_verb(verb: Token) -> bool:
    """The word right before the finite ``verb`` is a finite verb too (*Om te bepalen of het nodig is dient ...*): a
    clause has one finite verb, so the first closes a clause put in front and ``verb`` stands second in the main
    clause, whatever the parser hung the conjunction of the fronted clause on."""
    doc = verb.doc
    if verb.i == verb.sent.start or "Fin" not in verb.morph.get("VerbForm"):
        return False
    prev = doc[verb.i - 1]
    return prev.pos_ in ("VERB", "AUX") and "Fin" in prev.morph.get("VerbForm")
