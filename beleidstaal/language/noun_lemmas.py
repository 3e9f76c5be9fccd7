"""Dutch nouns by the dictionary: the lemma tables of spaCy's rule lemmatiser (``spacy-lookups-data``: 161,000
nouns, their irregular forms and plural endings) as a backstop where the model's lemma or word class is off. Read by
the tagger's repairs (``morph_tags``) and by the detectors that compare nouns (lists, people, doers). The same
tables' lists of verbs and adjectives (``listed``) tell the word lists' forms what a word is
(``entry_forms``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def noun_forms(tok: Token) -> set[str]:
    """The forms by which a noun may stand in a list: the model's lemma, as written, and the lemma tables' singular
    (``noun_lemma``; the model's lemma may be off)."""
    return {tok.lemma_.lower(), tok.lower_, noun_lemma(tok.lower_) or tok.lower_}


@functools.lru_cache(maxsize=4096)
def noun_lemma(word: str) -> str | None:
    """The noun (singular) that the form is, by the Dutch lemma tables of spaCy's rule lemmatiser
    (``spacy-lookups-data``: 161,000 nouns, their irregular forms and plural endings): *bescheiden* → *bescheid*,
    *woonwijk* → *woonwijk*. None for a word that is no noun there (*mogelijk*, *maximaal*, *nieuwe*)."""
    index, exceptions, rules = _noun_tables()
    if word in exceptions:
        return exceptions[word][0]
    if word in index:
        return word
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old) + 2:
            cand = word[: len(word) - len(old)] + new
            if cand in index:
                return cand
    return None


@functools.cache
def _irregular_forms() -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for form, lemmas in _noun_tables()[1].items():
        for lemma in lemmas:
            forms.setdefault(lemma, []).append(form)
    return {lemma: tuple(f) for lemma, f in forms.items()}


def irregular_noun_forms(lemma: str) -> tuple[str, ...]:
    """The forms the lemma tables list as irregular for a noun: *bescheid* → *bescheiden*."""
    return _irregular_forms().get(lemma, ())


@functools.cache
def _lemma_index(cls: str) -> frozenset[str]:
    return frozenset(_table("index")[cls])


def listed(word: str, cls: str) -> bool:
    """The dictionary's lemma tables list ``word`` as a lemma of class ``cls`` (``"verb"``, ``"adj"``): *mitigeren*
    (19,000 verbs, also rare ones that wordfreq does not know), *verstrekkend* (an adjective of its own, beside the
    verb *verstrekken*)."""
    return word in _lemma_index(cls)


@functools.cache
def _table(name: str) -> dict:
    import gzip
    import json
    from pathlib import Path

    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(folder / f"nl_lemma_{name}.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def _noun_tables() -> tuple[frozenset[str], dict[str, list[str]], tuple[tuple[str, str], ...]]:
    rules = tuple(
        (old, new) for old, new in _table("rules")["noun"] if old not in ("'er", "tje", "kje", "ici")
    )
    return _lemma_index("noun"), _table("exc")["noun"], rules
