"""Realising a replacement in its sentence: a word-list alternative is offered as replacement text only when it fits.

``fit(tokens, replacement)`` takes the matched words (parsed tokens, one continuous stretch) and an alternative in
its dictionary form (*belanghebbende*, *samenhangend*, *maken*, *mogelijk maken*), inflects it to the features of
the words it replaces (number, person, tense, participle, attributive -e, degree) with ``morphology``, and checks
the sentence it makes:

- agreement: a singular noun under *de*/*het*/*dit*/*dat*/*deze*/*die* or an adjective whose -e depends on the
  gender keeps its gender (*het plan* → not *het aanpak*); unknown gender where it matters is no fit;
- word order: a verb replacement that splits (a separable verb, or a verb with its own complement such as
  *mogelijk maken*) fits where the verb stands at the end (subordinate clause, participle, infinitive), not as the
  finite verb of a main clause (*Wij faciliteren dit* → *Wij maken dit mogelijk* needs two places changed);
- nothing dangles: no particle, *zich* or *te* left behind from the old verb (*de school bevindt zich* →
  not *de school is zich*), no *te* before a verb that would need it inside (*vast te stellen*);
- no second clause: a conjunction such as *indien* is replaced only when it opens a clause with a finite verb
  (*Indien noodzakelijk* → no *Als noodzakelijk*);
- a word class that cannot stand in the place (an article for an adjective: *het bovenvermelde formulier* →
  not *het dit formulier*);
- entries whose replacement depends on what they mean in the sentence (``replace = false`` in the word list:
  *in het kader van*, *afstemming*) are advice only: ``offer(..., replace=False)``.

``None`` means: no fit; the rule turns the alternative into advice.

This module is the face (``offer``, ``fit``, ``stretch``, ``widen``); its parts: ``realise_advice`` (the advice
texts for alternatives that do not drop in), ``realise_context`` (the words around a match), ``realise_clauses`` (conjunctions, relative pronouns, the comma,
finite verbs), ``realise_verbs``, ``realise_verb_form``, ``realise_nouns`` and ``realise_adjective`` (a replacement
inflected as a verb, a noun or an adjective, with its -e) and ``clause_check`` (a rewritten clause parsed again).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .compounds import is_adjective
from .data import load_data, table, word_set
from .grammar import MODALS
from .realise_adjective import degree_before_a_plain_adjective, phrase_with_its_e
from .realise_advice import choice_advice, in_the_perfect, rewrite_advice
from .realise_clauses import (
    CONJUNCTIONS,
    _en_after,
    _opens_clause,
    _relative,
    _relative_fits,
    _subordinator,
    _te_infinitive_follows,
    _zowel_before,
    elliptic_advice,
    elliptic_condition,
    with_comma,
)
from .realise_context import (
    FUNCTION_WORDS,
    _a_clause,
    _after_a_class,
    _after_its_noun,
    _after_the_right_word,
    _antecedent_plural,
    _before_a_singular_noun,
    _before_the_right_word,
    _comes_into_force,
    _dangles,
    _followed_by,
    _has_determiner,
    _in_passive_clause,
    _indefinite_after,
    _lies_somewhere,
    _repeats_a_neighbour,
    _said_again,
    _said_elsewhere,
    _subject_of_a_singular_verb,
    _takes_from_a_set,
    _verb_preposition_after,
    adverb_before_attributive,
)
from .realise_nouns import (
    _fit_adjective,
    _fit_noun,
    _without_e,
    attributive_before_a_noun,
    named_adjective,
    regendered_phrase,
)
from .realise_structure import (
    antecedent_of_a_relative,
    breaks_passive_or_te,
    inside_noun_phrase,
    lacks_its_object,
    outside_clause_first,
    shares_with_a_conjunct,
)
from .realise_verb_form import _infinitive_or_participle, participle_in_place, participle_read_as_noun
from .realise_verbs import _case, _fit_verb, _split_replacement, _te_infinitive_after, rewrite_verb_phrase
from .realise_word_class import _a_verb_as_noun, _content, _part_of_a_compound, _present_singular

if TYPE_CHECKING:
    from spacy.tokens import Token

COORDINATORS = word_set("realisatie", "coordinators")
POSTNOMINAL = word_set("realisatie", "postnominal")
REFLEXIVE_PRONOUNS = frozenset({"zich", "zichzelf"})
WITH_ARTICLE = word_set("realisatie", "with_article")
NEEDS_DETERMINER = word_set("realisatie", "needs_determiner")
NOT_INSIDE_NOUN_PHRASE = word_set("realisatie", "not_inside_noun_phrase")
NOT_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["not_after_class"].items()}
POINT_IN_TIME = table("realisatie", "point_in_time")
NOT_TWICE_IN_CLAUSE = word_set("realisatie", "not_twice_in_clause")
NOT_TWICE_IN_SENTENCE = word_set("realisatie", "not_twice_in_sentence")
EXCEPTION_PHRASES = word_set("realisatie", "exception_phrases")
PLURAL_NOUN_ONLY = word_set("realisatie", "plural_noun_only")
LYING_NOUNS = word_set("realisatie", "lying_nouns")
PLACE_VERBS = table("realisatie", "place_verbs")
OLD_PREPOSITION = table("realisatie", "old_preposition")
PLURAL_ANTECEDENT = table("realisatie", "plural_antecedent")


def offer(
    tokens: Sequence[Token],
    replacements: Sequence[str],
    term: str | None = None,
    verbal: bool = False,
    replace: bool = True,
) -> tuple[list[str], list[str]]:
    """(replacement texts that fit, in the order of the word list; Dutch advice for the alternatives that do not).
    Call ``stretch(tokens, verbal)`` first: the replacements are for those words. ``replace=False``: the entry's
    alternatives depend on the meaning in the sentence, so they are only advice."""
    if not replace:
        # heeft ... plaatsgevonden → 'is ... gebeurd', not 'gebeuren' (the perfect takes another auxiliary)
        return [], [choice_advice(in_the_perfect(tokens, replacements))] if replacements else []
    place_verb = PLACE_VERBS.get((term or "").lower())
    if place_verb in replacements and _lies_somewhere(tokens, LYING_NOUNS):
        # het perceel bevindt zich aan de weg → 'ligt' first, not 'is'
        replacements = [place_verb, *(r for r in replacements if r != place_verb)]
    fitting: list[str] = []
    unfit: list[str] = []
    for rep in replacements:
        got = fit(tokens, rep, term, verbal)
        if got is None:
            unfit.append(rep)
        elif got not in fitting:
            fitting.append(got)
    elliptic = elliptic_advice(tokens, unfit)  # indien gewenst → not 'als gewenst'
    if elliptic is not None:
        return fitting, [elliptic, *rewrite_advice([u for u in unfit if u != "als"])]
    return fitting, rewrite_advice(unfit)


def stretch(tokens: Sequence[Token], verbal: bool = False, term: str | None = None) -> list[Token]:
    """The words a replacement of a verb phrase stands for: the matched words plus the article of its noun just
    before them (*heeft een besluit genomen*: 'een besluit genomen' → 'besloten', not 'een besloten'); likewise
    *een* before a word listed in ``with_article`` (*een tweetal bezwaren* → *twee bezwaren*)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if term is not None and term.lower() in WITH_ARTICLE and len(tokens) == 1 and tokens[0].i > 0:
        det = tokens[0].doc[tokens[0].i - 1]
        # *een tweetal* heads its noun; *een dergelijke aanpak*: both hang on the noun
        if det.lower_ == "een" and det.head.i in (tokens[0].i, tokens[0].head.i):
            return [det, *tokens]
    if len(tokens) < 2 or not (verbal or any(t.pos_ in ("VERB", "AUX") for t in tokens)):
        return tokens
    first = tokens[0]
    if first.pos_ == "NOUN" and first.i > 0:
        det = first.doc[first.i - 1]
        if det.head.i == first.i and det.dep_ == "det" and det.lower_ in ("een", "de", "het"):
            return [det, *tokens]
    return tokens


def widen(
    tokens: Sequence[Token], term: str | None, replacements: Sequence[str], fitting: Sequence[str]
) -> tuple[list[Token], list[str], list[str] | None] | None:
    """The words around a match that a replacement needs to change too, the texts for them and the alternatives
    that still do not fit: the comma before *alsmede* (``with_comma``), or the determiner and adjectives of a noun
    whose replacement has the other gender (``regendered_phrase``: *de algemene doelstelling* → *het algemene
    doel*). None when nothing is widened."""
    if fitting:
        wider = with_comma(tokens, term)
        return None if wider is None else (wider, [f"{wider[0].text} {f}" for f in fitting], None)
    if len(tokens) != 1 or tokens[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if term is not None and " " not in term and is_adjective(term.lower()):
        return None  # an adjective read as a noun (*het regulier 'wonen'*) keeps its article: 'normaal' is no noun there
    found: list[str] = []
    unfit: list[str] = []
    words: list[Token] | None = None
    for rep in replacements:
        # (a replacement that fails for another reason than its gender stays unfit)
        got = regendered_phrase(tokens[0], rep.split()) if fit(tokens, rep, term, any_gender=True) else None
        if got is not None and (words is None or got[0] == words):
            words = got[0]
            found.append(got[1])
        else:
            unfit.append(rep)
    return None if words is None else (words, found, unfit)


def _keeps_its_verb(tokens: Sequence[Token], verb: Token, words: list[str]) -> str | None:
    """A replacement that ends in the phrase's own verb (*zijn voornemens* → *van plan zijn*): the verb keeps its
    form and place at either end of the words, only the other words change (*is voornemens* → *is van plan*, *dat
    wij voornemens zijn* → *van plan zijn*). None when the verb is another or stands between the words."""
    if len(words) < 2 or words[-1].lower() != verb.lemma_.lower():
        return None
    rest = " ".join(words[:-1])
    if verb.i == tokens[0].i:
        return f"{verb.text} {rest}"
    if verb.i == tokens[-1].i:
        return f"{_case(rest, tokens[0].text)} {verb.text}"
    return None


def _unwanted_here(tokens: Sequence[Token], word: str) -> bool:
    """A one-word replacement that its sentence would say twice (``not_twice_in_clause``, ``not_twice_in_sentence``
    in ``realisatie.toml``)."""
    if word in NOT_TWICE_IN_CLAUSE and _said_again(tokens, word, clause_only=True):
        return True
    return word in NOT_TWICE_IN_SENTENCE and _said_again(tokens, word, clause_only=False)


def _order_read_as_a_noun(t: Token, term: str | None) -> bool:
    """The stem of the listed verb first in its sentence, before an article or pronoun, tagged as a noun or name:
    an order (*Retourneer het formulier*, *Verstrek de gegevens*), which no noun or infinitive replaces."""
    doc = t.doc
    return (
        term is not None
        and term.endswith("en")
        and " " not in term
        and t.pos_ in ("NOUN", "PROPN")
        and t.i == t.sent.start
        and t.i + 1 < len(doc)
        and doc[t.i + 1].pos_ in ("DET", "PRON")
        and t.lower_ == m.present(term.lower(), "Sing", "1") != term.lower()
    )


def _form_of_the_term(t: Token, term: str, form) -> bool:
    """The word is ``form`` of the listed adjective, whatever the tagger said: ``morphology.attributive``, the -e
    form (*separate* of *separaat*), or ``morphology.comparative`` (*toxischer* of *toxisch*)."""
    return " " not in term and term not in m.known_verbs() and t.lower_ == form(term) != term


def fit(
    tokens: Sequence[Token],
    replacement: str,
    term: str | None = None,
    verbal: bool = False,
    any_gender: bool = False,
) -> str | None:
    """The replacement inflected to fit the place of ``tokens``, or None when it does not fit (see module doc).
    ``verbal``: the word-list entry is a verb phrase (``verb = ...``). ``any_gender``: a noun of another gender
    than its determiner shows fits (``widen`` rewrites the determiner)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    if term is not None and not _after_the_right_word(tokens, term.lower()):
        return None
    rep = replacement.strip()
    words = rep.split()
    if not words or "..." in rep or "…" in rep:
        return None  # a pattern the writer fills in (om ... te voorkomen): not text that drops in
    if any(w.lower() in REFLEXIVE_PRONOUNS for w in words):
        return None  # zich inzetten: its pronoun needs a place of its own (spant zich in → not 'zet zich zich in')
    if term is not None and not _before_the_right_word(tokens, term.lower()):
        return None
    if term is not None and term.lower() in EXCEPTION_PHRASES and not _takes_from_a_set(tokens):
        return None  # de hoogte is 10 meter, met uitzondering van de patiowoningen → 'behalve bij': the writer adds it
    if term is not None and term.lower() in PLURAL_NOUN_ONLY and _before_a_singular_noun(tokens):
        return None  # een kleinschalige en diverse uitstraling (varied) → not 'verschillende uitstraling'
    old_prep = OLD_PREPOSITION.get((term or "").lower())
    if old_prep and _verb_preposition_after(tokens, old_prep):
        return None  # in kennis gesteld moeten worden van het plan → not 'geïnformeerd ... van': 'over' is needed
    if len(words) == 1 and _unwanted_here(tokens, words[0].lower()):
        return None  # Omdat ... omdat; met een overleg met de buren
    if len(words) == 1 and words[0].lower() in NOT_INSIDE_NOUN_PHRASE and inside_noun_phrase(tokens):
        return None  # de eveneens gebroadcaste adressen → not 'de ook gebroadcaste adressen'
    plural_word = PLURAL_ANTECEDENT.get((term or "").lower())
    if plural_word and len(tokens) == 1 and len(words) == 1 and _antecedent_plural(tokens[0]):
        return _case(plural_word, rep)  # de gebruikers, ongeacht diens leeftijd → hun
    # met dien verstande dat → op voorwaarde dat: a conjunction phrase for one that ends in the same word
    same_end = len(words) > 1 and words[-1].lower() == tokens[-1].lower_
    if _repeats_a_neighbour(tokens, words) or _a_clause(words[:-1] if same_end else words):
        return None
    if term is not None and term.lower() in POINT_IN_TIME and _comes_into_force(tokens):
        # met ingang van 1 januari in werking treden → op 1 januari (a point in time), not 'vanaf'
        return _case(POINT_IN_TIME[term.lower()], rep)
    if _said_elsewhere(tokens, words):
        return None  # De impact ... heeft grote invloed → not 'De invloed ... heeft grote invloed'
    count = (term or "").lower().endswith("tal")  # een tiental woningen: plural; een dergelijke aanpak: one
    if term is not None and term.lower() in WITH_ARTICLE and _subject_of_a_singular_verb(tokens, count):
        return None  # er wordt een tweetal gebieden onderscheiden → not 'wordt twee gebieden'
    one_word_verb = (
        term is not None and " " not in term.strip() and any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )
    verbal = verbal or (len(tokens) > 1 and one_word_verb)  # plaatsvinden matched on 'vindt ... plaats'
    if verbal and len(tokens) > 1 and tokens[0].lower_ in REFLEXIVE_PRONOUNS and _indefinite_after(tokens[0]):
        # dat zich geen water in de kelder bevindt → not 'dat geen water in de kelder is': an indefinite subject
        # there needs 'er' (dat er geen water ... is), which 'zich' stood in for
        return None
    if outside_clause_first(tokens, words):
        return None  # Concluderend kan gesteld worden → not 'Kortom kan gesteld worden'
    if (verbal or one_word_verb) and breaks_passive_or_te(tokens, words):
        return None  # zijn bewoners in de gelegenheid gesteld → not 'de kans gegeven', 'gelaten'
    if verbal and len(tokens) > 1:
        if (
            shares_with_a_conjunct(tokens)
            or lacks_its_object(tokens, words)
            or antecedent_of_a_relative(tokens)
        ):
            # aansluiting te vinden en te houden → not 'aan te sluiten en te houden'; een voorstel doen → not
            # 'voorstellen' without what is proposed
            return None
        # a verb phrase, also one with other words in between: rewritten as the whole stretch
        return rewrite_verb_phrase(tokens, words)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # words with other words between them: not one place to put text
    low = [w.lower() for w in words]
    if _dangles(tokens, low):
        return None
    if low == ["door"] and _in_passive_clause(tokens[0]):
        return None  # als gevolg van → door: in a passive clause 'door' reads as who does it
    if len(tokens) > 1 and low[-1] != "van" and _followed_by(tokens, "van"):
        return None  # ter plaatse van het plangebied → not 'daar van het plangebied': the phrase goes on
    if term is not None and _after_a_class(tokens[0], NOT_AFTER.get(term.lower(), frozenset())):
        return None  # ouderen in het bijzonder → not 'ouderen vooral'; worden dan wel gesteld → not 'of'
    if term is not None and term.lower() in NEEDS_DETERMINER and not _has_determiner(tokens[-1]):
        return None  # op eenvoudige wijze → not 'op eenvoudige manier': the new word needs 'een'
    if low == ["om"]:
        # teneinde → om: only before its own 'te' + infinitive (teneinde misbruik te voorkomen), whatever the tagger
        # took 'teneinde' for
        return _case(low[0], words[0]) if _te_infinitive_follows(tokens[-1]) else None
    if len(tokens) == 1 and degree_before_a_plain_adjective(tokens[0], rep):
        return None  # een zodanig ruimtelijk besluit → not 'een zo ruimtelijk besluit'
    if len(tokens) == 1 and tokens[0].lower_ in POSTNOMINAL and _after_its_noun(tokens[0]):
        return None  # in een omvang zodanig dat → not 'in een omvang zo dat'
    if len(low) == 1 and low[0] in COORDINATORS and _subordinator(tokens[-1]):
        return None  # met dien verstande dat er ... zijn toegestaan → not 'maar er ... zijn toegestaan' (needs V2)
    if low[0] == "en" and _zowel_before(tokens[0]):
        return None  # zowel voor de woningen alsmede voor de tuinen → not 'zowel ... en': the pair is 'zowel ... als'
    if low[0] == "en" and tokens[0].lower_ != "en" and _en_after(tokens[-1]):
        return None  # de tuinen alsmede paden, water en groen → not 'en paden, water en groen': the grouping goes
    if len(tokens) == 1 and len(low) == 1 and low[0] in ("wat", "dat", "die") and _relative(tokens[0]):
        return rep if _relative_fits(tokens[0], low[0]) else None
    if low[0] in CONJUNCTIONS:
        # indien → als: only where a whole clause follows (not 'indien noodzakelijk')
        # (and only on the conjunction itself: not on 'indienen', a verb the matcher took for a form of it)
        one = len(tokens) == 1 and (term is None or tokens[0].lower_ == term.lower())
        if one and low == ["als"] and not _opens_clause(tokens[0]):
            short = elliptic_condition(tokens[0])  # indien nodig → 'zo nodig', not 'als nodig'
            return _case(short, tokens[0].text) if short else None
        return rep if one and _opens_clause(tokens[0]) else None
    if (
        len(tokens) == 1
        and len(words) == 1
        and tokens[0].pos_ == "NOUN"
        and attributive_before_a_noun(tokens[0])
    ):
        return _fit_adjective(
            tokens[0], words
        )  # aard van voorgenomen ontwikkeling: a participle the tagger missed
    if len(tokens) == 1 and term is not None and participle_read_as_noun(tokens[0], term.lower()):
        split = _split_replacement(words)  # wordt ... toegezonden tagged as a noun → gestuurd, not 'sturen'
        part = m.participle(split[1]) if split is not None and not split[0] and not split[2] else None
        part = participle_in_place(tokens[0], part) if part else None  # toegezonden brieven → gestuurde
        return _case(part, words[0]) if part else None
    if len(tokens) == 1 and len(words) == 1:
        words = [_without_e(tokens[0], words[0])]
        rep = words[0]
    if (
        len(tokens) == 1
        and term is not None
        and (
            _infinitive_or_participle(tokens[0].lower_, term.lower())
            or (tokens[0].pos_ in ("ADV", "PROPN") and _present_singular(tokens[0].lower_, term.lower()))
        )
        and not any(c.dep_ == "det" for c in tokens[0].children)  # de bedragen: a noun
    ):
        # bezien, ontvangen: a verb whatever the tagger took it for (Bezien first in a sentence is tagged as a
        # name); its place tells infinitive from participle
        return _fit_verb(tokens, tokens[0], words)
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _content(t)]
    if verbal or (len(tokens) == 1 and verbs and tokens[0].dep_ != "amod"):
        if len(verbs) != 1:
            return None  # no verb, or two: a rewrite, not a swap
        return _fit_verb(tokens, verbs[0], words)
    if len(tokens) == 1:
        t = tokens[0]
        if len(low) == 1 and adverb_before_attributive(t, low[0]):
            return rep  # de immer groeiende vraag → de steeds groeiende vraag (immer tagged as a noun)
        if t.pos_ in ("NOUN", "ADJ", "VERB") and len(low) == 1 and low[0] in FUNCTION_WORDS:
            return None  # het bovenvermelde formulier → het dit formulier
        if t.pos_ == "NOUN" and term is not None and _a_verb_as_noun(t, term.lower()):
            return None  # de bedragen (amounts) is no form of the verb bedragen: its replacement 'zijn' is no noun
        if _part_of_a_compound(t):
            return None  # security issues → not 'beveiliging issues': the words belong together
        if _order_read_as_a_noun(t, term):
            return None  # Retourneer het formulier → not 'Terugsturen het formulier'
        if t.pos_ == "NOUN" and term is not None and _form_of_the_term(t, term.lower(), m.attributive):
            return named_adjective(t, words)  # via separate regels, tagged as a noun: 'aparte', not 'apart'
        if t.pos_ == "NOUN" and term is not None and _form_of_the_term(t, term.lower(), m.comparative):
            # toxischer, tagged as a noun: the comparative of the replacement ('giftiger'), else advice
            more = m.comparative(low[0]) if len(low) == 1 else ""
            return _case(more, words[0]) if more and m.zipf(more) >= 1.0 else None
        if t.pos_ == "NOUN" and (_content(t) or "Plur" in t.morph.get("Number")):
            return _fit_noun(tokens, t, words, term, any_gender)
        # Stakeholders first in a line, tagged as a name (not Separate bijlagen: an adjective, by its relation)
        name = t.pos_ == "PROPN" and t.dep_ != "amod" and term is not None and " " not in term
        if name and t.lower_ == m.attributive(term.lower()) != term.lower():
            return named_adjective(t, words)  # Evidente fouten, tagged as a name: 'Duidelijke'
        if name and t.lower_ != term.lower():
            return _fit_noun(tokens, t, words, term, any_gender)
        if t.pos_ == "ADV" and t.dep_ == "amod" and len(low) == 1 and low[0] not in m.known_adjectives():
            return rep  # tenminste 25 meter → minstens: an adverb on a number takes no -e, nor does its swap
        if (t.pos_ == "ADJ" or t.dep_ == "amod") and _content(t):
            return _fit_adjective(t, words)  # de navolgende vragen → de volgende vragen
        if t.pos_ in ("VERB", "AUX") and _split_replacement(words) is not None:
            return None  # a verb whose form the dictionary does not know (medegedeeld): no uninflected verb
        if (
            term is not None
            and term.lower() in m.known_verbs()
            and t.lower_ in m.forms(term, "VERB") - {term}
        ):
            return None  # zij ontbeerden, tagged as a preposition: not 'zij missen' (the tense is lost)
        return rep  # a word without inflection (gaarne → graag, jegens → tegenover), also when mis-tagged
    finite = [
        t for t in tokens if t.pos_ in ("VERB", "AUX") and set(t.morph.get("VerbForm")) & {"Fin", "Inf"}
    ]
    if len(finite) == 1 and _split_replacement(words) is not None:
        kept = _keeps_its_verb(tokens, finite[0], words)
        if kept is not None:
            return kept  # is voornemens → is van plan: the verb stays, the rest is replaced
        if words[-1].lower() in MODALS and _te_infinitive_after(tokens[-1]):
            return None  # is voornemens de weg te verbreden → not 'wil de weg te verbreden': 'te' would stay
        # zijn gelegen → liggen: the verb of the phrase gives the replacement its form (het plan ligt)
        return _fit_verb(tokens, finite[0], words)
    last = tokens[-1]
    if last.pos_ == "NOUN" and all(t.pos_ in ("DET", "ADJ", "NUM") for t in tokens[:-1]):
        return _fit_noun(tokens, last, words, term, any_gender)  # a noun phrase: its head noun agrees
    inflected = phrase_with_its_e(last, term, words) if term is not None else None
    if inflected is not None:
        return inflected  # een zo optimaal mogelijke leefomgeving → een zo goed mogelijke leefomgeving
    return rep  # a fixed phrase: met betrekking tot → over, te allen tijde → altijd, op dit moment → nu
