"""What the parse says about a nominalisation's place in its sentence (BT201): the signals (``signals``) on which
``nominalisation.worth_reporting`` decides whether a verb would say it better. A heading, a fixed expression, a
noun that describes another noun, a row of plain nouns, a topic, a law put into practice, a defined measure: each is
a sign that the noun names a thing, a kind or a topic rather than an act the reader must picture. The single tests
live in ``nominal_signals``, ``nominal_terms`` and ``nominal_sentence``; this module gathers them for one noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import known_verbs
from .nominal_heads import after_compound_preposition, content_of_modal_noun
from .nominal_items import opens_list_item
from .nominal_rows import _described
from .nominal_rows import anchor as _anchor
from .nominal_sentence import _has_finite_verb, _is_label, _is_note
from .nominal_signals import (
    _after_bij_or_voor,
    _defined,
    _frame,
    _hazard,
    _in_title,
    _measure,
    _named,
    _or_list,
    _regime,
    _source,
    _topic,
    property_signals,
)
from .nominal_terms import example, formed, hindered, term_of_art, two_subjects
from .nominal_verb import noun_verb

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def signals(tok: Token, van_head: Token | None) -> dict[str, bool]:
    """What the parse says about a nominalisation's place in its sentence; ``worth_reporting`` decides on them.

    - ``heading``: the sentence has no finite verb (a heading or a label: *De ontwikkeling van het dorp*, but also a
      sentence whose verb the tagger missed); ``label``: that, and no full stop at the end;
    - ``note``: a short line (at most 16 words) without a finite verb and without a verb that has a subject: a step
      of a procedure or an item of a list in note style (*Ter inzage legging van het ontwerp gedurende zes weken.*);
    - ``after_adp``: a bare noun right after a preposition, often a fixed expression (*van toepassing*);
    - ``bij_voor``: after *bij het* (plain Dutch for 'while') or *voor het* (a purpose, the same as *om ... te*);
      not where *voor* opens the content of a noun of possibility or power (``modal_content``: *de bevoegdheid voor
      het verlenen van ontheffingen*, ``nominal_heads``, nomin48);
    - ``list_plain``: a later item in a list of plain nouns (*voorbeelden, formulieren en een uitwerking van*);
    - ``appos``: beside a noun as its name (*de wet, een wijziging van de oude wet*);
    - ``of_noun``: it describes another noun or an adjective (*kennis over het reguleren van gedrag*); not the
      content of a noun of possibility, duty or decision (*de mogelijkheid tot het realiseren van*) nor a noun after
      a compound preposition (*op grond van de beoordeling van*), ``nominal_heads`` (nomin48);
    - ``bad_van``: its *van*-phrase has no noun (a parse error: *het rechtzetten van eerder onrecht*);
    - ``subject``, ``object``, ``in_pp``: its role in the clause (through the first of a coordination);
    - ``no_van``: no *van*-phrase (the weak-verb kind: *de invoering vindt plaats*);
    - ``features``: the first of a row of plain nouns that name properties (*de plaatsing, hoogte en breedte van*);
    - ``regime``: *de invoering van de Omgevingswet*: a law or scheme put into practice, done by no one in particular;
    - ``named``: what a definition names (*het bijhouden van de wijzigingen heet versiebeheer*);
    - ``title``: a word of a law's title (*de Regeling standaarden ruimtelijke ordening*): a name;
    - ``hazard``: after *risico op*, *beschermen tegen*, *gevaar voor*: a possible event, not an act;
    - ``amount`` (set by the caller): a change with a number (*een toename van 65 auto's*): a size, not an act;
    - ``defined``: an earlier sentence of the paragraph defines the noun (*onder ontwatering wordt verstaan*), and
      it gives no object, at most a quantity (*een ontwatering van 1 meter*);
    - ``source``: after *uit*/*in* with a verb of finding or telling (*uit een vergelijking van ... blijkt*); ``frame``:
      *bij de X* before a passive without doer; ``received`` (weak kind): the subject of *krijgen* receives it;
      ``domain``, ``classifying``: *bepalend voor de X van*, *is een X van* (``nominal_signals.property_signals``);
    - ``list_item``: it opens an item of an enumeration (*het verminderen van de vraag naar energie;*, nomin26);
    - ``formed``, ``example``, ``measured`` (set by the caller), ``compound`` (idem): what a subject forms, an
      example, a computed or sized change, an everyday compound (``nominal_terms``, nomin32);
    - ``two_subjects``: a plural verb shows that the row at the end of the *van*-phrase holds subjects beside the
      noun (*bescherming van erfgoed en dynamiek kunnen samengaan*; ``nominal_terms``, nomin34);
    - ``hindered``: the act that a verb of hindering stops (*staat de uitvoering van het plan niet in de weg*, nomin41);
    - ``term``: a term of art of law or planning (*een overtreding van de Wet natuurbescherming*, nomin45).
    """
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    anchor = _anchor(tok)
    first = doc[anchor.left_edge.i]
    # the act is the content of a noun of possibility or duty, or stands after a compound preposition (nomin48)
    modal = content_of_modal_noun(anchor)
    own_phrase = modal or after_compound_preposition(anchor)
    return {
        "heading": not _has_finite_verb(tok.sent),
        "note": _is_note(tok.sent),
        "label": _is_label(tok.sent),
        "after_adp": prev is not None and prev.pos_ == "ADP" and tok.pos_ == "NOUN",
        "bij_voor": (_after_bij_or_voor(tok) or _after_bij_or_voor(anchor)) and not modal,
        "modal_content": modal,
        "list_plain": anchor is not tok
        and anchor.pos_ == "NOUN"
        and anchor.lower_ not in known_verbs()  # a row of infinitives (het plannen en bouwen) is one action
        and noun_verb(anchor.lemma_ or anchor.lower_) is None,
        "appos": anchor.dep_ == "appos",
        "of_noun": anchor.dep_ in ("nmod", "obl", "nmod:poss")
        and anchor.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and not own_phrase,
        "bad_van": van_head is not None
        and (
            # a comparative (van eerder onrecht) heads no noun phrase; an unknown noun can be tagged ADJ
            (van_head.pos_ == "ADJ" and van_head.morph.get("Degree") in (["Cmp"], ["Sup"]))
            or van_head.pos_ in ("ADV", "DET", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT")
        ),
        "subject": anchor.dep_ in ("nsubj", "nsubj:pass", "csubj"),
        "object": anchor.dep_ == "obj",
        "in_pp": first.pos_ == "ADP" and first.i < anchor.i,
        "no_van": van_head is None,
        "or_list": _or_list(anchor),
        "described": _described(tok),
        "topic": _topic(anchor),
        "hazard": _hazard(anchor),
        "regime": _regime(tok, van_head),
        "title": _in_title(anchor),
        "named": _named(anchor),
        "features": anchor is tok and _features(tok),
        "defined": _measure(van_head) and _defined(tok),
        "source": _source(anchor),
        "frame": _frame(anchor),
        "list_item": opens_list_item(anchor),
        "formed": formed(tok),
        "example": example(tok, anchor),
        "two_subjects": two_subjects(anchor, van_head),
        "hindered": hindered(anchor),
        "term": term_of_art(tok, van_head),
        **property_signals(tok, anchor),
    }


def _features(anchor: Token) -> bool:
    """The first of a row of three or more nouns whose other members are plain nouns, not made from a verb: *de
    plaatsing, hoogte en breedte van de schuren* names properties of a thing, and a verb for the first breaks the
    row."""
    others = [c for c in anchor.children if c.dep_ == "conj"]
    return len(others) >= 2 and all(
        c.pos_ == "NOUN" and c.lower_ not in known_verbs() and noun_verb(c.lemma_ or c.lower_) is None
        for c in others
    )
