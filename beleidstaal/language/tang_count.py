"""Counting the words between the parts of a verb bracket (``tang.find_verb_tangs``): a name right after the verb
counts as one word (in a short sentence every name, a list of names and a date), and so does an apposition, which
names again what the noun before it names. In an article bracket (``tang.find_article_tangs``) a name in quotation
marks counts as one word."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


#: small words inside a name: *Raad voor het Openbaar Bestuur*, *Provincie Drenthe en het Waterschap*
NAME_GLUE = frozenset({"voor", "van", "het", "de", "der", "den", "en", "op", "aan"})


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.is_sent_start and any(c.isalpha() for c in t.text)


def _words_with_names_as_one(tokens, is_word, anywhere: bool = False) -> int:
    """The words between the parts of a verb bracket, a name right after the verb (capitalised words with the
    small words inside it) counted as one: *heeft de Raad voor het Openbaar Bestuur hierover ... geschreven* has
    a name, not five words. After a fronted phrase the subject follows the verb; a named subject is read as one
    unit. With ``anywhere`` every name counts as one (names joined by commas too: *in Bevi, Bevt en Bevb*), and so
    does a date (*op 13 juli 2016*, *in mei 2019*): the units a reader holds, for a short sentence (see
    ``tang.find_verb_tangs``)."""
    words, k, toks = 0, 0, list(tokens)
    while k < len(toks):
        t = toks[k]
        if anywhere:
            date = _date_end(toks, k)
            if date:
                words, k = words + 1, date
                continue
        aside = _apposition_end(toks, k)
        if aside:
            words, k = words + 1, aside  # *de woning, Dorpsstraat 65, ...*: the aside names the noun again
            continue
        k += 1
        if not is_word(t):
            continue
        words += 1
        names = _close_apposition_end(toks, k - 1)
        if names:
            k = names  # *de concentraties NO2, PM10 en PM2,5*: the names of the noun's members, one unit
            continue
        if not _capitalised(t) or (words > 2 and not anywhere):
            continue  # only the subject right after the verb (*heeft [de] Raad ...*), not a name further on
        while k < len(toks):
            if _capitalised(toks[k]):
                k += 1
                continue
            glue = k
            while (
                glue < len(toks)
                and glue - k < 2
                and (toks[glue].lower_ in NAME_GLUE or (anywhere and toks[glue].text == ","))
            ):
                glue += 1
            if k < glue < len(toks) and _capitalised(toks[glue]):
                k = glue
                continue
            break
    return words


def _date_end(toks: list, k: int) -> int:
    """A date that starts at ``k`` (*13 juli 2016*, *mei 2019*, *1 januari*): a day or a year with a month name.
    The index after it, or 0."""
    from .data import word_set

    months = word_set("lijdende_vorm", "month_names")
    j = k + 1 if toks[k].like_num and k + 1 < len(toks) and toks[k + 1].lower_ in months else k
    if toks[j].lower_ not in months:
        return 0
    j += 1
    if j < len(toks) and toks[j].like_num and len(toks[j].text) == 4:
        j += 1
    return j if j - k >= 2 else 0


#: words that open an apposition of examples or a specification: *mensen, bijvoorbeeld juristen, ...*
APPOSITION_MARKS = frozenset({"bijvoorbeeld", "namelijk", "zoals"})
#: the parts of speech of a noun phrase set off as an apposition (an infinitive: a plural noun the parser misread)
APPOSITION_TAGS = frozenset({"NOUN", "PROPN", "NUM", "DET", "ADJ", "CCONJ", "X", "SYM"})


def _apposition_end(toks: list, k: int) -> int:
    """An apposition between commas after a noun (*de woning op het perceel, Dorpsstraat 65, ...*; *mensen,
    bijvoorbeeld juristen of notarissen, ...*): a noun phrase that names again what the noun before it names. The
    reader takes it as an aside, one unit, as a name; it adds no part of the clause to hold. The index after the
    closing comma, or 0. A phrase with a preposition, a pronoun, an adverb or a verb between the commas (*de
    vaarroute, mede door de aanleg van ..., steeds meer*) is a part of the clause, and an item followed by more
    items and *en* (*de wegen, de pleinen, de parken en de bermen*) one of a list: no apposition."""
    if toks[k].text != "," or k == 0 or toks[k - 1].pos_ not in ("NOUN", "PROPN", "NUM"):
        return 0
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
    inner = toks[k + 1 : end] if end is not None else []
    if not inner or not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in inner):
        return 0
    after = next((j for j in range(end + 1, len(toks)) if toks[j].text == ","), len(toks))
    if any(t.pos_ == "CCONJ" for t in toks[end + 1 : after]):
        return 0  # *de wegen, de pleinen, de parken en de bermen*: the next item of a list, no aside
    first = 1 if inner[0].lower_ in APPOSITION_MARKS else 0
    if first == 0 and inner[0].pos_ == "CCONJ":
        return 0
    for t in inner[first:]:
        inf = t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Inf"]
        if t.pos_ not in APPOSITION_TAGS and not inf:
            return 0
    return end + 1


def _name_like(t: Token) -> bool:
    """A name or a code: *Assen*, *NO2*, *PM2,5*."""
    return _capitalised(t) or (any(c.isdigit() for c in t.text) and any(c.isupper() for c in t.text))


def _close_apposition_end(toks: list, k: int) -> int:
    """Names right after a common noun, joined by commas, *en* or *of* (*de concentraties NO2, PM10 en PM2,5*,
    *de gemeenten Assen en Tynaarlo*): a close apposition that names the noun's members. The index after the last
    name, or 0 (also when one name stands alone: it is counted as a word as before)."""
    noun = toks[k]
    if (
        noun.pos_ != "NOUN"
        or not noun.text[:1].islower()
        or k + 1 >= len(toks)
        or not _name_like(toks[k + 1])
    ):
        return 0
    j, names = k + 1, 0
    while j < len(toks):
        if _name_like(toks[j]):
            j, names = j + 1, names + 1
        elif toks[j].lower_ in (",", "en", "of") and j + 1 < len(toks) and _name_like(toks[j + 1]):
            j += 1
        else:
            break
    return j if names >= 2 else 0


#: quotation marks that open and close a name: the name counts as one word in a tang
QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”", "‚": "’", "„": "”"}


def _quote_end(doc, k: int, end: int) -> int:
    """The index of the mark that closes the quotation opened at ``k`` in the sentence, or -1 when none does."""
    close = QUOTES[doc[k].text]
    return next((j for j in range(k + 1, end) if doc[j].text == close), -1)


def words_with_names(tokens, is_word) -> int:
    """The words between the parts of a tang, a name in quotation marks counted as one: *de voor 'Verkeer -
    Verblijfsgebied' aangewezen gronden* has three (*voor*, the name, *aangewezen*)."""
    words, close = 0, None
    for t in tokens:
        if close is not None:
            if t.text == close:
                close = None
            continue
        if t.text in QUOTES and any(u.text == QUOTES[t.text] for u in tokens[t.i - tokens.start + 1 :]):
            close, words = QUOTES[t.text], words + 1
        elif is_word(t):
            words += 1
    return words


def verb_phrase_front(doc, closing: Token) -> int | None:
    """The index where a fixed verb phrase (``grammatica.verb_phrase_fronts``: *in werking treden*, *ter inzage
    leggen*, *tot stand komen*) starts before the verb that closes a bracket, or None. Its front is part of the verb:
    in *is het besluit ... in werking getreden* the reader has the verb at *in werking*, and those words stand in the
    final verb cluster, not between the two poles (the annotators of annotated-blind33 and the editors of blind12 and
    tang49's sheet count the gap so). Only *te* and the other verbs of the cluster may stand between the front and
    the closing verb (*ter inzage te leggen*, *ter inzage worden gelegd*)."""
    from .data import word_set

    k = closing.i - 1
    while k > 0 and (
        doc[k].lower_ == "te"
        or (doc[k].pos_ in ("VERB", "AUX") and "Fin" not in doc[k].morph.get("VerbForm"))
    ):
        k -= 1
    if k < 1 or f"{doc[k - 1].lower_} {doc[k].lower_}" not in word_set("grammatica", "verb_phrase_fronts"):
        return None
    return k - 1
