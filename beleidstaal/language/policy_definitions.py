"""A law's definition announced by the sentence before it (for ``policy_quotes.policy_quotations``): *In artikel
2.1 van de wet wordt een omschrijving van het begrip bouwwerk gegeven. Een bouwwerk is ...*. The announcing
sentence names the article or the law and says that it defines a term (``definition_nouns``); the sentence after it
defines that term (the term first, then a verb of ``defining_verbs``: *Een bouwwerk is ...*, *Als bouwwerk wordt
aangemerkt: ...*, *Onder bouwwerk wordt verstaan ...*). Plans quote such definitions word for word, often without
quotation marks, because a definition may not be reworded; many plans then hold the same two sentences because they
quote the same law, not because one copied the other."""

from __future__ import annotations

import re

from .quote_kinds import _ARTICLE_REFERENCE, _OWN_ARTICLE, QuotedBlock, _words, lower_words, sentence_spans

#: the kind of the block: the announcing sentence and the definition after it
ANNOUNCED = "definitie"
#: an announcing sentence is at most this many words (a longer one explains, it does not announce)
MAX_ANNOUNCING_WORDS = 35
#: the term opens the definition: it stands within this many words of the sentence's start
TERM_WINDOW = 6
#: words between a noun of defining and its term (*de omschrijving van het begrip 'bouwwerk'*)
_BEFORE_TERM = frozenset({"van", "het", "de", "een", "begrip", "begrippen"})
#: the words that may stand before the term it defines, at the start of a definition (*Een bouwwerk is*, *Als
#: bouwwerk wordt aangemerkt*, *Onder bouwwerk wordt verstaan*); not *In de regeling is ...*
_BEFORE_DEFINED = frozenset({"een", "de", "het", "als", "onder"})
#: nouns after which the term follows (participles such as *omschreven* put the term before them)
_TERM_NOUNS = frozenset({"begrip", "begrippen", "definitie", "definities", "omschrijving", "omschrijvingen"})


def _words_of(text: str) -> list[str]:
    return list(lower_words(text))  # a list: the callers compare slices with lists


def names_law(sentence: str) -> bool:
    """``sentence`` names a law, decree or ordinance: an article of one (*artikel 1.1.1*; not *artikel 1* of the
    plan's own rules, ``_OWN_ARTICLE``), its short name (``law_abbreviations``: *Bro*, *Wgh*) or a word that is or
    ends in a kind of such an instrument (``bare_instruments``: *Besluit*, *Waterwet*, *Omgevingsverordening*).
    A policy in general (*het veiligheidsbeleid*) defines no terms the plan must quote."""
    if _ARTICLE_REFERENCE.search(_OWN_ARTICLE.sub("", sentence)):
        return True
    laws, kinds = _words("law_abbreviations"), tuple(_words("bare_instruments"))
    return any(w in laws or w.endswith(kinds) for w in _words_of(sentence))


def defined_term(sentence: str) -> str | None:
    """The first word of the term that ``sentence`` says a law defines, or None: the sentence names a law or an
    article of one (``names_law``) and a noun of
    defining (``definition_nouns``) with the term after it (*een nadere omschrijving van het begrip stedelijke
    ontwikkeling*), in at most ``MAX_ANNOUNCING_WORDS`` words."""
    words = _words_of(sentence)
    if len(words) > MAX_ANNOUNCING_WORDS or not set(words) & _words("definition_nouns"):
        return None
    if not names_law(sentence):
        return None
    at = max((k for k, w in enumerate(words) if w in _TERM_NOUNS), default=-1)
    if at < 0:
        return None
    k = at + 1
    while k < len(words) and words[k] in _BEFORE_TERM:
        k += 1
    return words[k] if k < len(words) else None


def defines(sentence: str, term: str) -> bool:
    """``sentence`` defines the term whose first word is ``term``: the term opens it, after at most an article,
    *als* or *onder* (``_BEFORE_DEFINED``), and a verb of ``defining_verbs`` follows (*Een bouwwerk is ...*, *Als
    bouwwerk wordt aangemerkt*); not a sentence that applies the term to the plan (*In dit geval is sprake van een
    bouwwerk*) or says where the law treats it (*In de regeling is het bouwwerk ...*)."""
    words = _words_of(sentence)
    if term not in words[:TERM_WINDOW] or not set(words[: words.index(term)]) <= _BEFORE_DEFINED:
        return False
    verbs = _words("defining_verbs")
    return any(w in verbs for w in words[words.index(term) + 1 : words.index(term) + 8])


#: a verb or participle with which a law defines a term, with *als* after the term (*Het Bro definieert een
#: bouwwerk als ...*, *In de wet wordt een bouwwerk omschreven als ...*)
_DEFINING = frozenset(
    {"definieert", "definiëert", "definiëren", "definieren", "gedefinieerd", "omschrijft", "omschreven"}
)


def defining_sentence(sentence: str) -> bool:
    """``sentence`` gives a law's definition in one sentence: it names the law (``names_law``), a verb of defining
    (``_DEFINING``) and *als* after it, not *als volgt* (a colon and the quotation follow, ``quote_kinds``): *Artikel
    2.1 van de wet definieert een bouwwerk als een constructie van enige omvang ...*. What follows *als* is the
    law's wording; the sentence is its text as the plan quotes it. Not *als gedefinieerd in ...* (the writer applies
    the law's term), nor a sentence that speaks of the plan's own area (``plan_itself``)."""
    words = _words_of(sentence)
    at = next((k for k, w in enumerate(words) if w in _DEFINING), -1)
    if len(words) < 8 or at < 0 or "als" not in words[at + 1 : at + 8]:
        return False
    k = words.index("als", at + 1)
    # the law is named before *als*: in *... is gedefinieerd als 3% van de grenswaarden uit de Wet milieubeheer* the
    # writer names a law inside their own wording
    lead = re.split(r"\bals\b", sentence, maxsplit=1, flags=re.I)[0] if "als" not in words[:at] else ""
    return (
        words[k + 1 : k + 2] != ["volgt"]
        and len(words) - k > 5
        and names_law(lead)
        and not _words("plan_itself") & set(words)
    )


def announced_definitions(text: str, start: int) -> list[QuotedBlock]:
    """A block (kind ``ANNOUNCED``) for each pair of sentences in paragraph text ``text`` (at offset ``start``) in
    which the first announces a law's definition of a term (``defined_term``) and the second gives it
    (``defines``): both are the law's text as the plan quotes it; and one for each sentence that gives a law's
    definition by itself (``defining_sentence``)."""
    out, spans = [], sentence_spans(text)
    for a, b in spans:
        if defining_sentence(text[a:b]):
            out.append(QuotedBlock(start + a, start + b, ANNOUNCED))
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        term = defined_term(text[a:b])
        if (
            term is not None
            and defines(text[c:d], term)
            and not _words("plan_itself") & set(_words_of(text[c:d]))
        ):
            out.append(QuotedBlock(start + a, start + d, ANNOUNCED))
    return out
