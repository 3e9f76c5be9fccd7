"""An adjective's -e before its noun (part of ``realise``): the one rule that every realiser asks when it puts an
adjective or a participle before a noun in the text (``realise_nouns`` for a word-list adjective: *het vigerende
plan* → *het geldende plan*; ``realise_verb_form`` for a participle: *het toegezonden stuk* → *het gestuurde
stuk*).

Dutch: always -e before a plural noun (*gestuurde brieven*) and after a definite determiner or a possessive (*het
gestuurde stuk*, *onze geplande bouw*); after *een*, *geen* or no determiner before a singular noun only before a
de-word (*een gestuurde brief*, *een gestuurd stuk*: ``morphology.needs_e``, which words without a text of their
own, a replacement's words, ask directly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import morphology as m
from .data import word_set
from .nominals import INDEFINITE
from .number import noun_plural

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the word-frequency (zipf) of a comparative from which an adjective counts as having a degree (*geringer* 2.4,
#: *ruimtelijker* 1.4, *juridischer* 0)
GRADED_ZIPF = 2.0


def definite(word: Token) -> bool:
    """A definite determiner or a possessive (*het*, *dit*, *onze*), after which an adjective always takes -e; a
    possessive also where the tagger took it for a name (*Ons*, first in the sentence). A word the parse does not
    take for a determiner is none, except an article or *deze*/*dit* (the conjunction *dat* is tagged DET too:
    *wij zien dat voorgenomen beleid ...*)."""
    if word.dep_ == "nmod:poss" or (word.pos_ == "PRON" and "Yes" in word.morph.get("Poss")):
        return True
    if word.lower_ in INDEFINITE:
        return False
    return word.dep_ == "det" or (word.pos_ == "DET" and word.lower_ in ("de", "het", "deze", "dit"))


def _phrase_opener(word: Token) -> Token | None:
    """The word before ``word`` and the adverbs and adjectives right before it (*de eerder toegezonden stukken*,
    *het mooie oude huis*): the word that opens its noun phrase; None at the start of the sentence."""
    doc, i = word.doc, word.i - 1
    while i >= word.sent.start and doc[i].pos_ in ("ADV", "ADJ"):
        i -= 1
    return doc[i] if i >= word.sent.start else None


def takes_e(word: Token, noun: Token | None) -> bool | None:
    """Whether the adjective or participle ``word`` before ``noun`` (None where the tagger missed the noun) takes
    -e. The determiner is the noun's own or the word's own (by the parse: the parser can hang *het* on a participle
    it took for the noun, also with a phrase between, *het in 2020 voorgenomen besluit*), or the word that opens
    the phrase (``_phrase_opener``). None where the -e hangs on the gender of a singular noun after *een*, *geen*
    or no determiner and nothing knows that gender, or where no noun is known and no definite word asks -e."""
    if noun is not None and noun_plural(noun):
        return True
    heads = [word] if noun is None else [noun, word]
    dets = sorted(
        (c for h in heads for c in h.children if c.dep_ in ("det", "nmod:poss") and c.i < word.i),
        key=lambda c: c.i,
    )
    own = dets[0] if dets else None
    if own is not None and own.lower_ not in INDEFINITE:
        return True
    opener = _phrase_opener(word)
    if opener is not None and definite(opener):
        return True
    if noun is None:
        return None
    gender = m.article(noun.lower_)
    if gender is None:
        tagged = noun.morph.get("Gender")
        gender = "de" if "Com" in tagged else "het" if "Neut" in tagged else None
    return None if gender is None else m.needs_e(own.lower_ if own is not None else None, gender, "Sing")


def degree_before_a_plain_adjective(token: Token, replacement: str) -> bool:
    """A word of degree (``degree_adverbs``) for a word between *een* or *geen* and an adjective that has no
    degree, before its noun (*een zodanig ruimtelijk besluit*: 'such a', not 'so'): *een zo ruimtelijk besluit* is
    no Dutch (*de aldus benodigde plaatsen*, 'thus', is another matter). An adjective has a degree where its comparative is in use (*lager*, *groter*: *een zo lage waarde*); a
    participle takes one too (*een zo verontreinigd terrein*)."""
    doc = token.doc
    if replacement.lower() not in word_set("realisatie", "degree_adverbs") or not 0 < token.i < len(doc) - 2:
        return False
    before, adjective, noun = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    if before.lower_ not in ("een", "geen") or adjective.pos_ != "ADJ" or noun.pos_ != "NOUN":
        return False
    base = adjective.lemma_.lower() or adjective.lower_
    if m.verb_with_participle(base) is not None:
        return False
    return m.zipf(m.comparative(base)) < GRADED_ZIPF


def phrase_with_its_e(last: Token, term: str, words: list[str]) -> str | None:
    """The replacement of a listed phrase that ends in an adjective, with the -e that adjective has in the text
    (*een zo optimaal mogelijke leefomgeving* → *een zo goed mogelijke leefomgeving*); None where the phrase's last
    word is not its -e form, or the replacement's last word has none."""
    end = term.lower().split()[-1]
    if " " not in term or last.lower_ == end or last.lower_ != m.attributive(end):
        return None
    inflected = m.attributive(words[-1].lower())
    if not inflected or inflected == words[-1].lower():
        return None
    return " ".join([*words[:-1], inflected])
