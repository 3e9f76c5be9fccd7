"""The dictionary backstop for the tagger: where the model's word class breaks Dutch grammar, the grammar and the
morphology layer decide, once, right after parsing (``nlp.normalise_lemmas``), so the word lists and every
detector read the same corrected tags.

The small bundled model mis-tags some frequent forms; five shapes are repaired here, each only where a rule of
Dutch grammar leaves one reading and the dictionary knows the word in that class:

- *zijn* read as the possessive (*his*) where it is the only finite verb its clause can have: *De cijfers zijn
  periodiek besproken* (no other finite verb; a participle, or nothing nominal, follows). A Dutch clause with a
  subject needs a finite verb, and the possessive needs a noun to belong to. Becomes AUX (the verb *zijn*).
- an adjective that heads its noun phrase: after an article, a demonstrative or a possessive (not a numeral), with
  no noun after it (*Stuur de bescheiden naar ons adres*, *Deze bescheiden moet u bewaren*), and the dictionary knows
  the form as a noun (*bescheiden*: the plural of *bescheid*, in the Dutch lemma tables of spaCy's rule
  lemmatiser). Becomes NOUN. An elliptic adjective (*de nieuwe*, *het nodige*, *de betreffende*) has no noun
  reading and stays.
- a past participle read as a noun after a finite *worden*, *zijn* or *hebben* in its clause (*worden in hoofdstuk
  2 de aanpassingen toegelicht*), or after such an auxiliary that the parser hangs on it (*dient te worden
  vermeden*), where the dictionary knows no such noun. Becomes VERB (a participle).
- an infinitive read as a plural noun that the parser hangs on a modal verb as its complement, with no determiner
  (*de gemeente wil het plan monitoren*; the dictionary knows the form as an infinitive). Becomes VERB.
- a past participle written with the wrong last letter, *t* for *d* or the other way round (*wordt gecreëert*,
  *heeft gerealiseerdt*, *is gemaakd*): the dictionary knows no word so written, and with the other letter it is
  the participle of a known verb. Becomes VERB, that verb's participle (``misspelling.misspelt_participle``).

Only the word class, the morphology and the lemma change, and the relation of a *zijn* made the verb (``dep``:
no longer the possessive of its noun); every head is left as the parser made it (a changed head would move
sentence boundaries).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .misspelling import MISSPELT_CLASSES, misspelt_participle
from .noun_lemmas import noun_lemma

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Doc, Token

#: what ends a clause for the finite-verb count: punctuation that separates clauses, and the words that open one
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "?", "!", ".", "–", "—"})
CLAUSE_OPENERS = ("SCONJ", "CCONJ")
#: classes of the word before a finite *zijn*: a subject or a fronted phrase (*De cijfers zijn*, *Daarom zijn*,
#: *wij zijn*); never a preposition, article or adjective (*met zijn*, *de zijn*, *oude zijn*, *zoals bekend zijn
#: besluit*)
BEFORE_FINITE = frozenset({"NOUN", "PROPN", "PRON", "ADV", "NUM", "VERB"})
#: classes that may stand between a finite *zijn* and the end of its clause when no participle follows (*De
#: bescheiden zijn zoek*, *zijn nu niet meer nodig*): a predicate, not a noun phrase
PREDICATE = frozenset({"ADV", "ADJ", "PART"})
#: what may follow a noun-phrase head: the phrase has ended (an auxiliary, a preposition, a clause boundary; a
#: finite verb, a conjunction before a new phrase: ``heads_noun_phrase``)
AFTER_HEAD = frozenset({"AUX", "ADP", "SCONJ", "PRON"})


#: verbs that take a bare infinitive as their complement (not the copulas *worden*, *blijven*, *zijn*: *dit
#: worden kosten* has a noun)
MODAL_VERBS = frozenset({"willen", "kunnen", "moeten", "mogen", "zullen", "gaan", "laten"})

#: ``doc.user_data`` key: the indices of the participles the model tagged as nouns (``read_as_noun``)
READ_AS_NOUN = "beleidstaal_participles_read_as_nouns"


def read_as_noun(tok: Token) -> bool:
    """The model tagged this participle as a noun (now VERB): the parse around it is a noun's, with the auxiliary
    as its head (``passive._noun_participle_aux`` reads it so)."""
    return tok.i in tok.doc.user_data.get(READ_AS_NOUN, ())


def repair_tags(doc: Doc) -> None:
    """Correct the word class of the tokens the model mis-tags in the shapes above (in place)."""
    for tok in doc:
        if tok.lower_ == "zijn" and tok.pos_ in ("DET", "PRON") and finite_zijn(tok):
            tok.pos_ = "AUX"
            tok.set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
            tok.lemma_ = "zijn"
            tok.dep_ = "dep"  # no longer the possessive of the word it hangs on
        elif tok.pos_ == "NOUN" and participle_after_auxiliary(tok):
            doc.user_data.setdefault(READ_AS_NOUN, set()).add(tok.i)
            tok.pos_ = "VERB"
            tok.set_morph("VerbForm=Part")
            tok.lemma_ = verb_of_participle(tok.lower_) or tok.lemma_
        elif tok.pos_ in ("PROPN", "ADP", "ADV") and participle_with_auxiliary(tok):
            tok.pos_ = "VERB"
            tok.set_morph("VerbForm=Part")
            tok.lemma_ = verb_of_participle(tok.lower_) or tok.lemma_
        elif tok.pos_ == "NOUN" and infinitive_of_modal(tok):
            tok.pos_ = "VERB"
            tok.set_morph("VerbForm=Inf")
            tok.lemma_ = tok.lower_
        elif tok.pos_ in MISSPELT_CLASSES and (verb := misspelt_participle(tok.lower_)) is not None:
            tok.pos_ = "VERB"
            tok.set_morph("VerbForm=Part")
            tok.lemma_ = verb
        elif tok.pos_ == "ADJ" and heads_noun_phrase(tok):
            lemma = noun_lemma(tok.lower_)
            if lemma is not None:
                tok.pos_ = "NOUN"
                tok.set_morph("Number=Sing" if lemma == tok.lower_ else "Number=Plur")
                tok.lemma_ = lemma


# ---------------------------------------------------------------------------------------------------------------
# an infinitive after a modal verb, read as a plural noun


def infinitive_of_modal(tok: Token) -> bool:
    """A form the dictionary knows as an infinitive (*monitoren*, also the plural of *monitor*) that the parser
    already hangs on a modal verb as its verbal complement (``xcomp``), with no article or other determiner of its
    own: *De gemeente wil het plan in januari monitoren*. A modal verb takes a bare infinitive; a noun would be
    its object (*wij willen geen monitoren*, *de school wil nieuwe monitoren*: ``obj``). Nor where an infinitive of
    that verb follows: that one is the verb, the form before it its object (*wij willen monitoren in de gymzaal
    ophangen*, *wij willen plannen voor de wijk maken*)."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head is not tok
        and head.lemma_ in MODAL_VERBS
        and not any(c.dep_ == "det" for c in tok.children)
        and not any(c.i > tok.i and c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in head.children)
        and infinitive(tok)
    )


# ---------------------------------------------------------------------------------------------------------------
# zijn: the verb, not the possessive


def _clause(tok: Token) -> tuple[int, int]:
    """The token range of the clause around ``tok``: up to a comma, a colon, a bracket or a conjunction."""
    sent = tok.sent
    doc = tok.doc
    start = tok.i
    while start > sent.start and not _boundary(doc[start - 1]):
        start -= 1
    end = tok.i + 1
    while end < sent.end and not _boundary(doc[end]):
        end += 1
    return start, end


def _boundary(tok: Token) -> bool:
    return tok.text in CLAUSE_PUNCT or tok.pos_ in CLAUSE_OPENERS or "Rel" in tok.morph.get("PronType")


def _finite(tok: Token) -> bool:
    return tok.pos_ == "AUX" or (tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm"))


def finite_zijn(tok: Token) -> bool:
    """*zijn* tagged as the possessive is the finite verb: its clause has no other finite verb, a subject or a
    fronted phrase stands before it, and after it comes a participle (*zijn periodiek besproken*) or only a
    predicate (*zijn zoek*), or the word before it is a plural subject it agrees with (*De cijfers zijn
    periodiek*)."""
    doc = tok.doc
    start, end = _clause(tok)
    if tok.i == start or doc[tok.i - 1].pos_ not in BEFORE_FINITE:
        return False
    prev = doc[tok.i - 1]
    if prev.pos_ == "PRON" and ("Yes" in prev.morph.get("Poss") or prev.dep_ == "nmod:poss"):
        return False
    if any(_finite(doc[i]) for i in range(start, end) if i != tok.i):
        return False
    after = [doc[i] for i in range(tok.i + 1, end) if not doc[i].is_punct]
    if any(_has_auxiliary_before(t, tok.i) for t in after):
        return False  # *De medewerker heeft, na een lange dienst zijn periodiek gekregen*: the clause's finite verb
    if not after or _plural_subject(prev):
        return True  # *omdat de stukken er niet meer zijn*; *De cijfers zijn periodiek*: the verb agrees
    if any(_participle(t) for t in after):
        return True
    return all(t.pos_ in PREDICATE for t in after)


def _has_auxiliary_before(tok: Token, i: int, lemmas: frozenset[str] | None = None) -> bool:
    """The verb has an auxiliary before position ``i`` (beyond a comma that ended the clause for ``_clause``), one
    of ``lemmas`` where they are given."""
    return any(
        c.dep_ in ("aux", "aux:pass") and c.i < i and (lemmas is None or c.lemma_.lower() in lemmas)
        for c in tok.children
    )


def _plural_subject(tok: Token) -> bool:
    """A plural noun or plural personal pronoun right before *zijn*: the finite verb agrees with it (the
    possessive of a plural noun would be *hun*)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("wij", "we", "zij", "ze", "jullie")
    return tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number")


def _participle(tok: Token) -> bool:
    """A past participle by its form (``passive.looks_like_participle``), not right after an article."""
    from .passive import looks_like_participle  # (the passive module reads this module's tags)

    prev = tok.doc[tok.i - 1]
    return tok.pos_ in ("VERB", "ADJ", "NOUN") and prev.pos_ != "DET" and looks_like_participle(tok.lower_)


# ---------------------------------------------------------------------------------------------------------------
# a participle read as a noun

#: a form of the auxiliaries of the perfect and the passive
AUXILIARIES = frozenset({"zijn", "worden", "hebben"})


def participle_after_auxiliary(tok: Token) -> bool:
    """A word tagged as a noun that is a past participle by its form and no noun in the dictionary, with a finite
    form of *worden*, *zijn* or *hebben* before it in its clause, or such an auxiliary the parser gave it, and no
    article or adjective right before it: the participle of that verb group (*worden in hoofdstuk 2 de aanpassingen
    toegelicht*, *zijn er oude sloten gedempt*, *dient te worden vermeden*)."""
    from .passive import looks_like_participle  # (the passive module reads this module's tags)

    low = tok.lower_
    doc = tok.doc
    if not tok.is_alpha or tok.i == tok.sent.start or doc[tok.i - 1].pos_ in ("DET", "ADJ", "NUM", "ADP"):
        return False
    if low.endswith(("and", "end")) or noun_lemma(low) is not None:
        return False  # (a present participle: *voorafgaand aan*)
    if not looks_like_participle(low):
        # a strong participle without *ge* that the form test reads as an infinitive (*vermeden*, *verkregen*),
        # with its own auxiliary from the parser: the dictionary's verb decides, if the form is no infinitive too
        return verb_of_participle(low) not in (None, low) and _has_auxiliary_before(tok, tok.i, AUXILIARIES)
    if low.startswith("on") and looks_like_participle(low[2:]):
        return False  # a negated participle is an adjective: *ongewenst*, *ongewijzigd* (no verb *onwensen*)
    if verb_of_participle(low) is None:
        return False  # no known verb has this participle (*berekent* is a present tense)
    start, _ = _clause(tok)
    if any(_finite(t) and t.lemma_.lower() in AUXILIARIES for t in doc[start : tok.i]):
        return True
    # an auxiliary the parser gave it that is no finite verb (*dient te worden vermeden*: the modal is finite)
    return _has_auxiliary_before(tok, tok.i, AUXILIARIES)


def participle_with_auxiliary(tok: Token) -> bool:
    """A word tagged as a name, a preposition or an adverb that the parser gives a passive *worden* or *zijn* of its
    own, and that a known verb gives as its past participle: a name, a preposition or an adverb takes no auxiliary,
    so it is the participle (*Geconcludeerd wordt dat*, *Uitgegaan wordt van*, first in the sentence with a
    capital; *Er dient te worden nagestreefd*, read as a preposition; *Het risico wordt weergegeven met*, as an
    adverb)."""
    from .passive import looks_like_participle  # (the passive module reads this module's tags)

    low = tok.lower_
    if not tok.is_alpha or low.endswith(("and", "end")) or not looks_like_participle(low):
        return False
    doc = tok.doc
    if not tok.is_lower and any(t.is_alpha for t in doc[tok.sent.start : tok.i]):
        return False  # a capital inside the sentence is a name: *de naam van de school wordt Gelegen*
    if not any(
        (c.dep_ == "aux:pass" or (c.dep_ == "cop" and c.lemma_.lower() == "worden"))
        and c.lemma_.lower() in ("worden", "zijn")
        # a finite verb between them, other than the word's own modal (*Geconcludeerd kan worden*), has a clause
        # of its own (*het uitgangspunt is dat continuïteit wordt nagestreefd*: *is* is not the participle's)
        and not any(
            _finite(t) and not (t.dep_ == "aux" and t.head.i == tok.i)
            for t in doc[min(c.i, tok.i) + 1 : max(c.i, tok.i)]
        )
        for c in tok.children
    ):
        return False
    if low.startswith("on") and looks_like_participle(low[2:]):
        return False  # a negated participle is an adjective: *ongewenst*
    # (no noun test: the verb must give this very form, and the lemma tables hold some participles as nouns,
    # *weergegeven*)
    return verb_of_participle(low) is not None


@functools.lru_cache(maxsize=4096)
def verb_of_participle(participle: str) -> str | None:
    """The verb whose past participle the form is, checked by generating it: *geborgen* → *bergen* (not *borgen*,
    whose participle is *geborgd*), *doorvertaald* → *doorvertalen*; None when no known verb gives the form."""
    from . import morphology
    from .grammar import infinitive_from_participle

    known = morphology.verb_with_participle(participle)
    if known is not None:
        return known
    inf = infinitive_from_participle(participle)
    if not inf or morphology.participle(inf) != participle:
        return None
    return (
        inf if _known_verb_or_compound(inf) or morphology.zipf(participle) >= RARE_PARTICIPLE_ZIPF else None
    )


#: below this count (wordfreq's Zipf scale) a participle whose verb the dictionary does not know is no word of its own
#: but a typing error that happens to have a participle's shape (*gebeid* for *gebied*: no verb *beiden* is known)
RARE_PARTICIPLE_ZIPF = 2.5


def _known_verb_or_compound(inf: str) -> bool:
    """A verb the dictionary knows, or one built on a verb: a particle before it (*doorvertalen*, *inplanten*,
    *afperken*; ``verbs.separable`` checks the rest) or an inseparable prefix before a known verb."""
    from . import morphology
    from .verbs import inseparable_split, separable

    if (inf, "VERB") in morphology.lemmas(inf, "VERB"):
        return True
    return separable(inf) is not None or inseparable_split(inf) is not None


# ---------------------------------------------------------------------------------------------------------------
# an adjective that heads its noun phrase


def heads_noun_phrase(tok: Token) -> bool:
    """An adjective with a determiner before it (adjectives may stand between) and nothing nominal after it: the
    phrase ends with it, so it is the phrase's head (*de bescheiden naar*, *deze bescheiden moet*). Not where it
    modifies what follows: an adjective, a participle, an infinitive (*de licht beschermde soorten*, *het maximaal
    te bebouwen oppervlak*, *de zuidoostelijk in het plangebied gelegen woningen*), nor a comparative or
    superlative (*het best*, *harder dan*)."""
    doc, sent = tok.doc, tok.sent
    if {"Cmp", "Sup"} & set(tok.morph.get("Degree")):
        return False
    j = tok.i - 1
    while j >= sent.start and doc[j].pos_ == "ADJ":
        j -= 1
    if j < sent.start or not _determiner(doc[j]):
        return False
    if tok.i + 1 >= sent.end:
        return True
    nxt = doc[tok.i + 1]
    if nxt.is_punct:
        return nxt.text not in (",", "-", "/", "&", "(")  # a comma or hyphen may join coordinated adjectives
    if nxt.pos_ == "CCONJ":  # *de bescheiden en de formulieren*, not *de oude en nieuwe regels*
        return tok.i + 2 < sent.end and _determiner(doc[tok.i + 2])
    if nxt.lower_ in ("dan", "als"):
        return False  # a comparison (*de bekende als de te verwachten waarden*)
    if nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm"):
        return plain_verb(nxt)  # *als u de bescheiden stuurt*
    if nxt.pos_ == "AUX" and _nominal_infinitive(doc[j], nxt):
        return False  # *het goed kunnen functioneren*: the phrase goes on
    return nxt.pos_ in AFTER_HEAD and not _modifies_a_noun_later(tok)


#: singular determiners: a plural finite verb (*kunnen*) cannot agree with their phrase
SINGULAR_DETERMINERS = frozenset({"het", "dit", "dat", "een"})


def _nominal_infinitive(det: Token, aux: Token) -> bool:
    """An auxiliary in the infinitive followed by an infinitive, after a singular determiner: a nominalised
    infinitive (*het goed kunnen functioneren*, *het integraal kunnen afwegen*), not the finite verb after a subject
    (*deze bescheiden kunnen verdwijnen*, *het goed kan worden opgehaald*, *het goed kunnen wij ophalen*)."""
    doc = aux.doc
    if (
        det.lower_ not in SINGULAR_DETERMINERS
        or aux.lower_ != aux.lemma_.lower()
        or aux.i + 1 >= aux.sent.end
    ):
        return False
    return infinitive(doc[aux.i + 1])


def infinitive(tok: Token) -> bool:
    """An infinitive by its tag, or a form the dictionary knows as an infinitive (*afwegen*, tagged a noun)."""
    from . import morphology

    if tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm"):
        return True
    low = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and low.endswith("en")
        and any(lem == low for lem, _ in morphology.lemmas(low, "VERB"))
    )


def plain_verb(tok: Token) -> bool:
    """A word tagged as a finite verb that the dictionary knows as a form of a verb, or not as a noun, and that is
    no participle (*stuurt*, *kent*; not *leefklimaat*, *gemarkeerde*, which the model also calls finite verbs)."""
    from . import morphology
    from .passive import looks_like_participle  # (the passive module reads this module's tags)

    low = tok.lower_
    participle = low[:-1] if low.endswith(("de", "te")) else low
    if looks_like_participle(participle):
        return False
    return bool(morphology.lemmas(low, "VERB")) or noun_lemma(low) is None  # *kent*: a form of *kennen*


def _nominal(tok: Token) -> bool:
    """A noun by its tag, or by the dictionary where the model calls it a verb (*gelegen woonblokken*)."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and noun_lemma(tok.lower_) is not None)


def _modifies_a_noun_later(tok: Token) -> bool:
    """A verb form or adjective right before a noun follows in the same clause before any finite verb: the word
    opens an extended modifier of that noun (*de zuidoostelijk in het plangebied gelegen woonblokken*, *een nieuw
    aan te leggen uitrit*)."""
    doc, end = tok.doc, tok.sent.end
    for i in range(tok.i + 1, min(end - 1, tok.i + 9)):
        t = doc[i]
        if t.is_punct or t.pos_ == "AUX" or t.pos_ == "SCONJ":
            return False
        if t.pos_ in ("VERB", "ADJ") and _nominal(doc[i + 1]):
            return True
        if _te_infinitive(t) and doc[i + 1].pos_ == "ADV" and noun_lemma(doc[i + 1].lower_) is not None:
            return True  # *de nieuw aan te leggen weg*: the model reads the noun as the verb's particle
        if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") and plain_verb(t):
            return False
    return False


def _te_infinitive(tok: Token) -> bool:
    """An infinitive right after *te* (*aan te leggen*)."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "te" and "Inf" in tok.morph.get("VerbForm")


#: quantifiers that also modify an adjective or adverb (*meer specifiek*, *zoveel mogelijk*, *veel groter*): no
#: determiner of a noun phrase for this test
DEGREE_WORDS = frozenset(
    {"meer", "minder", "veel", "weinig", "zoveel", "zo", "evenveel", "genoeg", "te", "zeer"}
)


def _determiner(tok: Token) -> bool:
    """An article, demonstrative, quantifier or possessive that opens a noun phrase."""
    if tok.lower_ in DEGREE_WORDS:
        return False
    if tok.pos_ == "DET":
        return True
    # (not a numeral: *in 2021 klaar*, *met 35 ruim onder* are a year or an amount before an adverb)
    return tok.pos_ == "PRON" and tok.dep_ == "nmod:poss"
