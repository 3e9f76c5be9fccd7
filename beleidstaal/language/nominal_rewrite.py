"""The words of a nominalisation's rewrite (BT201, ``nominalisation.py``): the noun's own words before it, the
object after *van* with the phrases that belong to it, adjectives turned into adverbs, and the checks that a rewrite
built from the span is whole (brackets closed, no adjective that cannot stand before the verb)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import morphology as m
from .brackets import closes_in_order
from .data import table, word_set
from .grammar import zipf
from .nominal_object_end import complete, ends_in_noun
from .nominal_rows import second_act_follows
from .passive import looks_like_participle

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def _left_part(token: Token) -> list[Token]:
    """Determiner and adjectives before the noun that belong to it; not an adverb the parser hung on the noun
    (*ook*, *bijvoorbeeld*, *daarna*: they belong to the clause), nor a determiner of the other gender (``_agrees``),
    nor a *dat* that opens the clause (``_opens_clause``)."""
    return [
        t
        for t in token.lefts
        if (t.dep_ in ("det", "amod", "nmod:poss", "compound", "flat") or t.pos_ == "DET")
        and t.pos_ != "ADV"
        and _agrees(t, token)
        and not _opens_clause(t)
        and not _superlative(t)
    ]


def _superlative(det: Token) -> bool:
    """*het* with a superlative of its own (*het beste*, *het meest*) is an adverbial of the clause, not the noun's
    determiner: *kan het beste na de sloop van de gebouwen worden uitgevoerd* (the parse hangs *het* on *sloop*)."""
    return det.lower_ == "het" and any(c.morph.get("Degree") == ["Sup"] for c in det.children)


def _agrees(det: Token, noun: Token) -> bool:
    """A determiner of one gender (``realisatie.gender_determiners``) stands only before a singular noun of that
    gender: *dat* before *vaststelling* (a de-word) is the conjunction the parse hung on it (*brengt mee* [*dat*]
    *vaststelling van een plan ...*), not the noun's determiner. Only where the tagger's gender and the word's certain
    gender (``morphology.article``, ``certain``: not read off a short last part, *afvoer* as *voer*) both give the
    other gender; a plural, or a noun whose gender is not certain, agrees."""
    gender = table("realisatie", "gender_determiners").get(det.lower_)
    if gender is None or "Plur" in noun.morph.get("Number") or not noun.is_lower:
        return True
    tagged = {"Com": "de", "Neut": "het"}.get(next(iter(noun.morph.get("Gender")), ""))
    return tagged in (None, gender) or m.article(noun.lower_, certain=True) in (None, gender)


def _opens_clause(det: Token) -> bool:
    """*dat* before the noun opens a clause, whatever the noun's gender: the parse makes it a clause's opener
    (``mark``), or a finite verb stands before it in its sentence (the main clause's, with no colon, semicolon or
    clause opener between)
    and another after it (the verb at the end of the clause it opens: *hij zegt dat onderzoek van de bodem nodig is*).
    With one finite verb it is the determiner (*dat onderzoek is nodig*, *het college vindt dat onderzoek nodig*)."""
    if det.lower_ != "dat":
        return False
    if det.dep_ == "mark":
        return True
    sent = det.sent

    def finite(t: Token) -> bool:
        return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")

    before = False
    for t in reversed(det.doc[sent.start : det.i]):
        if t.lower_ in (":", ";", "dat") or t.dep_ == "mark" or t.pos_ == "SCONJ":
            break  # a clause opened before it: *wij weten dat* [*dat*] *onderzoek nodig is* is the determiner
        if finite(t):
            before = True
            break
    return before and any(finite(t) for t in det.doc[det.i + 1 : sent.end])


def _object_tokens(van_head: Token, event=None) -> list[Token]:
    """The object of the rewrite: the noun after *van* with its own words before it, and phrases after it that
    start with a preposition (*de bereikbaarheid van het centrum*). It stops at a relative clause, a comma, or a
    bare word the parser hung on the noun (*het systeem* [*start*] *in maart*). A noun coordinated with it belongs
    to the object (*van Oosterdorp en Westerdorp*), unless ``event`` says it is an act of its own (*de bouw van
    woningen en de aanleg van wegen*)."""
    doc = van_head.doc
    start = van_head.left_edge.i
    if doc[start].lower_ == "van":
        start += 1
    out = [t for t in doc[start : van_head.i + 1]]
    if not out:
        return []  # the parse made *van* itself the head of its phrase: no object to rewrite with
    for child in van_head.rights:
        first = doc[child.left_edge.i]
        if child.i == out[-1].i + 1 and (child.pos_ == "NUM" or child.like_num):
            out.append(child)  # artikel 14, bijlage 2: the number belongs to its noun (issue 17)
            continue
        if child.dep_ == "conj" and _joins(child, out, event):
            out += list(child.subtree)
            continue
        if child.dep_ in ("acl:relcl", "acl", "conj", "parataxis") or first.is_punct or first.pos_ != "ADP":
            break
        inner = list(child.subtree)
        cut = next(
            (k for k, t in enumerate(inner) if t.dep_ in ("acl:relcl", "acl") or (k and t.text == ",")), None
        )  # a relative clause deeper down ends the object too (*de gevel van een functie die ...*)
        if cut is not None:
            cut = min([cut, *(k for k, t in enumerate(inner) if t.i >= inner[cut].left_edge.i)])
            out += inner[:cut]
            break
        out += inner
    # a second act the parser hung inside this object ends it: *van een rotonde op de kruising met de Kerkweg* [*en
    # het toestaan van parkeren*]; the second is a finding of its own (``nominal_rows.anchor``)
    cut = next((k for k, t in enumerate(out) if k and second_act_follows(t)), None)
    if cut is not None:
        out = out[:cut]
    while out and (out[-1].is_punct or out[-1].pos_ in ("DET", "ADP", "CCONJ")):
        out.pop()  # a phrase the parse cut open ends before it: *een schatting* [*van het*]
    # a parenthesis the parse cut open closes, and the noun after it ends the phrase: *een (ander type) asfalt*
    if out and "(" in (opened := [t.text for t in out]) and ")" not in opened:
        close = next((t.i for t in doc[out[-1].i + 1 : van_head.sent.end] if t.text in (")", ",")), None)
        if close is not None and doc[close].text == ")" and close - out[-1].i <= 6:
            out += doc[out[-1].i + 1 : close + 1]
            k = close + 1
            while k < van_head.sent.end and (
                doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or "Part" in doc[k].morph.get("VerbForm")
            ):
                out.append(doc[k])
                k += 1
    # a name goes on after the parse's noun: *de Kaderrichtlijn Water*, not *de Kaderrichtlijn*
    k = out[-1].i + 1 if out else len(doc)
    while out and out[-1].text[:1].isupper() and k < van_head.sent.end and _name_part(doc[k]):
        out.append(doc[k])
        k += 1
    # a compound cut short before a coordination belongs with its other half: *bouw- en gebruiksregels*
    j = out[-1].i + 1 if out and out[-1].text.endswith("-") else len(doc)
    while j < van_head.sent.end and j - van_head.i <= 8:
        out.append(doc[j])
        if not (doc[j].text.endswith("-") or doc[j].lower_ in ("en", "of", ",")):
            break
        j += 1
    # the phrase ends in its noun: cut back where it runs past it, run on where it stops before it
    return complete(out, van_head) if out else out


#: the word classes of a plain noun phrase joined to the object (*en de oude bibliotheek*)
_IN_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"})


def _joins(conj: Token, out: list[Token], event) -> bool:
    """A noun coordinated right after the object is part of it: no *van* phrase, clause or act of its own."""
    sub = list(conj.subtree)
    return (
        conj.pos_ in ("NOUN", "PROPN")
        and sub[0].i == out[-1].i + 1
        and all(t.pos_ in _IN_NOUN_PHRASE for t in sub)  # no list, bracket, preposition or adverb
        and not any(t.lower_ == "van" or t.dep_ in ("acl:relcl", "acl") for t in sub)
        and not (event is not None and event(conj))
        and not object_of_own_verb(conj)
    )


def object_of_own_verb(conj: Token) -> bool:
    """A bare noun coordinated with the object and followed by a verb of its own: the object of a second act, not
    of this one (*het delen van data of* [*inzicht geven*] *in*, *het verzamelen van gegevens en* [*advies geven*]).
    Not where the verb is the one the nominalisation hangs on (*voor het beheer van wegen en water zorgen*): there
    the noun belongs to the object (nomin33)."""
    doc = conj.doc
    end = max(t.i for t in conj.subtree) + 1
    if conj.pos_ != "NOUN" or end >= conj.sent.end or any(t.pos_ == "DET" for t in conj.subtree):
        return False
    verb = doc[end]
    nominal = conj.head.head if conj.head.dep_.startswith("nmod") else None
    if nominal is None or conj.head.i > conj.i or verb.pos_ != "VERB" or not verb.lower_.endswith("en"):
        return False
    # the clause's own verb stands before the nominalisation (*werkt aan het verzamelen van ...*); where it
    # follows (*de kosten van de aanleg van wegen en bruggen stijgen*), the verb after the noun is that verb
    clause = next((a for a in nominal.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.i < nominal.i and not _in_verb_group(verb, clause)


def _in_verb_group(verb: Token, clause: Token) -> bool:
    """The verb is the clause's own verb or an infinitive of its verb group (*wij laten de aanleg van wegen en dijken*
    [*onderzoeken*], *de gemeente gaat ...* [*verbeteren*]): the noun before it still belongs to the object."""
    t = verb
    while t.i != clause.i and t.dep_ == "xcomp" and t.head.i != t.i:
        t = t.head
    return t.i == clause.i


#: words that open a noun phrase: two of them in a row is a slip in the text (*het dit plan*), not an object to copy
_DETERMINERS = frozenset(
    {"de", "het", "een", "dit", "dat", "deze", "die", "zijn", "haar", "hun", "ons", "onze"}
)


def whole(obj: list[Token], van_head: Token, event=None) -> bool:
    """The object makes a whole phrase to copy into an example: no slip of two determiners (*het dit plan*), not
    cut before the end of its phrase (*van het* [*te verwachten klimaat*], *NNN* [*gebied*]), and no coordinated
    noun left out (*van Oosterdorp* [*en Westerdorp*])."""
    if not obj:
        return False
    words = sorted(obj, key=lambda t: t.i)
    if any(
        a.lower_ in _DETERMINERS and b.lower_ in _DETERMINERS and b.i == a.i + 1
        for a, b in zip(words, words[1:], strict=False)
    ):
        return False
    last, doc = words[-1], van_head.doc
    if last.pos_ in ("DET", "ADP", "CCONJ") or last.lower_ in _DETERMINERS or not ends_in_noun(words):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < van_head.sent.end else None
    ids = {t.i for t in obj}
    if nxt is not None and nxt.is_alpha and _goes_on(nxt, ids):
        return False
    return not any(_left_out(c, last, ids, event) for c in van_head.children)


def _left_out(conj: Token, last: Token, ids: set[int], event) -> bool:
    """A noun coordinated right after the object (*van Oosterdorp* [*en Westerdorp*]) that the object leaves out;
    not a phrase of its own (*van code en het gebruik van ...*: its own article or *van*, or an act)."""
    sub = list(conj.subtree)
    return (
        conj.dep_ == "conj"
        and conj.i not in ids
        and conj.left_edge.i == last.i + 1
        and not (event and event(conj))
        and not object_of_own_verb(conj)
        and not any(t.lower_ == "van" for t in sub)
        and (conj.pos_ == "PROPN" or not any(t.pos_ == "DET" for t in sub))
    )


def _goes_on(nxt: Token, ids: set[int]) -> bool:
    """The word after the object still belongs to its noun: a name or compound part the parse hung on it
    (*locatie* [*Noordpark*], *NNN* [*gebied*]), or a noun that is no phrase of its own."""
    if nxt.head.i in ids and nxt.dep_ in ("fixed", "flat", "appos", "compound", "amod"):
        return True
    return nxt.pos_ in ("NOUN", "PROPN") and not (nxt.dep_ == "nmod" and nxt.head.i in ids)


def _name_part(t: Token) -> bool:
    return t.text[:1].isupper() and t.text.isalpha() and t.pos_ in ("PROPN", "NOUN", "ADJ", "X")


#: quotation marks that must both stand in a rewrite built from the span (brackets: ``brackets.closes_in_order``)
_QUOTES = (("“", "”"), ("‘", "’"))


def balanced(tokens: list[Token]) -> bool:
    """Each bracket and quotation mark in the tokens is closed in them: a span cut inside a parenthesis (*het
    toepassen van een (ander type*) gives no rewrite. Brackets are read per character (also inside a word), in
    order; quotation marks by their number, as a closing ’ is also an apostrophe (*auto’s*)."""
    text = "".join(t.text for t in tokens)
    return (
        closes_in_order(text)
        and all(text.count(a) == text.count(b) for a, b in _QUOTES)
        and text.count("'") % 2 == 0
        and (text.count('"') % 2 == 0)
    )


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)).strip()


def _adverb(adj: Token) -> str:
    """The uninflected adjective, used as an adverb: *verdere* → *verder*, *grote* → *groot*, *snelle* → *snel*."""
    low, lemma = adj.lower_, adj.lemma_.lower()
    if _going_further(adj):
        return lemma[:-4]  # verdergaande versterking → verder versterken
    if not low.endswith("e"):
        return low
    # the dictionary's base of which this is the form with -e, before the tagger's lemma, which can be another
    # word or no word (structurele: 'structurel', gefaseerde: itself, bredere: 'breed'): structureel, breder
    for base, _ in m.lemmas(low, "ADJ"):
        if base != low and low in _with_e(base):
            return base
    if low == lemma:
        return low
    if low in _with_e(lemma):
        return lemma
    stem = low[:-1]
    consonants = len(stem) >= 2 and stem[-1] != stem[-2] and not set(stem[-2:]) & set("aeiouyëïéèêöü")
    if consonants and stem[-1] not in "vz" and not m.lemmas(lemma, "ADJ"):
        return stem  # a lemma no adjective (vraaggerichte: 'vraaggerichen'): after two consonants the -e just goes
    return stem if zipf(stem) >= 3.0 else lemma


def _with_e(base: str) -> set[str]:
    """The forms of an adjective with -e: *snel* → *snelle*, *groot* → *grote*, *lief* → *lieve*, *vies* → *vieze*."""
    forms = {base + "e", base + base[-1:] + "e"}
    if len(base) >= 3 and base[-2] == base[-3]:
        forms.add(base[:-2] + base[-1] + "e")  # groot → grote
    if base.endswith("f"):
        forms.add(base[:-1] + "ve")
    if base.endswith("s"):
        forms.add(base[:-1] + "ze")
    return forms


#: adjectives that do not turn into an adverb before the verb (de eerste wijziging ≠ eerst wijzigen)
NO_ADVERB = word_set("grammatica", "no_adverb")


def _going_further(adj: Token) -> bool:
    """A present participle of a comparative and *gaan* (*verdergaande*): before the verb only the comparative
    stays (*verder versterken*), never *verdergaan versterken*."""
    low, lemma = adj.lower_, adj.lemma_.lower()
    head = lemma[:-4]
    return (
        low in (lemma + "de", lemma + "d")
        and lemma.endswith("gaan")
        and len(head) >= 5
        and head.endswith("er")
    )


def _blocks_rewrite(adj: Token) -> bool:
    low, lemma = adj.lower_, adj.lemma_.lower()
    if _going_further(adj):
        return False
    if low in (lemma + "de", lemma + "d") and lemma.endswith("n"):
        return True  # another present participle: *bestaande*, *doorgaande* make no adverb before the verb
    if (
        lemma in NO_ADVERB
        or low.rstrip("e") in NO_ADVERB
        or low.endswith(("ste", "de", "te"))
        and looks_like_participle(low[:-1])
    ):
        return True
    return looks_like_participle(low) or low.endswith(("ste", "ende"))


def _adverbs(left: list[Token]) -> list[str] | None:
    """Adjectives as adverbs for the rewrite; None when one of them cannot be an adverb."""
    adjs = [t for t in left if t.pos_ in ("ADJ", "VERB") and t.dep_ in ("amod", "acl")]
    if any(_blocks_rewrite(a) for a in adjs):
        return None
    return [_adverb(t) for t in adjs]
