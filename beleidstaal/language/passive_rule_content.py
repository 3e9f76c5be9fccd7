"""A passive in a clause that gives the content of a law, a rule or a norm (*in de Waterwet is bepaald dat een
lozing vooraf moet worden gemeld*, *de verordening regelt hoe de bomen worden beschermd*, *in artikel 4 van de
regels is vastgelegd dat de schuur wordt afgebroken*): the clause says what the rule lays down, for whoever it
applies to, and the law-maker is not the doer the reader misses (``rule-content`` in
``passive_worth.left_out_because``).

In Dutch: *Staat de lijdende vorm in een bijzin die zegt wat een wet, regel of norm bepaalt, dan geldt de zin voor
iedereen voor wie die regel geldt: wie het doet, hoeft de schrijver niet te noemen.*

Editors of five judged sheets called such passives not worth the writer's time (blind2, blind17, new21, new24,
new27: a provision of an ordinance, the Monumentenwet, the Wet bodembescherming, the rules of a plan).

Only where the sentence names the rule: the subject of an active verb of laying down (*het Bouwbesluit bepaalt
dat*) or a phrase with *in*, *bij* or *met* on a passive one (*in lid 2 is bepaald dat*, *bij wet is geregeld
hoe*). Not without a source (*er is bepaald dat*, *afgesproken is dat*: who decided hides), not where the source
is a text of policy or an agreement (*in het coalitieakkoord is opgenomen dat het beleid wordt herijkt*: who will
do it is the point), and not where the clause speaks of the reader (*dat uw aanvraag binnen acht weken wordt
behandeld*: the reader wants to know who handles it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive_clauses import clause_openers

if TYPE_CHECKING:
    from spacy.tokens import Token

#: labels the parser gives a clause that a verb takes (*dat*, *hoe*; a comma before it may make it ``advcl``)
_CLAUSE_LABELS = ("ccomp", "advcl", "obj", "xcomp", "dep")
#: how many clauses up the verb of laying down may stand (*in lid 2 is bepaald dat GS kunnen aangeven in hoeverre
#: de ladder is doorlopen*: two)
_MAX_LEVELS = 3
#: the prepositions of a phrase that names where a passive verb of laying down does it (*in de wet*, *bij wet*)
_SOURCE_CASES = ("in", "bij", "met")


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def rule_content(verb: Token, auxes: list[Token]) -> bool:
    """Whether the passive stands in a clause that gives what a named law, rule or norm lays down."""
    reader = _lv("reader_words")
    head = _laying_down_head(verb)
    if head is None:
        return False
    clause = verb.doc[min(verb.left_edge.i, *(a.i for a in auxes)) : verb.right_edge.i + 1]
    if any(t.lower_ in reader for t in clause):
        return False  # dat uw aanvraag wordt behandeld: the reader wants to know who handles it
    return _names_rule(head)


def _laying_down_head(verb: Token) -> Token | None:
    """The verb of laying down (``laying_down_verbs``) whose clause holds the passive, at most ``_MAX_LEVELS``
    clauses up; None when there is none, or when a clause on the way gives a reason, an effect, a purpose or a time
    (``not_content_marks``: *omdat*, *waardoor*, *om te*): that says why or when, not what the rule lays down."""
    clause = verb
    for _ in range(_MAX_LEVELS):
        seen = 0
        # (the second of two clauses: *dat de schuur wordt gesloopt en de tuin wordt aangelegd*)
        while clause.dep_ == "conj" and clause.head.i != clause.i and seen < 5:
            clause, seen = clause.head, seen + 1
        head = clause.head
        if clause.dep_ not in _CLAUSE_LABELS or head.i == clause.i:
            return None
        if any(m.lower_ in _lv("not_content_marks") for m in clause_openers(clause)):
            return None  # omdat de opgraving niet is afgerond, is een plicht opgenomen: a reason, not the content
        if infinitive(head) in _lv("laying_down_verbs"):
            return head
        clause = head
    return None


def _names_rule(head: Token) -> bool:
    """The verb of laying down names a rule as its source: its subject when it is active (*het Bouwbesluit
    bepaalt*), a phrase with *in*, *bij* or *met* when it is passive (*in de Wet bodembescherming is bepaald*)."""
    passive = any(c.dep_ in ("aux:pass", "expl", "expl:pv") for c in head.children)
    for c in head.children:
        if passive and c.dep_.startswith("obl"):
            if not any(k.dep_ == "case" and k.lower_ in _SOURCE_CASES for k in c.children):
                continue
        elif passive or c.dep_ != "nsubj":
            continue
        if _is_rule(c) or any(_is_rule(n) for n in c.children if n.dep_ == "nmod"):
            return True  # in artikel 4 van de regels, in de regels van het bestemmingsplan
    return False


def _is_rule(noun: Token) -> bool:
    """A law, a rule or a norm, by the end of the word (*Waterwet*, *Bouwbesluit*, *verordening*; not
    ``not_rule_sources``: *maatregel*, *krantenartikel*), or as a whole word with a number or an ordinal
    (``rule_source_words``: *lid 2*, *het tweede lid*; not *raadslid*, nor *een lid van de raad*: a person)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ends, not_ends = tuple(_lv("rule_sources")), tuple(_lv("not_rule_sources"))
    words = (noun.lower_, noun.lemma_.lower() or noun.lower_)
    if any(w.endswith(not_ends) for w in words):
        return False
    if any(w in _lv("rule_source_words") for w in words):
        return _numbered(noun)
    return any(w.endswith(ends) for w in words)


def _numbered(noun: Token) -> bool:
    """*lid 2*, *het tweede lid*, *dit lid*: a part of an article, not a member (*een lid van de raad eist*)."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (after.like_num or after.text[:1].isdigit()):
        return True
    before = doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and (
        before.lower_ in _lv("part_markers")
        or (before.lower_.endswith(("de", "ste")) and before.pos_ in ("ADJ", "NUM"))
    )
