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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .data import word_lists, word_set
from .grammar import derive_verb, known_verbs, nominalisation_map, zipf
from .keys import full_lemma
from .nominal_items import opens_list_item
from .nominal_rewrite import _adverbs, _left_part, _object_tokens, _text, balanced, whole
from .nominal_rows import INFINITIVE_ENDINGS
from .nominal_rows import anchor as _anchor
from .nominal_rows import coordinated_infinitives as _coordinated_infinitives
from .nominal_sentence import _has_finite_verb, _is_label, _is_note
from .nominal_signals import (
    _after_bij_or_voor,
    _amount,
    _causative,
    _defined,
    _described,
    _frame,
    _hazard,
    _in_title,
    _measure,
    _named,
    _or_list,
    _received,
    _regime,
    _source,
    _topic,
    property_signals,
    van_is_subject,
)
from .nominal_terms import compound_term, doer_named, example, formed, hindered, measured, two_subjects
from .words import columns, per_sentence

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

MIN_TAIL = 5


def exceptions() -> frozenset[str]:
    return word_set("nominalisatie_uitzonderingen", "lexicalised")


def weak_verbs() -> frozenset[str]:
    return word_set("grammatica", "weak_verbs")


def plain_verbs(verb: str) -> list[str]:
    return list(word_lists("grammatica", "plain_verbs").get(verb, ()))


def noun_verb(lemma: str, *, doer: bool = False) -> tuple[str, str] | None:
    """(verb, compound prefix) for a nominalisation, or None. Compounds are resolved on their last part:
    *kwaliteitsverbetering* → (``verbeteren``, ``kwaliteits``); *huurwoning* → None (*woning* is lexicalised).
    ``doer``: a *door*-phrase names who does it, so a word of its own (``lexicalised_alone``) is an act there."""
    n = lemma.lower()
    if not n.isalpha() or len(n) < 4:
        return None
    exc = exceptions()
    if n in exc or (not doer and n in word_set("nominalisatie_uitzonderingen", "lexicalised_alone")):
        return None  # a word of its own only (*ontwikkeling*): a compound of it goes on (*herontwikkeling*)
    mapping = nominalisation_map()
    if n in mapping:
        return mapping[n], ""
    for i in range(2, len(n) - MIN_TAIL + 1):
        tail = n[i:]
        if tail in exc:
            return None
        if tail in mapping:
            return mapping[tail], n[:i]
    if n.endswith(("ing", "atie", "tie", "sie", "ment", "age")):
        verb = derive_verb(n)
        if verb:
            return verb, ""
    return None


def _is_event(tok: Token) -> bool:
    """A noun that is an act of its own (a verb made into a noun): not part of another noun's object."""
    return noun_verb(tok.lemma_ or tok.lower_) is not None


def _van_phrase(token: Token) -> Token | None:
    """The head of a *van*-phrase that depends on the token and follows it."""
    for child in token.rights:
        if child.dep_.startswith("nmod") or child.dep_ in ("obl", "nmod:poss"):
            first = child.doc[child.left_edge.i]
            if first.lower_ == "van" and first.i > token.i:
                return child
    # the parser sometimes attaches the van-phrase higher up; accept the directly following 'van'
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "van" and nxt.head.i != token.i and nxt.head.i > nxt.i:
        head = nxt.head
        if head.pos_ in ("NOUN", "PROPN", "PRON") and head.i - nxt.i <= 4:
            return head
    return None


def _weak_head(token: Token) -> Token | None:
    """The weak verb that has the token as subject or object (*de invoering vindt plaats*)."""
    head = token.head
    # a prepositional phrase (in behandeling nemen, tot uitvoering brengen) is a fixed support-verb idiom: the
    # word lists of BT202 report those, with a better rewrite
    if token.dep_ not in ("nsubj", "obj", "nsubj:pass", "compound:prt") or head.pos_ not in ("VERB", "AUX"):
        return None
    if token.doc[token.left_edge.i].pos_ == "ADP":
        return None
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.lower_ in word_set("grammatica", "preposition_abbreviations"):
        return None  # *t.b.v. irrigatie*: a prepositional phrase the parser read as an object
    lemma = full_lemma(head)
    if any(c.dep_ == "compound:prt" for c in head.children):
        # a verb with a particle is another verb: *deel uitmaken van*, not the weak *maken*
        return head if lemma in weak_verbs() else None
    if lemma in weak_verbs() or head.lemma_.lower() in weak_verbs():
        return head
    return None


def cognate(verb: str, van_head: Token | None) -> bool:
    """The object is the verb's own noun: *het bouwen van gebouwen* (*gebouwen bouwen* says nothing new)."""
    stem = verb.split()[-1].removesuffix("en")
    return (
        van_head is not None
        and van_head.pos_ == "NOUN"
        and van_head.text[:1].islower()  # not a name: *de bescherming van Beschermde Natuurmonumenten*
        and len(stem) >= 4
        and stem in (van_head.lemma_ or van_head.lower_).lower()
    )


_DE_WORDS = ("de", "deze", "die")


def _plural(tok: Token) -> bool:
    """A plural form: another form than the lemma, with a plural ending, and plural by the tagger or by the form
    (*inrichtingen*, *situaties*; not *aanschaf*, which the tagger may call plural)."""
    lemma, low = (tok.lemma_ or tok.lower_).lower(), tok.lower_
    if low in known_verbs():
        # a nominal infinitive is neuter (*het afvoeren*): with *de*, *deze* or *die* the form is a plural noun,
        # a thing (*de afvoeren van de polders*: the discharges); bare (*afvoeren van hemelwater*) it stays an act
        return low.endswith("en") and any(c.dep_ == "det" and c.lower_ in _DE_WORDS for c in tok.lefts)
    if low == lemma or not low.endswith(("en", "s", "n")):
        return False
    return "Plur" in tok.morph.get("Number") or low in (lemma + "en", lemma + "s", lemma + "n")


def _fixed_expression(tok: Token) -> list[Token]:
    """*ter* and a noun right before the noun: *ter inzage legging* is *ter inzage leggen*, not *leggen*."""
    doc, i = tok.doc, tok.i
    if i - 2 >= tok.sent.start and doc[i - 2].lower_ == "ter" and doc[i - 1].is_alpha and doc[i - 1].is_lower:
        return [doc[i - 2], doc[i - 1]]
    return []


def signals(tok: Token, van_head: Token | None) -> dict[str, bool]:
    """What the parse says about a nominalisation's place in its sentence; ``worth_reporting`` decides on them.

    - ``heading``: the sentence has no finite verb (a heading or a label: *De ontwikkeling van het dorp*, but also a
      sentence whose verb the tagger missed); ``label``: that, and no full stop at the end;
    - ``note``: a short line (at most 16 words) without a finite verb and without a verb that has a subject: a step
      of a procedure or an item of a list in note style (*Ter inzage legging van het ontwerp gedurende zes weken.*);
    - ``after_adp``: a bare noun right after a preposition, often a fixed expression (*van toepassing*);
    - ``bij_voor``: after *bij het* (plain Dutch for 'while') or *voor het* (a purpose, the same as *om ... te*);
    - ``list_plain``: a later item in a list of plain nouns (*voorbeelden, formulieren en een uitwerking van*);
    - ``appos``: beside a noun as its name (*de wet, een wijziging van de oude wet*);
    - ``of_noun``: it describes another noun or an adjective (*kennis over het reguleren van gedrag*);
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
    - ``hindered``: the act that a verb of hindering stops (*staat de uitvoering van het plan niet in de weg*, nomin41).
    """
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    anchor = _anchor(tok)
    first = doc[anchor.left_edge.i]
    return {
        "heading": not _has_finite_verb(tok.sent),
        "note": _is_note(tok.sent),
        "label": _is_label(tok.sent),
        "after_adp": prev is not None and prev.pos_ == "ADP" and tok.pos_ == "NOUN",
        "bij_voor": _after_bij_or_voor(tok) or _after_bij_or_voor(anchor),
        "list_plain": anchor is not tok
        and anchor.pos_ == "NOUN"
        and anchor.lower_ not in known_verbs()  # a row of infinitives (het plannen en bouwen) is one action
        and noun_verb(anchor.lemma_ or anchor.lower_) is None,
        "appos": anchor.dep_ == "appos",
        "of_noun": anchor.dep_ in ("nmod", "obl", "nmod:poss")
        and anchor.head.pos_ in ("NOUN", "PROPN", "ADJ"),
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
)  # fmt: skip


def worth_reporting(sig: dict[str, bool]) -> bool:
    """Whether a nominalisation makes its sentence heavy, so that a verb would say it better."""
    return not any(sig.get(name) for name in BLOCKERS)


def is_heavy(tok: Token, van_head: Token | None) -> bool:
    """``worth_reporting`` on the signals of a token."""
    return worth_reporting(signals(tok, van_head))


@dataclass
class Candidate:
    """A verb made into a noun, with what the parse says about it (``signals``); reported when
    ``worth_reporting`` says so."""

    tokens: list[Token]
    verb: str
    suggestion: str | None
    alts: list[str]
    kind: str  # van, infinitief, zwak
    signals: dict[str, bool]
    noun: Token  # the noun or (the last) infinitive
    van_head: Token | None

    @property
    def anchor(self) -> Token:
        return _anchor(self.noun)


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


@per_sentence
def nominalisation_candidates(sent: Span):
    """Every verb made into a noun that a verb could replace, heavy or not, with its signals."""
    doc = sent.doc
    verbs = known_verbs()
    cols = columns(doc)
    covered: set[int] = set()  # tokens of a row of infinitives (het aanvullen en aanpassen van)
    for i in range(sent.start, sent.end):
        if i in covered:
            continue
        low = cols.lower[i]
        if cols.pos[i] != "NOUN" and not (
            low.endswith(INFINITIVE_ENDINGS) and len(low) >= 5 and i > sent.start
        ):
            continue  # neither a nominal infinitive nor a noun below: no Token object made for it
        tok = doc[i]
        # nominal infinitive: het realiseren van woningen
        if low.endswith(INFINITIVE_ENDINGS) and len(low) >= 5 and tok.i > sent.start:
            prev = doc[tok.i - 1]
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            det = prev.lower_ in ("het", "dit", "dat") and prev.pos_ in ("DET", "PRON")
            is_verb = low in verbs or (tok.pos_ == "VERB" and zipf(low) >= 3.0)
            last = _coordinated_infinitives(doc, tok, sent.end, verbs) if det else tok
            if (
                last is not tok
            ):  # het aanvullen en aanpassen van de regels: one phrase, the van-phrase on the last
                nxt = doc[last.i + 1]
                van_head = _van_phrase(last)
                if van_head is None and nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN"):
                    van_head = nxt.head  # the parser hung the van-phrase on the first infinitive
                covered.update(
                    range(tok.i, last.i + 1)
                )  # one phrase: no second finding on its last infinitive
                if is_verb and low not in exceptions():
                    sig = signals(last, van_head)
                    sig["bij_voor"] = sig["bij_voor"] or _after_bij_or_voor(tok)
                    obj = _object_tokens(van_head, _is_event) if van_head is not None else []
                    yield Candidate(
                        [prev, *doc[tok.i : nxt.i + 1], *obj],
                        low,
                        None,
                        [],
                        "infinitief",
                        sig,
                        last,
                        van_head,
                    )
                continue
            if (
                det
                and nxt is not None
                and nxt.lower_ == "van"
                and is_verb
                and low not in exceptions()
                and (tok.pos_ in ("VERB", "NOUN") and "Plur" not in tok.morph.get("Number"))
            ):
                van_head = _van_phrase(tok)
                obj = _object_tokens(van_head, _is_event) if van_head is not None else []
                tokens = [prev, tok, nxt, *obj]
                rewrite = (
                    bool(obj)
                    and balanced(obj)
                    and whole(obj, van_head, _is_event)
                    and not van_is_subject(low)
                )
                suggestion = f"{_text(obj)} {low}" if rewrite else None
                alts = [f"{_text(obj)} {p}" for p in plain_verbs(low)] if rewrite else []
                sig = signals(tok, van_head)
                sig["cognate"] = cognate(low, van_head)
                yield Candidate(tokens, low, suggestion, alts, "infinitief", sig, tok, van_head)
                continue
        if tok.pos_ != "NOUN":
            continue
        found = noun_verb(tok.lemma_ or tok.lower_) or (
            noun_verb(tok.lower_) if tok.lower_ != tok.lemma_ else None
        )
        # *ontwikkeling* with its doer named: an act (review of nomin41); its van-phrase looked up only for those
        alone = (tok.lemma_ or "").lower() in word_set("nominalisatie_uitzonderingen", "lexicalised_alone")
        if found is None and alone and doer_named(tok, _van_phrase(tok)):
            found = noun_verb(tok.lemma_, doer=True)
        if found is None:
            continue
        verb, prefix = found
        if prefix == "her":
            verb, prefix = f"opnieuw {verb}", ""  # herinrichting → opnieuw inrichten
        fixed = _fixed_expression(tok)
        if fixed:
            verb = f"{fixed[0].lower_} {fixed[1].lower_} {verb}"  # ter inzage legging → ter inzage leggen
        van_head = _van_phrase(tok)
        sig = signals(tok, van_head)
        sig["plural_form"] = _plural(tok)  # *de afmetingen van*, *risicovolle inrichtingen*: things, not acts
        sig["cognate"] = cognate(verb, van_head)
        sig["amount"] = _amount(verb, van_head)  # *een toename van 65 auto's*: a size, not an act
        # *de toename van het risico berekenen*: a quantity; *luchtverontreiniging van verkeer*: a term (nomin32)
        sig["measured"] = measured(_anchor(tok), verb)
        sig["compound"] = compound_term(tok.lower_, prefix, verb)
        if van_head is not None:
            left = [t for t in _left_part(tok) if t not in fixed]
            obj = _object_tokens(van_head, _is_event)
            tokens = [*left, *fixed, tok, *obj, doc[van_head.left_edge.i]]
            advs = _adverbs(left)
            # *geen verhoging van de huur* → *de huur niet verhogen*: the example keeps the negation
            adv = " ".join([*(["niet"] if any(t.lower_ == "geen" for t in left) else []), *(advs or [])])
            core = f"{adv} {verb}".strip()
            blocked = (
                prefix
                or van_is_subject(verb)  # *de afvoer toenemen*, *de raad instemmen*: no Dutch (see the rule)
                or advs is None
                or any(t.dep_ == "nmod:poss" or t.pos_ == "PRON" for t in left)
                or not obj
                or not balanced(obj)
                or not whole(obj, van_head, _is_event)
            )
            suggestion = None if blocked else f"{_text(obj)} {core}"
            alts = [] if blocked else [f"{_text(obj)} {(adv + ' ' + p).strip()}" for p in plain_verbs(verb)]
            yield Candidate(tokens, verb, suggestion, alts, "van", sig, tok, van_head)
            continue
        weak = _weak_head(tok)
        if weak is None:
            continue
        sig["causative"] = _causative(weak, tok)
        # a possessive makes it someone's own thing, not a hidden action: *zij deed haar onderzoek in Leiden*
        sig["weak_owned"] = any(t.dep_ == "nmod:poss" or "Poss=Yes" in str(t.morph) for t in tok.lefts)
        sig["weak_plural"] = "Plur" in tok.morph.get("Number")
        sig["weak_prefix"] = bool(prefix)
        sig["received"] = _received(weak)  # *u krijgt een rondleiding*: a passive at best
        yield Candidate([*_left_part(tok), tok], verb, None, [], "zwak", sig, tok, None)
