"""Whether a sentence says again what a text already says: to put a finding's reason, replacements and advice
together as one short text, with no clause said twice, also not in other words.

A sentence says nothing new when all its content words are in the text before it: *Noem ze.* after *Vaag; noem
de partijen bij naam.*, *Zeg wie het doet.* after *Een actieve zin is directer: zeg wie het doet.* Content words
are the words that are no Dutch function word (spaCy's Dutch stop words, but not the question words: *zeg wie*
asks another thing than *zeg wat*, nor *niet*, *geen*, *nooit*, *wel*: *zeg wanneer het niet geldt* is no repeat of
*zeg wanneer het geldt*); a word between quotes always counts (*'met'*, *'als'*: the replacement is the content). Words are
compared without their ending (*zegt* = *zeg*, *partijen* = *partij*, *schrappen* = *schrap*), so a verb form or plural is no new word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"'([^']*)'")
#: a sentence ends at . ! ? followed by a space; '...' inside a phrase (*om ... te*) does not end one
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\.\.\.)\s+")
#: endings dropped before comparing (longest first): *partijen*, *noemt*, *goede*
_ENDINGS = ("en", "t", "e")


#: question words are content in an advice: *zeg wie het doet* asks another thing than *zeg wat u doet*
QUESTION_WORDS = frozenset(
    {"wie", "wat", "waarom", "wanneer", "hoe", "hoeveel", "welk", "welke", "waar", "waarover", "waarmee"}
)
#: words that turn what a sentence says around are content too: *zeg wanneer het niet geldt* is no repeat of
#: *zeg wanneer het geldt*, *gebruik geen afkorting* none of *gebruik een afkorting*
POLARITY_WORDS = frozenset({"niet", "geen", "nooit", "niets", "zonder", "wel"})
#: the particle of a separable verb makes another verb: *leg het uit* is no repeat of *leg het vast*, *zeg het af*
#: none of *zeg het*; as prepositions they count too, which keeps a sentence rather than drop one that adds
PARTICLES = frozenset(
    {"aan", "af", "bij", "door", "in", "na", "om", "op", "over", "toe", "uit", "voor", "weg"}
)


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) - QUESTION_WORDS - POLARITY_WORDS - PARTICLES


def _stem(word: str) -> str:
    """*partijen* → *partij*, *noemt* → *noem*, *schrappen* → *schrap* (a doubled last consonant once)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The content words of a text, lower-case and without their ending; every word between quotes counts
    (remembered per text: the same reasons and advice come back for every finding of an entry)."""
    text = text.lower()
    quoted = {w for part in _QUOTED.findall(text) for w in _WORD.findall(part)}
    rest = _WORD.findall(_QUOTED.sub(" ", text))
    stop = _stop_words()
    return frozenset(_stem(w) for w in (*quoted, *(w for w in rest if w not in stop)))


def sentences(text: str) -> list[str]:
    """The sentences of a text (cut after . ! ? and a space), without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def says_again(sentence: str, said: str | frozenset[str]) -> bool:
    """True when ``sentence`` adds no content word to ``said`` (a text, or its content words): it repeats it.
    A sentence without content words adds nothing either."""
    before = content_words(said) if isinstance(said, str) else said
    return content_words(sentence) <= before


def repeats(text: str) -> list[str]:
    """The sentences of a text whose content words are all in one earlier sentence (or that are an earlier
    sentence again): what a reader reads twice."""
    seen: list[frozenset[str]] = []
    found = []
    for sentence in sentences(text):
        words = content_words(sentence)
        if words and any(words <= earlier for earlier in seen):
            found.append(sentence)
        seen.append(words)
    return found


def new_sentences(texts: list[str], said: str) -> list[str]:
    """The sentences of ``texts`` that add to ``said`` and to the ones kept before them, in order: to append
    advice to a message without saying a thing twice."""
    words = content_words(said)
    kept = []
    for text in texts:
        for sentence in sentences(text):
            if says_again(sentence, words):
                continue
            kept.append(sentence)
            words |= content_words(sentence)
    return kept
