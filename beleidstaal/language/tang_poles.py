"""The second pole of a verb bracket (``tang.find_verb_tangs``) where the parse does not hang it under the finite
verb: a participle or infinitive the parser hung loose (``stray_verb_part``, which reads *staan* and *liggen* with
a participle too), and the participle after a name the parser read as one (``participle_after_noun``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: finite verbs whose participle or infinitive closes the bracket: *heeft ... vastgesteld*, *moet ... worden*, and
#: the verbs of position that take a participle as the rest of their verb group, a passive of state (*staan ...
#: opgenomen*, *ligt ... vastgelegd*)
BRACKET_VERBS = frozenset(
    {"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "staan", "liggen"}
)
#: the finite verbs of ``BRACKET_VERBS`` that take a participle only, never a bare infinitive
PARTICIPLE_ONLY = frozenset({"hebben", "zijn", "worden", "staan", "liggen"})


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
