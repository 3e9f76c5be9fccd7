"""Where the object of a nominalisation's rewrite ends (BT201, ``nominal_rewrite._object_tokens``).

A Dutch noun phrase ends in its noun (or a name or pronoun). A phrase that ends in an article, adjective,
participle or numeral is incomplete: its noun comes after it, where the parse did not take it along (a bracket in the
word, *archeologisch (voor)onderzoek*; a hyphen, *het bestaand stads- en dorpsgebied*; a noun the tagger read as a
verb, *de voorgenomen activiteiten*; a participle read as a noun, *niet-gesprongen explosieven*). Where that noun
follows directly, the object runs on to it (``complete``); where it does not, the object is not whole
(``ends_in_noun``) and the advice goes without an example.

A phrase that runs past its noun into words that are not its modifiers is cut back to that noun: a finite verb (*2
woningen* [*gelden*]), the object of a *te*-infinitive (*het gebied* [*door de gronden te beleggen*]), an adverb
that opens the next phrase (*in een bestaande woonwijk* [*nauwelijks ruimtelijke impact*]), a word the tagger made
a noun that is no Dutch noun (*een exploitatieplan* [*achterwege*]).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .morph_tags import infinitive, plain_verb
from .noun_lemmas import listed, noun_lemma
from .reading_units import is_unit

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

#: how many words a modifier may stand before the noun it waits for (*het te verwachten* [*windklimaat*])
_REACH = 5


def complete(out: list[Token], van_head: Token) -> list[Token]:
    """The object cut back to its noun where it runs past it, then run on to its noun where it stops before it, and
    on to the rate of its amount (``_rate``)."""
    out = _cut_back(out, van_head)
    return _rate(_run_on(out, van_head.sent.end), van_head.sent.end) if out else out


def _rate(out: list[Token], end: int) -> list[Token]:
    """An amount with a number and *per* and a unit after it is a rate: *200 ton afval* [*per jaar*], *60 m³*
    [*per uur*]. The rate belongs to the amount (200 tons a year is not 200 tons), so the object takes it along."""
    doc = out[0].doc
    k = out[-1].i + 1
    if k + 1 >= end or doc[k].lower_ != "per" or not is_unit(doc[k + 1]):
        return out
    if not any(_number(t) for t in out):
        return out
    return [*out, doc[k], doc[k + 1]]


def ends_in_noun(obj: list[Token]) -> bool:
    """The object ends in its noun, a name, a pronoun or a number after its noun (*artikel 14*): not in an article,
    adjective, participle or bare numeral whose noun stands outside it, and not in a phrase opened by an article
    before a preposition (*het* [*op grond van het plan toegestane*] *ruimtebeslag*) that never reached its noun."""
    words = sorted(obj, key=lambda t: t.i)
    if not words:
        return False
    if words[-1].text == ")":  # a bracketed addition after the noun (*door een ieder* [*(dus ook ...)*])
        opening = max((k for k, t in enumerate(words) if t.text == "("), default=0)
        words = words[:opening]
        if not words:
            return False
    last = words[-1]
    if _opens_modifier(words) and not _reached_after_modifier(words):
        return False
    if _number(last):
        return _whole_number(words)
    if is_unit(last):
        return True  # *een verlaging van 0,2 m*
    nominal_infinitive = "Inf" in last.morph.get("VerbForm") and not (
        len(words) > 1 and words[-2].lower_ == "te"
    )
    return is_noun(last) or last.pos_ == "PRON" or nominal_infinitive or _adjective_as_noun(words)


def _number(tok: Token) -> bool:
    """A number, also a range or a number with signs (*1965-1970*, *2,5*)."""
    return (
        tok.pos_ == "NUM"
        or tok.like_num
        or (any(c.isdigit() for c in tok.text) and not any(c.isalpha() for c in tok.text))
    )


def _whole_number(words: list[Token]) -> bool:
    """A number ends the object after its noun (*artikel 14*) or after a preposition (*de structuurvisie uit
    2003*), unless a unit or noun of its own follows it (*van 750* [*m2*], *van 24* [*woningen*])."""
    last = words[-1]
    k = len(words) - 1
    while k > 0 and (_number(words[k - 1]) or words[k - 1].text in ("-", "–")):
        k -= 1  # a range (*tussen 1965-1970*): what stands before its first number
    words = words[: k + 1]
    if len(words) < 2 or not (is_noun(words[-2]) or words[-2].pos_ == "ADP"):
        return False
    nxt = last.doc[last.i + 1] if last.i + 1 < last.sent.end else None
    return nxt is None or not (is_unit(nxt) or (words[-2].pos_ != "ADP" and is_noun(nxt)))


def _adjective_as_noun(words: list[Token]) -> bool:
    """An inflected adjective or participle right after its article, with no noun after it, is the phrase's noun:
    *het bestaande*, *de betrokkene* (not *het bestaand*, *de voorgenomen*)."""
    last = words[-1]
    if len(words) < 2 or words[-2].pos_ != "DET" or not last.lower_.endswith("e"):
        return False
    nxt = last.doc[last.i + 1] if last.i + 1 < last.sent.end else None
    return nxt is None or not is_noun(nxt)


def is_noun(tok: Token) -> bool:
    """A noun, by its tag or by the dictionary where the tagger called it a verb or adjective that the dictionary
    does not know as one (*activiteiten*, *windklimaat*: a verb to the tagger; *r-v-r-woningen*, an adjective):
    not an adjective or participle the tagger called a noun (*bestaand*, *niet-gesprongen*)."""
    from . import morphology
    from .passive import looks_like_participle

    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ in ("NOUN", "X")):
        return True
    if tok.pos_ == "NOUN":
        return not _modifier_word(tok)
    if tok.pos_ not in ("VERB", "ADJ", "X") or not _dictionary_noun(tok.lower_):
        return False
    low = tok.lower_
    if tok.pos_ == "ADJ" and listed(low, "adj"):
        # an adjective that is a noun too heads its phrase where no noun follows (*de compensatie van groen*)
        return noun_lemma(low) == low and _noun_ahead(tok.doc, tok.i + 1, tok.sent.end) is None
    participle = "Part" in tok.morph.get("VerbForm") and looks_like_participle(low.rpartition("-")[2])
    if noun_lemma(low) is None and participle:
        return False  # a participle (*beschermde*), not a noun the tagger read as one (*groepsrisico*)
    if "Fin" in tok.morph.get("VerbForm"):
        # a finite verb to the tagger is a noun only where the dictionary knows no verb form of it (*activiteiten*,
        # not *gelden*)
        return not any(pos == "VERB" for _, pos in morphology.lemmas(low))
    return True  # an infinitive or participle to the tagger that is a noun (*werken*, *gezinnen*)


def _dictionary_noun(low: str) -> bool:
    """A noun to the dictionary's lemma tables, or a compound whose last part is one (*windklimaat*,
    *r-v-r-woningen*)."""
    from .compounds import first_part, splits

    if not low.replace("-", "").isalpha():
        return False
    if noun_lemma(low):
        return True
    return any(
        noun_lemma(head) and (prefix.endswith("-") or first_part(prefix)) for prefix, head in splits(low)
    )


def _modifier_word(tok: Token) -> bool:
    """An adjective, participle or article by its tag, or a participle or adjective the tagger called a noun that
    the dictionary knows only as one (*bestaand*, *voorgenomen*, *niet-gesprongen*)."""
    from .passive import looks_like_participle

    if tok.pos_ in ("ADJ", "DET", "NUM") or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")):
        return not is_noun(tok)
    if tok.pos_ != "NOUN":
        return False
    low = tok.lower_
    tail = low.rpartition("-")[2]
    if noun_lemma(low) or (tail != low and noun_lemma(tail)):
        return False
    if looks_like_participle(tail) or _present_participle(tail):
        return True
    # an adjective that is also a noun (*groen*, *particulier*): the adjective where its noun follows directly
    return listed(low, "adj") and _noun_ahead(tok.doc, tok.i + 1, tok.sent.end) is not None


def _present_participle(low: str) -> bool:
    """*bestaand*, *geldend*: a verb's stem with -end or -and (*bestaan* + *d*)."""
    from .grammar import known_verbs

    return low.endswith(("end", "and")) and low[:-1] in known_verbs()


# ---------------------------------------------------------------------------------------------------------------
# running on to the noun


def _run_on(out: list[Token], end: int) -> list[Token]:
    """``_run_once`` until the phrase stops growing (*het potentieel* [*aantal*] [*slachtoffers*])."""
    for _ in range(3):
        longer = _run_once(out, end)
        if len(longer) == len(out):
            break
        out = longer
    return out


def _run_once(out: list[Token], end: int) -> list[Token]:
    """The object with the words up to its noun where it stops before it: after a modifier, the modifiers, a
    bracketed or hyphenated first part and the noun that follow (*archeologisch* [*(voor)onderzoek*]); after a noun
    of kind or measure, the noun the parse hangs on it (*de juiste soort* [*rente*]); after an adjective the
    tagger called a noun, its noun (*particulier* [*initiatief*])."""
    doc, last = out[0].doc, out[-1]
    k = last.i + 1
    if k >= end or doc[k].is_punct and doc[k].text != "(":
        return out
    nxt = doc[k]
    if is_noun(last) and not _opens_modifier(out):
        kind = nxt.head.i == last.i and nxt.dep_ in ("nmod", "compound", "flat") and not list(nxt.lefts)
        adjective = last.is_lower and listed(last.lower_, "adj")
        if nxt.is_lower and (kind or adjective) and is_noun(nxt):
            return [*out, nxt]
        return out
    if last.pos_ == "ADV":
        return out  # the noun a run-on reached though the tagger read it as an adverb (*afvalwater*)
    if _number(last) and len(out) > 1 and out[-2].pos_ == "ADP":
        # a year or amount after a preposition (*in 2001*): no modifier waiting for a noun; an amount takes its
        # unit (*van 60* [*m³*])
        return (
            [*out, nxt] if is_unit(nxt) and (nxt.whitespace_ or k + 1 >= end or doc[k + 1].is_punct) else out
        )
    found = _noun_ahead(doc, k, end)
    if found is None or (
        not doc[found].whitespace_ and found + 1 < end and doc[found + 1].text in ("(", "-")
    ):
        return out  # the word goes on after the noun (*50 dB*[*(A)-contour*]): no whole phrase to take
    return [*out, *doc[k : found + 1]]


def _noun_ahead(doc, k: int, end: int) -> int | None:
    """The index of the noun a modifier waits for, from ``k`` on: over adjectives, participles, *te* with its
    infinitive, a first part in brackets glued to the next word (*(voor)onderzoek*) and a hyphenated first part
    with its conjunction (*stads- en dorpsgebied*); None where something else comes first."""
    j = k
    while j < min(end, k + _REACH):
        t = doc[j]
        if t.text == "(":
            close = next((c for c in range(j + 1, min(end, j + 4)) if doc[c].text == ")"), None)
            if close is None or doc[close].whitespace_ or close + 1 >= end:
                return None  # a bracket that is no first part glued to its word
            j = close + 1
            continue
        if t.text.endswith("-") and len(t.text) > 1 and j + 1 < end and doc[j + 1].lower_ in ("en", "of"):
            j += 2  # *stads- en dorpsgebied*
            continue
        if t.lower_ == "te" and j + 1 < end and infinitive(doc[j + 1]):
            j += 2  # *het te verwachten windklimaat*
            continue
        if is_noun(t) or (t.pos_ == "ADV" and _dictionary_noun(t.lower_)):
            return (
                j  # also a noun the tagger read as an adverb after its adjective (*huishoudelijk afvalwater*)
            )
        if t.pos_ == "NUM" and j > k:
            return None  # a number after the modifier starts another phrase (*afvalwater* [*2,07 m3*])
        if t.is_punct or t.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX") or _finite_verb(t):
            return None
        if not _modifier_word(t) and t.pos_ not in ("ADJ", "ADV", "NUM"):
            return None
        j += 1
    return None


def _opens_modifier(words: list[Token]) -> bool:
    """An article right before a preposition opens an extended modifier (*het* [*op grond van het plan
    toegestane*] *ruimtebeslag*): its noun comes after the participle that closes it."""
    return any(
        a.pos_ == "DET" and b.pos_ == "ADP" and b.lower_ != "te" and b.i == a.i + 1
        for a, b in zip(words, words[1:], strict=False)
    )


def _reached_after_modifier(words: list[Token]) -> bool:
    """The phrase opened by an article before a preposition has a participle or adjective followed by a noun."""
    return any(
        (w.pos_ == "ADJ" or "Part" in w.morph.get("VerbForm")) and is_noun(n) and n.i == w.i + 1
        for w, n in zip(words, words[1:], strict=False)
    )


# ---------------------------------------------------------------------------------------------------------------
# cutting back to the noun


def _cut_back(out: list[Token], van_head: Token) -> list[Token]:
    """The object up to the last noun before the words that do not belong to it (see the module's doc)."""
    for k, t in enumerate(out):
        if (
            k
            and is_noun(out[k - 1])
            and (
                _finite_verb(t)
                or _opening_adverb(t, out)
                or _no_noun(t, out, k)
                or _adjective_after(t, out[k - 1])
            )
        ):
            return out[:k]
    # a clause of means, manner or time that the parse hung inside the object (*het gebied* [*door de gronden te
    # kopen*]): *door*, *zonder*, *na*, *alvorens* with *te* and an infinitive never describe a noun
    for k, t in enumerate(out):
        if k and t.pos_ == "ADP" and t.lower_ in _ADVERBIAL_TE and _te_infinitive_after(out, k):
            return out[:k]
    doc, end = van_head.doc, van_head.sent.end
    after = out[-1].i + 1 if out else end
    if after + 1 < end and doc[after].lower_ == "te" and infinitive(doc[after + 1]):
        # *door de gronden te beleggen*: the last phrase of the object is the infinitive's
        ps = [k for k, t in enumerate(out) if k and t.pos_ == "ADP"]
        if ps and out[ps[-1]].lower_ in _TE_CLAUSE:
            return out[: ps[-1]]
    return out


#: prepositions that open a clause with *te* and an infinitive (*door de gronden te beleggen*, *om ... te*)
_TE_CLAUSE = frozenset({"door", "om", "zonder", "na", "alvorens"})
#: those whose clause is always an adverbial of the clause (means, manner, time); *om ... te* may describe a noun
#: (*de ruimte om te spelen*)
_ADVERBIAL_TE = _TE_CLAUSE - {"om"}


def _te_infinitive_after(out: list[Token], k: int) -> bool:
    """*te* and an infinitive follow the preposition at ``k`` inside the object, with no other preposition of such a
    clause between: the preposition opens that clause."""
    for j in range(k + 1, len(out) - 1):
        if out[j].lower_ == "te" and infinitive(out[j + 1]) and out[j + 1].i == out[j].i + 1:
            return True
        if out[j].lower_ in _TE_CLAUSE or out[j].is_punct:
            return False
    return False


def _finite_verb(t: Token) -> bool:
    """A finite verb the dictionary knows as a verb form (*gelden*): no word of a noun phrase."""
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and plain_verb(t)


def _adjective_after(t: Token, noun: Token) -> bool:
    """An adjective right after a noun of the object, before another noun (*dat fonds* [*periodiek verslag*]): a
    Dutch adjective stands before its noun, so it opens the next phrase (an adverb of the clause)."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < t.sent.end else None
    adjective = t.pos_ == "ADJ" or (t.pos_ == "NOUN" and listed(t.lower_, "adj"))
    measure = noun.i > noun.sent.start and doc[noun.i - 1].like_num  # *een 10 meter brede strook*
    return (
        adjective
        and t.i == noun.i + 1
        and noun.pos_ == "NOUN"
        and not measure
        and nxt is not None
        and is_noun(nxt)
    )


def _opening_adverb(t: Token, out: list[Token]) -> bool:
    """An adverb after a noun that the parse hangs on a later word of the object (*woonwijk* [*nauwelijks*]
    *ruimtelijke impact*): it opens the clause's next phrase."""
    ids = {w.i for w in out}
    return t.pos_ == "ADV" and t.head.i in ids and t.head.i > t.i


def _no_noun(t: Token, out: list[Token], k: int) -> bool:
    """The last word of the object is tagged a noun but is no word of any class the dictionary knows, though Dutch
    uses it (*achterwege*, of *achterwege blijven*): an adverb or particle of the clause, not the object's noun."""
    from .grammar import zipf

    low = t.lower_
    return (
        k == len(out) - 1
        and t.pos_ == "NOUN"
        and t.is_lower
        and t.is_alpha
        and not _dictionary_noun(low)
        and not any(listed(low, cls) for cls in ("adj", "verb"))
        and zipf(low) >= 3.0
    )
