"""The forms a word list matches a token on: lower-cased text, lemma, separable-verb lemma and adjective stem;
and the particles of separable verbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set, word_tuple
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token


def _load_full_lemmas(doc) -> list[str]:
    """Binds the NLP layer's ``full_lemmas`` on first use: this module is imported without loading spaCy."""
    global full_lemmas
    from ..nlp import full_lemmas as loaded

    full_lemmas = loaded
    return loaded(doc)


full_lemmas = _load_full_lemmas


def keys(token: Token) -> frozenset[str]:
    """The forms a word list can match a token on: its lower-cased text, its lemma, the lemma of a separable
    verb with its particle (*zet ... in* → *inzetten*) and the base form of an inflected adjective before its noun
    (*beleidsarme* → *beleidsarm*). Computed once per parsed paragraph."""
    return token_keys(token.doc)[token.i]


def full_lemma(token: Token) -> str:
    """``token._.full_lemma`` (a separable verb with its particle) without the extension's overhead."""
    return full_lemmas(token.doc)[token.i]


def token_keys(doc) -> list[frozenset[str]]:
    """``keys`` of every token of a parsed paragraph, by token index (a loop over a sentence looks them up here
    instead of asking each Token: fewer Token objects)."""
    cached = doc.user_data.get("beleidstaal_keys")
    if cached is None or len(cached) != len(doc):
        cols = columns(doc)
        cached = doc.user_data["beleidstaal_keys"] = [
            # only a word of 5 letters or more on a consonant and -e can be an inflected adjective
            # (_adjective_stems: tested here first, so no Token is made for *gemeente*, *situatie*)
            frozenset((low, lemma, full, *_adjective_stems(doc[i])))
            if len(low) >= 5 and low[-1] == "e" and low[-2] not in _VOWELS
            else frozenset((low, lemma, full))
            for i, (low, lemma, full) in enumerate(zip(cols.lower, cols.lemma, full_lemmas(doc), strict=True))
        ]
    return cached


_VOWELS = "aeiou"


def attributive_word(token: Token) -> bool:
    """An adjective before its noun, also when the tagger took a rare one for a noun (*een adequate oplossing*,
    *door adequate afstanden*): it stands between an article, possessive or preposition and a noun."""
    if token.pos_ == "ADJ" or (token.dep_ == "amod" and not verb_read_as_noun(token.head)):
        return True
    doc = token.doc
    if token.pos_ != "NOUN" or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "NOUN":
        return False
    return token.is_sent_start or doc[token.i - 1].pos_ in ("DET", "PRON", "ADP")


def verb_read_as_noun(token: Token) -> bool:
    """A finite verb the tagger took for a noun: the root of its sentence without a copula and with a subject of its
    own (*Op basis van bovenstaande besluit de raad ...*), or a bare noun with a personal pronoun in the nominative
    right after it (``grammatica.person_pronouns``), where Dutch puts the subject behind the finite verb in second
    place (*Naar aanleiding hiervan besluiten wij ...*). A noun with a subject and a copula is a predicate (*Hij is
    voorzitter*)."""
    if token.pos_ != "NOUN" or any(c.dep_ == "cop" or c.pos_ == "DET" for c in token.children):
        return False
    if token.dep_ == "ROOT" and any(c.dep_.startswith("nsubj") for c in token.children):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    return (
        after is not None
        and after.lower_ in word_set("grammatica", "person_pronouns")
        and "Nom" in after.morph.get("Case")
    )


def _adjective_stems(token: Token) -> tuple[str, ...]:
    """The base forms of an inflected attributive adjective, for rare words a lemmatiser gets wrong
    (*beleidsarme* → beleidsarm, *incidentele* → incidenteel, *vorengenoemde* → vorengenoemd): drop the -e,
    undo consonant doubling, z/v → s/f, and restore a long vowel in the last syllable."""
    word = token.lower_
    if len(word) < 5 or not word.endswith("e") or not attributive_word(token):
        return ()
    stem = word[:-1]
    if stem[-1] in _VOWELS:
        return ()
    if stem[-1] == stem[-2]:
        return (stem, stem[:-1])  # witte -> wit
    last = {"z": "s", "v": "f"}.get(stem[-1], stem[-1])
    forms = [stem, stem[:-1] + last]
    v = stem[-2]
    if v in "aeou" and (stem[-3] not in _VOWELS or stem[-4:-2] == "qu"):
        forms.append(stem[:-2] + v + v + last)  # incidentele -> incidenteel, brave -> braaf
    return tuple(dict.fromkeys(forms))


#: particles of Dutch separable verbs (*in*zetten, *uit*voeren, *op*pakken), the longest first
PARTICLES = word_tuple("grammatica", "particles")
ADVERB_PARTICLES = frozenset(word_tuple("grammatica", "adverb_particles"))


def particle(token: Token) -> Token | None:
    """The particle of a separable verb that the parser attached to it: the first ``compound:prt`` child that is a
    particle (``not_a_particle``: *maakte het gebied deel uit van*, where *deel* is attached too)."""
    for child in token.children:
        if child.dep_ == "compound:prt" and not not_a_particle(child, token):
            return None if holds_particle(token.lower_, token.lemma_.lower(), child.lower_) else child
    return None


def not_a_particle(attached: Token, verb: Token) -> bool:
    """The parser attached a word as the particle of a verb that no Dutch particle is: a punctuation mark (*hanteren
    wij het "Kader ..."*), a plural noun (*om oplossingen te creëren*), or a noun with which the verb makes no Dutch
    verb (*in de wijk samenhang te creëren*, *een peil boven de weg te hanteren*: the object, or the end of a phrase,
    read as the particle; also the noun of a fixed expression, *rekening houden*, which ``nlp.full_lemmas`` keeps
    as its key). A noun that is the first part of a separable verb stays one: *plaatsvinden*, *deelnemen*,
    *zorgdragen*, *tekortschieten* (a verb the data know, or one general Dutch writes)."""
    if not attached.text[:1].isalnum():
        return True
    if attached.pos_ not in ("NOUN", "PROPN"):
        return False
    if "Plur" in attached.morph.get("Number"):
        return True
    from .morphology import known_verbs, zipf

    whole = attached.lower_ + verb.lemma_.lower()
    return whole not in known_verbs() and zipf(whole) < SEPARABLE_ZIPF


#: a noun and a verb written together are a separable verb of general Dutch from this frequency (wordfreq's zipf):
#: *zorgdragen* 1.8, *kennisnemen* 1.7, *doodlopen* 1.3; *samenhangcreëren* and *weghanteren* are 0
SEPARABLE_ZIPF = 1.0


def holds_particle(form: str, lemma: str, attached: str) -> bool:
    """The verb form already holds its particle, written in (*afgezien*, *aangevangen*, *uit te voeren* is not:
    *te* stands between), and the parser attached another word as its particle: a Dutch verb has one particle, so
    that word is a preposition it misread (*kan worden afgezien van overleg in door de provincie aangegeven
    gevallen*: *in* is not a particle of *afzien*)."""
    parts = split_separable(lemma)
    return parts is not None and form.startswith(parts[0]) and attached != parts[0]


def split_separable(verb: str) -> tuple[str, str] | None:
    """``inzetten`` → (``in``, ``zetten``); None when the verb does not start with a particle."""
    for p in PARTICLES:
        if verb.startswith(p) and len(verb) - len(p) >= 4:
            return p, verb[len(p) :]
    return None


def loose_particle(verb: Token, word: str, sent: Span | None = None) -> Token | None:
    """A particle the parser did not attach as ``compound:prt``: the word after the verb in the same sentence
    (``sent``, when the caller has it), standing before punctuation, the sentence end or another preposition (*zet
    ... in op*, *rolt het plan uit.*)."""
    sent = verb.sent if sent is None else sent
    doc = verb.doc
    lower = columns(doc).lower
    # the first later word written as the particle, found in the columns (no Token for every word passed)
    at = next((j for j in range(verb.i + 1, sent.end) if lower[j] == word), None)
    if at is None:
        return None
    t = doc[at]
    nxt = doc[at + 1] if at + 1 < sent.end else None
    if nxt is not None and nxt.lower_ == "te":
        return None  # 'ontwikkelen ... door te trekken': the particle of another verb
    if (
        nxt is not None
        and nxt.text in (",", "/")
        and at + 3 < sent.end
        and doc[at + 2].pos_ == "ADP"
        and doc[at + 3].lower_ in (",", "/", "of", "en", "en/of")
    ):
        return None  # 'objecten in, op of boven de grond': one of a list of prepositions, no particle
    if (
        t.dep_ == "compound:prt"
        or nxt is None
        or nxt.is_punct
        or (nxt.pos_ == "ADP" and nxt.dep_ != "compound:prt" and word not in ADVERB_PARTICLES)
    ):
        return t
    return None
