"""Finding the candidates of BT201: every noun and nominal infinitive in a sentence that is a verb made into a noun
a verb could replace (``nominalisation_candidates``), heavy or not. Three kinds: a noun with a *van*-phrase (*de
verbetering van de dienstverlening*), a nominal infinitive with *van* (*het realiseren van woningen*, also a row:
*het aanvullen en aanpassen van de regels*), and a noun that is the subject or object of a weak verb (*de invoering
vindt plaats*). Each comes with its phrase, its verb, a rewrite where one can be made safely, and its signals
(``nominal_place.signals`` and the ones only the finder can tell: a plural form, a cognate object, an amount). Which
of them are reported is ``nominalisation``'s decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .data import word_set
from .grammar import known_verbs, zipf
from .keys import full_lemma
from .nominal_heads import beside_empty_verb
from .nominal_place import signals
from .nominal_rewrite import _adverbs, _left_part, _object_tokens, _text, balanced, whole
from .nominal_rows import INFINITIVE_ENDINGS, modifiers_after_article
from .nominal_rows import anchor as _anchor
from .nominal_rows import coordinated_infinitives as _coordinated_infinitives
from .nominal_signals import _after_bij_or_voor, _amount, _causative, _received, van_is_subject
from .nominal_terms import compound_term, doer_named, measured
from .nominal_verb import concrete_act, exceptions, noun_verb, plain_verbs
from .words import columns, per_sentence, tokens_text

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


def weak_verbs() -> frozenset[str]:
    return word_set("grammatica", "weak_verbs")


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


def _bracketed_part(tok: Token) -> bool:
    """The noun is the first part of a compound, in brackets and glued to the rest: *een (bouw)ontwikkeling*,
    *(her)inrichting*. The word is the compound (*ontwikkeling*), not the bracketed part."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and not tok.whitespace_
        and doc[tok.i + 1].text == ")"
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].text[:1].isalpha()
    )


def _fixed_expression(tok: Token) -> list[Token]:
    """*ter* and a noun of a fixed term right before the noun (``ter_fixed_nouns``): *ter inzage legging* is *ter
    inzage leggen*, not *leggen*. Another word there describes the noun (*ter verdere bescherming van de bomen*):
    its verb is *beschermen*, not *ter verdere beschermen*."""
    doc, i = tok.doc, tok.i
    if (
        i - 2 >= tok.sent.start
        and doc[i - 2].lower_ == "ter"
        and doc[i - 1].lower_ in word_set("grammatica", "ter_fixed_nouns")
    ):
        return [doc[i - 2], doc[i - 1]]
    return []


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
            # *het (tijdelijk) bergen van*, *het volledig vastleggen van*
            between = modifiers_after_article(tok)
            prev = doc[between[0].i - 1] if between else doc[tok.i - 1]
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            det = prev.lower_ in ("het", "dit", "dat") and prev.pos_ in ("DET", "PRON")
            is_verb = low in verbs or (tok.pos_ == "VERB" and zipf(low) >= 3.0)
            last = _coordinated_infinitives(doc, tok, sent.end, verbs) if det else tok
            # het aanvullen en aanpassen van de regels: one phrase, the van-phrase on the last
            if last is not tok:
                nxt = doc[last.i + 1]
                van_head = _van_phrase(last)
                if van_head is None and nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN"):
                    van_head = nxt.head  # the parser hung the van-phrase on the first infinitive
                # one phrase: no second finding on its last infinitive
                covered.update(range(tok.i, last.i + 1))
                if is_verb and low not in exceptions():
                    sig = signals(last, van_head)
                    sig["bij_voor"] = sig["bij_voor"] or (
                        _after_bij_or_voor(tok) and not sig["modal_content"]
                    )
                    obj = _object_tokens(van_head, _is_event) if van_head is not None else []
                    yield Candidate(
                        [prev, *between, *doc[tok.i : nxt.i + 1], *obj],
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
                and tok.pos_ in ("VERB", "NOUN")
                # *het* and *dit* never stand before a plural: a plural tag there is the tagger's (*het koppelen van*)
                and ("Plur" not in tok.morph.get("Number") or prev.lower_ in ("het", "dit"))
            ):
                van_head = _van_phrase(tok)
                obj = _object_tokens(van_head, _is_event) if van_head is not None else []
                tokens = [prev, *between, tok, nxt, *obj]
                rewrite = (
                    bool(obj)
                    and balanced(obj)
                    and whole(obj, van_head, _is_event)
                    and not van_is_subject(low)
                )
                how = f"{tokens_text(between)} " if between else ""  # *regenwater (tijdelijk) bergen*
                suggestion = f"{_text(obj)} {how}{low}" if rewrite else None
                alts = [f"{_text(obj)} {how}{p}" for p in plain_verbs(low)] if rewrite else []
                sig = signals(tok, van_head)
                sig["cognate"] = cognate(low, van_head)
                yield Candidate(tokens, low, suggestion, alts, "infinitief", sig, tok, van_head)
                continue
        if tok.pos_ != "NOUN" or _bracketed_part(tok):
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
        # *de bouw van 50 woningen levert niets op*: a concrete act, plain beside a verb of its own (nomin49)
        sig["concrete"] = concrete_act(tok.lemma_ or tok.lower_, verb) and not beside_empty_verb(_anchor(tok))
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
