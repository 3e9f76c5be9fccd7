"""Fixed groups of words read by their words (``grammatica.compound_prepositions``: *op grond van*, *in het kader
van*; ``grammatica.fixed_adverbials``: *op tijd*, *op korte termijn*): the rules ask whether a preposition ends a
compound preposition (it opens no object of a verb), the nominal style whether a noun of action stands in one."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .data import word_set
from .words import words_at

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


def _by(name: str, index: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in word_set("grammatica", name):
        words = tuple(phrase.split())
        groups.setdefault(words[index], []).append(words)
    return {k: tuple(v) for k, v in groups.items()}


@functools.cache
def compound_prepositions_by_end() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The compound prepositions by their last word (*van*: *op grond van*, *in het kader van*)."""
    return _by("compound_prepositions", -1)


@functools.cache
def fixed_adverbials_by_start() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The fixed adverbials by their first word (*op*: *op tijd*, *op korte termijn*)."""
    return _by("fixed_adverbials", 0)


def ends_compound_preposition(t: Token) -> bool:
    """The word is the last of a compound preposition, read by its words (*van* in *ten behoeve van*, *op* in *in
    aansluiting op*). Not where the group's first word is a participle with an auxiliary of its own: *heeft goed
    gelet op*, *wordt gelet op* is the verb *letten op* ('pay attention to'), not the preposition *gelet op*."""
    doc = t.doc
    return any(
        words_at(doc, t.i - len(w) + 1, w, t.i + 1) and not _has_auxiliary(doc[t.i - len(w) + 1])
        for w in compound_prepositions_by_end().get(t.lower_, ())
    )


def _has_auxiliary(first: Token) -> bool:
    """The word has an auxiliary of a perfect or passive before it that is its own: hung on it (*heeft ... gelet*),
    or the parse hangs it as the complement of the auxiliary (*wordt goed gelet op*). An auxiliary after it is the
    main clause's (*Gelet op uw inkomen heeft u recht op toeslag*): with the group right after the participle, Dutch
    puts the participle's own auxiliary before it. Nor is the auxiliary its own where a comma stands between them
    (*worden, gelet op de wet, in drie categorieën opgedeeld*: an insertion) or where another participle or
    infinitive follows in the sentence for the auxiliary to go with (*worden gelet op het gebruik ... geen soorten
    verwacht*): the parse hangs the auxiliary on the wrong participle there."""
    doc = first.doc
    auxiliaries = word_set("grammatica", "tense_auxiliaries")  # of the perfect and the passive
    aux = next(
        (c for c in first.children if c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in auxiliaries),
        None,
    )
    head = first.head
    if aux is None and head.pos_ == "AUX" and head.lemma_.lower() in auxiliaries and first.dep_ == "xcomp":
        aux = head
    if aux is None or aux.i > first.i or any(t.text == "," for t in doc[aux.i : first.i]):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and {"Part", "Inf"} & set(t.morph.get("VerbForm"))
        for t in doc[first.i + 1 : first.sent.end]
    )


def verb_not_preposition(tokens: list[Token]) -> bool:
    """The words are a compound preposition as written (*gelet op*), but here its first word is a participle with an
    auxiliary of its own (``_has_auxiliary``): *Bij de keuze heeft de gemeente goed gelet op de uitvoering* is the
    verb *letten op*."""
    words = tuple(t.lower_ for t in tokens)
    return words in compound_prepositions_by_end().get(words[-1], ()) and _has_auxiliary(tokens[0])


@functools.cache
def _compound_prepositions_by_start() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by("compound_prepositions", 0)


def _cut_preposition(first: Span, second: Span) -> bool:
    """The parser closed a sentence inside a compound preposition: the first sentence is only its first words, on
    the same line as the second, which begins with the rest (*Gelet* | *op de hiervoor genoemde uitspraken is
    ...*: a capitalised *Gelet* taken for a name)."""
    if first.doc is not second.doc or first.end != second.start or "\n" in first[-1].whitespace_:
        return False
    words = tuple(t.lower_ for t in first)
    return any(
        len(group) > len(words)
        and group[: len(words)] == words
        and words_at(second.doc, second.start, group[len(words) :], second.end)
        for group in _compound_prepositions_by_start().get(words[0], ())
    )


def rejoined(sentences: Iterable[tuple[Span, int]]) -> Iterator[tuple[Span, int]]:
    """The sentences with a compound preposition the parser cut in two joined again (``_cut_preposition``): *gelet
    op* is one preposition, and its first word ends no sentence."""
    held: tuple[Span, int] | None = None
    for sent, offset in sentences:
        if held is not None:
            if _cut_preposition(held[0], sent):
                sent, offset = held[0].doc[held[0].start : sent.end], held[1]
            else:
                yield held
            held = None
        if len(sent) <= 2 and sent[0].lower_ in _compound_prepositions_by_start():
            held = (sent, offset)
            continue
        yield sent, offset
    if held is not None:
        yield held
