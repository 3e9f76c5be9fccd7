"""Signals that a noun made from a verb names a quantity, a thing or an example, not an act (nomin32; see
``nominalisation.signals`` and ``BLOCKERS``): a change that is computed (*de toename van het groepsrisico
berekenen*), what a subject forms (*het plangebied vormt een groene onderbreking van de rand*) and a case given as an
example (*een voorbeeld hiervan is de uitbreiding van een bedrijf*). The words that mark them are data:
``lexicons/data/grammatica.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .keys import full_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def measured(anchor: Token, verb: str) -> bool:
    """A noun of a change that nobody does (its verb is one of ``zijn_verbs``: *toename*, *afname*, *daling*,
    *groei*) that is what a verb of ``measuring_verbs`` computes or measures: *de toename van het groepsrisico moet
    worden berekend*, *wij meten de daling van de grondwaterstand*. The noun names a quantity, the size of the
    change, and the clause's own verb tells the act: *berekenen hoeveel het groepsrisico toeneemt* says the same
    with more words. Reported still: the same noun as a subject (*de toename van het verkeer leidt tot ...*: *het
    verkeer neemt toe*) and after other verbs (*wij verwachten geen toename van de afvoer*)."""
    if verb not in word_set("grammatica", "zijn_verbs"):
        return False
    measuring = word_set("grammatica", "measuring_verbs")
    head = anchor.head
    if head.i != anchor.i and anchor.dep_ in ("obj", "nsubj:pass") and full_lemma(head) in measuring:
        return True
    # the parser hangs the participle on the noun (*dient de toename ... berekend te worden*: acl) or makes the
    # noun the subject of the modal (*dient*) with the participle below it
    below = [c for c in anchor.children if c.dep_ in ("acl", "xcomp") and c.i > anchor.i]
    if anchor.dep_ == "nsubj" and head.i != anchor.i:
        below += [c for c in head.children if c.dep_ == "xcomp" and c.i > anchor.i]
    return any(
        c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() in measuring
        and any(a.dep_ == "aux:pass" for a in c.children)
        for c in below
    )


def formed(tok: Token) -> bool:
    """The noun, with *een* or *geen*, is what the subject forms: the object of *vormen* (*het plangebied vormt
    een groene onderbreking van de bebouwingsrand*, *de haag vormt een afscherming van het erf*). *Vormen* links a
    subject to what it is, as *zijn* does (``classifying``: *dit plan is een uitwerking van de visie*): the noun
    names a thing or a result, and a verb would make the subject do something it does not (*het plangebied
    onderbreekt de rand*). Reported still: the noun as the subject (*de omzetting van de woning vormt geen
    probleem*) and with *de* (*vormt de aanleiding*)."""
    head = tok.head
    if tok.dep_ != "obj" or head.i == tok.i or full_lemma(head) not in word_set("grammatica", "forming_verbs"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("een", "geen") for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" for c in head.children)


def example(anchor: Token) -> bool:
    """The noun names an example of a kind the sentence has named: the predicate of *een voorbeeld (hiervan) is*,
    or right after *bijvoorbeeld* or *zoals* (``example_markers``) that follow a noun (*nieuwe ontwikkelingen,
    bijvoorbeeld de uitbreiding van een bouwperceel*). An example names a case, a thing that may happen, without
    a doer or a time; a verb needs a clause of its own (*zo kan een agrarisch bedrijf uitbreiden*) and says it no
    better. Reported still: an example of an aim, after a
    noun of ``aim_nouns`` (*doelstellingen zoals het verhogen van de biodiversiteit*: an aim is an act to tell)."""
    doc, start = anchor.doc, anchor.sent.start
    if any(c.dep_ == "cop" for c in anchor.children):
        examples = word_set("grammatica", "example_nouns")
        return any(c.dep_ == "nsubj" and _lemma(c) in examples for c in anchor.children)
    markers = word_set("grammatica", "example_markers")
    i = anchor.i - 1  # the words before the noun, read from the text: the parser hangs the marker anywhere
    while i > start and doc[i].pos_ in ("DET", "ADJ", "NUM") and doc[i].lower_ not in markers:
        i -= 1
    if i - 1 <= start or doc[i].lower_ not in markers:
        return False
    noun = doc[i - 2] if doc[i - 1].is_punct else doc[i - 1]
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.i != anchor.i
        and _lemma(noun) not in word_set("grammatica", "aim_nouns")
        and not _lemma(noun).endswith(tuple(word_set("grammatica", "aim_nouns")))
    )


def compound_term(prefix: str) -> bool:
    """The noun is a compound whose first part is a noun (*luchtverontreiniging*, *bodemsanering*,
    *functiewijziging*): the first part takes the object's place, and the compound is the name of a phenomenon or a
    measure, an everyday term (*luchtverontreiniging van verkeer*: what follows *van* is its source, not its
    object). A verb needs the compound taken apart (*het verkeer verontreinigt de lucht*) and the example cannot
    give it. A prefix of the verb (*herinrichting*, *doorvertaling*: another form of the verb) is no such part."""
    verbal = (
        word_set("grammatica", "particles") | word_set("grammatica", "inseparable_prefixes")
    ) - word_set("grammatica", "compound_noun_particles")
    # *terinzagelegging*, *tervisielegging*: a fixed expression with *ter* (ter inzage leggen), the act itself
    return len(prefix) >= 3 and not prefix.startswith("ter") and prefix not in verbal and prefix not in ("mede", "weder", "wan")

