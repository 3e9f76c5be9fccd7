"""Passives that tell of the past: nobody of today hides behind them (``passive_worth.left_out_because``).

- ``past-state``: a *zijn*-passive in the past tense (*het erfgoed was geregeld in zes wetten*, *de gronden waren
  verpacht*) describes how things were, as a passive with *werd* tells what happened (``past``); a door-phrase
  keeps the finding (it is decided before this).
- ``historical``: a *worden*-passive in the present without another verb, in a paragraph that tells history in
  the present tense (*Kort na 1400 krijgt Goes stadsrechten. In het midden van de eeuw wordt een havenkanaal
  gegraven.*): its own sentence or the one before names a year before 1950 after a preposition of time (*in
  1423*, *rond 1850*), a century before the twentieth (*de vijftiende eeuw*, *de 17e eeuw*) or a period
  (*middeleeuwen*), and the paragraph names no later year. Whoever dug or built is unknown or beside the point.
  A word of the present in the clause (*het pand uit 1920 wordt nu gerenoveerd*) and a year inside the subject
  (*de kerk uit 1850 wordt gerestaureerd*: no time frame) keep the finding.

``dated`` (a *zijn*-passive with a date, *is in 1975 gesloopt*) is asked later, after the other *zijn* tests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .data import word_set
from .passive import aux_kind, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: a year from this one on may be the present or the future of the text: no history
HISTORICAL_YEAR_LIMIT = 1950
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
_ORDINAL = re.compile(r"^([0-9]{1,2})(e|de|ste)$")


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def past_time(verb: Token, pass_aux: Token, auxes: list[Token]) -> str | None:
    """``past-state`` or ``historical`` when the passive tells of the past (see the module), else None."""
    if pass_aux.lower_ in _lv("past_zijn"):
        return "past-state"
    if aux_kind(pass_aux) == "worden" and pass_aux.lower_ in ("wordt", "worden") and _historical(verb, auxes):
        return "historical"
    return None


def _year(tok: Token) -> int | None:
    return int(tok.text) if _YEAR.match(tok.text) else None


def _past_frame(sent: Span, skip: set[int]) -> bool:
    """The sentence names a time of history: a year before the limit after a preposition of time, a century before
    the twentieth, or a period. Words in ``skip`` (the passive's subject) do not count."""
    doc = sent.doc
    for t in sent:
        if t.i in skip:
            continue
        low = t.lower_
        if low in _lv("historical_periods"):
            return True
        year = _year(t)
        if (
            year is not None
            and year < HISTORICAL_YEAR_LIMIT
            and t.i > sent.start
            and doc[t.i - 1].lower_ in _lv("time_prepositions")
        ):
            return True  # in 1423, kort na 1400: a year as a time frame, not inside a name
        if low == "eeuw" and t.i > sent.start:
            before = doc[t.i - 1].lower_
            number = _ORDINAL.match(before)
            if before in _lv("century_ordinals") or (number is not None and int(number.group(1)) < 20):
                return True
    return False


def _historical(verb: Token, auxes: list[Token]) -> bool:
    if len(auxes) != 1:
        return False  # a modal or a future (*moet worden hersteld*, *zal worden gebouwd*): no narrative
    doc, sent = verb.doc, verb.sent
    if any(_year(t) is not None and _year(t) >= HISTORICAL_YEAR_LIMIT for t in doc):
        return False  # the paragraph reaches the present of the text
    clause = [t for t in verb.subtree] + list(auxes)
    if any(t.lower_ in _lv("present_markers") for t in clause):
        return False
    subj = subject(verb, auxes)
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    if _past_frame(sent, skip):
        return True
    before = [s for s in doc.sents if s.end <= sent.start]
    return bool(before) and _past_frame(before[-1], set())


def dated(verb: Token, auxes: list[Token]) -> bool:
    """A phrase of the participle dates the act (*is in 1975 gesloopt*, *zijn op 3 maart 2020 voorgelegd*, *is per
    1 juli gewijzigd*): with *zijn* the passive reports what happened then, as *werd* does (``past``). The parser
    may hang a phrase of the middle field on the auxiliary (*is er op die plek in 2011 een melding gedaan*): a
    phrase of the auxiliary counts too. A year or a month in a phrase of the subject (*het besluit uit 2007 was
    vastgelegd*) dates no act."""
    months = _lv("month_names")
    for c in [*verb.children, *(c for a in auxes for c in a.children)]:
        if not (c.dep_.startswith("obl") or c.dep_ in ("advmod", "nmod")):
            continue
        for t in c.subtree:
            if _is_date_word(t, months) and not _in_clause_below(t, c):
                return True
    return False


def _is_date_word(tok: Token, months: frozenset[str]) -> bool:
    """A month's name or a year (1800-2099)."""
    return tok.lower_ in months or (
        tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("18", "19", "20")
    )


def _in_clause_below(tok: Token, top: Token) -> bool:
    """A verb stands between ``tok`` and ``top`` in the parse: ``tok`` belongs to a clause inside ``top``'s phrase
    (*onderscheid tussen de gebieden die voor 1980 aanwezig waren*)."""
    node, seen = tok, 0
    while node.i != top.i and node.head.i != node.i and seen < 20:
        node, seen = node.head, seen + 1
        if node.i != top.i and (
            node.pos_ in ("VERB", "AUX") or node.dep_.startswith(("acl", "advcl", "ccomp"))
        ):
            return True
    return False
