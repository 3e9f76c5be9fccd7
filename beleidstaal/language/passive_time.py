"""Passives that tell of the past: nobody of today hides behind them (``passive_worth.left_out_because``).

- ``past-state``: a *zijn*-passive in the past tense (*het erfgoed was geregeld in zes wetten*, *de gronden waren
  verpacht*) describes how things were, as a passive with *werd* tells what happened (``past``); a door-phrase
  keeps the finding (it is decided before this), and so does a word that calls the act a mistake (*was ten
  onrechte geweigerd*, *waren niet op tijd verstuurd*): who erred matters.
- ``historical``: a finite *worden*-passive in the present without another verb that tells history in the
  present tense: a time of history (a year before 1950 or a period after a preposition of time, *in 1423*, *in de
  middeleeuwen*; a century before the twentieth, *de vijftiende eeuw*) belongs to its own clause (*in 1922 wordt
  het fabrieksgebouw gebouwd*), or to a clause in the present of the sentence before (*De kerk komt in 1423
  gereed. In het midden van de eeuw wordt een havenkanaal gegraven.*); the paragraph names no later year.
  Whoever dug or built is unknown or beside the point. A word of the present in the clause (*het pand wordt nu
  gerenoveerd*), a year inside another clause or the subject (*de kerk uit 1850 wordt gerestaureerd*), a past
  tense before (*in de middeleeuwen was het gebied bewoond*: a report, not a story) and a verb of dating keep
  the finding.

``dated`` (a *zijn*-passive with a date, *is in 1975 gesloopt*) is asked later, after the other *zijn* tests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive import aux_kind
from .words import columns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: a year from this one on may be the present or the future of the text: no history
HISTORICAL_YEAR_LIMIT = 1950
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
_ORDINAL = re.compile(r"^([0-9]{1,2})(e|de|ste)$")
#: the key of ``_reaches_present``'s answer in a parsed paragraph's ``user_data``
_PRESENT_YEAR = "beleidstaal_present_year"


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def past_time(verb: Token, pass_aux: Token, auxes: list[Token]) -> str | None:
    """``past-state`` or ``historical`` when the passive tells of the past (see the module), else None."""
    if pass_aux.lower_ in _lv("past_zijn") and not _fault(verb):
        return "past-state"
    if aux_kind(pass_aux) == "worden" and _historical(verb, pass_aux, auxes):
        return "historical"
    return None


def _fault(verb: Token) -> bool:
    """The clause calls the act a mistake (*uw gegevens waren verkeerd ingevoerd*, *de stukken waren niet op tijd
    verstuurd*, *was ten onrechte geweigerd*): somebody erred, and who did matters to the reader."""
    words = _lv("fault_words")
    for t in verb.subtree:
        prev = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        if t.lower_ in words or (t.lower_ == "laat" and prev == "te"):
            return True
        if t.lower_ == "tijd" and prev == "op" and any(w.lower_ == "niet" for w in verb.subtree):
            return True
    return False


def _frame_words(sent: Span):
    """The words of the sentence that name a time of history: a year before the limit or a period after a
    preposition of time (*in 1423*, *kort na 1400*, *in de late middeleeuwen*), a century before the twentieth
    (*de vijftiende eeuw*, *de 17e eeuw*). Read from the paragraph's columns: a Token only for a word it yields."""
    doc, preps = sent.doc, _lv("time_prepositions")
    cols = columns(doc)
    text, lower, pos = cols.text, cols.lower, cols.pos
    for i in range(sent.start, sent.end):
        before = lower[max(sent.start, i - 3) : i]
        year = int(text[i]) if _YEAR.match(text[i]) else None
        after = i + 1 if i + 1 < sent.end else None
        if year is not None and (after is None or (pos[after] != "NOUN" and doc[after].dep_ != "amod")):
            # not a number (*voor 1400 personen*), nor a year of a participle before a noun (*voor 1945 gebouwde
            # woningen*), nor a noun's time (*panden van voor 1940*)
            if (
                year < HISTORICAL_YEAR_LIMIT
                and before
                and before[-1] in preps
                and before[-2:-1] not in (["van"], ["uit"])
            ):
                yield doc[i]  # in 1423, kort na 1400: a year as a time frame, not inside a name
        elif lower[i] in _lv("historical_periods") and any(w in preps for w in before):
            yield doc[i]  # in de late middeleeuwen; not *sporen uit de middeleeuwen*, a topic
        elif lower[i] == "eeuw" and before:
            number = _ORDINAL.match(before[-1])
            if before[-1] in _lv("century_ordinals") or (number is not None and int(number.group(1)) < 20):
                yield doc[i]


def _reaches_present(doc) -> bool:
    """The paragraph names a year from ``HISTORICAL_YEAR_LIMIT`` on (worked out once per paragraph)."""
    cached = doc.user_data.get(_PRESENT_YEAR)
    if cached is None:
        cached = doc.user_data[_PRESENT_YEAR] = any(
            _YEAR.match(w) is not None and int(w) >= HISTORICAL_YEAR_LIMIT for w in columns(doc).text
        )
    return cached


def _governor(tok: Token) -> Token:
    """The head of the clause the word belongs to: the first verb above it in the parse, or the head of a clause
    without one (*die voor 1832 al aanwezig was*: the adjective with its copula)."""
    node, seen = tok.head, 0
    while node.head.i != node.i and seen < 20:
        if node.pos_ in ("VERB", "AUX") or node.dep_.startswith(("acl", "advcl", "ccomp", "xcomp", "csubj")):
            break
        node, seen = node.head, seen + 1
    return node


def _time_phrase_of(tok: Token, heads: set[int]) -> bool:
    """The word stands in a phrase of time or place that hangs on the passive itself (*in 1922 wordt ... gebouwd*,
    *in het midden van de eeuw wordt ...*), not in its subject (*de verwachting voor resten uit de 19e eeuw*) or
    in a clause of its own."""
    node, seen = tok, 0
    while node.head.i not in heads and node.head.i != node.i and seen < 20:
        if node.pos_ in ("VERB", "AUX"):
            return False
        node, seen = node.head, seen + 1
    return node.head.i in heads and node.dep_.startswith(("obl", "advmod"))


def _own_date_form(text: str) -> bool:
    """A number of three or four digits (the form ``_own_date`` asks first)."""
    return text.isdigit() and len(text) in (3, 4)


def _own_date(tok: Token, heads: set[int]) -> bool:
    """A number of three or four digits after a preposition of time, in a phrase of the passive (*wordt in 906 voor
    het eerst vermeld*)."""
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        _own_date_form(tok.text)
        and prev in ("in", "rond", "omstreeks")  # not *wordt verlaagd tot 100*
        and (after is None or after.pos_ != "NOUN")
        and _time_phrase_of(tok, heads)
    )


def _present(verb: Token) -> bool:
    """The verb, its copula or its *worden* is a finite form of the present tense (*komt in 1423 gereed*, *wordt
    in 1423 gebouwd*). A perfect (*is in 1423 gebouwd*, *heeft ... gestaan*) reports a past act from today: no
    story told in the present."""
    forms = [
        verb,
        *(
            c
            for c in verb.children
            if c.dep_ == "cop" or (c.dep_.startswith("aux") and aux_kind(c) == "worden")
        ),
    ]
    if "Part" in verb.morph.get("VerbForm") and not any(aux_kind(t) == "worden" for t in forms):
        return False
    return any("Fin" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense") for t in forms)


def _historical(verb: Token, pass_aux: Token, auxes: list[Token]) -> bool:
    if len(auxes) != 1 or "Fin" not in pass_aux.morph.get("VerbForm"):
        return False  # a modal, a future or *te worden* (*moet worden hersteld*, *dienen te worden ...*): no story
    if infinitive(verb) in _lv("dating_verbs"):
        return False  # de sporen worden in de middeleeuwen gedateerd: the period is what is said, not when
    doc, sent = verb.doc, verb.sent
    if _reaches_present(doc):
        return False  # the paragraph reaches the present of the text
    clause = [*verb.subtree, *auxes]
    if any(t.lower_ in _lv("present_markers") for t in clause):
        return False
    if any(_time_phrase_of(t, {verb.i, pass_aux.i}) for t in _frame_words(sent)):
        return True  # in 1922 wordt het fabrieksgebouw gebouwd
    # the sentence before tells history in the present (*de kerk komt in 1423 gereed. In het midden van de eeuw
    # wordt ...*); one in the past tense reports (*in de middeleeuwen was het gebied bewoond*)
    # the passive's sentence goes on with the story (*daarna*, *in het midden van de eeuw*, a date of its own: *wordt
    # in 906 vermeld*): without one it may say what the plan does now (*het dorp groeit in de negentiende eeuw. In
    # het plan wordt de kern beschermd*)
    cols, sequels = columns(doc), _lv("story_sequels")
    if not any(
        cols.lower[i] in sequels or (_own_date_form(cols.text[i]) and _own_date(doc[i], {verb.i, pass_aux.i}))
        for i in range(sent.start, sent.end)
    ):
        return False
    before = [s for s in doc.sents if s.end <= sent.start]
    return bool(before) and any(_present(_governor(t)) for t in _frame_words(before[-1]))


def dated(verb: Token, auxes: list[Token]) -> bool:
    """A phrase of the participle dates the act (*is in 1975 gesloopt*, *zijn op 3 maart 2020 voorgelegd*, *is per
    1 juli gewijzigd*): with *zijn* the passive reports what happened then, as *werd* does (``past``). The parser
    may hang a phrase of the middle field on the auxiliary (*is er op die plek in 2011 een melding gedaan*): a
    phrase of the auxiliary counts too. A year or a month in a phrase of the subject (*het besluit uit 2007 was
    vastgelegd*) dates no act."""
    from .passive_lookalikes import manner_partner

    months = _lv("month_names")
    # a participle before it that says how may hold the phrase (*is op 9 mei gewijzigd vastgesteld*)
    partner = manner_partner(verb)
    own = [*verb.children, *(partner.children if partner is not None else ())]
    for c in [*own, *(c for a in auxes for c in a.children)]:
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
