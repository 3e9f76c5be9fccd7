"""The noun a nominalisation hangs on, where that noun does not make it a description of another noun (BT201,
nomin48): ``of_noun`` and ``bij_voor`` in ``nominal_place.signals`` leave a noun of action alone when it describes
another noun (*kennis over het reguleren van gedrag*) or names a purpose (*voor het bergen van water*). Two heads
do neither:

- the noun of a compound preposition (``grammatica.compound_prepositions``: *op grond van*, *in het kader van*, *ten
  behoeve van*, *door middel van*): the group is one preposition, and the act after it stands in the clause as after
  a plain one (*op grond van de beoordeling van het onderzoek* is *omdat ... het onderzoek heeft beoordeeld*); the
  parser hangs it on *grond*, *kader*, *behoeve*;
- a noun of possibility, power, duty or decision with its own preposition (``grammatica.modal_noun_complements``:
  *de mogelijkheid tot*, *de bevoegdheid voor*, *het besluit tot*, *er is sprake van*): the act is that noun's
  content, the thing that may, must or does happen (*biedt de mogelijkheid tot het realiseren van woningen*: *maakt
  het mogelijk woningen te bouwen*), not a kind of that noun and not a purpose of the clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .fixed_groups import ends_compound_preposition
from .noun_lemmas import noun_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


def _case(anchor: Token) -> Token | None:
    """The preposition of the anchor's own phrase, before it."""
    return next((c for c in anchor.children if c.dep_ in ("case", "mark") and c.i < anchor.i), None)


def after_compound_preposition(anchor: Token) -> bool:
    """The phrase of the noun of action opens with a compound preposition (*op grond van de beoordeling van*, *in
    het kader van het opstellen van*, *ten behoeve van de realisatie van*), read by its words up to the noun's own
    preposition (``fixed_groups.ends_compound_preposition``)."""
    case = _case(anchor)
    return case is not None and ends_compound_preposition(case)


def content_of_modal_noun(anchor: Token) -> bool:
    """The noun of action is the content of a noun of possibility, power, duty or decision (``modal_noun_complements``,
    'noun preposition'): *de mogelijkheid tot het realiseren van woningen*, *de bevoegdheid voor het verlenen van
    ontheffingen*, *er is geen sprake van het dempen van water*. The parse hangs the phrase on that noun, before it."""
    head, case = anchor.head, _case(anchor)
    if case is None or head.i == anchor.i or head.i > anchor.i or head.pos_ != "NOUN":
        return False
    pairs = word_set("grammatica", "modal_noun_complements")
    return any(f"{form} {case.lower_}" in pairs for form in noun_forms(head))
