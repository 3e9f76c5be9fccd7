"""Every written form of a word-list term, from the morphology layer: the matcher finds *ik faciliteer*, *zij
hielden*, *het is aangevangen*, *inputs* and *e-mailen*/*emailen* for the terms *faciliteren*, *houden*,
*aanvangen*, *input* and *e-mailen*, also where the tagger gave the form a wrong lemma or word class.

- ``term_classes(term, pos, english)``: the word classes a term inflects as (VERB, NOUN, ADJ): the entry's own
  ``pos``, else the verbs and nouns the morphology data knows (and a particle before a known verb: *doorvertalen*;
  and a verb the dictionary's lemma tables list, *mitigeren*, *agenderen*), else the shape of the word (*-en* with a third
  person or participle that general Dutch uses: a verb; *-isch*, *-eel*, *-baar* ...: an adjective; an English
  term: a noun).
- ``term_forms(term, classes, english)``: the forms of those classes (``morphology.forms``), with English plurals
  for English terms (*business cases*, *challenges*), and a noun's other plural (``other_plurals``: *handvatten*
  beside *handvaten*); not the present participle, but the other forms in -end (*ik zend*, *aangewend*,
  *verleend*).
- ``adjective_participles(verb)``: the present participle before a noun (*mitigerende maatregelen*), the verb's word
  for a one-word entry, unless the dictionary lists it as an adjective of its own (*verstrekkende gevolgen*).
- ``abbreviation_forms(term)``: an abbreviation written without its last full stop (*i.c het plangebied*, *t.o.v
  het dorp*).
- ``joined(text)``: a form without hyphens and spaces, to find the closed and hyphenated spellings of one word
  (*e-mailen*, *emailen*; *business case*, *businesscase*).
- ``without_diaeresis(form)``: the form written without its diaeresis (*creeren*, *geimplementeerd*), where that
  spelling is no other word: the same word, misspelt, that the entry's finding covers too.
- ``known_as(word, pos)``: the word is a known word of that class in the data (or the class is a closed one),
  so a tag of that class is to be trusted. Where it is not (*zij prioriteert*, tagged as a noun), the form decides (the lemma backstop).
"""

from __future__ import annotations

import functools
import re

from . import morphology
from .noun_lemmas import listed, noun_lemma

#: adjective endings: a term ending in one of these inflects as an adjective (adequaat → adequate, adequater)
ADJECTIVE_ENDINGS = (
    "isch", "eel", "aal", "ief", "baar", "matig", "vol", "loos", "zaam", "lijk", "ig", "iek", "ant", "ent", "air",
    "abel", "ibel", "haftig",
)  # fmt: skip
WORD_CLASSES = ("VERB", "NOUN", "ADJ")


@functools.cache
def term_classes(term: str, pos: tuple[str, ...] = (), english: bool = False) -> tuple[str, ...]:
    """The word classes a one-word term inflects as; () for words that do not inflect (*middels*, *tevens*)."""
    if pos:
        wanted = {"VERB" if p == "AUX" else p for p in pos}
        return tuple(c for c in WORD_CLASSES if c in wanted)
    classes = []
    if (
        term in morphology.known_verbs()
        or _separable_of_known_verb(term)
        or (term.endswith("en") and len(term) > 4 and (_used_as_verb(term) or listed(term, "verb")))
    ):
        classes.append("VERB")
    if morphology.article(term) is not None or (english and not classes):
        classes.append("NOUN")
    if not classes and term.endswith(ADJECTIVE_ENDINGS):
        classes.append("ADJ")
    return tuple(classes)


def _separable_of_known_verb(term: str) -> bool:
    """A particle and a known verb make a separable verb with all the forms of that verb, however rare the whole
    is in general Dutch: *doorvertalen* (door + vertalen) → *is doorvertaald*, *afhechten* → *afgehecht*."""
    split = morphology.separable(term)
    return split is not None and split[1] in morphology.known_verbs()


def _used_as_verb(term: str) -> bool:
    """An unknown word in -en is a verb when general Dutch uses its third person or participle (*prioriteert*,
    *gebrainstormd*), not when it is an adverb or conjunction (*indien*, *aangezien*, *jongstleden*)."""
    if morphology.article(term) is not None and term not in morphology.known_verbs():
        return False
    return any(
        morphology.zipf(form) >= 1.0
        for form in (morphology.present(term), morphology.participle(term))
        if form
    )


def english_plurals(word: str) -> set[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return {word + "es"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return {word[:-1] + "ies", word + "s"}
    return {word + "s"}


@functools.cache
def term_forms(term: str, classes: tuple[str, ...], english: bool = False) -> frozenset[str]:
    """Every written form of a term in its classes, the term itself included. For a term of several words the
    last word inflects (*business case* → *business cases*)."""
    words = term.split()
    head = words[-1]
    out = {term}
    for cls in classes:
        found = morphology.forms(head, cls)
        if cls == "VERB":  # a present participle is an adjective of its own: *verkennend onderzoek*
            # only the participle itself: a stem or past in -end is a verb form (*ik zend*, *aangewend*,
            # *verleende*, *bejegend*)
            present = morphology.present_participle(head)
            found -= {present, present + "e"} - {head}
        out |= {" ".join([*words[:-1], f]) for f in found}
    if english and "NOUN" in classes:
        out |= {" ".join([*words[:-1], f]) for f in english_plurals(head)}
    if "NOUN" in classes:
        out |= {" ".join([*words[:-1], f]) for f in other_plurals(head)}
    return frozenset(out)


#: the other plural of a noun counts from this frequency below the plural the spelling rules chose (wordfreq's Zipf
#: scale: a tenth as often): *handvatten* 2.74 beside *handvaten* 2.44; not *gespreken* (1.97, beside *gesprekken*
#: 4.66), a misspelling
OTHER_PLURAL_GAP = 1.0


@functools.cache
def other_plurals(noun: str) -> frozenset[str]:
    """A noun with a short vowel before its one last consonant makes its plural in two ways in Dutch spelling: the
    consonant doubled (*plannen*, *handvatten*) or the vowel made long (*dagen*, *vaten*, *slagen*). The spelling
    rules cannot tell which (``morphology.plural`` takes one: *handvaten*, from *vat*), and Dutch writes both for
    some words (*handvaten* and *handvatten*, both in the Woordenlijst). The other one is the same plural where
    general Dutch writes it about as often (``OTHER_PLURAL_GAP``) and it is no form of another word: no reading of
    the morphology layer, no verb of the dictionary (*tenderen* beside *tenders*, *kaderen* beside *kaders*)."""
    from .nominals import double_final

    if not double_final(noun) or not noun.isalpha():
        return frozenset()
    chosen = morphology.plural(noun)
    floor = max(1.0, morphology.zipf(chosen) - OTHER_PLURAL_GAP)
    return frozenset(
        other
        for other in (noun + noun[-1] + "en", noun + "en")
        if other != chosen
        and morphology.zipf(other) >= floor
        and all(lemma == noun for lemma, _ in morphology.lemmas(other))
        and not listed(other, "verb")
    )


def adjective_participles(verb: str) -> frozenset[str]:
    """The present participle of a verb before its noun, with and without -e (*mitigerende maatregelen*, *een
    faciliterend beleid*): to the reader the verb's own word, with the verb's meaning (measures that mitigate), so a
    listed verb's finding covers it. Not where the dictionary lists the participle as an adjective of its own, with
    a meaning the verb does not have (``listed``: *verstrekkende gevolgen* are far-reaching, not provided;
    *integrerend deel*, *dringend*, *bindend*). The lemma of the tagger decided before: *mitigeren* in one sentence,
    *mitigerend* in the next."""
    present = morphology.present_participle(verb)
    if not present or listed(present, "adj"):
        return frozenset()
    return frozenset({present, present + "e"})


def lexical_adjective(form: str, verb: str) -> bool:
    """``form`` is the present participle of ``verb`` (with or without -e) that the dictionary lists as an adjective
    of its own (*verstrekkende*, of *verstrekken*): another word, whatever lemma the tagger gave it."""
    present = morphology.present_participle(verb)
    return bool(present) and form in (present, present + "e") and listed(present, "adj")


#: an abbreviation of initials, each with its full stop: *i.c.*, *t.o.v.*, *m.b.t.*, *d.d.*
_ABBREVIATION = re.compile(r"(?:[a-z]\.){2,}")


def abbreviation_forms(term: str) -> frozenset[str]:
    """An abbreviation of initials with its stops (*i.c.*, *t.o.v.*) as writers also type it, without the last stop
    (*het plangebied (i.c het terrein)*): the same abbreviation, the stop a slip. (Without any stop, *ic*, *tov*, it
    could be another word.)"""
    return frozenset({term[:-1]}) if _ABBREVIATION.fullmatch(term) else frozenset()


def joined(text: str) -> str:
    """*e-mailen*, *e mailen*, *emailen* → *emailen*."""
    return text.replace("-", "").replace(" ", "").lower()


#: a vowel with a diaeresis → the same vowel without it
DIAERESIS = str.maketrans("ëïöüä", "eioua")


@functools.cache
def without_diaeresis(form: str) -> str | None:
    """The form without its diaeresis (*creëren* → *creeren*, *geïmplementeerd* → *geimplementeerd*), or None.
    Dutch writers often leave the diaeresis out; the spelling is wrong, but the word is the same. None for a form
    without one, and where the plain spelling is a word of its own: wordfreq finds it at least as often as the form
    (*citroen* beside *citroën*, *moet* beside *Moët*: a misspelling is the rarer spelling of its word), or the
    dictionary's tables know it as a word that is none of the form's own lemmas (``_readings``; the tables hold
    some misspellings too, *beeindigen*, and *knieen* is read as *knie*, the lemma of *knieën*)."""
    plain = form.translate(DIAERESIS)
    if plain == form:
        return None
    if morphology.zipf(plain) > 0 and morphology.zipf(plain) >= morphology.zipf(form):
        return None
    own = _readings(form)
    if own and not _readings(plain) <= own | {plain}:
        return None
    return plain


def _readings(word: str) -> set[str]:
    """The lemmas, spelled without diaeresis, that the dictionary's tables give the word: a known verb, a noun of
    the noun tables, a known adjective (not a guess from the word's ending, as *officiel* for *officiele*)."""
    out = set()
    for lemma, cls in morphology.lemmas(word):
        if (
            (cls == "VERB" and lemma in morphology.known_verbs())
            or (cls == "NOUN" and noun_lemma(lemma) == lemma)
            or (cls == "ADJ" and lemma in morphology.known_adjectives())
        ):
            out.add(lemma.translate(DIAERESIS))
    noun = noun_lemma(word)
    if noun is not None:
        out.add(noun.translate(DIAERESIS))
    return out


def respellings(forms) -> set[str]:
    """The forms written without their diaeresis (``without_diaeresis``), where that is no other word."""
    return {plain for form in forms if (plain := without_diaeresis(form)) is not None}


@functools.cache
def known_as(word: str, pos: str) -> bool:
    """``word`` is a known word of class ``pos`` (a noun with a known gender, a form of a known verb, ...)."""
    if pos == "NOUN":
        if morphology.article(word) is not None:
            return True
        return any(
            p == "NOUN"
            and (morphology.article(lem) is not None or (lem != word and morphology.zipf(lem) >= 3.0))
            for lem, p in morphology.lemmas(word)
        )
    if pos in ("VERB", "AUX"):
        return any(p == "VERB" and lem in morphology.known_verbs() for lem, p in morphology.lemmas(word))
    # a preposition or function word tag is trusted; an adverb, adjective, name or unknown-word tag on a form of
    # a listed verb or noun is the tagger's guess (*ik faciliteer*: ADV)
    return pos not in ("ADV", "ADJ", "PROPN", "X", "INTJ")
