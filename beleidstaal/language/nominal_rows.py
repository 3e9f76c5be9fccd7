"""Rows of nominalisations joined by *en*, *of* or commas (BT201): which noun's place in the sentence counts for a
noun in a row (``anchor``), and where a row of nominal infinitives ends (``coordinated_infinitives``). Also what
makes an infinitive a noun: its own article (``nominal_infinitive``), with the adverbs and adjectives that may stand
between them (``modifiers_after_article``: *het tijdelijk opslaan van grond*), and an article with an adjective that
says which one (``_described``: *de huidige inrichting*), a sign the noun names a thing, not an act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import known_verbs

if TYPE_CHECKING:  # only for annotations: importing the rules loads no spaCy
    from spacy.tokens import Token

#: how a Dutch infinitive ends: *-en*, or *-aan* for *gaan*, *staan*, *slaan* and their compounds (*het tegengaan van*)
INFINITIVE_ENDINGS = ("en", "aan")


def nominal_infinitive(tok: Token) -> bool:
    """An infinitive with its own article, made into a noun: *het tegengaan*, *dit vastleggen*, also with adverbs
    or adjectives between (*het tijdelijk opslaan*: ``modifiers_after_article``)."""
    low = tok.lower_
    if not (tok.i > tok.sent.start and low.endswith(INFINITIVE_ENDINGS) and low in known_verbs()):
        return False
    return tok.doc[tok.i - 1].lower_ in ("het", "dit", "dat") or bool(modifiers_after_article(tok))


def anchor(tok: Token) -> Token:
    """The token whose place in the sentence counts: the first conjunct of a coordination (*de inzameling en
    verwerking van afvalwater*: *inzameling*). A nominal infinitive with its own article that the parser joined to
    a noun inside the object of an earlier one (*het vastleggen van de kennis en het tegengaan van de gevolgen*:
    *tegengaan* hung on *kennis*) is joined to that earlier infinitive: two acts, each with its object. Only a pair:
    in a row of three or more (*het beschermen van ..., het tegengaan van ... en het beperken van ...*) the parse
    says too little about where the row starts, and such a row is an enumeration of goals or measures."""
    start, seen = tok, 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 10:
        tok, seen = tok.head, seen + 1
    if tok is start or not nominal_infinitive(start) or nominal_infinitive(tok):
        return tok
    up = tok.head
    for _ in range(6):
        if up.i < tok.i and _infinitive_van(up):
            return up if up.dep_ != "conj" and not _more_in_row(up, start) else tok
        if up.head.i == up.i:
            break
        up = up.head
    return tok


def _infinitive_van(tok: Token) -> bool:
    """A nominal infinitive right before *van*: *het vastleggen van*."""
    return nominal_infinitive(tok) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "van"


def second_act_follows(tok: Token) -> bool:
    """*en*, *of* or a comma before a nominal infinitive with its own article and *van*: *en het tegengaan van*."""
    doc, i = tok.doc, tok.i
    return (
        tok.lower_ in ("en", "of", ",")
        and i + 3 < len(doc)
        and doc[i + 1].lower_ in ("het", "dit")
        and _infinitive_van(doc[i + 2])
    )


def _more_in_row(first: Token, second: Token) -> bool:
    """The first is itself a later member of a row (after a comma, *en* or *of*), or another nominal infinitive
    with *van* stands between the two or after the second, joined by a comma, *en* or *of*: a row of three or more."""
    doc, end = first.doc, first.sent.end
    if first.i - 2 >= first.sent.start and doc[first.i - 2].lower_ in (",", "en", "of"):
        return True
    between = any(_infinitive_van(t) for t in doc[first.i + 1 : second.i])
    after = any(
        _infinitive_van(t) and doc[t.i - 2].lower_ in (",", "en", "of")
        for t in doc[second.i + 1 : end]
        if t.i >= 2
    )
    return between or after


def coordinated_infinitives(doc, first: Token, end: int, verbs) -> Token:
    """The last of infinitives joined by *en*, *of* or commas that ends before *van*: *het aanvullen en aanpassen
    van* → *aanpassen*. ``first`` itself when there is no such row."""
    last, j = first, first.i + 1
    while (
        j + 1 < end and doc[j].lower_ in ("en", "of", ",") and doc[j + 1].lower_.endswith(INFINITIVE_ENDINGS)
    ):
        if doc[j + 1].lower_ not in verbs:
            return first
        last, j = doc[j + 1], j + 2
    return last if last is not first and j < end and doc[j].lower_ == "van" else first


#: how many words may stand between the article and a nominal infinitive (*het geheel of gedeeltelijk slopen*)
_MAX_BETWEEN = 4


def modifiers_after_article(tok: Token) -> list[Token]:
    """The adverbs and adjectives between a nominal infinitive and its own article, in text order: *het (tijdelijk)
    bergen van regenwater*, *het volledig vastleggen van*, *het snel en goedkoop bouwen van*. They describe the act,
    as an adverb describes a verb (*regenwater tijdelijk bergen*), and the article still makes the infinitive a
    noun: the parse hangs *het* on the infinitive as its determiner. [] where nothing stands between, where the
    words before are no article of this infinitive (*dat het snel gaat*), or where an adjective is inflected: an
    adverb has no *-e*, and *het beleidsmatige streven* is a noun of its own (the aim), no act."""
    doc, start = tok.doc, tok.sent.start
    i, between = tok.i - 1, []
    while i > start and len(between) < _MAX_BETWEEN:
        t = doc[i]
        if t.pos_ == "ADJ" and t.lower_.endswith("e") and t.lower_ != (t.lemma_ or t.lower_).lower():
            return []  # an inflected adjective describes a noun, not an act: *het beleidsmatige streven*
        if t.pos_ in ("ADJ", "ADV") or t.text in ("(", ")") or (t.pos_ == "CCONJ" and between):
            between.append(t)
            i -= 1
            continue
        break
    if not between or any(t.pos_ == "CCONJ" for t in between[-1:]):
        return []
    article = doc[i]
    if article.lower_ not in ("het", "dit") or article.dep_ != "det" or article.head.i != tok.i:
        return []
    if sum(t.text == "(" for t in between) != sum(t.text == ")" for t in between):
        return []
    return sorted(between, key=lambda t: t.i)


def _identifying(adj: Token) -> bool:
    """An adjective that says which one or what kind (``identifying_adjectives``: *huidige*, *concrete*, *tweede*),
    an ordinal (*2e*) or a relational adjective on *-isch* (*hiërarchische*), not how an act goes (*verdere*,
    *snelle*)."""
    low, lemma = adj.lower_, (adj.lemma_ or adj.lower_).lower()
    words = word_set("grammatica", "identifying_adjectives")
    ordinal = low[:1].isdigit() and low.lstrip("0123456789") in ("e", "ste", "de")
    return low in words or lemma in words or ordinal or low.endswith(("isch", "ische"))


def _described(tok: Token) -> bool:
    """A definite article or a demonstrative with an adjective that says which one or what kind: *de huidige
    inrichting* (the layout as it is), *de hiërarchische opbouw* (a composition), *de concrete uitvoering*, *de
    tweede wijziging* (a document). The noun names a thing, a state or a known kind, and a verb clause would not
    say it better. After *een*, *geen*, *elke* the noun is a new act (*een eenduidige interpretatie van*), and so
    it is without an article (*digitale uitvoering van wetgeving*) or with an adjective of manner (*de verdere
    verbetering*: verder verbeteren). An uninflected word between *het* and a nominal infinitive is an adverb of the
    act, whatever its ending (*het dynamisch bijwerken van de pagina*, *het eerder indienen van de aanvraag*:
    ``nominal_rows.modifiers_after_article``), never a word that says which thing (nomin50)."""
    dets = [t for t in tok.lefts if t.dep_ == "det"]
    if not dets or dets[0].lower_ in word_set("grammatica", "indefinite_determiners"):
        return False
    adverbs = {t.i for t in modifiers_after_article(tok)}
    # between the determiner and the noun: *ten tweede door het geven van* hangs *tweede* on the noun too
    return any(
        t.dep_ == "amod" and t.pos_ == "ADJ" and dets[0].i < t.i and t.i not in adverbs and _identifying(t)
        for t in tok.lefts
    )
