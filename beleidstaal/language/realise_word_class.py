"""The word class of a matched word by the dictionary, not only the tagger (part of ``realise``, beside
``realise_context``): a content word (``_content``: not *jegens*, *gaarne*, nor *waar* with a preposition), a
present singular of the entry's verb (``_present_singular``), a verb entry matched on a noun (``_a_verb_as_noun``),
and a noun written apart from the word it forms one name with (``_part_of_a_compound``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import morphology as m

if TYPE_CHECKING:
    from spacy.tokens import Token


def _present_singular(form: str, term: str) -> bool:
    """*beziet* is a present singular of *bezien* (whatever the tagger took it for)."""
    return (
        term in m.known_verbs()
        and form != term
        and form in {m.present(term, "Sing", p) for p in ("1", "2", "3")}
    )


def _a_verb_as_noun(token: Token, term: str) -> bool:
    """A verb entry (*bedragen*, *verzoeken*) matched on a noun that is no form of the verb: a plural or a noun
    with *de* (*de bedragen*, *de verzoeken*); a nominal infinitive (*het verzoeken*) is the verb."""
    if " " in term or term not in m.known_verbs():
        return False
    if token.lower_ != term or "Plur" in token.morph.get("Number"):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("de", "deze", "die") for c in token.children)


def _part_of_a_compound(token: Token) -> bool:
    """A word written apart from the word it forms one name with (*security issues*, *maatwerk rapportages*). Not an
    abbreviation with its points (*de dakhelling etc.*): the parse's ``flat`` there closes a list, no name."""
    if token.pos_ not in ("NOUN", "PROPN", "X") or (
        token.text.endswith(".") and token.text[:-1].replace(".", "").isalpha()
    ):
        return False
    if token.dep_ in ("compound", "flat"):
        return True
    return any(c.dep_ in ("compound", "flat") and c.pos_ in ("NOUN", "PROPN", "X") for c in token.children)


def _content(token: Token) -> bool:
    """The word is a noun, adjective or verb by the dictionary too: *jegens*, *gaarne* and *nopens* are not,
    whatever the tagger says; nor is *waar* with a preposition (*waarbinnen*, read as a verb: the pronominal adverb)."""
    from .tang_clauses import waar_preposition

    if waar_preposition(token.lower_):
        return False
    pos = "VERB" if token.pos_ == "AUX" else token.pos_
    if pos == "ADJ" or token.dep_ == "amod":
        return bool(m.lemmas(token.lower_, "ADJ")) or bool(m.lemmas(token.lower_, "VERB"))
    if m.lemmas(token.lower_, pos):
        return True
    # a verb the dictionary does not list (faciliteren): its form must follow from the tagger's lemma
    lemma = token.lemma_.lower()
    return pos == "VERB" and lemma.endswith("en") and token.lower_ in m.forms(lemma, "VERB")
