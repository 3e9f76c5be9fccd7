"""Counting the words between the parts of a verb bracket (``tang.find_verb_tangs``): a name right after the verb
counts as one word, and so does an apposition, which names again what the noun before it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


#: small words inside a name: *Raad voor het Openbaar Bestuur*, *Provincie Drenthe en het Waterschap*
NAME_GLUE = frozenset({"voor", "van", "het", "de", "der", "den", "en", "op", "aan"})


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.is_sent_start and any(c.isalpha() for c in t.text)


def _words_with_names_as_one(tokens, is_word) -> int:
    """The words between the parts of a verb bracket, a name right after the verb (capitalised words with the
    small words inside it) counted as one: *heeft de Raad voor het Openbaar Bestuur hierover ... geschreven* has
    a name, not five words. After a fronted phrase the subject follows the verb; a named subject is read as one
    unit."""
    words, k, toks = 0, 0, list(tokens)
    while k < len(toks):
        t = toks[k]
        k += 1
        if not is_word(t):
            continue
        words += 1
        if not _capitalised(t) or words > 2:
            continue  # only the subject right after the verb (*heeft [de] Raad ...*), not a name further on
        while k < len(toks):
            if _capitalised(toks[k]):
                k += 1
                continue
            glue = k
            while glue < len(toks) and glue - k < 2 and toks[glue].lower_ in NAME_GLUE:
                glue += 1
            if k < glue < len(toks) and _capitalised(toks[glue]):
                k = glue
                continue
            break
    return words
