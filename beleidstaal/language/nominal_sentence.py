"""What a sentence is, for the signals of a nominalisation (``nominal_place.signals``): a heading or label without a
finite verb, a line in note style. Each is remembered per sentence (``words.per_sentence``): ``signals`` asks them
for every candidate noun of the sentence, and each walks the whole sentence (issue 23). The word lists ask how a
sentence opens (``opening``): a fragment without a finite verb, or a phrase in front of the main clause's verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import per_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@per_sentence
def _has_finite_verb(sent: Span) -> bool:
    return any("Fin" in t.morph.get("VerbForm") or t.pos_ == "AUX" for t in sent)


def opening(tok: Token) -> str | None:
    """How the sentence that this word opens goes on: ``"fragment"`` without a finite verb (*Evenals tussen de weg
    en de dijk.*: a piece that adds to the sentence before), ``"fronted"`` with one (*Evenals vorig jaar houdt de
    gemeente een markt*: the word's phrase takes the first place, the main clause's verb the second); None where
    the word does not open its sentence."""
    first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != tok.i:
        return None
    return "fronted" if _has_finite_verb(tok.sent) else "fragment"


@per_sentence
def _is_note(sent: Span) -> bool:
    """A short line in note style: no finite verb and no verb with a subject of its own (so not a plural verb the
    tagger read as an infinitive: *de kosten geschieden voor rekening van*), at most 16 words: a step of a procedure
    or an item of a task list (*Ter inzage legging van het ontwerp gedurende zes weken.*)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return (
        len(words) <= 16
        and not _has_finite_verb(sent)
        and not any(c.dep_.startswith("nsubj") for t in sent if t.pos_ in ("VERB", "AUX") for c in t.children)
    )


@per_sentence
def _is_label(sent: Span) -> bool:
    """A heading, caption or label: no finite verb and no full stop, question or exclamation mark at the end (*De
    ontwikkeling van het dorp*). A sentence that ends in one is a sentence whose verb the tagger missed."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return not _has_finite_verb(sent) and not (last is not None and last.text in (".", "?", "!"))
