"""Which form a verb in the text has (part of ``realise``): the tagger's features are checked against the form
itself, so that the replacement gets the right one.

- *bezien*, *ontvangen*: the infinitive and the past participle are one written form; the words around it tell
  which (``_told_by_word_order``, ``_infinitive_or_participle_told``);
- a present form tagged as past, or the other way round (``_tense_by_form``: *de gemeente beziet*);
- a plural present that looks like an infinitive (``_looks_finite``: *wij faciliteren*);
- a word with the form of a past participle, not of a finite verb or a present participle (``_participle_form``);
- a finite verb with the form of its participle, tagged as one (``finite_read_as_participle``: *die iemand
  verricht*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import morphology as m
from .grammar import MODALS
from .realise_adjective import takes_e

if TYPE_CHECKING:
    from spacy.tokens import Token

PERFECT_AUX = frozenset({"hebben", "zijn", "worden"})


def _tense_by_form(form: str, lemma: str, tagged: str | None) -> dict[str, str]:
    """The tense the form itself shows where the tagger's differs (*de gemeente beziet* tagged as past): a form
    that is only a present one is present, one that is only a past one is past."""
    presents = {m.present(lemma, "Sing", p) for p in (1, 2, 3)}
    pasts = {m.past(lemma, "Sing"), m.past(lemma, "Plur")}
    if tagged == "Past" and form in presents and form not in pasts:
        return {"Tense": "Pres", "Number": "Sing"}
    if tagged != "Past" and form in pasts and form not in presents and form != lemma:
        return {"Tense": "Past", "Number": "Plur" if form == m.past(lemma, "Plur") else "Sing"}
    return {}


def _infinitive_or_participle(form: str, lemma: str) -> bool:
    """*bezien*, *ontvangen*: the written form is the verb's infinitive and its past participle (a verb with an
    unstressed prefix and a strong participle in -en)."""
    return bool(lemma) and form == lemma and lemma in m.known_verbs() and m.participle(lemma) == lemma


def _infinitive_or_participle_told(verb: Token) -> str | None:
    """``Inf`` after a modal verb or *te* (*zal bezien*, *te bezien*), ``Part`` after *hebben*, *zijn* or *worden*
    (*is bezien*), ``Fin`` with a subject and no auxiliary (*wij bezien*); None when nothing shows it.
    The word order decides first (the parser often misses the auxiliary of such a form, or tags it as a name)."""
    by_order = _told_by_word_order(verb)
    if by_order is not None:
        return by_order
    children = list(verb.children)
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if any(c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in PERFECT_AUX for c in children) or (
        before is not None and before.pos_ in ("AUX", "VERB") and before.lemma_.lower() in PERFECT_AUX
    ):
        return "Part"  # is bezien; te worden bezien (the parse hangs 'worden' elsewhere)
    if any(c.lower_ == "te" or (c.dep_ == "aux" and c.lemma_.lower() in MODALS) for c in children):
        return "Inf"
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "nsubj" for c in verb.children) and not (after is not None and after.lower_ == ","):
        # wij bezien het plan: with a subject of its own and no auxiliary, the finite verb; not before a comma
        # (een situatie die, vanuit de kosten bezien, te duur is: a participle between commas)
        return "Fin"
    return None


def _told_by_word_order(verb: Token) -> str | None:
    """The form of *bezien*, *ontvangen* (infinitive and participle alike) from the words around it:

    - ``Part`` first in its sentence before a finite *wordt*, *is*, *heeft* (*Bezien wordt of ...*: a fronted
      participle), right after a form of *worden*, *zijn*, *hebben* (*moet worden bezien*, *is bezien*), between
      an article and its noun (*het bezien plan*), or at the end of a clause whose finite verb, earlier in the
      same clause, is a form of *zijn*, *worden* or *hebben* (*is in 2020 bezien*);
    - ``Inf`` right after *te*, a modal verb or another infinitive (*zal bezien*, *heeft willen bezien*);
    - None otherwise (the parse decides)."""
    doc = verb.doc
    start = verb.sent.start
    before = doc[verb.i - 1] if verb.i > start else None
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if before is not None and before.lower_ == "te":
        return "Inf"
    if before is not None and before.lemma_.lower() in PERFECT_AUX and before.pos_ in ("AUX", "VERB"):
        return "Part"
    if before is not None and before.pos_ in ("AUX", "VERB") and before.lemma_.lower() not in PERFECT_AUX:
        return "Inf"  # zal bezien, heeft willen bezien (an infinitive before it: the IPP)
    fronted = before is None or before.is_punct
    if (
        fronted
        and after is not None
        and after.lemma_.lower() in PERFECT_AUX
        and "Fin" in after.morph.get("VerbForm")
    ):
        return "Part"  # Bezien wordt of ...: the participle fronted before its auxiliary
    if (
        before is not None
        and after is not None
        and before.pos_ in ("DET", "ADJ", "ADV", "NOUN", "PROPN", "PRON")
        and after.pos_ == "NOUN"
        and after.dep_ != "nsubj"
        and any(t.pos_ == "DET" for t in doc[max(start, verb.i - 4) : verb.i])
    ):
        return "Part"  # het (door ons) bezien plan: a participle before its noun
    if after is None or after.is_punct or after.pos_ in ("CCONJ", "SCONJ"):
        for t in reversed(doc[start : verb.i]):
            if t.is_punct or t.pos_ == "SCONJ" or t.lower_ in ("dat", "of", "om", "wat", "die", "welke"):
                break
            if t.lemma_.lower() in MODALS and t.pos_ in ("AUX", "VERB"):
                return None
            if t.lemma_.lower() in PERFECT_AUX and "Fin" in t.morph.get("VerbForm"):
                return "Part"  # het plan is in 2020 bezien
    return None


def _participle_form(verb: Token) -> bool:
    """The word has the form of a past participle (*gebouwd*, *vastgestelde*, *toegezonden*), not of a finite verb
    or a present participle (*diende*, *deelnemende*)."""
    low = verb.lower_
    if low.endswith(("end", "ende")) and not low.endswith(("gevonden", "gebonden")):
        return False
    own = verb.lemma_.lower()
    if _infinitive_or_participle(low, low):
        return True  # bezien, ontvangen: the participle is the written form
    part = m.participle(own) if own else ""
    return not part or low in (part, m.attributive_participle(part))


def _looks_finite(verb: Token) -> bool:
    """A plural present tense looks like an infinitive (*wij faciliteren*); with a subject of its own and no
    auxiliary or *te* it is the finite verb."""
    children = list(verb.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in children)
    has_aux = any(c.dep_ in ("aux", "aux:pass", "cop") or c.lower_ == "te" for c in children)
    return has_subject and not has_aux and verb.dep_ not in ("xcomp", "csubj")


def finite_read_as_participle(verb: Token) -> bool:
    """A form that is a participle and a present or past tense alike (*verricht*, *verstrekt*), tagged as a
    participle, with a subject of its own and no auxiliary in its clause: the finite verb of that clause (*een
    actie die iemand verricht*, *De provincie verstrekt de subsidie die ...*). Not as part of a coordination (*het
    rapport is geschreven en het onderzoek verricht*: the first conjunct's auxiliary counts), nor next to a form of
    *hebben*, *zijn* or *worden* the parser hung elsewhere."""
    if not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent):
        return True  # the only verb of its sentence: a clause needs a finite verb (de gemeente verstrekt informatie)
    if verb.dep_ in ("conj", "amod", "xcomp") or "Part" not in verb.morph.get("VerbForm"):
        return False
    if verb.lower_ != m.participle(verb.lemma_.lower()):
        return (
            False  # de resultaten verschaffen duidelijkheid: a plural tagged as a participle is no singular
        )
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children):
        return False
    if any(c.dep_ in ("aux", "aux:pass", "cop") or c.pos_ == "AUX" or c.lower_ == "te" for c in children):
        return False
    doc = verb.doc
    for j in (verb.i - 1, verb.i + 1):
        near = doc[j] if verb.sent.start <= j < verb.sent.end else None
        if (
            near is not None
            and near.pos_ in ("AUX", "VERB")
            and (near.lemma_.lower() in PERFECT_AUX or near.lemma_.lower() in MODALS)
        ):
            return False  # dat het onderzoek is verricht, verricht wordt (the parse hung the auxiliary elsewhere)
    return not _auxiliary_inside(verb) and not _absolute(verb)


def _absolute(verb: Token) -> bool:
    """A participle with its object before the main clause, without a conjunction or a relative (*Het onderzoek
    verricht, stelde de gemeente een rapport op*: 'when the research was done'); a finite verb there would need
    one (*Als de gemeente het verstrekt, kan ...*, *Wat u verstrekt, gebruiken wij*)."""
    doc, j = verb.doc, verb.i + 1
    if j + 1 >= verb.sent.end or doc[j].text != ",":
        return False
    after = doc[j + 1]
    if after.pos_ not in ("AUX", "VERB") or "Fin" not in after.morph.get("VerbForm"):
        return False
    if any(
        c.dep_ in ("mark", "nsubj") or {"Rel", "Int"} & set(c.morph.get("PronType")) for c in verb.children
    ):
        return False
    # the clause opens with the participle's own subject (not *aan wie de gemeente subsidie verstrekt*)
    return any(c.dep_ == "nsubj:pass" and c.left_edge.i == verb.left_edge.i for c in verb.children)


def _auxiliary_inside(verb: Token) -> bool:
    """A form of *hebben*, *zijn*, *worden* or a modal between the verb's subject and the verb, hung by the parse on
    a word of this clause, not on a verb of its own (*Het onderzoek is, zoals afgesproken, door de provincie
    verricht*: 'is' hung on 'onderzoek'; not *De gemeente, die is opgericht in 1990, verstrekt*)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    for t in verb.doc[min(subjects) + 1 : verb.i]:
        if t.pos_ not in ("AUX", "VERB") or t.lemma_.lower() not in PERFECT_AUX | set(MODALS):
            continue
        up = t.head
        while up.i != verb.i and up.pos_ not in ("AUX", "VERB") and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            return True
    return False


def participle_read_as_noun(token: Token, term: str) -> bool:
    """*wordt ... toegezonden* tagged as a noun: the word is the past participle of the term's verb (and not its
    infinitive, *bezien*), and the tagger took it for a noun (also before one: *Toegezonden brieven*)."""
    if token.pos_ != "NOUN" or " " in term or not term.endswith("en"):
        return False  # (a word-list verb need not be in the dictionary's list: toezenden)
    part = m.participle(term)
    return bool(part) and part != term and token.lower_ == part


def participle_in_place(tok: Token, part: str) -> str | None:
    """The participle as it stands at ``tok``: before a noun with the -e that Dutch wants there
    (``realise_adjective.takes_e``: *het gestuurde stuk*, *een gestuurd stuk*, *een gestuurde brief*), None before a
    noun whose gender decides and is not known, else as it is."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is None or nxt.pos_ != "NOUN":
        return part
    want_e = takes_e(tok, nxt)
    if want_e is None:
        return None
    return m.attributive_participle(part) if want_e else part
