"""Nominalisations: detection of a verb made into a noun where the noun makes the sentence heavy (BT201).

Precision first: a noun of a suffix family (-ing, -atie, -tie, -sie, -ment, -age) or a bare verb stem with a
prefix (*aanschaf*, *inzet*) is flagged only when

- a *van*-phrase carries it: *de verbetering van de dienstverlening* → *de dienstverlening verbeteren*;
- it is the subject or object of a weak verb: *de invoering vindt plaats*, *geeft ondersteuning*;
- or it is a nominal infinitive with *van*: *het realiseren van woningen* → *woningen realiseren*, also a row
  of them: *het aanvullen en aanpassen van de regels*.

The verb is derived with spelling rules (``grammar.candidate_verbs``) and accepted only when it exists (the
generated verb list in ``lexicons/data/``). Lexicalised nouns (*woning*, *regering*, *vergadering*) are never
flagged: ``lexicons/data/nominalisatie_uitzonderingen.toml``.

Finding the candidates is ``nominal_candidates``, the verb of a noun ``nominal_verb``, what the parse says about a
candidate's place ``nominal_place.signals``; this module decides which of them are worth a verb (``BLOCKERS``,
``worth_reporting``) and reports those (``find_nominalisations``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominal_candidates import nominalisation_candidates
from .nominal_place import signals
from .nominal_verb import noun_verb  # noqa: F401 (read by the tests and the studies)
from .words import per_sentence

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


#: signals that keep a candidate from being reported (see ``worth_reporting``). Eighth round (``nomin_study.py``):
#: ``after_adp`` and ``heading`` left (they hid 9 marks of the annotated real sentences: *na beëindiging van*, *op
#: implementatie van*); a verbless line without a full stop (``label``) still counts as a heading. nomin15:
#: ``list_plain`` is back (a noun joined to plain nouns must stay a noun: a verb phrase cannot be coordinated with
#: them; 0 of 3 right on the blind sheets) and ``note`` (a short line in note style without a finite verb: 0 right, 2
#: wrong; a long verbless sentence, where the tagger missed a verb, stays reported)
BLOCKERS = (
    "label", "note", "bij_voor", "list_plain", "appos", "of_noun", "bad_van", "weak_owned", "weak_plural", "weak_prefix",
    "plural_form", "cognate", "or_list", "described", "causative", "topic", "features", "defined", "hazard",
    "regime", "title", "named", "amount", "source", "received", "frame", "domain", "classifying", "giver", "enumeration",
    "concerns", "list_item", "measured", "formed", "example", "compound", "two_subjects", "hindered",
    "term", "concrete",
)  # fmt: skip


def worth_reporting(sig: dict[str, bool]) -> bool:
    """Whether a nominalisation makes its sentence heavy, so that a verb would say it better."""
    return not any(sig.get(name) for name in BLOCKERS)


def is_heavy(tok: Token, van_head: Token | None) -> bool:
    """``worth_reporting`` on the signals of a token."""
    return worth_reporting(signals(tok, van_head))


@per_sentence
def find_nominalisations(sent: Span):
    """(tokens of the flagged phrase, verb, suggestion or None, kind) for each heavy nominalisation."""
    claimed: set[int] = set()
    for c in nominalisation_candidates(sent):
        if not worth_reporting(c.signals):
            continue
        if c.van_head is not None:
            if c.van_head.i in claimed:
                continue  # *handhaving en bevordering van het milieu*: one finding, on the first noun
            claimed.add(c.van_head.i)
        yield c.tokens, c.verb, c.suggestion, c.alts, c.kind
