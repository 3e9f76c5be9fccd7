"""Word-list rules, the guards of an entry on the clause of its matched words (``unless_*`` keys of the word lists):
a match the guard's clause rules out is no finding (``lexicon_match.match_sentence``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..language.fixed_groups import verb_not_preposition
from ..language.keys import full_lemma
from ..language.names import (
    clause_subjects,
    governs,
    is_negated,
    lists_them,
    next_word_is,
    states_exception,
    subject_is,
    writer_is_subject,
)
from ..language.number import noun_plural
from ..language.relatives import adverb_verbs, antecedent_is
from ..language.verb_roles import content_follows
from ..language.words import SENTENCE_ENDS
from ..lexicon_entry import LexiconEntry, compound_ends

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _has_doer(tokens: list[Token]) -> bool:
    """The verb of the match has a subject of its own that does it (*de plannen moeten aandacht besteden aan*): not
    a passive (*aandacht besteed te worden aan*, *is aandacht besteed aan*), not an *om ... te* clause without a
    subject (*verplicht om aandacht ... te besteden*). A *te*-infinitive without *om* under a verb with a subject
    has that subject as its doer (*gemeenten dienen aandacht te besteden aan*, task nomin14)."""
    for verb in (t for t in tokens if t.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            return False
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        head = verb.head
        return (
            verb.dep_ in ("xcomp", "ccomp")
            and marks == {"te"}
            and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux:pass", "nsubj:pass", "expl") for c in head.children)
            and any(c.dep_ == "nsubj" for c in head.children)
        )
    return False


def clause_allows(entry: LexiconEntry, tokens: list[Token]) -> bool:
    """The entry's guards on the clause of the matched tokens (keys of the word lists)."""
    # a vague quantity word whose things the sentence names right after it: 'diverse functies: een kerk, ...'
    if entry.unless_listed and lists_them(tokens):
        return False
    # a hedge that the clause denies (*geen nader onderzoek*) is a decision; a promise only the writer makes
    if entry.unless_negated and is_negated(tokens):
        return False
    # the second half of a listed pair in one sentence (*enerzijds ... anderzijds*): the first half's finding
    if entry.unless_in_sentence and _elsewhere_in_sentence(tokens, entry.unless_in_sentence):
        return False
    if entry.writer_only and not writer_is_subject(tokens):
        return False
    if entry.unless_doer and _has_doer(tokens):
        return False
    # a point of view (*vanuit de natuur bezien*), a grade of an adjective (*significant negatieve effecten*)
    if dependent_excludes(entry, tokens):
        return False
    # a preposition of place on a word of position: *de situering van bebouwing ten opzichte van de perceelsgrens*
    # (not a comparison: *liggen ten opzichte van 2023 hoger*)
    if entry.unless_head and _hangs_on(tokens, entry.unless_head) and not _compares(tokens):
        return False
    # a relative word after a noun of a limit: *de grens waarbinnen* (one stays inside it), not 'waarin'
    if entry.unless_antecedent and antecedent_is(min(tokens, key=lambda t: t.i), entry.unless_antecedent):
        return False
    if entry.unless_next_pos and next_word_is(tokens, entry.unless_next_pos):
        return False
    # a limit before its number (*ten hoogste 7 meter*); *de ten hoogste toelaatbare geluidsbelasting* is the term
    # of the Wet geluidhinder
    if entry.only_before_number and not _before_number(tokens):
        return False
    # a reservation whose sentence names the exception or the condition (*in principe niet, tenzij ...*)
    if entry.unless_exception and states_exception(tokens):
        return False
    # a noun in the plural counts several of them: *keuzes maken* is everyday Dutch, *kiezen* cannot count them; the
    # number by the word and its determiner, not the tagger alone (*worden talloze beslissingen genomen*: 'Sing')
    if entry.unless_plural and any(
        t.pos_ == "NOUN" and t.lower_ != entry.verb and noun_plural(t) for t in tokens
    ):
        return False
    # a bond between people (*de bewoner heeft geen relatie met het bedrijf*), not a link between places or plans
    if entry.unless_person_subject and _person_subject(tokens):
        return False
    # the participle that names a text with all its amendments in it (*de geconsolideerde versie*)
    if entry.unless_participle and _past_participle(tokens, entry):
        return False
    # *kan worden volstaan met*: the passive rule says what is enough there (``passive_hidden_doer``)
    if entry.unless_passive and _worden_passive(tokens):
        return False
    # *de ambitie is hoog*, *is niet gehaald*: the copula says something of the intent, not what it is
    if entry.only_with_content and not content_follows(tokens):
        return False
    if verb_not_preposition(tokens):  # *heeft goed gelet op*: the verb *letten op*, not the preposition
        return False
    # *in deze gemeente*: the demonstrative of a noun, not the stiff *in deze* ('in dezen')
    if entry.unless_determiner and _points_at_noun(tokens):
        return False
    # a term of art for what its subject does in law: a treaty 'komt tot stand' (is concluded), it does not 'ontstaan'
    return not (entry.unless_subject and subject_is(tokens, entry.unless_subject))


def dependent_excludes(entry: LexiconEntry, tokens: list[Token]) -> bool:
    """One of the entry's ``unless_dependent`` words depends on the matched tokens (a point of view: *vanuit de
    natuur bezien*; the legal test: *afbreuk doen aan de gunstige staat*), and the object is none of
    ``still_if_object``."""
    words = entry.unless_dependent
    return (
        bool(words)
        and (
            governs(tokens, words)
            or _between(tokens, words)
            or _governs_compound(tokens, words)
            or _governs_phrase(tokens, words)
            or _verb_coordinated(tokens, words)
            or _opened_by_last(tokens, words)
            or _fronted_phrase(tokens, words)
        )
        and not _object_is(tokens, entry.still_if_object)
    )


def _fronted_phrase(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A phrase of one of the prepositions ``words`` stands in front of the matched participle or adjective, inside
    its noun phrase: *de van zonnepanelen voorziene woningen* ('voorzien van', provided with). Dutch puts the
    participle's own phrase between the article and the participle; the parse often hangs it elsewhere. Read from
    the word before the match back over the phrase's words: an article followed only by adjectives and adverbs
    opens the match's own noun phrase (*van de dichtstbijzijnde voorziene woning*: 'van' is outside it); a
    preposition counts with at least one word between it and the match."""
    first = min(tokens, key=lambda t: t.i)
    doc, sent = first.doc, first.sent
    if first.pos_ not in ("ADJ", "VERB") or first.i + 1 >= sent.end:
        return False
    if doc[first.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # not before a noun
    for i in range(first.i - 1, sent.start - 1, -1):
        t = doc[i]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON"):
            return False
        if t.pos_ == "DET" and all(u.pos_ in ("ADJ", "ADV") for u in doc[i + 1 : first.i]):
            return False  # the article of the match's own noun phrase
        if t.pos_ == "ADP" and t.lower_ in words:
            return i + 1 < first.i
    return False


def _elsewhere_in_sentence(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """One of ``words`` (as written, any case) stands in the written sentence of the matched tokens, outside them."""
    return any(t.lower_ in words for t in others_in_sentence(tokens))


def others_in_sentence(tokens: list[Token]) -> list[Token]:
    """The words of the written sentence of the matched tokens, outside them: from the mark that ends the sentence
    before to the one that ends this one. The parse can cut a sentence before a capital (*neemt enerzijds artikel
    3.80 Interim Omgevingsverordening Noord Brabant over en formuleert anderzijds ...*); the writer's marks say
    where it ends."""
    doc, own = tokens[0].doc, {t.i for t in tokens}
    first, last = min(own), max(own)
    start = next((i + 1 for i in range(first - 1, -1, -1) if doc[i].text in SENTENCE_ENDS), 0)
    end = next((i for i in range(last + 1, len(doc)) if doc[i].text in SENTENCE_ENDS), len(doc))
    return [doc[i] for i in range(start, end) if i not in own]


#: words that count before a noun besides a number (*ten hoogste een bouwperceel van 2 hectare*, *ten minste één
#: ontwerp*): the article reads as 'one' after a word of a limit
LIMIT_COUNTS = frozenset({"een", "één"})


def _before_number(tokens: list[Token]) -> bool:
    """The word right after the tokens is a number: digits (*7m*, *2,5*, *1.000*), a number word (*zes*), or
    *een* (*ten hoogste een bouwperceel*)."""
    last = max(tokens, key=lambda t: t.i)
    if last.i + 1 >= last.sent.end:
        return False
    nxt = last.doc[last.i + 1]
    return nxt.pos_ == "NUM" or nxt.like_num or nxt.text[:1].isdigit() or nxt.lower_ in LIMIT_COUNTS


def _person_subject(tokens: list[Token]) -> bool:
    from ..language.people import person_subject

    return any(person_subject(s) for s in clause_subjects(tokens))


def _past_participle(tokens: list[Token], entry: LexiconEntry) -> bool:
    """A matched word is the past participle of the entry's verb, also inflected before a noun (*geconsolideerd*,
    *de geconsolideerde versie*; the forms of ``morphology``)."""
    from ..language import morphology

    part = morphology.participle(entry.verb or entry.term)
    forms = {part, morphology.attributive_participle(part)} if part else set()
    return any(t.lower_ in forms for t in tokens)


def _worden_passive(tokens: list[Token]) -> bool:
    """A matched verb is the participle of a passive with *worden* (*kan worden volstaan*, *wordt hier volstaan*;
    ``passive.is_passive``), not a perfect with *zijn* or *hebben*."""
    from ..language.grammar import infinitive
    from ..language.passive import is_passive

    for verb in (t for t in tokens if t.pos_ in ("VERB", "AUX")):
        found = is_passive(verb)
        if found is not None and any(infinitive(aux) == "worden" for aux in found[1]):
            return True
    return False


#: the word classes that open a noun phrase after a demonstrative (*deze gemeente*, *deze nieuwe*, *deze vier*)
NOUN_PHRASE_CLASSES = ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM")
#: marks that may stand inside a noun phrase between its demonstrative and its noun (*deze (deel)plannen*)
INNER_MARKS = frozenset("()'\"‘’“”")


def _points_at_noun(tokens: list[Token]) -> bool:
    """The last matched word is a demonstrative that points at a noun after it: the parse makes it the determiner
    of a word after it, with only adjectives, participles, numbers, *en*/*of* and brackets between (*in deze
    gemeente*, *in deze geactualiseerde visie*, *in deze (deel)plannen*), it is joined by *en*/*of* to an article
    or adjective (*in deze en andere wijken*), or the word right after it is a noun, adjective or number
    (``next_word_is``). *In deze* alone, before a verb, an adverb or a
    clause (*betekent in deze dat*, *is in deze niet aan de orde*), means 'in this matter'."""
    last = max(tokens, key=lambda t: t.i)
    doc, head = last.doc, last.head
    if last.dep_ == "det" and last.i < head.i < last.sent.end:
        between = doc[last.i + 1 : head.i]
        if all(
            t.pos_ in ("ADJ", "NUM", "CCONJ")
            or "Part" in t.morph.get("VerbForm")
            or (t.pos_ == "ADV" and t.head.pos_ == "ADJ")
            or t.text in INNER_MARKS
            for t in between
        ):
            return True
    after = doc[last.i + 1 : min(last.i + 3, last.sent.end)]
    if len(after) == 2 and after[0].lower_ in ("en", "of") and after[1].pos_ in ("DET", *NOUN_PHRASE_CLASSES):
        return True  # *in deze en andere wijken*: two demonstratives or articles before one noun
    return next_word_is(tokens, NOUN_PHRASE_CLASSES)


#: the first words of a compared thing that make *ten opzichte van* a comparison with a time or a figure, never a
#: place: *ten opzichte van vorig jaar*, *ten opzichte van het landelijk gemiddelde* (a number counts as well)
COMPARANDS = frozenset({"vorig", "vorige", "jaar", "gemiddelde", "gemiddeld", "gemiddelden"})


def _compares(tokens: list[Token]) -> bool:
    """The clause of a preposition on a word of position compares after all: the phrase names a number, a year or
    an average (*de kosten liggen ten opzichte van 2023 hoger*, *ten opzichte van vorig jaar*), or a comparative
    hangs on a word above the phrase, up to its verb, or on the noun of a phrase of that word (*het aantal ligt ten
    opzichte van vorig jaar lager*, *bevindt zich op een hoger niveau*). There *hoger dan* or *vergeleken met* is the plain
    Dutch; a position (*gelegen ten opzichte van de kern*) has neither."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    sent = last.sent
    for t in last.doc[last.i + 1 : min(last.i + 5, sent.end)]:
        if t.is_punct:
            break
        if t.like_num or t.lower_ in COMPARANDS:
            return True
        if t.pos_ in ("NOUN", "PROPN"):
            break
    chain: set[int] = set()
    node = first
    for _ in range(4):
        if node.head is node:
            break
        node = node.head
        chain.add(node.i)
        if node.pos_ in ("VERB", "AUX"):
            break
    inside = {t.i for t in tokens} | chain
    for t in sent:
        if t.i in inside or "Cmp" not in t.morph.get("Degree"):
            continue
        # below the verb only through a phrase of its own (*op een hoger niveau*), not its object (*nadere eisen
        # stellen aan de situering van bebouwing ten opzichte van de perceelsgrens*)
        if t.head.i in chain or (t.head.i not in inside and t.head.dep_ == "obl" and t.head.head.i in chain):
            return True
    return False


def _hangs_on(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The phrase of the matched preposition depends on one of the words (lemma, with its particle, or as written):
    the word the parse hangs the preposition on, or the one above its noun (*gelegen ten opzichte van de kern*), and
    where that word is itself the noun of a *van*-phrase, the noun it belongs to (*de ligging van het plangebied ten
    opzichte van de kern*: the parse may hang the phrase on *plangebied*). A key of two words is a verb with a verb
    of its own: ``laten zien`` for *laat in algemene zin zien* (the parse hangs *zien* on *laat* as particle, conj or
    parataxis, and the phrase on either verb), not for every *laten* (*de regels laten in algemene zin veel ruimte*).
    A pronominal adverb that stands for such a phrase (*daarbinnen*): the verb it belongs to (``adverb_verbs``)."""
    first = min(tokens, key=lambda t: t.i)
    if first.pos_ != "ADP":
        return len(tokens) == 1 and any(full_lemma(v) in words for v in adverb_verbs(first))
    inside = {t.i for t in tokens}
    head = first.head.head if first.dep_ == "case" else first.head
    for _ in range(2):
        if head.i in inside:
            return False
        names = {head.lower_, head.lemma_.lower(), full_lemma(head)}
        names |= {f"{head.lemma_.lower()} {c.lemma_.lower()}" for c in head.children if c.pos_ == "VERB"}
        if head.pos_ == "VERB" and head.head.pos_ == "VERB" and head.head is not head:
            names.add(f"{head.head.lemma_.lower()} {head.lemma_.lower()}")  # laat [in algemene zin] zien
        if names & set(words):
            return True
        if not any(c.dep_ == "case" and c.lower_ == "van" for c in head.children) or head.head is head:
            return False
        head = head.head  # de ligging [van het plangebied]
    return False


def _object_is(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The object of the tokens, or the subject of their passive, is one of the words (as written, or the end of a
    compound with a hyphen in front): *uw zienswijze wordt meegenomen in de beoordeling* takes a reader's view
    along, the vague promise, where *de zijstraten zijn meegenomen in het onderzoek* says what a study covers."""
    if not words:
        return False
    ends = compound_ends(words)
    inside = {t.i for t in tokens}
    return any(
        child.i not in inside
        and child.dep_ in ("obj", "nsubj", "nsubj:pass")
        and (child.lower_ in words or bool(ends and child.lower_.endswith(ends)))
        for tok in tokens
        for child in tok.children
    )


def _governs_compound(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word the tokens govern ends in a key written with a hyphen in front: ``-straat`` for *in het verlengde van
    de Dorpsstraat* (a place in line with a street, not a follow-up)."""
    ends = compound_ends(words)
    if not ends:
        return False
    inside = {t.i for t in tokens}
    return any(
        child.i not in inside and child.lower_.endswith(ends) and child.lower_ not in ends
        for tok in tokens
        for child in tok.children
    )


def _governs_phrase(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word the tokens govern, with its preposition, is a key of two words: ``van meten`` for *de wijze van
    meten* (the name of a plan's standard article), not for *de wijze waarop wij meten* (a clause, no name). A
    second word with a hyphen in front is the end of a compound after that preposition: ``in -onderzoek`` for
    *meegenomen in het verkeersonderzoek*, not for the object of *neemt het geluidsonderzoek mee in de afweging*."""
    pairs = {tuple(w.split()) for w in words if w.count(" ") == 1}
    if not pairs:
        return False
    ends = {(prep, word[1:]) for prep, word in pairs if word.startswith("-") and len(word) > 2}
    inside = {t.i for t in tokens}
    return any(
        (case.lower_, child.lower_) in pairs
        or any(case.lower_ == prep and child.lower_.endswith(end) for prep, end in ends)
        for tok in tokens
        for child in tok.children
        if child.i not in inside
        for case in child.children
        if case.dep_ == "case" or (case.dep_ == "mark" and case.lower_ == "om")
    )  # *om* before a noun is read as the mark of an *om ... te* clause: *een verzoek om voorlopige voorziening*


def _opened_by_last(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The noun that the last preposition of a phrase opens is one of the words (or ends in a key with a hyphen in
    front), where the parse hangs that noun elsewhere: a phrase split by the verbs of its clause (*dat het pad in
    het verlengde ligt van de Kerkstraat*) has its complement hung on the verb, but it is the phrase's all the same
    (``lexicon_match._across_verbs``)."""
    if len(tokens) < 3:
        return False
    inside = {t.i for t in tokens}
    last = max(tokens, key=lambda t: t.i)
    if last.dep_ != "case" or last.head.i in inside:
        return False
    noun = last.head
    ends = compound_ends(words)
    return (
        noun.lower_ in words
        or noun.lemma_.lower() in words
        or bool(ends and noun.lower_.endswith(ends) and noun.lower_ not in ends)
    )


def _verb_coordinated(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """The verb that the tokens are the fixed part of (*in stand* of *in stand houden*) is coordinated with a verb
    before it whose lemma, with its particle, is one of the words: *aangelegd en in stand gehouden* (``aanleggen``), the
    standard condition that a thing be made and then kept in place."""
    inside = {t.i for t in tokens}
    verbs = {t.head for t in tokens if t.dep_ == "compound:prt" and t.head.i not in inside}
    # the making verb comes first (made, then kept); a clause after it (*blijven in stand en er worden paden
    # aangelegd*) is another statement
    return any(
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and full_lemma(verb.head) in words
        for verb in verbs
    )


def _between(tokens: list[Token], words: tuple[str, ...]) -> bool:
    """A word between the matched tokens is one of the words: the middle field of a split verb belongs to the
    verb's clause, also where the parser hung it elsewhere (*Neem uw paspoort mee*: *paspoort* read as the root). An
    adjective of a noun outside the match describes that noun, not the match: *wij nemen na het ruimtelijke onderzoek
    een besluit* is no *ruimtelijk besluit*."""
    if len(tokens) < 2:
        return False
    doc = tokens[0].doc
    inside = {t.i for t in tokens}
    first, last = min(inside), max(inside)
    return any(
        doc[i].lower_ in words and not (doc[i].dep_ == "amod" and doc[i].head.i not in inside)
        for i in range(first + 1, last)
    )


def drop_nested(hits: list, enabled: frozenset[str] | None = None) -> list:
    """One finding for one phrase: a word-list finding inside the span of another list's longer phrase that holds
    its word goes (*aanvang* inside *een aanvang nemen*: 'begin' there would give *een begin nemen*; *gering* inside
    *in geringe mate*, a word the phrase holds inflected; a shorter phrase of its words likewise). The phrase's verb,
    its last word, keeps its own finding: its replacement changes the verb alone (*er moet onderzoek worden
    verricht*: 'gedaan'). A word inside the span that is not the phrase's own (*neemt [in mei] een aanvang*) keeps
    its finding. The same list's overlaps are settled when matching (``lexicon_match._dedupe``). Only a phrase of a
    rule in ``enabled`` (when given) counts: a rule the run leaves out (*nader onderzoek*, BT108 on request) does
    not silence the word's own finding (*nader*, BT101)."""
    outer = sorted(
        (h.start, h.end, h.term.split())
        for h in hits
        if h.term and " " in h.term and (enabled is None or h.rule in enabled)
    )
    if not outer:
        return hits
    # a phrase that holds a finding starts at most ``widest`` characters before the finding's end: only the phrases
    # that start from there up to the finding's start are read (not every phrase of the document for every finding)
    starts = [s for s, _, _ in outer]
    widest = max(e - s for s, e, _ in outer)
    return [
        h
        for h in hits
        if not any(
            s <= h.start
            and h.end <= e
            and (s, e) != (h.start, h.end)
            and h.term != words[-1]
            and all(any(w.startswith(t) for w in words) for t in h.term.split())
            for s, e, words in outer[bisect_left(starts, h.end - widest) : bisect_right(starts, h.start)]
        )
    ]
