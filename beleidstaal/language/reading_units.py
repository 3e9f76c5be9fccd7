"""Units a reader takes in at once inside a long sentence (BT401): a number with its unit, a reference to an article
of law, a cadastral designation. Each counts as one word, as a date does (``words.date_words``), when the rule
decides whether a sentence is long at all; whether it is *very* long (BT402) is told by all its words. The units of
measure and time are defined here once for every rule that reads a size (``measure_units``, ``is_unit``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .words import is_word

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


@functools.cache
def measure_units() -> frozenset[str]:
    """Units of measure and of time (``grammatica.measure_units``, ``grammatica.time_units``): a number written in
    digits and its unit are one quantity to the reader (*70 meter*, *6 inch*, *40 bar*), as a date is one point in
    time. The one set of units for every reader of a size (``is_unit``)."""
    from .data import word_set  # on first use: the rules' explanation loads no word lists

    return word_set("grammatica", "measure_units") | word_set("grammatica", "time_units")


def is_unit(tok: Token) -> bool:
    """The word is a unit of measure or time (``measure_units``), as written or by its lemma (*meter*, *weken*)."""
    units = measure_units()
    return tok.lower_ in units or (tok.lemma_ or "").lower() in units


@functools.cache
def _reference_words() -> frozenset[str]:
    """The words of a reference to an article of law after *artikel* (*artikel 3.1.6, tweede lid, onder c*):
    ``grammatica.article_reference_words`` and the ordinals (``aanhalingen.ordinals``)."""
    from .data import word_set

    return word_set("grammatica", "article_reference_words") | word_set("aanhalingen", "ordinals")


@functools.cache
def _cadastral_words() -> frozenset[str]:
    """The words of a cadastral designation besides its numbers (``grammatica.cadastral_words``)."""
    from .data import word_set

    return word_set("grammatica", "cadastral_words")


def unit_words(sent) -> int:
    """The words a reader takes in as part of one unit, beyond the first: a number in digits with its unit (*70
    meter*, *40 bar*), a reference to an article (*artikel 14, eerste lid, onder a, Vreemdelingenwet*: one
    pointer, however many words it takes), and a cadastral designation (``cadastral_words``). Like a date, each
    counts as one word. (Names of several words are left out by ``short_name_words``; counting every ``flat`` name
    as one word was tried and lost right findings, and so did counting a short form in brackets after its name,
    *(Wro)*, *(VNG)*: task sent48.)"""
    words = list(sent)
    return _measure_and_reference_words(sent, words) + cadastral_words(words)


def _measure_and_reference_words(sent, words: list) -> int:
    """The words saved by numbers with their units and by references to articles."""
    reference = _reference_words()
    saved = 0
    for t in words:
        if not is_word(t) or t.head.i == t.i:
            continue
        if t.dep_ == "fixed" and t.head.pos_ == "NUM":
            saved += 1  # *40 bar*: the unit hung on its number
        elif (
            t.lower_ in measure_units()
            and t.i > sent.start
            and t.nbor(-1).like_num
            and t.nbor(-1).text[:1].isdigit()
        ):
            saved += 1  # *70 meter*
    k = 0
    while k < len(words):
        if words[k].lower_ not in ("artikel", "art.", "artikelen") or k + 1 >= len(words):
            k += 1
            continue
        if not words[k + 1].text[:1].isdigit():
            k += 1
            continue
        end = k + 2
        while end < len(words):
            w = words[end]
            if w.pos_ == "PROPN" and w.text[:1].isupper():
                end += 1  # the law: *Bro*, *Vreemdelingenwet*
                break
            nxt = words[end + 1] if end + 1 < len(words) else None
            part = w.lower_ in reference or w.text[:1].isdigit() or (len(w.text) == 1 and w.is_alpha)
            comma = w.text == "," and nxt is not None and (nxt.lower_ in reference or nxt.pos_ == "PROPN")
            if not (part or comma):
                break
            end += 1
        while end > k + 2 and words[end - 1].lower_ in ("en", "onder", "sub", ","):
            end -= 1  # *artikel 3 en de wet*, *artikel 5 onder de voorwaarde*: the reference ends before them
        span = words[k:end]
        # a date or a name inside the reference is already counted by date_words or above
        saved += max(0, sum(1 for w in span if is_word(w) and not _counted(w)) - 1)
        k = end
    return saved


def _counted(t) -> bool:
    """The word is already left out by ``date_words`` or by the unit test of ``unit_words``."""
    if t.head.i == t.i:
        return False
    return t.dep_ in ("flat", "fixed") and t.head.pos_ == "NUM"


def cadastral_words(words: list) -> int:
    """The words of a cadastral designation beyond the first: *sectie H, nummers 860, 1050 (gedeeltelijk), 1051 en
    1360* points to pieces of land as *artikel 3.1.6, tweede lid* points to a law. The reader does not read the
    parcel numbers one by one; a plan names them so that the land can be found in the land register. It opens with
    *sectie* and a capital letter, and runs over parcel numbers and the words around them (``grammatica.cadastral_words``)."""
    cadastral = _cadastral_words()
    saved = 0
    k = 0
    while k + 1 < len(words):
        letter = words[k + 1].text
        if words[k].lower_ != "sectie" or not (letter.isalpha() and letter.isupper() and len(letter) <= 2):
            k += 1
            continue
        end = k + 2
        while end < len(words) and (words[end].lower_ in cadastral or words[end].text[:1].isdigit()):
            end += 1
        while end > k + 2 and words[end - 1].lower_ in ("en", ",", "(", "-"):
            end -= 1  # *nummer 12 en de weg*: the designation ends before *en*
        span = words[k:end]
        if any(w.text[:1].isdigit() for w in span):
            saved += max(0, sum(1 for w in span if is_word(w)) - 1)
        k = end
    return saved
