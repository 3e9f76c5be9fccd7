"""Passives that describe what a plan, a map or an appendix shows, or a state that a named means brought about:
nobody in particular hides, and 'zeg wie het doet' has no useful answer (``passive_worth.left_out_because``).

- ``plan-state``: a *zijn*-passive whose subject is an element of the plan map (*de dubbelbestemming is toegekend
  aan de gronden*, *het bouwvlak is vergroot*): the plan made it so; the sentence describes the plan.
- ``map``: a *worden*-passive of a verb of showing with a phrase *op* + a map (*de bouwhoogte wordt op de
  verbeelding weergegeven*): a map legend, the map is the better subject; a duty (*moet op de verbeelding worden
  weergegeven*: who must draw it?) stays.
- ``tenure``: homes or plots that are offered, let or sold (*de woningen worden aangeboden in de huursector*,
  *de kavels worden vrij verkocht*): a description of the housing programme, whoever sells; a duty (*moeten met
  voorrang aan starters worden aangeboden*), a phrase that says who gets them (*aan een belegger*) and the reader's
  own home (*uw woning*) stay.
- ``result``: a *zijn*-passive of a verb of securing or settling (``result_verbs``) that opens with *hiermee*,
  *daarmee*, *hierdoor* or *daardoor* (*hiermee is de uitvoerbaarheid gewaarborgd*): a state reached through the
  means the sentence before named; an act the means led to (*daardoor is de subsidie stopgezet*) stays.
- ``research-done``: a report that research was done (*voor het plangebied is een bodemonderzoek uitgevoerd*),
  in the present perfect without a modal or a door-phrase: the result is the news, not the bureau.
- ``built-as``: a verb of building or shaping with an adjective of what the thing becomes (*de woning wordt
  energieneutraal gebouwd*, *het erf wordt landschappelijk ingepast*), without a modal: what the building is like.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import infinitive
from .passive import aux_kind, subject
from .passive_decided import decided_clause
from .passive_rule_content import rule_content

if TYPE_CHECKING:
    from spacy.tokens import Token


#: the words of ``plan_elements`` that need a name after them (*de bestemming Wonen*)
_BARE_ELEMENTS = frozenset({"bestemming", "aanduiding"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def described_state(verb: Token, pass_aux: Token, auxes: list[Token], impersonal: bool) -> str | None:
    """Which of the descriptions above the passive is (``plan-state``, ``map``, ``tenure``, ``result``), or
    ``decided`` when a main clause names who wants or decided it (``language.passive_decided``), ``rule-content``
    when the clause gives what a named law or rule lays down (``language.passive_rule_content``), or ``built-as``
    (``_built_as``); or None."""
    kind = aux_kind(pass_aux)
    duty = _has_modal([*auxes, *(a.head for a in auxes), verb.head])  # *moet op de kaart worden weergegeven*
    if kind == "zijn" and not impersonal and _plan_element_subject(verb, auxes):
        return "plan-state"
    legend = infinitive(verb) in _lv("showing_verbs") and _on_a_map_anywhere(verb)
    if kind == "worden" and legend and not duty:
        return "map"
    # de woningen worden aangeboden in de huursector: the housing programme, whoever sells (a duty stays)
    homes = infinitive(verb) in _lv("tenure_verbs") and _subject_ends_with(verb, auxes, "housing_nouns")
    if homes and not duty and not _allocated(verb, auxes):
        return "tenure"
    # (an act the means led to stays: *daardoor is de subsidie stopgezet*, *daardoor is er minder geïnvesteerd*)
    if (
        kind == "zijn"
        and not impersonal
        and infinitive(verb) in _lv("result_verbs")
        and _opens_with_means(pass_aux)
        and not _excluded_from(verb)
    ):
        return "result"
    if decided_clause(verb, auxes):
        return "decided"  # we hebben afgesproken dat de schuur wordt verplaatst: who wants it is named
    if rule_content(verb, auxes):
        return "rule-content"  # in de Waterwet is bepaald dat een lozing moet worden gemeld: what the law lays down
    if kind == "zijn" and _research_done(verb, pass_aux, auxes):
        return "research-done"  # voor het plangebied is een bodemonderzoek uitgevoerd: a report's stock line
    if _built_as(verb, auxes):
        return (
            "built-as"  # de woning wordt energieneutraal gebouwd: what the building is like, whoever builds
        )
    return None


def _built_as(verb: Token, auxes: list[Token]) -> bool:
    """A verb of building or shaping (``shaping_verbs``) whose participle has an adjective that says what the
    thing becomes or how it is made (*wordt gasloos gebouwd*, *wordt landschappelijk ingepast*, *worden groen
    ingericht*), without a modal: the sentence tells what the building or the place is like, and who builds it is
    beside the point (study shape23: 22 of 22 such passives judged not worth rewriting by two editors; blind21).
    Not a word of degree, time or chance (``not_shaping_adjectives``: *zoveel mogelijk*, *eerder*); not with a modal
    or duty (*moet hydrologisch neutraal worden uitgevoerd* asks who must see to it)."""
    if infinitive(verb) not in _lv("shaping_verbs"):
        return False
    near = [*auxes, *(a.head for a in auxes), verb.head, *_clause_before(verb)]
    if _has_modal(near, ("duty_modals", "possibility_modals", "permission_modals")):
        return False
    # the thing built is the subject, and the adjective stands after it, in the middle field before the participle
    # (*de woning wordt gasloos gebouwd*): before the subject it says when or on what condition (*afhankelijk van
    # ... worden de woningen uitgevoerd als ...*), without one it is an object (*wordt zoveel mogelijk groen
    # gerealiseerd*: greenery)
    subj = subject(verb, auxes)
    if subj is None or subj.lemma_.lower() in _lv("act_subjects") or subj.lower_ in _lv("act_subjects"):
        return False  # het onderzoek wordt onafhankelijk uitgevoerd: an act, whose doer matters
    not_shaping = _lv("not_shaping_adjectives")
    return any(
        c.pos_ == "ADJ"
        and c.dep_ in ("advmod", "xcomp", "amod", "obl")
        and c.lemma_.lower() not in not_shaping
        and c.lower_ not in not_shaping
        and not any(g.dep_ == "case" for g in c.children)
        and subj.right_edge.i < c.i < verb.i
        and not any(t.is_punct for t in verb.doc[c.i : verb.i])
        and not _in_a_noun_phrase(c)
        for c in verb.children
    )


def _in_a_noun_phrase(word: Token) -> bool:
    """The adjective belongs to a noun phrase, whatever the parse says: before a noun (*grote boerderijen*), or
    itself a noun after an article (*wordt geen openbaar groen gerealiseerd*: *groen* is the greenery)."""
    doc = word.doc
    if word.i + 1 < len(doc) and doc[word.i + 1].pos_ in ("NOUN", "PROPN"):
        return True
    if any(g.dep_ in ("det", "amod") for g in word.children):
        return True
    before = doc[max(word.sent.start, word.i - 2) : word.i]
    return len(before) > 0 and (
        before[-1].pos_ == "DET"
        or (before[-1].pos_ == "ADJ" and len(before) > 1 and before[-2].pos_ == "DET")
    )


def _clause_before(verb: Token) -> list[Token]:
    """The words before ``verb`` back to the start of its clause (a comma, a conjunction or the sentence start): the
    parse can hang a modal elsewhere (*Uitbreiding van het bouwvlak moet ruimtelijk worden ingepast*: *moet* not
    on the participle), word order still says it is the clause's."""
    words = []
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.text in (",", ";", ":") or t.pos_ in ("SCONJ", "CCONJ"):
            break
        words.append(t)
    return words


def _subject_ends_with(verb: Token, auxes: list[Token], key: str) -> bool:
    """A subject of the clause ends with a word of the list (by the end of the word: *dubbelbestemming*,
    *huurwoningen*). The parser may give the clause two subjects (*dat* read as one, or a name after the noun):
    any of them counts."""
    words = tuple(_lv(key))
    return any(h.lower_.endswith(words) for h in _subjects(verb, auxes))


def _excluded_from(verb: Token) -> bool:
    """*uitsluiten* with a phrase *van* outside the subject (*zijn de bewoners van de regeling uitgesloten*; the
    parser may hang it on another phrase): somebody was shut out, an act whose doer matters; *is uitgesloten dat*,
    *is de aanwezigheid van vissen uitgesloten* is a state."""
    if infinitive(verb) != "uitsluiten":
        return False
    subj = subject(verb, [])
    inside_subject = {t.i for t in subj.subtree} if subj is not None else set()
    return any(
        t.dep_ == "case" and t.lower_ == "van" and t.i not in inside_subject and not _in_other_clause(t, verb)
        for t in verb.subtree
    )


def _plan_element_subject(verb: Token, auxes: list[Token]) -> bool:
    """The subject is an element of the plan map: a compound (*dubbelbestemming*, *functieaanduiding*, *bouwvlak*),
    or the bare *bestemming* or *aanduiding* with the name of the element after it (*de bestemming Wonen*, *de
    aanduiding 'kinderopvang'*). Without a name the bare word has other senses (*de bestemming van het overschot*,
    a destination), and so have some compounds (``plan_elements_other``: *eindbestemming*)."""
    words, other = tuple(_lv("plan_elements")), _lv("plan_elements_other")
    for h in _subjects(verb, auxes):
        low = h.lower_
        if not low.endswith(words) or low in other:
            continue
        if low not in _BARE_ELEMENTS or _plan_context(h):
            return True
    return False


def _plan_context(noun: Token) -> bool:
    """The bare *bestemming* or *aanduiding* is an element of the map: a name after it (*de bestemming Wonen*,
    *de aanduiding 'kinderopvang'*), a demonstrative (*deze bestemming*), or a word of the plan in the sentence
    (``plan_context``: *de bestemming is op de verbeelding gewijzigd*, *de bestemming van uw perceel*), or a
    quoted name anywhere in it (*is gewijzigd in 'Wonen'*)."""
    doc, sent = noun.doc, noun.sent
    after = doc[noun.i + 1] if noun.i + 1 < sent.end else None
    if after is not None and after.text[:1].isupper():
        return True
    if any(c.dep_ == "det" and c.lower_ in _lv("plan_demonstratives") for c in noun.children):
        return True
    context = tuple(_lv("plan_context")) + tuple(_lv("map_nouns"))
    return any(t.text in _QUOTES or (t.i != noun.i and t.lower_.endswith(context)) for t in sent)


def _allocated(verb: Token, auxes: list[Token]) -> bool:
    """The clause says who gets the homes (*aan de zittende huurders*, *aan een belegger*) or whose they are (*uw
    woning*): an act of allocating or selling, where who does it matters to the reader."""
    heads = {verb.i, *(a.i for a in auxes)}
    for t in verb.sent:
        if t.head.i in heads and any(c.dep_ == "case" and c.lower_ == "aan" for c in t.children):
            return True
    return any(
        c.dep_ == "nmod:poss" or c.lower_ in _lv("addressee_possessives")
        for h in _subjects(verb, auxes)
        for c in h.children
    )


def _research_done(verb: Token, pass_aux: Token, auxes: list[Token]) -> bool:
    """A report that research was done (*voor het plangebied is een verkennend bodemonderzoek uitgevoerd*, *er is
    een akoestisch onderzoek verricht*): the present perfect with *is* or *zijn*, no modal, a verb of carrying out
    (``research_verbs``) and a kind of research as its subject (``research_nouns``). The result is the news, not the
    bureau that did it, which a report names in a footnote or an appendix (editors of blind6, blind12 and blind24).
    A door-phrase that names the bureau keeps the finding (it is decided before this): then the active sentence is
    shorter. Not a duty or a plan (*moet een onderzoek worden uitgevoerd*: who must do it?), nor the reader's own
    research (*uw onderzoek*)."""
    if (
        pass_aux.lower_ not in ("is", "zijn")
        or len(auxes) > 1
        or infinitive(verb) not in _lv("research_verbs")
    ):
        return False
    near = [*auxes, *(a.head for a in auxes), verb.head]
    if _has_modal(near, ("duty_modals", "possibility_modals", "permission_modals")):
        return False
    sent = verb.sent
    if any(t.lower_ == "door" and (t.i + 1 >= sent.end or t.nbor().lower_ != "middel") for t in sent):
        return False  # er is door Bodem BV een onderzoek uitgevoerd: the parse may not hang it on the verb
    nouns = tuple(_lv("research_nouns"))
    # the subject, or a noun phrase (not one with a preposition) between the auxiliary and the participle, where the
    # parser may label the subject of *er is een onderzoek uitgevoerd* as anything
    doc = verb.doc
    middle = doc[min(pass_aux.i, verb.i) + 1 : max(pass_aux.i, verb.i)]
    heads = [*_subjects(verb, auxes), *(t for t in middle if t.pos_ not in ("VERB", "AUX", "ADP", "DET"))]
    return any(
        h.lower_.endswith(nouns)
        and not _in_a_phrase_with_preposition(h)
        and not any(t.lower_ in _lv("addressee_possessives") for t in h.subtree)
        for h in heads
    )


def _in_a_phrase_with_preposition(noun: Token) -> bool:
    """The noun opens with a preposition (*op basis van het bodemonderzoek*, *naar het onderzoek*): a phrase,
    not the subject, whatever label the parser gave it."""
    start = noun.left_edge.i
    return any(c.dep_ == "case" for c in noun.children) or (start > 0 and noun.doc[start - 1].pos_ == "ADP")


def _subjects(verb: Token, auxes: list[Token]) -> list[Token]:
    found = [subject(verb, auxes), *(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass"))]
    return [h for h in found if h is not None]


def _has_modal(tokens: list[Token], keys: tuple[str, ...] = ("duty_modals",)) -> bool:
    """One of the tokens is a verb of the lists ``keys`` (by its form or its lemma)."""
    words = frozenset().union(*(_lv(key) for key in keys))
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


def _on_a_map_anywhere(verb: Token) -> bool:
    """A phrase *op* + a map (*op de plankaart*, *op de verbeelding*) in the clause of the verb, also where the parser
    hangs it on another phrase (*door middel van een aanduiding op de plankaart*), not inside the subject."""
    maps = tuple(_lv("map_nouns"))
    subj = subject(verb, [])
    inside_subject = {t.i for t in subj.subtree} if subj is not None else set()
    for t in verb.subtree:
        if t.i in inside_subject or not t.lower_.endswith(maps):
            continue
        if any(c.dep_ == "case" and c.lower_ == "op" for c in t.children) and not _in_other_clause(t, verb):
            return True
    return False


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """A verb other than ``verb`` stands between ``tok`` and ``verb`` in the parse (a relative clause of its own)."""
    node, seen = tok.head, 0
    while node.i != verb.i and node.head.i != node.i and seen < 20:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node, seen = node.head, seen + 1
    return False


def _opens_with_means(pass_aux: Token) -> bool:
    """The clause opens with an adverb that names the means or cause of the sentence before, right before the
    finite *zijn* (*Hiermee is ...*, *Daardoor zijn ...*): what the passive says is the result of it."""
    sent = pass_aux.sent
    if pass_aux.i == sent.start:
        return False
    before = pass_aux.doc[pass_aux.i - 1]
    opener = before.i == sent.start or pass_aux.doc[before.i - 1].is_punct
    return opener and before.lower_ in _lv("means_adverbs")


def water_word(verb: Token, subj: Token | None) -> Token | None:
    """The word of the passive's subject that names water (*afvalwater*, *hemelwater*, ``flow_subjects``), for
    ``passive_worth``'s test of flowing water. The parse may misread the phrase: the adjective read as the subject
    and its noun hung on it or on the verb (*het vuile afvalwater*); or no subject at all, the water the first word
    of the sentence with no comma before the verb (*Afvalwater uit het plangebied zal worden afgevoerd*)."""
    doc = verb.doc

    def is_water(tok: Token, noun: bool = True) -> bool:
        low = tok.lemma_.lower()
        named = low.endswith("water") or low in _lv("flow_subjects")
        return named and (not noun or tok.pos_ in ("NOUN", "PROPN"))

    if subj is None:
        first = doc[verb.sent.start]
        expletive = any(c.lower_ == "er" for c in verb.children)
        plain = not any(t.is_punct for t in doc[first.i : verb.i])
        return first if first.i < verb.i and is_water(first) and plain and not expletive else None
    after = doc[subj.i + 1] if subj.i + 1 < verb.sent.end else None
    if (
        after is not None
        and is_water(after, noun=False)
        and (after.head.i, after.dep_) in ((verb.i, "advmod"), (subj.i, "amod"))
    ):
        return after
    return subj if is_water(subj, noun=False) else None
