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
  het mogelijk woningen te bouwen*), not a kind of that noun and not a purpose of the clause.

And the verb a noun of a concrete act hangs on, where that verb says nothing (``beside_empty_verb``, nomin49)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .fixed_groups import ends_compound_preposition
from .keys import full_lemma
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


def beside_empty_verb(anchor: Token) -> bool:
    """The noun of a concrete act (*bouw*, *sloop*, *opslag*: ``concrete_acts``) stands beside a verb that says
    nothing, so that the act is all the clause tells (``grammatica.empty_act_verbs``): the subject of *plaatsvinden*
    or of *voorzien* as a participle (*als de bouw van de woningen plaatsvindt*, *de sloop is voorzien*: not *de bouw
    voorziet in een behoefte*, ``_act_as_subject``); the object of *voorzien in*, *uitvoeren* or *mogelijk maken*
    when that verb has no doer of its own (*er wordt voorzien in de bouw van twee woningen*, *wordt de sloop mogelijk
    gemaakt*, *het mogelijk maken van de bouw van*; not *het plan voorziet in de bouw van twee woningen*); or the
    content of a noun of possibility (*er is sprake van de bouw van*). Beside a verb of its own (*de bouw van 50
    woningen levert niets op*, *na de sloop van de schuur*, *de sloop zorgt niet voor schade*) the noun is plain and
    stays."""
    head, case = anchor.head, _case(anchor)
    if content_of_modal_noun(anchor):
        return True
    if head.i == anchor.i:
        return False
    if case is not None and any(  # *er is sprake van de sloop*, the phrase hung on *is* beside *sprake*
        f"{c.lower_} {case.lower_}" in word_set("grammatica", "modal_noun_complements")
        for c in head.children
        if c.dep_ in ("nsubj", "obj") and c.pos_ == "NOUN"
    ):
        return True
    verbs = word_set("grammatica", "empty_act_verbs")
    plain = (head.lemma_ or head.lower_).lower()
    said = {full_lemma(head), plain} | {f"{c.lower_} {plain}" for c in head.children if c.pos_ == "ADJ"}
    found = said & verbs
    if not found:
        return False
    if anchor.dep_ == "nsubj":  # *de sloop maakt ... mogelijk*: the act is the doer
        return any(
            _act_as_subject(verb, head) for verb in found & word_set("grammatica", "empty_act_subjects")
        )
    if anchor.dep_ == "nsubj:pass":
        return True
    if any(c.dep_ == "nsubj" for c in head.children) and not any(c.dep_ == "cop" for c in head.children):
        # the empty verb with a doer of its own (*het plan voorziet in de bouw van twee woningen*, *dit plan maakt de
        # bouw van woningen mogelijk*) is a short, clear clause: new38's editors 1 of 4 there, against 6 of 6 for the
        # subject of *plaatsvinden*, *sprake van* and the passive
        return False
    if anchor.dep_ == "obj":
        return True
    # *het mogelijk maken van de bouw van* (the nominal infinitive's van-phrase)
    return case is not None and anchor.dep_.startswith(("obl", "nmod")) and case.lower_ in ("in", "van")


def _act_as_subject(verb: str, head: Token) -> bool:
    """The act is the subject of an empty verb of ``grammatica.empty_act_subjects``: always of *plaatsvinden*; of a
    verb that takes its object with a preposition (``preposition_object_verbs``: *voorzien in*) only as its participle
    with *zijn* or *worden*, which is the other verb (*de sloop is voorzien*: planned). Active, that verb tells what
    the act does (*de bouw van de woningen voorziet in een grote behoefte*): a verb of its own."""
    if verb not in word_set("grammatica", "preposition_object_verbs"):
        return True
    return any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in ("zijn", "worden") for c in head.children
    )
