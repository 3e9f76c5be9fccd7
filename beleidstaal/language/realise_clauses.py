"""Where clauses begin and end, for a replacement (part of ``realise``): the conjunctions, relative pronouns and
commas that a replacement may change only when the clause around it stays whole.

- a conjunction such as *indien* opens a clause only with a subject and a finite verb (``_opens_clause``:
  not *indien noodzakelijk*, nor *indien van toepassing worden ...*, whose verb is the main clause's; but
  *indien besloten wordt de ... te ...*, a verb cluster); *teneinde* → *om* only before its own *te* +
  infinitive (``_te_infinitive_follows``);
- a coordinator for a subordinator needs the other word order (``_subordinator``); *zowel* wants *als*
  (``_zowel_before``); *alsmede* → *en* loses the grouping of a list when *en* follows (``_en_after``);
- a relative pronoun agrees with what it refers to (``_relative_fits``: *die*, *dat* or *wat*);
- the comma before *alsmede* goes when it only served that word (``with_comma``);
- ``_finite``: a finite verb, also one the tagger missed (``clause_check`` uses it too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .data import table, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

CONJUNCTIONS = word_set("realisatie", "conjunctions")
COMMA_BEFORE = word_set("realisatie", "comma_before")
SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj"})


def with_comma(tokens: Sequence[Token], term: str | None) -> list[Token] | None:
    """*de bouw, alsmede de aanleg* → *de bouw en de aanleg*: a word listed in ``comma_before`` with the comma
    before it and the word before that, when the comma only served that word: no earlier comma in the sentence
    (it might close an insertion that one opened: *het plan, daterend uit 2014, alsmede ...*), no subordinate
    clause that it closes (a finite verb of a relative or other dependent clause before it) and no list after it
    (a comma, *en* or *of* after the word: then the comma marks the top split). The replacement then
    stands for all three (the word before, kept, and the replacement). None otherwise."""
    if term is None or term.lower() not in COMMA_BEFORE or len(tokens) != 1:
        return None
    word = tokens[0]
    start = word.sent.start
    if word.i - 2 < start or word.doc[word.i - 1].text != ",":
        return None
    prev = word.doc[word.i - 2]
    if prev.is_punct and prev.text != ")":
        return None
    if any(t.text in (",", ";") or t.lower_ in ("en", "of") for t in word.doc[word.i + 1 : word.sent.end]):
        return None  # 'wonen, alsmede wegen, tuinen en water': the comma marks the top split of a nested list
    before = word.doc[start : word.i - 1]
    if any(t.text in (",", ";", ":", "(", "–") for t in before):
        # 'het plan, daterend uit 2014, alsmede ...': the comma may close an insertion an earlier one opened
        return None
    if any(t.pos_ in ("VERB", "AUX") and _finite(t) and t.dep_ in SUBORDINATE_DEPS for t in before):
        # 'de regels die eisen stellen, alsmede de algoritmen': the comma closes a subordinate clause; without it
        # 'en de algoritmen' would join that clause
        return None
    return [prev, word.doc[word.i - 1], word]


def _subordinator(token: Token) -> bool:
    """*dat*, *of*, *omdat* ...: the word opens a subordinate clause (its finite verb stands at the end)."""
    return token.pos_ == "SCONJ" or token.lower_ in CONJUNCTIONS or token.lower_ in ("dat", "of")


def _relative(word: Token) -> bool:
    """A relative pronoun: by the tagger, or one of the old ones whatever the tagger says (*Hetgeen u vraagt*)."""
    return word.lower_ in ("hetgeen", "hetwelk", "welke", "dewelke") or "Rel" in word.morph.get("PronType")


def _zowel_before(word: Token) -> bool:
    """*zowel* earlier in the sentence with no *als* since: the second half of the pair is still to come."""
    for t in reversed(list(word.doc[word.sent.start : word.i])):
        if t.lower_ == "als":
            return False
        if t.lower_ == "zowel":
            return True
    return False


def _en_after(word: Token) -> bool:
    """*en* further on in the same coordination as the word (*de tuinen alsmede paden, water en groen*: *en*
    joins a conjunct to what *alsmede* joins, or to the same head): *en* in its place would stack *en ... en* and
    lose the grouping that *alsmede* gave. Not an *en* inside a part of it (*de huur alsmede de kosten voor gas en
    licht*, *alsmede voor doeleinden zoals wegen en water*), and not after a comma before the word, which keeps the
    top split (*wonen, en parkeren, spelen en wandelen*)."""
    if word.i > word.sent.start and word.doc[word.i - 1].text == ",":
        return False
    joined = word.head  # the conjunct that 'alsmede' joins
    level = {joined.i, joined.head.i}
    return any(
        t.lower_ == "en" and t.head.dep_ == "conj" and t.head.head.i in level
        for t in word.doc[word.i + 1 : word.sent.end]
    )


def _relative_fits(pronoun: Token, word: str) -> bool:
    """A relative pronoun for *hetgeen*/*welke* agrees with what it refers to: after a noun *die* (a de-word or a
    plural) or *dat* (a het-word); after a clause or with nothing before it *wat* (*De weg gaat dicht, wat overlast
    geeft*; *Wat u vraagt*)."""
    from .number import noun_plural

    before = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if not t.is_punct]
    noun = before[-1] if before and before[-1].pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return word == "wat"
    if word == "wat":
        return False  # een programma, hetgeen ... → not 'wat': the pronoun refers to the noun
    gender = "de" if noun_plural(noun) else m.article(noun.lower_)
    return gender is not None and word == ("die" if gender == "de" else "dat")


def _opens_clause(conj: Token) -> bool:
    """*indien* opens a clause with a subject and a finite verb (*indien u bezwaar wilt maken*), not an ellipsis
    (*indien noodzakelijk nemen wij ...*, *indien van toepassing, ...*): between the conjunction and the first
    finite verb there must be a subject, and no comma; an adjective or participle straight after it, not before a
    noun, is the whole clause (*indien mogelijk met de fiets*, *indien gewenst kunt u*); and a finite verb after
    another conjunction belongs to that clause (*indien mogelijk ... komen zodat de straat vrij blijft*)."""
    doc = conj.doc
    if _an_ellipsis(doc[conj.i + 1 : conj.sent.end]):
        return False
    for t in doc[conj.i + 1 : conj.sent.end]:
        if t.is_punct or (t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX") and t.head.i > conj.i):
            return False  # (not 'als' before a noun: aangezien zij als bedrijf worden gezien)
        clause_end = t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct
        if _finite(t) or (t.pos_ in ("VERB", "AUX") and clause_end):  # alhoewel de kosten stijgen,
            between = conj.doc[conj.i + 1 : t.i]
            if not any(w.pos_ in ("PRON", "NOUN", "PROPN") for w in between):
                return False
            if {"Part", "Inf"} & set(between[-1].morph.get("VerbForm")):
                # *indien door ons besloten wordt de boom te kappen*: a participle or infinitive before the
                # finite verb makes a verb cluster, which ends a subordinate clause (a main clause has its finite
                # verb second, and *indien ...* already fills the first place): what follows is no subject
                return True
            # *indien van toepassing worden ook de kosten genoemd*: only nouns inside a prepositional phrase, and
            # a subject right after the finite verb: that verb is the main clause's, the conjunction has none
            return bool(_subject_outside_phrases(between)) or not _subject_follows(t)
    return False


def _subject_outside_phrases(words: Sequence[Token]) -> list[Token]:
    """The nouns and pronouns of ``words`` that stand outside a prepositional phrase (a phrase runs from its
    preposition to its first noun: *in de kast*, *van toepassing*): the candidates for a clause's subject."""
    found, in_phrase = [], False
    for w in words:
        if w.pos_ == "ADP":
            in_phrase = True
        elif w.pos_ in ("PRON", "NOUN", "PROPN"):
            # the parse's own preposition decides where the tagger took the phrase's noun for an adjective
            # (*tijdens grondwerkzaamheden zogenaamde vondsten*: the second noun is the subject)
            if not (in_phrase and any(c.dep_ == "case" for c in w.children)):
                found.append(w)
            in_phrase = False
    return found


def _subject_follows(finite: Token) -> bool:
    """A noun phrase or pronoun right after the finite verb (adverbs between: *worden ook de kosten*, *is het*):
    the inverted subject of a main clause, not the participle or infinitive that ends a subordinate clause
    (*indien in het plan wordt verwezen naar*)."""
    doc = finite.doc
    for t in doc[finite.i + 1 : finite.sent.end]:
        if t.pos_ == "ADV":
            continue
        if t.pos_ == "NOUN" and any(pos == "VERB" for _, pos in m.lemmas(t.lower_)):
            return False  # *worden waargenomen*: a participle the tagger took for a noun
        return t.pos_ in ("DET", "PRON", "NOUN", "PROPN", "NUM")
    return False


def _te_infinitive_follows(last: Token) -> bool:
    """*te* and an infinitive follow in the same clause, with no finite verb before them."""
    doc = last.doc
    for t in doc[last.i + 1 : last.sent.end]:
        if t.is_punct or _finite(t):
            return False
        if t.lower_ == "te" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def elliptic_condition(conj: Token) -> str | None:
    """The word that takes the place of a conditional conjunction before a predicate that is its whole clause
    (``realisatie.elliptic_conditions``): *indien nodig* is *zo nodig*, *indien mogelijk* is *zo mogelijk* (*als
    nodig* is no idiomatic Dutch); None for any other (*indien van toepassing*: advice)."""
    after = conj.doc[conj.i + 1 : conj.sent.end]
    if not after or not _an_ellipsis(after):
        return None
    nxt = after[1] if len(after) > 1 else None
    if nxt is not None and nxt.pos_ in ("VERB", "AUX") and not _finite(nxt):
        return None  # *indien mogelijk gemaakt*: a verb of its own (*mogelijk maken*), not the ellipsis
    return table("realisatie", "elliptic_conditions").get(after[0].lower_)


def elliptic_advice(tokens: Sequence[Token], unfit: Sequence[str]) -> str | None:
    """Advice for *als* in the place of a conjunction before an ellipsis that has no fixed word of its own
    (*indien gewenst*, *indien noodzakelijk*): *als* needs a whole clause there, so the advice gives two."""
    if len(tokens) != 1 or "als" not in unfit:
        return None
    conj = tokens[0]
    after = conj.doc[conj.i + 1 : conj.sent.end]
    if not _an_ellipsis(after) or after[0].lower_ in table("realisatie", "elliptic_conditions"):
        return None  # (*indien mogelijk gemaakt*: not the ellipsis of a word with its own 'zo')
    return "Schrijf een hele bijzin met 'als', bijvoorbeeld 'als dat nodig is' of 'als u dat wilt'."


def _an_ellipsis(after: Sequence[Token]) -> bool:
    """The words after a conjunction start with an adjective or participle that stands alone (*mogelijk met*,
    *gewenst kunt*, *nodig terug*), not one before a noun (*nieuwe woningen*) or before the clause's own finite
    verb (*gebouwd wordt*)."""
    if not after:
        return False
    first = after[0]
    if not (first.pos_ == "ADJ" or (first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm"))):
        return False
    if len(after) == 1:
        return True
    nxt = after[1]
    if nxt.pos_ in ("ADJ", "VERB") and nxt.lower_.endswith("e"):
        return False  # *indien nodig geachte maatregelen*: the predicate may belong to the word after it
    if first.lower_ in word_set("realisatie", "elliptic_predicates") and nxt.pos_ in ("ADJ", "ADV"):
        # *indien nodig makkelijk aanpassingen doen*: 'nodig' grades no adjective, so the one after it is the main
        # clause's
        return True
    if first.lower_ in word_set("realisatie", "not_attributive") and nxt.pos_ in ("NOUN", "PROPN"):
        # uninflected *nodig* never stands before a noun (*de nodige maatregelen*, *benodigde*): a noun after it is
        # the main clause's (*neemt indien nodig maatregelen*)
        return True
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        return False
    return not (nxt.pos_ in ("VERB", "AUX") and _finite(nxt) and _clause_ends_after(nxt))


def _clause_ends_after(t: Token) -> bool:
    return t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct


def _finite(t: Token) -> bool:
    """A finite verb, also one the tagger missed (*wilt* taken for a noun): a present form with -t or a past form
    of a known verb, not after an article (*het plan* is no verb)."""
    if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
        return True
    if t.i > 0 and t.doc[t.i - 1].pos_ == "DET":
        return False
    if (
        t.pos_ == "ADP"
        or t.dep_ == "compound:prt"
        or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "te")
    ):
        return False  # uit de wijk, uit te voeren: 'uit' is a preposition or particle, not a form of 'uiten'
    low = t.lower_
    return any(
        low != lemma and low in {m.present(lemma, "Sing", 2), m.present(lemma, "Sing", 3), m.past(lemma)}
        for lemma, _ in m.lemmas(low, "VERB")
    )
