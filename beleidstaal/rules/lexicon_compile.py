"""Word-list rules, compiling: the entries of the word lists as an index by word, first two words, verb
and written form (``rules/lexicon.py`` turns the matches into findings)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..language.compounds import MIN_HEAD, is_noun
from ..language.entry_forms import (
    abbreviation_forms,
    adjective_participles,
    joined,
    respellings,
    term_classes,
    term_forms,
)
from ..language.keys import split_separable
from ..language.verbs import separable as morph_separable
from ..lexicon import LexiconEntry, load_lexicons

MAX_GAP = 3
#: the nearest word of a verb phrase stands at most this many tokens from the verb (or its particle)
MAX_VERB_DISTANCE = 6


@dataclass
class CompiledLexicon:
    single: dict[str, list[LexiconEntry]]
    phrase: dict[tuple[str, str], list[LexiconEntry]]  # first two words -> entries
    verbal: dict[str, list[LexiconEntry]]  # verb lemma -> entries
    allow: frozenset[str]
    #: separable verbs by the lemma of their verb part: zetten -> [(in, entry)], for particles the parser missed
    separable: dict[str, list[tuple[str, LexiconEntry]]]
    #: separable verbs by a written form of their verb part: zet -> [(in, entry)], where the lemma is wrong too
    separable_forms: dict[str, list[tuple[str, LexiconEntry]]]
    #: written form -> (one-word entry, the word class the form belongs to)
    forms: dict[str, list[tuple[LexiconEntry, str]]]
    #: a form without hyphens and spaces -> (entry, class), for other spellings of one word or phrase
    joined: dict[str, list[tuple[LexiconEntry, str]]]
    #: written form of the verb of a verb phrase -> its lemma
    verb_forms: dict[str, set[str]]
    #: a word of a phrase -> its written forms (nouns: *afspraak* -> *afspraken*)
    word_forms: dict[str, frozenset[str]]
    #: a phrase of consecutive words -> the forms of its last word
    last_forms: dict[LexiconEntry, frozenset[str]]
    #: a noun form of a one-word noun entry -> (entry, "NOUN"), for compounds with it as their last part
    #: (*beleidsdoelstellingen*); not for entries with ``compounds = false`` or shorter than ``compounds.MIN_HEAD``
    heads: dict[str, list[tuple[LexiconEntry, str]]]
    #: the first words of the phrases (then the next token must hold the second: ``lexicon_starts``)
    first_words: frozenset[str] = field(init=False)
    #: the first words of the two-word terms: where an adjective + noun term may start, also across a coordination
    pair_firsts: frozenset[str] = field(init=False)
    #: (lower-case form, keys) of a word -> which ways of matching can start at it (``lexicon_starts.starts``),
    #: filled as words are met: most words can start none, and a word met again costs one lookup
    starts: dict[tuple[str, frozenset[str]], int] = field(init=False, repr=False, compare=False)
    #: the lists hold the listed *ter ... van* phrases of the wordy phrases: the construction of ``lexicon_ter``
    #: belongs with them, and is off where the built-in lists are
    holds_ter: bool = field(init=False)

    def __post_init__(self) -> None:
        from .lexicon_ter import holds_listed_ter

        self.first_words = frozenset(first for first, _ in self.phrase)
        self.pair_firsts = frozenset(
            first for (first, _), entries in self.phrase.items() if any(len(e.words) == 2 for e in entries)
        )
        self.starts = {}
        self.holds_ter = holds_listed_ter(self.phrase)


def compile_lexicons(extra: tuple[str, ...], allow: Iterable[str], builtin: bool = True) -> CompiledLexicon:
    single: dict[str, list[LexiconEntry]] = defaultdict(list)
    phrase: dict[tuple[str, str], list[LexiconEntry]] = defaultdict(list)
    verbal: dict[str, list[LexiconEntry]] = defaultdict(list)
    separable: dict[str, list[tuple[str, LexiconEntry]]] = defaultdict(list)
    separable_forms: dict[str, list[tuple[str, LexiconEntry]]] = defaultdict(list)
    forms: dict[str, list[tuple[LexiconEntry, str]]] = defaultdict(list)
    joins: dict[str, list[tuple[LexiconEntry, str]]] = defaultdict(list)
    verb_forms: dict[str, set[str]] = defaultdict(set)
    word_forms: dict[str, frozenset[str]] = {}
    last_forms: dict[LexiconEntry, frozenset[str]] = {}
    heads: dict[str, list[tuple[LexiconEntry, str]]] = defaultdict(list)
    allowed = frozenset(a.lower() for a in allow)
    for lexicon in load_lexicons(extra, builtin):
        for entry in lexicon.entries:
            if entry.term.lower() in allowed:
                continue
            words = entry.words
            verb = entry.verb or (words[0] if len(words) == 1 and words[0].endswith("en") else None)
            # the grammar's particles and the morphology layer, which knows the longer particles of separable
            # verbs (*komt ... tegemoet*, *neemt ... deel*, *zet ... uiteen*) and which prefixes do not split: the
            # longer particle wins (*uiteenzetten* is *uiteen* + *zetten*, not *uit* + *eenzetten*)
            # (an exact entry is the words as written, never a verb split in two: 'gericht op' is no 'oprichten')
            splits = (
                [s for s in (split_separable(verb), morph_separable(verb)) if s]
                if verb and not entry.exact
                else []
            )
            split = max(splits, key=lambda s: len(s[0])) if splits else None
            if split:
                separable[split[1]].append((split[0], entry))
                for form in term_forms(split[1], ("VERB",)):
                    separable_forms[form].append((split[0], entry))
            english = entry.rule == "BT103"
            if entry.verb and len(words) > 1:
                verbal[entry.verb].append(entry)
                verb_written = term_forms(entry.verb, ("VERB",))
                for form in verb_written | respellings(verb_written):
                    verb_forms[form].add(entry.verb)
                for word in words:
                    if word != entry.verb and word not in word_forms:
                        word_forms[word] = term_forms(word, _noun_class(word, english), english)
                continue
            classes = (
                () if entry.exact else term_classes(words[-1], entry.pos if len(words) == 1 else (), english)
            )
            if len(words) == 1:
                single[words[0]].append(entry)
                for cls in classes or ("",):
                    written = term_forms(words[0], (cls,) if cls else (), english)
                    if cls == "VERB":  # *mitigerende maatregelen*: the verb's word before its noun
                        written = written | adjective_participles(words[0])
                    written = written | abbreviation_forms(
                        words[0]
                    )  # *i.c het terrein*: the last stop left out
                    for form in written:
                        forms[form].append((entry, cls))
                        joins[joined(form)].append((entry, cls))
                    for form in respellings(written):  # *creeren*: another spelling, as *emailen* is
                        joins[joined(form)].append((entry, cls))
                if _compound_head(entry, classes):
                    for form in term_forms(words[0], ("NOUN",), english):
                        heads[form].append((entry, "NOUN"))
                continue
            phrase[words[0], words[1]].append(entry)
            if entry.exact:
                continue
            last = term_forms(words[-1], _noun_class(words[-1], english), english)
            last = last | respellings(last)  # *de patient centraal*: written without the diaeresis
            last_forms[entry] = last
            if len(words) == 2:
                for form in last - {words[1]}:
                    phrase[words[0], form].append(entry)
            for first, second in _respelled_pairs(words[0], words[1]):
                phrase[first, second].append(entry)
            for form in last:
                joins[joined(" ".join([*words[:-1], form]))].append((entry, "NOUN"))
    return CompiledLexicon(
        dict(single), dict(phrase), dict(verbal), allowed, dict(separable), dict(separable_forms), dict(forms), dict(joins),
        dict(verb_forms), word_forms, last_forms, dict(heads),
    )  # fmt: skip


def _compound_head(entry: LexiconEntry, classes: tuple[str, ...]) -> bool:
    """A one-word noun entry that is found as the last part of a compound (``compounds = true``, the default):
    a noun by ``compounds.is_noun`` (the word classes of the term guess a noun from the end of any word: *alwaar*,
    *wellicht*)."""
    return (
        entry.compounds
        and "NOUN" in classes
        and entry.verb is None
        and len(entry.term) >= MIN_HEAD
        and entry.term.isalpha()
        and is_noun(entry.term)
    )


def _respelled_pairs(first: str, second: str) -> list[tuple[str, str]]:
    """The first two words of a phrase with either written without its diaeresis (``without_diaeresis``)."""
    firsts = [first, *respellings([first])]
    seconds = [second, *respellings([second])]
    return [(a, b) for a in firsts for b in seconds if (a, b) != (first, second)]


def _noun_class(word: str, english: bool) -> tuple[str, ...]:
    """Only nouns inflect inside a phrase (*afspraken maken*, *business cases*), and only known ones."""
    return ("NOUN",) if "NOUN" in term_classes(word, (), english) else ()


#: a form the tagger gave another word class is taken as the listed word only below this frequency (wordfreq
