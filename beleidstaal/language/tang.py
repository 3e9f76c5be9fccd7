"""Tang constructions: detection of words that belong together pulled far apart (BT501).

1. Article and noun: *de door de raad in 2024 vastgestelde nota*. An article followed by a preposition or an
   adverb opens a long modifier; the tang closes at the inflected participle or adjective before the noun. Flagged
   from ``ARTICLE_GAP`` words in between. Suggestion: a relative clause, *de nota die de raad in 2024 heeft
   vastgesteld*.
2. Finite verb and the rest of the verb: *stellen ... vast*, *heeft ... gesproken* in a main clause, with at least
   ``VERB_GAP`` words in between. Suggestion: bring the parts together or split the sentence.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .tang_article import (
    _bare_noun,
    _bare_noun_opener,
    _closes_plain_phrase,
    _closing_modifier,
    _head_noun,
    _legal_cross_reference,
    articles,
)
from .tang_clauses import (
    _finite,
    first_conjunct_end,
    in_other_clause,
    superlative_predicate,
)
from .tang_count import QUOTES, _quote_end, _words_with_names_as_one, verb_phrase_front, words_with_names
from .tang_poles import participle_after_noun, stray_verb_part

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

ARTICLE_GAP = 4
VERB_GAP = 10
#: a sentence of at most this many words is short: its verb bracket is counted in units (a date, a name is one)
SHORT_SENTENCE = 17
STOP = {".", "!", "?", ";", ":"}

# The word sets and the grammar helpers are loaded on first use, not on import: the rule module (and with it
# ``beleidstaal explain`` and ``rules``) needs only the two gaps above (issue 20).


@cache
def openers() -> frozenset[str]:
    from .data import word_set

    return word_set("grammatica", "tang_openers")


@cache
def final_particles() -> tuple[str, ...]:
    from .data import word_tuple
    from .keys import PARTICLES

    return PARTICLES + word_tuple("grammatica", "final_particles")


def find_article_tangs(sent: Span):
    """(article, modifier, noun, gap tokens) for each long article-noun tang."""
    from .words import columns, is_word

    doc = sent.doc
    cols = columns(doc)
    for i in range(sent.start, sent.end):
        if i + 2 >= sent.end:
            continue
        # (two prepositions in a row, read in the columns first: no Token for every word of the sentence)
        bare = cols.pos[i] == "ADP" and cols.pos[i + 1] == "ADP" and _bare_noun_opener(doc, i)
        if not bare and (cols.lower[i] not in articles() or not _article_tag(cols.lower[i], cols.pos[i])):
            continue  # die/dat as a relative pronoun opens no tang
        art = doc[i]
        nxt = doc[art.i + 1]
        if not (nxt.pos_ == "ADP" or nxt.lower_ in openers()):
            continue
        # scan for the closing modifier + noun
        quoted_until = -1
        phrase = nxt.pos_ == "ADP"  # a preposition opened a phrase inside the modifier (*door de raad*)
        for k in range(art.i + 2, min(sent.end - 1, art.i + 30)):
            tok = doc[k]
            if tok.pos_ == "ADP":
                phrase = True
            elif not phrase and _closes_plain_phrase(doc, tok):
                break  # *de reeds beschikbare harde plancapaciteit voor ... woningen*: the article's noun came first
            if k <= quoted_until:
                continue  # a word of a quoted name (*de voor 'Bedrijf - opslag gevaarlijke stoffen' aangewezen
                # gronden*): the noun the reader waits for comes after the name
            if tok.text in STOP:
                break
            if tok.text in QUOTES:
                quoted_until = _quote_end(doc, k, sent.end)
                continue
            if not _closing_modifier(tok):
                if _finite(tok) and tok.pos_ in ("VERB", "AUX"):
                    break  # a finite verb ends the noun phrase: *de al bestaande systemen en zijn hier ...*
                continue
            noun = _head_noun(doc, k + 1, sent.end)
            if (
                noun is not None
                and bare
                and (
                    # a conjunction opens a clause (*komt er op neer dat ...*); *als* may stand inside a modifier
                    any(
                        _finite(t) or t.text == "," or (t.pos_ == "SCONJ" and t.lower_ != "als")
                        for t in doc[art.i + 1 : noun.i]
                    )
                    or not _bare_noun(noun, tok)
                )
            ):
                break  # after a bare preposition: a clause, a list, or a noun with its own article
            if noun is not None and art.pos_ == "PRON" and art.head.i not in (tok.i, noun.i):
                break  # *gaat het met name om de ... ontwikkeling*: the pronoun is the subject of the clause
            if noun is not None:
                if _legal_cross_reference(doc[art.i + 1 : tok.i], tok):
                    break  # *de in het eerste lid bedoelde vergunning*: the fixed formula of rule text
                if words_with_names(doc[art.i + 1 : noun.i], is_word) >= ARTICLE_GAP:
                    yield art, tok, noun, list(doc[art.i + 1 : tok.i])
                break


def _article_tag(word: str, tag: str) -> bool:
    """The word is tagged as the article it is. *het* is never a relative pronoun, and before a preposition it
    may open a noun phrase whatever the tagger says (*wordt het voor dit plan relevante beleid beschreven*: *het*
    tagged as a pronoun, and hung under *relevante*); *die* and *dat* tagged as pronouns are relative or
    demonstrative. A pronoun *het* the parse hangs elsewhere is the clause's subject or object (*gaat het om de
    ... ontwikkeling*): the caller checks that."""
    return tag == "DET" or (
        word == "het" and tag == "PRON"
    )  # (checked below: hung under the modifier or noun)


def find_verb_tangs(sent: Span):
    """(finite verb, closing part, gap word count) for long verb brackets in main clauses."""
    from .words import columns, is_word

    doc = sent.doc
    pos = columns(doc).pos
    for i in range(sent.start, sent.end):
        if pos[i] not in ("VERB", "AUX"):
            continue
        tok = doc[i]
        if not ("Fin" in tok.morph.get("VerbForm") or tok.morph.get("Tense")):
            continue
        main = tok if tok.dep_ not in ("aux", "aux:pass", "cop") else tok.head
        if not _heads_main_clause(main):
            continue
        closing, main = _verb_part(sent, tok, main)
        if closing is None or not closing.is_alpha:
            continue  # an abbreviation (*m.b.v.*) closes no bracket
        closing = first_conjunct_end(doc, tok, main, closing)  # *wordt ... weergegeven en ... geprojecteerd*
        if superlative_predicate(tok, closing):
            continue  # *is ... het meest geconcentreerd*: a copula and its predicate
        if _nominal_infinitive(closing) or _heads_phrase(doc, closing):
            continue
        if _finite(closing) and not _tagged_participle(closing):
            continue  # a finite verb of another clause (*is ... indien ... bedraagt*), not a tagged participle
        if closing.dep_ == "compound:prt" and not _particle_of(doc, tok, closing):
            continue  # *komt ... 'meer stad'*, *Zie ... pas technologie aan*: not this verb's particle
        if _inside_quotation(doc, tok, closing):
            continue  # the closing word stands in a quoted name or motto that opens after the verb
        if in_other_clause(doc, tok, closing):
            continue  # an inner clause, a new or second main clause, or a final cluster with its own finite verb
        if _only_subject_and_object(doc, tok, main, closing):
            continue
        # a date stays three words here: counted as one (as BT401 does) in every sentence, it cost two right
        # findings in longer sentences on the judged sheets and the annotated sentences for one wrong one (after
        # blind8); only a short sentence counts it as one, below
        # the front of a fixed verb phrase (*in werking* getreden) is part of the verb cluster, not of the gap
        front = verb_phrase_front(doc, closing)
        inner = [t for t in doc[tok.i + 1 : closing.i] if front is None or not front <= t.i < front + 2]
        gap = _words_with_names_as_one(inner, is_word)
        # a sentence that is the bracket and one word more (*Daarom moet ... worden meegewogen.*) is short and
        # plain: there is nothing to split, and the reader holds its 13 words (after blind10)
        length = sum(1 for t in sent if is_word(t))
        if gap < VERB_GAP or length <= VERB_GAP + 3:
            continue
        # in a short sentence the reader holds units, not words: a date or a name is one (*heeft op 13 juli 2016
        # de Provincie Drenthe ... vastgesteld*); a longer sentence asks more of the reader (after blind19)
        if length <= SHORT_SENTENCE and _words_with_names_as_one(inner, is_word, True) < VERB_GAP:
            continue
        yield tok, closing, gap


def _verb_part(sent: Span, tok: Token, main: Token) -> tuple[Token | None, Token]:
    """The rest of the verb group of the finite verb ``tok`` in the parse (the participle or infinitive it serves,
    a separated particle, a particle left loose at the end, or a participle the parser hung loose), and the verb of
    the clause (the loose participle, when that closes it)."""
    from .passive import looks_like_participle

    doc = sent.doc
    nonfinite = main is not tok and (
        main.morph.get("VerbForm") in (["Part"], ["Inf"]) or looks_like_participle(main.lower_)
    )
    if main.i > tok.i + 1 and main.pos_ in ("VERB", "AUX") and nonfinite:
        return participle_after_noun(main), main  # *heeft ... het Besluit omgevingsrecht overgenomen*
    # a particle splits off a finite verb only: after a participle or infinitive (*wordt bepaald ... samen*) it is
    # an adverb the parser misread, since the nonfinite verb carries its particle joined
    joined = main is not tok and nonfinite
    closing = next(
        (c for c in main.children if c.dep_ == "compound:prt" and c.i > tok.i + 1 and not joined),
        None,
    )
    if closing is None:
        closing = _loose_final_particle(sent, tok)
    if closing is None:
        stray = stray_verb_part(doc, tok, main)
        return stray, stray or main
    return closing, main


def _heads_main_clause(main: Token) -> bool:
    """The verb (or the word the parser made the clause's head) heads a main clause: the root, a conjunct or a
    clause set beside another, with no subordinating conjunction of its own. An adverb the parser labels as one is
    none (*Immers, als ... kan de situatie ... vergund worden*: *immers* is no conjunction)."""
    return main.dep_ in ("ROOT", "conj", "parataxis") and not any(
        c.dep_ == "mark" and c.pos_ != "ADV" for c in main.children
    )


def _nominal_infinitive(closing: Token) -> bool:
    """An infinitive with its own determiner is a noun (*is in lijn met ..., namelijk het opnemen van
    waarden*), and so is a bare infinitive that a preposition governs, with at most adjectives between them (*zal
    het plan bijdragen aan de wens tot goed en goedkoop bouwen*): no part of the verb bracket. (*te* before an
    infinitive is no preposition: *om ... te bouwen*.)"""
    if closing.morph.get("VerbForm") != ["Inf"]:
        return False
    if any(c.dep_ == "det" for c in closing.children):
        return True
    k = closing.i - 1
    while k >= closing.sent.start and closing.doc[k].pos_ in ("ADJ", "CCONJ"):
        k -= 1
    before = closing.doc[k] if k >= closing.sent.start else None
    return (
        before is not None
        and before.pos_ == "ADP"
        and before.dep_ == "case"
        and before.lower_ != "te"
        and closing.doc[k + 1].pos_ != "CCONJ"
    )


def _heads_phrase(doc, closing: Token) -> bool:
    """A 'particle' followed by an article, a noun, a number or an adjective opens a phrase of its own: it is a
    preposition (*richt zich op het plan, maar ook op de wijk*; *voorziet in ..., al dan niet in combinatie
    met*), and a separated particle ends the middle field instead."""
    if closing.pos_ in ("VERB", "AUX") or closing.i + 1 >= len(doc):
        return False
    return doc[closing.i + 1].pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ")


def _tagged_participle(verb: Token) -> bool:
    """A word tagged finite that is a participle all the same (*toegezonden*, *vastgesteld*): it looks like one,
    and it is not the present tense of its own verb (*bedraagt* looks like *be-...-t*, but the participle of
    *bedragen* is *bedragen*)."""
    from .passive import looks_like_participle
    from .verbs import participle

    if not looks_like_participle(verb.lower_):
        return False
    lemma = verb.lemma_.lower()
    if not lemma.endswith("en") or lemma == verb.lower_:
        return True
    form = participle(lemma)
    return not form or form == verb.lower_


def _particle_of(doc, verb: Token, particle: Token) -> bool:
    """The particle makes a verb with this finite verb (*schrijft ... voor*, *vindt ... plaats*), and no verb
    between the two makes one with it: a particle belongs to the nearest verb it makes a verb with (*Zie de
    richtlijn Pas technologie aan*: *aanpassen*, not *aanzien*). A noun the parser hung as a particle (*komt ...
    'meer stad'*) makes no verb."""
    from .grammar import known_verbs

    if (
        particle.pos_ not in ("ADP", "ADV", "ADJ")
        and particle.lower_ + verb.lemma_.lower() not in known_verbs()
    ):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and particle.lower_ + t.lemma_.lower() in known_verbs()
        for t in doc[verb.i + 1 : particle.i]
    )


def _inside_quotation(doc, verb: Token, closing: Token) -> bool:
    """The closing word stands inside quotation marks opened after the verb and not closed before it: a quoted
    name, title or motto (*komt tot uiting in het motto 'meer stad, meer land'*), not the rest of the verb."""
    close = None
    for t in doc[verb.i + 1 : closing.i]:
        if close is None and t.text in QUOTES:
            close = QUOTES[t.text]
        elif close is not None and t.text == close:
            close = None
    return close is not None


def _only_subject_and_object(doc, verb: Token, main: Token, closing: Token) -> bool:
    """Between the parts stand only the subject, the object and at most one adverb, after a fronted phrase (*Op 9
    april heeft de raad van X de visie 'Y' vastgesteld*): normal main-clause order, with no phrase that could move
    and no place to split; the reader waits for the verb as in any such sentence."""
    args = [
        c
        for c in (*main.children, *verb.children)
        if c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "expl") and verb.i < c.i < closing.i
    ]
    covered = {t.i for c in args for t in c.subtree}
    if any(
        t.dep_ in ("nmod", "obl") and t.i < t.head.i and any(ch.dep_ == "case" for ch in t.children)
        for c in args
        for t in c.subtree
    ):
        return False  # a phrase before its noun is the clause's (*zijn voor de bijgebouwen maximale hoogten ...*)
    if verb.i == verb.sent.start or verb.i + 1 not in covered:
        return False  # no phrase before the verb, or no noun phrase right after it: not the inverted order
    if not any(c.dep_.startswith("nsubj") for c in args) and any(
        c.dep_.startswith("nsubj") and c.i < verb.i for c in (*main.children, *verb.children)
    ):
        return False  # the subject opens the sentence (*Het zal het ... makkelijker maken*): no inversion
    # the rest of the verb cluster before the closing part (*moeten ... worden opgenomen*) is no phrase either
    cluster = {c.i for c in main.children if c.dep_ in ("aux", "aux:pass") and c.i > verb.i}
    rest = [t for t in doc[verb.i + 1 : closing.i] if t.i not in covered | cluster and not t.is_punct]
    return len(rest) <= 1 and all(t.pos_ in ("ADV", "ADJ") for t in rest)


def _loose_final_particle(sent: Span, verb: Token) -> Token | None:
    """A particle at the end of the sentence that the parser did not attach: *stellen ... vast.*"""
    from .grammar import known_verbs

    last = sent[-1]
    while last.i > sent.start and (last.is_punct or last.is_space):
        last = sent.doc[last.i - 1]
    if last.i <= verb.i + 1 or last.lower_ not in final_particles():
        return None
    if any(c.dep_ in ("det", "case") for c in last.children):
        return (
            None  # *aan de weg*: a noun with its own article or preposition, not the particle of *wegvallen*
        )
    if last.lower_ + verb.lemma_.lower() in known_verbs():
        return last
    return None
