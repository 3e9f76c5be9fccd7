"""A relative clause for a participle phrase with *zijnde* before its noun, for ``realise`` (after blind15).

*de voor het plan van belang zijnde nota's en studies* becomes *de nota's en studies die voor het plan van belang
zijn*: the noun phrase keeps its own article and all its nouns, and the clause keeps the whole phrase before
*zijnde*, prepositional phrases with their own articles included. The article of the noun phrase is the first one
back from *zijnde* that starts the phrase: one that is followed by its own noun (*het plan*) belongs to a
prepositional phrase inside it. Where no right clause can be built (no article of its own, a coordination with
articles of its own, an unknown gender), the advice says how without an example.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .nominals import article
from .realise_structure import attributive_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words that end the walk back from *zijnde*: the phrase before it cannot reach past them
_BOUNDARY = ("CCONJ", "PUNCT", "VERB", "AUX", "SCONJ")
#: what may follow the article of the noun phrase: the start of the phrase before *zijnde*
_PHRASE_START = ("ADP", "ADV")
#: articles and demonstratives; the parser sometimes tags *het* before a phrase as a pronoun
_ARTICLES = word_set("grammatica", "articles")
#: *niet zijnde*: the negation of a formula after the noun (*bedrijven, niet zijnde bars*), no phrase before one
_NEGATIONS = word_set("grammatica", "negations")
_SERIES = word_set("grammatica", "series_conjunctions")
_DEFINITE = word_set("grammatica", "definite_articles")
#: *de wijziging van het plan die ...*: a complement with one of these stays with its noun before the clause
_COMPLEMENT = word_set("grammatica", "noun_complement_prepositions")


def _own_article(tok: Token) -> tuple[Token, int] | None:
    """The article of the noun phrase that *zijnde* (``tok``) stands in, and where the phrase before *zijnde*
    starts: the first determiner back that is followed by that phrase (a preposition, an adverb, an adjective
    without ending, or the single word before *zijnde*), maybe after adjectives with an ending that belong to the
    noun (*de verschillende van invloed zijnde aspecten*); not one of a noun phrase inside the phrase (*voor het
    plan*); None when the walk meets a conjunction, a comma or a verb first (*de bestaande regels en in
    voorbereiding zijnde plannen*)."""
    doc = tok.doc
    j = tok.i - 1
    inner = None
    while j >= tok.sent.start and doc[j].pos_ not in _BOUNDARY:
        if (doc[j].pos_ == "DET" or doc[j].lower_ in _ARTICLES) and j + 1 < tok.i:
            k = j + 1
            while k < tok.i - 1 and doc[k].pos_ == "ADJ" and _inflected(doc[k]):
                k += 1
            nxt = doc[k]
            if nxt.i == tok.i - 1 and nxt.pos_ in ("NOUN", "PROPN", "PRON") and inner is None:
                # *in eigendom van de gemeente zijnde*: the article of a noun inside the phrase; the noun phrase's
                # own is further back; failing that, the single word before *zijnde* is the phrase (*de
                # voorhanden zijnde gegevens*, with *voorhanden* read as a noun)
                inner = (doc[j], k)
            elif (
                nxt.pos_ in _PHRASE_START
                or nxt.i == tok.i - 1
                or (nxt.pos_ == "ADJ" and not _inflected(nxt))  # de wettelijk van toepassing zijnde zone
            ):
                return doc[j], k
        j -= 1
    return inner


def _inflected(adj: Token) -> bool:
    """An adjective with its ending (*verschillende*, lemma *verschillend*): it goes with the noun, while one
    without (*wettelijk van toepassing*) belongs to the phrase."""
    return adj.lower_ != adj.lemma_.lower() and adj.lower_.endswith("e")


def _coordinated_nouns(noun: Token) -> tuple[Token, bool] | None:
    """The last noun of the nouns that the phrase stands before, and whether they are coordinated with *en*
    (*nota's en studies*), also in a series with commas (*nota, studies en rapporten*); a noun after the
    conjunction with an article of its own is no longer in the phrase (*de in voorbereiding zijnde regel en het
    besluit*); None for a conjunction other than *en* or *of*, and for a series with commas that no conjunction
    ends (*de nota, studies voor ...*: a list or an apposition)."""
    doc, sent = noun.doc, noun.sent
    last, with_en, comma = noun, False, False
    while last.i + 2 < sent.end and (doc[last.i + 1].pos_ == "CCONJ" or doc[last.i + 1].text == ","):
        conj = doc[last.i + 1]
        j = last.i + 2
        while j < sent.end and doc[j].pos_ == "ADJ":
            j += 1
        completes = _cut(last) and j < sent.end and doc[j].is_alpha  # milieu- en omgevingsaspecten, as tagged
        if j >= sent.end or not (completes or doc[j].pos_ in ("NOUN", "PROPN")):
            break  # en then something else: the clause ends the noun phrase here
        if conj.pos_ == "CCONJ" and conj.lower_ not in _SERIES:
            return None
        # *milieu- en omgevingsaspecten*, *Flora- en faunawet*: a cut first half shares the last noun, one noun
        last, with_en = doc[j], with_en or (conj.lower_ == "en" and not _cut(last))
        comma = conj.pos_ != "CCONJ"
    return None if comma else (last, with_en)


def _complement_end(last: Token) -> Token | None:
    """The last word of the noun's own complement with *van* or *over*, which the clause comes after (*de
    wijziging van het plan die in voorbereiding is*), or the noun itself; a phrase with another preposition may
    follow the clause (*de regeling die van toepassing is binnen de gemeente*), and so may a phrase with a bare
    singular noun, which says how the thing is rather than whose (*van toepassing*, *van belang*). None where
    the complement goes on in a series (*van het Rijk, de provincie en de gemeente*): advice without example."""
    doc = last.doc
    end = last
    for child in last.rights:
        first = doc[child.left_edge.i]
        if child.dep_ != "nmod" or first.i != end.i + 1 or first.lower_ not in _COMPLEMENT:
            continue
        bare = (
            child.pos_ == "NOUN"
            and "Sing" in child.morph.get("Number")
            and not any(c.dep_ == "det" for c in child.children)
        )
        if bare:
            break
        end = doc[child.right_edge.i]
    after = end.i + 1
    if end is not last and after < last.sent.end and (doc[after].text == "," or doc[after].pos_ == "CCONJ"):
        return None
    return end


def _cut(tok: Token) -> bool:
    """The first half of a coordinated compound, cut off with a hyphen (*milieu-* in *milieu- en
    omgevingsaspecten*)."""
    return tok.text.endswith("-")


def _pronoun_and_verb(det: Token, noun: Token, last: Token, with_en: bool) -> tuple[str, str] | None:
    """*die ... zijn* for plural or coordinated nouns, *die/dat ... is* for one singular noun by its gender."""
    if last.pos_ not in ("NOUN", "PROPN"):
        return (
            None  # *milieu- en omgevingsaspecten* with the last part tagged otherwise: its number is unsure
        )
    nouns = [t for t in noun.doc[noun.i : last.i + 1] if t.pos_ in ("NOUN", "PROPN") and not _cut(t)]
    if with_en or any("Plur" in t.morph.get("Number") for t in nouns):
        return ("die", "zijn") if with_en or all("Plur" in t.morph.get("Number") for t in nouns) else None
    if len(nouns) > 1:
        return None  # de regel of het besluit: which gender the clause takes is unclear
    gender = det.lower_ if det.lower_ in _DEFINITE else article(noun.lemma_ or noun.text)
    if gender is None:
        return None
    return ("dat", "is") if gender == "het" else ("die", "is")


def participle_noun(tok: Token) -> Token | None:
    """The noun that *zijnde* (``tok``) stands before (``realise_structure.attributive_participle``), or the cut
    first half of a coordinated compound right after it (*de van belang zijnde milieu- en omgevingsaspecten*),
    which the parser does not call a noun; None after a negation or *als* (*niet zijnde bars*, *als zijnde
    plannen*), where *zijnde* can simply go."""
    if tok.i == tok.sent.start:
        return None
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.lower_ in _NEGATIONS or before.pos_ == "SCONJ":
        return None  # *niet zijnde bars*, *als zijnde plannen*: no phrase before a noun; *zijnde* can go
    noun = attributive_participle(tok)
    if noun is not None or tok.i + 2 >= tok.sent.end:
        return noun
    nxt = doc[tok.i + 1]
    if before.is_punct or before.pos_ == "DET" or not (_cut(nxt) and doc[nxt.i + 1].pos_ == "CCONJ"):
        return None
    return nxt if tok.pos_ in ("VERB", "AUX") or tok.lower_.endswith("nde") else None


def participle_advice(tok: Token) -> str | None:
    """Advice in place of 'Schrappen' for *zijnde* (``tok``) in a phrase before its noun: a relative clause
    (``clause_for_participle``); the advice without an example where the noun is not found but a word of the
    phrase stands right before *zijnde*, since without *zijnde* that word would need an ending (*het aanwezig
    zijnde groen*: not *aanwezig groen*; *zowel de in aanbouw zijnde als ...*). None where *zijnde* can simply go
    (*de eigenaar, zijnde de gemeente*; *niet zijnde bars*; *bouwwerken, geen gebouwen zijnde,*) and for other
    words."""
    if tok.lemma_ != "zijn" or "Part" not in tok.morph.get("VerbForm"):
        return None
    noun = participle_noun(tok)
    if noun is not None:
        return clause_for_participle(tok, noun)
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.is_punct or before.lower_ in _NEGATIONS or before.pos_ in ("SCONJ", "CCONJ"):
        return None
    after = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if after is None or (after.is_punct and not (after.is_quote or after.is_left_punct)):
        return None  # *geen gebouwen zijnde,*: the formula after its noun, *(in ontwikkeling zijnde)*
    return "Maak er een bijzin van met 'die' of 'dat' en '... is' of '... zijn' na het zelfstandig naamwoord."


def clause_for_participle(tok: Token, noun: Token) -> str:
    """Advice for an attributive participle phrase with *zijnde* (``tok``) before ``noun``: the noun phrase first,
    then a clause (*de regeling die in voorbereiding is*); advice without an example where no right clause can be
    built."""
    doc = tok.doc
    own = _own_article(tok)
    det, start = (None, tok.i) if own is None else own
    coordinated = _coordinated_nouns(noun)
    last = noun if coordinated is None else coordinated[0]
    plural = coordinated is not None and (coordinated[1] or "Plur" in last.morph.get("Number"))
    pronoun, verb = ("'die'", "zijn") if plural else ("'die' of 'dat'", "is")
    end = _complement_end(last)
    general = f"Maak er een bijzin van: zet na '{(end or last).text}' {pronoun} en dan '... {verb}'."
    if end is None or not any(c.isalpha() for c in last.text):
        return f"Maak er een bijzin van met {pronoun} en '... {verb}' na het zelfstandig naamwoord."
    if det is None or coordinated is None:
        return general
    last, with_en = coordinated
    words = _pronoun_and_verb(det, noun, last, with_en)
    middle = doc[start : tok.i].text
    if words is None or not middle:
        return general
    if end is not last and _same_pronoun(words, doc[last.i + 1 : end.i + 1]):
        end = last  # *de wijziging van de regeling die ...* would point at the regulation: the clause by the noun
    nouns = " ".join(t for t in (doc[det.i + 1 : start].text, doc[tok.i + 1 : end.i + 1].text) if t)
    return f"Maak er een bijzin van: '{det.text} {nouns} {words[0]} {middle} {words[1]}'."


def _same_pronoun(words: tuple[str, str], complement) -> bool:
    """The complement's last noun, which the clause would stand right after, takes the same *die/dat ... is/zijn*
    as the noun (*de wijziging van de regeling die in voorbereiding is*: which one is?), or its gender is unknown:
    the clause then reads as said of that noun."""
    last = next((t for t in reversed(complement) if t.pos_ in ("NOUN", "PROPN")), None)
    if last is None:
        return False
    if ("Plur" in last.morph.get("Number")) != (words[1] == "zijn"):
        return False  # one plural, one singular: *de regels van het waterschap die ... zijn* is clear
    if words[1] == "zijn":
        return True
    gender = article(last.lemma_ or last.text) if last.pos_ == "NOUN" else None
    if gender is None:
        return True
    return words == (("dat", "is") if gender == "het" else ("die", "is"))
