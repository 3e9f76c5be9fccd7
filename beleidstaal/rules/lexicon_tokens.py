"""Word-list rules, one token: does a token's form, word class and place fit a listed word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.coordination import coordinated_nouns
from ..language.data import word_set
from ..language.entry_forms import adjective_participles, known_as
from ..language.grammar import MODALS
from ..language.keys import full_lemma, keys, particle
from ..language.morphology import attributive_participle, participle, present, stem, zipf
from ..language.words import words_at
from ..lexicon_entry import LexiconEntry, compound_ends

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

#: zipf): *faciliteer* 2.0, *prioriteert* 0, but *verzoek* 4.7 and *cluster* 3.4 are nouns as often as not
MAX_OVERRULED_ZIPF = 3.0
OBJECT_OPENERS = word_set("grammatica", "object_openers")
#: word classes a content word is never mis-tagged as in a way the form may overrule
CLOSED_CLASSES = {"DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "SPACE"}
TAG_CLASSES = {"VERB": ("VERB", "AUX"), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",)}


def _form_fits(tok: Token, entry: LexiconEntry, cls: str, particle_found: bool = False) -> bool:
    """A token matched on its written form: the tag agrees with the form's class, or the tagger's class is one the
    data does not know the word in (a verb form it has never seen, tagged as a noun). With a ``pos`` guard the
    tag must agree, unless the guard asks for a verb and the form is a verb form with such an unknown tag. The tag
    is overruled only for a rare word (*faciliteer*, *prioriteert*), not for a frequent one that is also another
    word (*verzoek*, *cluster*, *bezig*), unless the particle of the separable verb stands in the sentence too."""
    if tok.pos_ == "NUM" and cls == "VERB" and _numeral_in_verb_place(tok):
        return True  # *het college acht het risico aanvaardbaar*: 'acht' of 'achten', not the numeral eight
    if tok.pos_ in CLOSED_CLASSES:
        return False
    if entry.pos and tok.pos_ in entry.pos:
        return True
    agrees = not cls or tok.pos_ in TAG_CLASSES.get(cls, ())
    if agrees and not entry.pos:
        return True
    if cls == "VERB" and not entry.pos and tok.lower_ in adjective_participles(entry.verb or entry.words[0]):
        return True  # *mitigerende maatregelen*: the present participle before its noun, whatever its tag
    if (
        cls in ("VERB", "ADJ")
        and not (
            particle_found
            or _verb_place(tok)
            or _participle_as_verb(tok, entry, cls)
            or (cls == "VERB" and (_order_with_object(tok, entry) or _imperative(tok, entry)))
        )
        and zipf(tok.lower_) >= MAX_OVERRULED_ZIPF
    ):
        return False
    if entry.pos and (
        cls != "VERB"
        or (tok.pos_ == "ADJ" and not _acts_as_verb(tok))
        or not {"VERB", "AUX"} & set(entry.pos)
    ):
        return False  # a guard is overruled only for a verb form the tagger took for another word class
    if cls == "VERB" and tok.pos_ == "NOUN" and _attributive_participle_of(tok, entry):
        return True  # *het aangeschafte plan*: the inflected participle before its noun, read as a noun
    if cls == "VERB" and _imperative(tok, entry):
        return True  # *Creëer draagvlak bij ...*: an order, whatever the parse hangs on it as on a noun
    if cls != "NOUN" and tok.pos_ != "ADJ" and _noun_context(tok, entry.words):
        return False  # de bedragen, twee borgen, oude sparren: a noun where an article or number stands before it
    if (
        cls == "VERB" and tok.pos_ == "ADJ"
    ):  # *het gereduceerde plan*, *ik behartig*, but not *bezig* (bezigen)
        return (
            _participle_of(tok.lower_, entry)
            or ((particle_found or zipf(tok.lower_) < MAX_OVERRULED_ZIPF) and _verb_place(tok))
            or _imperative(tok, entry)
        )  # *de gemeente schaft een auto aan*: its particle is attached to it
    if (
        cls == "VERB" and tok.pos_ == "ADP"
    ):  # *zij ontbeerden*, *heeft ... nagestreefd*, *Optimaliseer de processen*: no preposition is rare
        return zipf(tok.lower_) < MAX_OVERRULED_ZIPF and (
            _verb_place(tok) or _acts_as_verb(tok) or _imperative(tok, entry)
        )
    if cls == "VERB" and tok.pos_ in ("NOUN", "PROPN", "ADV", "X", "INTJ"):
        return True  # a form of a listed verb in a verb's place: *ik faciliteer*, *zij prioriteert*
    return not known_as(tok.lower_, tok.pos_)


def _participle_of(word: str, entry: LexiconEntry) -> bool:
    verb = entry.verb or entry.words[0]
    part = participle(verb)
    return bool(part) and word in (part, attributive_participle(part))


def _attributive_participle_of(tok: Token, entry: LexiconEntry) -> bool:
    """The inflected participle of the listed verb (*aangeschafte*, not *aangeschaft*), rare as a word, right
    before a noun: no noun ends so (*gedachte* is frequent and stays a noun). A participle in *-en* takes no *-e*:
    it stands before its noun as it is (*de onderschreven basiskwaliteiten*)."""
    part = participle(entry.verb or entry.words[0])
    doc = tok.doc
    return (
        bool(part)
        and tok.lower_ == attributive_participle(part)
        and (tok.lower_ != part or part.endswith("en"))
        and zipf(tok.lower_) < MAX_OVERRULED_ZIPF
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
    )


def _first_word(sent) -> Token | None:
    """The sentence's first word: a list marker or quotation mark before it does not count."""
    return next((t for t in sent if not t.is_punct and not t.is_space), None)


def _opens_order(tok: Token) -> bool:
    """The word stands where an order begins: first in its sentence, or capitalised right after the colon of a
    label (*Groen in de straat: Creëer ruimte voor bomen*): after a colon a capital opens a sentence of its own."""
    first = _first_word(tok.sent)
    if first is not None and first.i == tok.i:
        return True
    doc = tok.doc
    return tok.i > tok.sent.start and tok.text[:1].isupper() and doc[tok.i - 1].text == ":"


def _imperative(tok: Token, entry: LexiconEntry) -> bool:
    """The stem of the listed verb where an order begins (``_opens_order``), with words after it: an order
    (*Optimaliseer het energiegebruik*, *Creëer ruimte voor bomen*), as headings, steps and list items give them. The
    stem is rare as a word, or the dictionary knows it only as the stem of a verb (``names.opens_an_order``:
    *creëer*, though frequent); a frequent stem that is also another word (*borg*, *zorg*) stays as the tagger
    reads it, and so does one that is also the verb's participle, which may open a sentence before its noun
    (*Verricht onderzoek wijst uit ...*; with an article after it, it is the order: ``_order_with_object``)."""
    from ..language.names import opens_an_order

    doc = tok.doc
    verb = entry.verb or entry.words[0]
    # the words after it on its line, also where the parse ends the sentence after it (*Creëer | draagvlak bij de buurt*)
    return (
        _opens_order(tok)
        and tok.i + 1 < len(doc)
        and not doc[tok.i + 1].is_punct
        and "\n" not in tok.whitespace_
        and tok.lower_ == stem(verb)
        and (
            zipf(tok.lower_) < MAX_OVERRULED_ZIPF or (opens_an_order(tok) and tok.lower_ != participle(verb))
        )
    )


def _order_with_object(tok: Token, entry: LexiconEntry) -> bool:
    """The stem of the listed verb, also a frequent one, as an order with its object right after it: first in its
    sentence (*Borg de opvolging*) or joined by *en*/*of* to an order that opens the sentence (*Stel een plan op
    en borg de opvolging*). A noun is not followed by an article there, so the tagger's noun (*borg*) is wrong."""
    doc, sent = tok.doc, tok.sent
    if tok.lower_ != stem(entry.verb or entry.words[0]) or tok.i + 1 >= sent.end:
        return False
    if doc[tok.i + 1].lower_ not in OBJECT_OPENERS:
        return False
    first = _first_word(sent)
    if first is None:
        return False
    if first.i == tok.i:
        return True
    return (
        tok.i > first.i + 1
        and doc[tok.i - 1].lower_ in ("en", "of")
        and first.pos_ == "VERB"
        and first.lower_ == stem(first.lemma_.lower())
    )


def _acts_as_verb(tok: Token) -> bool:
    """A rare word the tagger calls an adjective or preposition but the parser gives what only a verb has: an
    object (*ik duid het plan*, *de gemeente ontschot de budgetten*), the auxiliary *hebben* (*heeft ...
    ontschot*) or the passive (*wordt door de provincie nagestreefd*). An adjective takes none of them."""
    return zipf(tok.lower_) < MAX_OVERRULED_ZIPF and _verb_deps(tok)


def _verb_deps(tok: Token) -> bool:
    """The parser gives the word an object, the auxiliary *hebben* or the passive."""
    return any(
        c.dep_ in VERB_ONLY_DEPS or (c.dep_ == "aux" and c.lemma_.lower() == "hebben") for c in tok.children
    )


def _participle_as_verb(tok: Token, entry: LexiconEntry, cls: str) -> bool:
    """A participle of the listed verb, also a frequent one, with what only a verb has (*zijn twee woningen
    beoogd*, read with an object) or right after *zoals* (*zoals verwoord in*): the verb, not an adjective or noun.
    *Geachte heer* and *de gewijzigde regels* have none of it."""
    verb = entry.verb or entry.words[0]
    if cls != "VERB" or not _participle_of(tok.lower_, entry):
        return False
    if tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ == "zoals":
        return True  # *zoals verwoord in de structuurvisie*: the short clause of *zoals* (*zoals het verwoord is*)
    return (
        tok.pos_ == "ADJ"
        and tok.lower_ not in (stem(verb), present(verb))  # *Benut de ruimte*: an order, no participle
        and _verb_deps(tok)
    )


#: relations of a word to its dependants that only a verb has
VERB_ONLY_DEPS = frozenset({"obj", "aux:pass", "nsubj:pass"})


SUBJECT_PRONOUNS = {"ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "u", "jullie"}


def _verb_place(tok: Token) -> bool:
    """The word stands where a finite verb stands: next to a subject pronoun (*ik verzoek u*, *verzoek ik u*), or
    the parser gave it a subject."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_ in SUBJECT_PRONOUNS for t in near) or any(c.dep_ == "nsubj" for c in tok.children)


#: words that start a noun phrase or stand for one: a numeral never stands before them in its own phrase (*de acht
#: woningen*, never *acht de woningen*), a finite verb often does (*acht het college*, *acht dit plan*, *acht zich*)
PHRASE_STARTS = {"DET", "PRON"}


def _numeral_in_verb_place(tok: Token) -> bool:
    """A verb form the tagger read as a numeral (*acht*, of *achten*): an article or pronoun follows it directly and
    no article, preposition or *er* stands before it (*de acht*, *na acht*, *er acht*), or the lemmatiser gave it a
    verb's lemma and the parser a subject. *De gemeente bouwt er acht* and *acht woningen* stay numerals."""
    if tok.dep_ == "nummod":
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.pos_ in PHRASE_STARTS
        and prev is not None
        and prev.pos_ not in ("DET", "NUM", "ADP")
        and prev.lower_ != "er"
    ):
        return True
    return tok.lemma_.lower() != tok.lower_ and any(c.dep_ == "nsubj" for c in tok.children)


def _noun_context(tok: Token, own: tuple[str, ...] = ()) -> bool:
    """An article, number, adjective or possessive before the word, or hanging from it: it is used as a noun. The
    last number of a date (*op 10 april 2016*) counts no noun after it; a word of the entry's own phrase does not
    count (*dat zij controle uitoefent*, the noun *controle* read as an adjective)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        prev is not None
        and (prev.pos_ in ("DET", "NUM", "ADJ") or (prev.pos_ == "PRON" and prev.dep_ == "nmod:poss"))
        and not _own_word(prev, tok, own)
        and not _adverb_of_verb(prev, tok)
        # *onder andere onderschreven*: a word of a fixed phrase is no adjective of the next
        and prev.dep_ != "fixed"
        # *is op 10 april 2016 toegezonden*: a date's year
        and not (prev.pos_ == "NUM" and prev.dep_ == "flat")
    ):
        return True
    return any(
        (
            (c.dep_ == "det" and c.pos_ == "DET")
            or c.dep_ in ("amod", "nummod")
            or (c.dep_ == "nmod:poss" and c.i < tok.i)
        )
        and not _own_word(c, tok, own)
        for c in tok.children
    )


#: the relations of a noun to another verb: its subject or object (*zestig stoelen komen*, *plaatst extra stoelen*)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
#: the determiners of a neuter singular noun, and so of an infinitive used as a noun (*het inzetten op*)
_NEUTER_DETERMINERS = frozenset({"het", "dit", "dat"})


def noun_use(tok: Token, own: tuple[str, ...] = ()) -> bool:
    """A verb form the tagger read as a noun is one: an article, number, adjective or possessive with it
    (``_noun_context``), or it is the subject or object of another verb (*Er komen zestig stoelen op de tribune*,
    *de gemeente plaatst extra stoelen op de markt*), or the complement of a verb that takes no bare infinitive
    (*wij zetten stoelen op het plein*). After a modal or a verb of ``realisatie.bare_infinitive_verbs`` the form is
    that verb's infinitive (*de gemeente wil stoelen op het plan*, *de provincie gaat ... stoelen op*). The plural *stoelen* of *stoel* is then no form of *stoelen op*. An infinitive used as
    a noun is neuter (*het inzetten op*, *dit zorg dragen voor*): it still reads as the phrase; and only a plural
    noun counts: a singular one made from the verb still says what the verb says (*de inzet op herstructurering*)."""
    if tok.pos_ not in ("NOUN", "PROPN") or "Plur" not in tok.morph.get("Number") or _verb_place(tok):
        return False  # *zij lagen de lat hoog*: beside a subject pronoun, a finite verb's place
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if any(t.lower_ in _NEUTER_DETERMINERS for t in (before, *tok.children) if t is not None and t.i < tok.i):
        return False
    if _noun_context(tok, own):
        return True
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in MODALS or head.lemma_.lower() in word_set(
        "realisatie", "bare_infinitive_verbs"
    ):
        return False  # *de gemeente wil stoelen op het plan*: after a modal the form is its infinitive
    return tok.dep_ in _ARGUMENT_DEPS or (
        tok.dep_ == "xcomp" and not any(c.lower_ == "te" for c in tok.children)
    )


def _adverb_of_verb(prev: Token, tok: Token) -> bool:
    """An adjective used as an adverb of the word, which has an auxiliary: *is goed ontsloten* (the participle
    read as a noun); no noun has an auxiliary. In a subordinate clause the parser calls that auxiliary a copula
    (*de locaties die goed ontsloten zijn*): an adverb, not an adjective, before a noun with a copula is no noun
    phrase either."""
    return (
        prev.pos_ == "ADJ"
        and prev.dep_ == "advmod"
        and prev.head.i == tok.i
        and any(c.dep_ in ("aux", "aux:pass", "cop") for c in tok.children)
    )


def _own_word(t: Token, verb: Token, own: tuple[str, ...]) -> bool:
    """``t`` is a word of the verb phrase other than its verb (``own``: the entry's words)."""
    return len(own) > 1 and t.lower_ != verb.lower_ and not keys(t).isdisjoint(own)


def _written_in_order(sent: Span, tok: Token, entry: LexiconEntry) -> bool:
    """The verb phrase stands word for word as in the term, from this form of its verb on (*dient te*): then the
    form is the verb, whatever the tagger says."""
    words = entry.words
    return words[0] == entry.verb and words_at(sent.doc, tok.i + 1, words[1:], sent.end)


def _foreign_particle(tok: Token, entry: LexiconEntry) -> bool:
    """The token has a particle the term does not have: *stelt ... vast* is not a form of *stellen*."""
    prt = particle(tok)
    return prt is not None and full_lemma(tok) not in entry.words and prt.lower_ not in entry.words


def _neighbour_ok(entry: LexiconEntry, before: Token | None, after: Token | None) -> bool:
    if entry.unless_before and before is not None and _listed(before, entry.unless_before):
        return False
    # a key of more words is the words right before, in that order (*toegelaten en voorziene*)
    if before is not None and any(
        " " in key and words_at(before.doc, before.i - len(key.split()) + 1, key.split())
        for key in entry.unless_before
    ):
        return False
    if not entry.unless_after or after is None:
        return True
    # a key of more words is the words right after, in that order (*anticiperen in plaats van reageren*)
    if any(" " in key and words_at(after.doc, after.i, key.split()) for key in entry.unless_after):
        return False
    # the word right after, or the noun an article opens there (*t.a.v. de heer*, *t.o.v. het maaiveld*), also past
    # its adjectives (*in overeenstemming met de betrokken minister*)
    return not any(_listed(t, entry.unless_after) for t in [after, *_opened(after)])


def _opened(det: Token) -> list[Token]:
    """The words an article or possessive opens, up to its noun: *de [betrokken minister]*, *Onze [Minister]*."""
    if det.lower_ not in ARTICLES:
        return []
    doc = det.doc
    out: list[Token] = []
    for i in range(det.i + 1, min(det.i + 1 + MAX_ADJECTIVES + 1, len(doc))):
        out.append(doc[i])
        if doc[i].pos_ != "ADJ" and doc[i].dep_ != "amod":
            break
    return out


#: an article or possessive between a word and the neighbour an ``unless_after`` list names (*Onze Minister*, the
#: law's name for a minister)
ARTICLES = frozenset({"de", "het", "een", "onze", "uw"})
#: adjectives read past between the article and its noun
MAX_ADJECTIVES = 2


#: possessives that a list of neighbours names: with one of them beside *zijn*, the list means the possessive
POSSESSIVES = frozenset({"uw", "je", "jouw", "haar", "hun", "mijn", "ons", "onze"})


def _listed(tok: Token, words: tuple[str, ...]) -> bool:
    """The neighbour is one of the listed words. *zijn* is two words: a list of possessives (*zijn*, *haar*, *uw*)
    means the possessive, which a form of the verb (*is*, matched on its lemma) or the finite verb *zijn* (tagged
    AUX, ``language/morph_tags``) is not: *De meters zijn periodiek gecontroleerd* is no *zijn periodiek*."""
    found = keys(tok) & set(words)
    # a key with a hyphen in front is the end of a compound (``-groep``: *klankbordgroep*, *werkgroep*)
    ends = compound_ends(words)
    if not found and ends and tok.lower_.endswith(ends):
        return True
    if found != {"zijn"} or POSSESSIVES.isdisjoint(words):
        return bool(found)
    return tok.lower_ == "zijn" and tok.pos_ not in ("AUX", "VERB")


def _particle_mismatch(tok: Token, key: str, words: tuple[str, ...]) -> bool:
    """The token matched on its bare verb lemma, but it has a particle that the term does not have:
    *op te nemen* (opnemen) is not *nemen*, *in te dienen* (indienen) is not *dienen*."""
    prt = particle(tok)
    if prt is None or key != tok.lemma_.lower() or key == full_lemma(tok):
        return False
    return prt.lower_ not in words and full_lemma(tok) not in words


def _span_neighbours_ok(sent: Span, entry: LexiconEntry, tokens: list[Token]) -> bool:
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    return _neighbour_ok(entry, _prev(sent, first), _next(sent, last))


def _prev(sent: Span, i: int) -> Token | None:
    return sent.doc[i - 1] if i - 1 >= sent.start else None


def _next(sent: Span, i: int) -> Token | None:
    return sent.doc[i + 1] if i + 1 < sent.end else None


def _coordinated_matches(sent: Span, adj: Token, lex, table) -> list[tuple[LexiconEntry, list[Token], bool]]:
    """An adjective + noun term whose adjective reaches the noun through a coordination (issue 18): *sociaal en
    fysiek domein*, *maatschappelijke vraagstukken en opgaven* (``language/coordination.py``)."""
    out = []
    if adj.pos_ not in ("ADJ", "VERB", "NOUN") or lex.pair_firsts.isdisjoint(table[adj.i]):
        return out  # an adjective, or one the model misread as a verb or noun
    for noun in coordinated_nouns(adj):
        if not (sent.start <= noun.i < sent.end):
            continue
        entries = {e for k1 in table[adj.i] for k2 in table[noun.i] for e in lex.phrase.get((k1, k2), ())}
        # a term right before the noun is its own finding: *sociaal en fysiek domein* keeps *fysiek domein*
        near = {
            e.rule for k1 in table[noun.i - 1] for k2 in table[noun.i] for e in lex.phrase.get((k1, k2), ())
        }
        for entry in entries:
            if (
                len(entry.words) == 2
                and not entry.exact
                and not entry.verb
                and entry.rule not in near
                and (not entry.pos or adj.pos_ in entry.pos)
                and _neighbour_ok(entry, _prev(sent, adj.i), _next(sent, noun.i))
            ):
                out.append((entry, [adj, noun], False))
    return out
