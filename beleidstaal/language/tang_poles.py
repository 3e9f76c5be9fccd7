"""The second pole of a verb bracket (``tang.find_verb_tangs``) where the parse does not hang it under the finite
verb: a participle or infinitive the parser hung loose (``stray_verb_part``), the participle after a name the parser
read as one (``participle_after_noun``), and the participle that ends the clause of a finite auxiliary the parser
hung under a noun or another finite verb (``orphan_auxiliary_part``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: finite verbs whose participle or infinitive closes the bracket: *heeft ... vastgesteld*, *moet ... worden*, and
#: the verbs of position that take a participle as the rest of their verb group, a passive of state (*staan ...
#: opgenomen*, *ligt ... vastgelegd*)
BRACKET_VERBS = frozenset(
    {"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "staan", "liggen"}
)
#: the finite verbs of ``BRACKET_VERBS`` that take a participle only, never a bare infinitive
PARTICIPLE_ONLY = frozenset({"hebben", "zijn", "worden", "staan", "liggen"})
#: the auxiliaries a parser may hang under their subject as a copula (*is de ruimte ... ingericht*)
AUXILIARIES = frozenset({"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen"})
#: what ends a clause after its last verbs: the end of the sentence, a comma, a parenthesis
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", ",", "(", ")"})


def list_comma(doc, k: int) -> bool:
    """The comma at ``k`` stands in a list of truncated compounds (*de vaar-, spoor- en autowegen*): it follows a
    word cut off with a hyphen and ends no clause."""
    return k > 0 and doc[k].text == "," and doc[k - 1].text.endswith("-") and len(doc[k - 1].text) > 1


def participle_after_noun(part: Token) -> Token:
    """The participle that closes the clause when the parser read the noun before it as one: a word tagged as a
    participle that has no participle's form (*bij het Besluit omgevingsrecht overgenomen*: *omgevingsrecht*, with
    *overgenomen* hung under it) is the last word of a name, and the verb is the participle right after it."""
    from .passive import looks_like_participle

    if part.morph.get("VerbForm") != ["Part"] or looks_like_participle(part.lower_):
        return part
    nxt = part.doc[part.i + 1] if part.i + 1 < len(part.doc) else None
    if (
        nxt is not None
        and nxt.head.i == part.i
        and nxt.morph.get("VerbForm") == ["Part"]
        and looks_like_participle(nxt.lower_)
    ):
        return nxt
    return part


def _part_fits(verb: Token, part: Token) -> bool:
    """``part`` can be the rest of ``verb``'s group: a participle, or after a modal an infinitive."""
    form = part.morph.get("VerbForm")
    return form == ["Part"] or (form == ["Inf"] and verb.lemma_.lower() not in PARTICIPLE_ONLY)


def stray_verb_part(doc, verb: Token, main: Token) -> Token | None:
    """The participle or infinitive that closes the bracket of an auxiliary when the parser hung it loose: as a
    second clause (*De provincie heeft als eerste stap ... een verordening vastgesteld*: *heeft* read as the main
    verb, *vastgesteld* as parataxis) or as a conjunct without *en* (*is aansluitend aan de tuinen ... de
    mogelijkheid opgenomen*). Only with no conjunction, subordinator, comma or finite verb between the two (a comma
    in a list of truncated compounds is none: *over de vaar-, spoor- en autowegen opgenomen*)."""
    if verb.lemma_.lower() not in BRACKET_VERBS:
        return None
    for head in dict.fromkeys((verb, main)):
        for c in head.children:
            if c.i <= verb.i + 1 or c.dep_ not in ("parataxis", "conj", "xcomp", "ccomp", "dep"):
                continue
            c = participle_after_noun(c)
            if not _part_fits(verb, c):
                continue
            if any(ch.dep_ in ("cc", "mark") for ch in c.children):
                continue
            between = doc[verb.i + 1 : c.i]
            if any(
                (t.text in (",", ";", ":") and not list_comma(doc, t.i)) or "Fin" in t.morph.get("VerbForm")
                for t in between
            ):
                continue
            return c
    return None


def orphan_auxiliary_part(sent: Span, verb: Token) -> Token | None:
    """The participle (after a modal: the infinitive) that ends the clause of a finite auxiliary the parser hung
    under a word that is no verb of its group: under its subject as a copula (*is de afgelopen jaren de openbare
    ruimte ... ingericht*: *is* under *ruimte*) or under another finite verb (*In de wijken die ... ontstonden
    werden ... voorzieningen gebouwd*: a finite verb is never the auxiliary of a finite verb). A main clause's
    finite auxiliary waits for the rest of its verb group at the end of its clause: the verb cluster right before
    the end of the sentence, a comma or a parenthesis. A cluster with a finite verb of its own ends another clause
    (*dat ... is vastgesteld*). None when the parse has the group (the auxiliary under a
    participle or infinitive), when the auxiliary is the copula of an adjective (*is ... belangrijk*), or when no
    such cluster follows. A cluster with a finite verb passes only after a word that opens a clause (*zijn de
    bestemmingen, met de aanduidingen die ... voorkomen, in beeld gebracht*); otherwise the tagger read the
    auxiliary's own infinitive as finite (*Het kan een naam zijn, zolang ...*), and its clause ends there."""
    from .tang_clauses import _finite, _verb_form, attributive_participle, opens_a_clause

    if verb.lemma_.lower() not in AUXILIARIES or verb.dep_ not in ("aux", "aux:pass", "cop"):
        return None
    head = verb.head
    if head.pos_ == "ADJ" or (head.pos_ in ("VERB", "AUX") and not _finite(head)):
        return None
    doc = sent.doc
    start = k = verb.i + 2
    while k < sent.end:
        if doc[k].text in (";", ":"):
            return None  # the clause ends: *heeft ambitieuze doelen: in 2030 moet ...*
        if doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
            continue
        end = k
        while end < sent.end and (doc[end].pos_ in ("VERB", "AUX") or doc[end].lower_ == "te"):
            end += 1
        cluster = [t for t in doc[k:end] if t.pos_ in ("VERB", "AUX")]
        closes = end >= sent.end or (doc[end].text in CLAUSE_ENDS and not list_comma(doc, end))
        finite = any(_finite(t) for t in cluster)
        if closes and not finite:
            part = next((t for t in cluster if t.morph.get("VerbForm") == ["Part"]), None)
            if part is None and _part_fits(verb, cluster[-1]):
                part = cluster[-1]
            if (
                part is not None
                and _verb_form(part)
                and not attributive_participle(doc, part)
                and doc[part.i - 1].pos_ != "DET"  # *en de uitgevoerde, ... behandelde onderzoeken*
            ):
                return part  # (not a noun the tagger read as a verb: *de stedenbouwkundig opzet*)
        if (closes or finite) and not any(opens_a_clause(t) for t in doc[start:k]):
            # a finite verb that no conjunction or pronoun put in a clause of its own ends the auxiliary's clause
            # (*is een vorm van ..., ook al worden er ... gebruikt*), and so do verbs before a clause end
            return None
        if closes:
            start = end
        k = end
    return None
