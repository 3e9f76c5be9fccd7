"""What a sentence is, for the signals of a nominalisation (``nominal_place.signals``): a heading or label without a
finite verb, a line in note style. Each is remembered per sentence (``words.per_sentence``): ``signals`` asks them
for every candidate noun of the sentence, and each walks the whole sentence (issue 23)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import per_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span


@per_sentence
def _has_finite_verb(sent: Span) -> bool:
    return any("Fin" in t.morph.get("VerbForm") or t.pos_ == "AUX" for t in sent)


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
