"""Edits that would break the structure of a Dutch sentence, for ``realise`` (after blind13, issues #16/#17).

A word-list finding offers text that drops in, or advice. Some edits that look local change the sentence's
structure and so break it; these tests find them, so that the rule gives advice instead:

- a word deleted from the first position of a main clause, right before its finite verb: Dutch keeps the finite
  verb second (*Feitelijk is er sprake van* → not *Is er sprake van*: that reads as a question);
- a phrase deleted without the words it governs (*in de breedste zin van het woord*: the whole phrase goes);
- *zijnde* deleted from a participle phrase before its noun (*de in voorbereiding zijnde regeling* → not *de in
  voorbereiding regeling*): the phrase becomes a clause after the noun;
- the legal formula *bouwwerken, geen gebouwen zijnde*: a defined term of the plan rules, no word choice;
- a verb replaced in a coordination whose other verb shares its object (*om aansluiting te vinden en te houden
  met* → not *om aan te sluiten en te houden met*);
- a noun with its support verb replaced by a verb that needs an object, where the noun had nothing that could
  become that object (*een voorstel doen* → not *voorstellen*, without saying what);
- a verb phrase replaced in a passive by a verb with an object of its own (*zijn bewoners in de gelegenheid
  gesteld* → not *zijn bewoners de kans gegeven*: the person was the subject, now it would be an indirect object
  and the clause has none), or by a verb that takes a bare infinitive (*gelaten*); such a verb before a
  te-infinitive neither (*wij stellen u in de gelegenheid om te reageren* → not *wij laten u om te reageren*);
- an adverb that stands outside the clause (*kortom*) put in the first place, right before the finite verb
  (*Concluderend kan gesteld worden* → not *Kortom kan gesteld worden*);
- a noun with its support verb replaced where a relative clause hangs on that noun (*wij maken een afweging die
  ...* → not *wij wegen af die ...*): the clause would lose what it is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .data import word_set
from .grammar import subordinate_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs that need an object in plain use (*wij stellen voor* alone says nothing)
NEEDS_OBJECT = word_set("realisatie", "needs_object")
#: verbs that take a bare infinitive (*laten*): no passive, no te-infinitive after them
BARE_INFINITIVE = word_set("realisatie", "bare_infinitive_verbs")
#: adverbs before the clause and its comma (*kortom*), never in the first place before the finite verb
OUTSIDE_CLAUSE = word_set("realisatie", "outside_clause")
#: verbs whose perfect takes *zijn* (*is gestegen*): with *zijn* they are not passive
_ZIJN_VERBS = word_set("grammatica", "zijn_verbs")
#: words before the first position that do not take a place of their own: coordinators
_COORDINATORS = word_set("realisatie", "coordinators")
#: dependents of a noun that do not say what its verb would be about
_NOUN_FRAME = frozenset(
    {"det", "amod", "case", "punct", "cc", "nummod", "advmod", "fixed", "flat", "compound"}
)
#: words that open a relative clause (not *dat*: after a noun it also opens a clause that says what the noun is)
_RELATIVE = frozenset(
    {
        "die",
        "welke",
        "wie",
        "waarvan",
        "waarin",
        "waarmee",
        "waarbij",
        "waarop",
        "waardoor",
        "waarover",
        "waaruit",
    }
)
#: dependents of a verb that can become the object of the new verb (a clause: *voorstellen om ...*, *dat ...*)
_CLAUSAL = frozenset({"ccomp", "xcomp", "acl", "advcl", "csubj"})


def _span(tokens: Sequence[Token]) -> tuple[Token, Token]:
    return min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)


def _finite(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def first_before_finite(tokens: Sequence[Token]) -> Token | None:
    """The finite verb right after ``tokens`` when they fill the first position of a main clause (nothing before
    them in the sentence but punctuation, a coordinator or a colon): deleting them would put that verb first."""
    first, last = _span(tokens)
    doc, sent = first.doc, first.sent
    j = first.i - 1
    while j >= sent.start and (doc[j].is_punct or doc[j].is_space) and doc[j].text not in (",", ";", ":"):
        j -= 1
    if j >= sent.start and doc[j].text not in (";", ":") and doc[j].lower_ not in _COORDINATORS:
        return None
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    return nxt if nxt is not None and _finite(nxt) else None


def whole_phrase(tokens: Sequence[Token]) -> list[Token] | None:
    """A prepositional phrase to delete (*in de breedste zin*) that goes on with *van* and a noun phrase (*van het
    woord*): the tokens of the whole phrase, with its brackets when it fills them. None otherwise."""
    first, last = _span(tokens)
    doc, sent = first.doc, first.sent
    if first.pos_ != "ADP" or last.i + 1 >= sent.end or doc[last.i + 1].lower_ != "van":
        return None
    van = doc[last.i + 1]
    noun = van.head if van.head.i > van.i and van.dep_ == "case" else None
    if noun is None:
        noun = next(
            (t for t in doc[van.i + 1 : min(van.i + 5, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None
        )
    if noun is None:
        return None
    end = max(noun.i, min(noun.right_edge.i, sent.end - 1))
    while end > noun.i and doc[end].is_punct:
        end -= 1
    start = first.i
    if start > sent.start and doc[start - 1].text == "(" and end + 1 < sent.end and doc[end + 1].text == ")":
        start, end = start - 1, end + 1
    return list(doc[start : end + 1])


def attributive_participle(tok: Token) -> Token | None:
    """The noun that a participle such as *zijnde* stands before, as the last word of a phrase between its
    determiner and that noun (*de in voorbereiding zijnde regeling*); None when it stands elsewhere (*de eigenaar,
    zijnde de gemeente*)."""
    doc = tok.doc
    if tok.i + 1 >= tok.sent.end or tok.i == tok.sent.start:
        return None
    nxt, before = doc[tok.i + 1], doc[tok.i - 1]
    if not (tok.pos_ in ("VERB", "AUX") or tok.lower_.endswith("nde")):
        return None  # an adjective (*feitelijke gegevens*) can go: the noun phrase stays whole
    if before.is_punct or before.pos_ == "DET" or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None  # no phrase of its own before it (*de zijnde ...*), or not before a noun
    noun = nxt
    while noun.pos_ == "ADJ" and noun.i + 1 < tok.sent.end:
        noun = doc[noun.i + 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def legal_formula(tok: Token) -> bool:
    """*zijnde* after *geen* and a noun (*bouwwerken, geen gebouwen zijnde*): the fixed formula of plan rules and
    building law that defines a term by what it is not; the writer cannot change it."""
    doc, sent = tok.doc, tok.sent
    if tok.lower_ != "zijnde" or tok.i - 2 < sent.start:
        return False
    noun, neg = doc[tok.i - 1], doc[tok.i - 2]
    return neg.lower_ == "geen" and noun.pos_ in ("NOUN", "PROPN", "VERB") and noun.is_alpha


def shares_with_a_conjunct(tokens: Sequence[Token]) -> bool:
    """A verb of ``tokens`` coordinated with another verb that has no object of its own: the object (or the noun
    of a support-verb phrase) in ``tokens`` belongs to both (*aansluiting te vinden en te houden*), so replacing the
    phrase by one verb leaves the other without it."""
    inside = {t.i for t in tokens}
    # what can be shared: a noun or a particle of the phrase (not *zich*, not the subject: *het water bevindt zich
    # diep en is schoon* → *ligt diep en is schoon* is fine)
    shared = [t for t in tokens if t.pos_ == "NOUN" or t.dep_ == "compound:prt"]
    for verb in (t for t in tokens if t.pos_ in ("VERB", "AUX")):
        others = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            others.append(verb.head)
        for other in others:
            if other.i in inside or any(c.dep_ in ("obj", "nsubj", "nsubj:pass") for c in other.children):
                continue
            # shared only where it stands before both verbs (verb-final order: *aansluiting te vinden en te
            # houden*); in a main clause the object of the first verb is its own (*wij vinden aansluiting en
            # gaan verder*)
            if any(t.i < min(verb.i, other.i) for t in shared) and _bare_pair(verb, other):
                return True
    return False


def _bare_pair(verb: Token, other: Token) -> bool:
    """Two verbs of one cluster, side by side: only a coordinator, *te*, a comma or an adverb between them (*te
    vinden en te houden*), no words of a clause of their own (*is overleg gevoerd met ... en bestond ...*)."""
    lo, hi = sorted((verb.i, other.i))
    between = verb.doc[lo + 1 : hi]
    return len(between) <= 4 and all(t.pos_ in ("CCONJ", "PUNCT", "ADV") or t.lower_ == "te" for t in between)


def lacks_its_object(tokens: Sequence[Token], words: Sequence[str]) -> bool:
    """A support-verb phrase replaced by one verb that needs an object (*een voorstel doen* → *voorstellen*),
    where neither the noun nor the verb has a dependent that could become that object (*een voorstel voor de
    begroting*, *een voorstel doen om ...*): the new verb would stand without what it is about."""
    if len(words) != 1 or words[0].lower() not in NEEDS_OBJECT:
        return False
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if not nouns or not verbs:
        return False
    passive = any(
        c.dep_ in ("aux:pass", "nsubj:pass") or c.lemma_ == "worden" for v in verbs for c in v.children
    ) or any(t.dep_ == "aux:pass" or t.lemma_ == "worden" for t in tokens)
    if passive and _subject_outside(verbs, {t.i for t in tokens}):
        # in behandeling wordt genomen → behandeld wordt, is tot uitvoering gebracht → is uitgevoerd: the subject
        # is what it is about; not where the phrase's noun is that subject (*wordt per bestemming een toelichting
        # gegeven* → not *wordt per bestemming toegelicht*: the passive has no other subject, so that noun was it)
        return False
    inside = {t.i for t in tokens}
    for noun in nouns:
        if any(c.dep_ not in _NOUN_FRAME and c.i not in inside for c in noun.children):
            return False
    for c in (c for verb in verbs for c in verb.children if c.i not in inside):
        if c.dep_ in _CLAUSAL or c.dep_ in ("obj", "iobj"):
            return False  # voorstellen om ...; een voorstel doen dat ...
        # the phrase's own preposition marks what it is about (*gebruik maken van radiogolven* → *radiogolven
        # gebruiken*); a noun after *om* in a te-clause is the parser's object (*om de productie tot uitvoering
        # te brengen*)
        if c.dep_.startswith(("obl", "nmod")) and any(
            k.dep_ == "case" and (k.i in inside or k.lower_ == "om") for k in c.children
        ):
            return False
    return True


def antecedent_of_a_relative(tokens: Sequence[Token]) -> bool:
    """A noun of ``tokens`` that a relative clause hangs on: its own ``acl:relcl`` dependent with a relative pronoun,
    or a relative word right after the words (after a comma: *een analyse gemaakt, die ...*). Replacing the phrase
    by a verb takes away what the clause is about."""
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    if not nouns:
        return False
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "acl:relcl" and any(k.pos_ == "PRON" and k.lower_ in _RELATIVE for k in c.children):
                return True
    _, last = _span(tokens)
    doc, end = last.doc, last.sent.end
    j = last.i + 1
    if j < end and doc[j].text == ",":
        # after a comma *waarbij*, *waarmee* ... mostly take up the whole clause (*wij maken een afweging, waarbij
        # wij letten op ...*); *die* and *welke* still point to the noun
        return j + 1 < end and doc[j + 1].lower_ in ("die", "welke")
    return j < end and doc[j].lower_ in _RELATIVE


def breaks_passive_or_te(tokens: Sequence[Token], words: Sequence[str]) -> bool:
    """A verb replacement that a passive or a te-infinitive after it would break: in a passive one with an object of
    its own or a bare-infinitive verb; before *te* + verb a bare-infinitive verb (*laten u om te reageren*)."""
    from .realise_verbs import _te_infinitive_after

    if bare_infinitive_verb(words) and _te_infinitive_after(max(tokens, key=lambda t: t.i)):
        return True
    return passive_participle(tokens) and (object_of_its_own(words) or bare_infinitive_verb(words))


def passive_participle(tokens: Sequence[Token]) -> bool:
    """A participle of ``tokens`` is passive: its auxiliary is *worden*, or *zijn* with a verb whose perfect takes
    *hebben* (*zijn bewoners in de gelegenheid gesteld*; not *is gestegen*)."""
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or "Part" not in t.morph.get("VerbForm"):
            continue
        for c in t.children:
            lemma = c.lemma_.lower()
            if c.dep_ == "aux:pass" or (c.dep_ == "aux" and lemma == "worden"):
                return True
            if c.dep_ == "aux" and lemma == "zijn" and t.lemma_.lower() not in _ZIJN_VERBS:
                return True
        if t.lemma_.lower() not in _ZIJN_VERBS and _finite_before(t) in ("worden", "zijn"):
            return True
    return False


def _finite_before(part: Token) -> str | None:
    """The lemma of the finite verb earlier in the participle's clause, by word order (*zijn bewoners in de
    gelegenheid gesteld*, where the parse took *zijn* for a possessive); None when a comma or a word that opens a
    clause comes first."""
    doc = part.doc
    for t in reversed(doc[part.sent.start : part.i]):
        if t.is_punct or t.pos_ == "SCONJ" or t.lower_ in ("dat", "of", "om", "die", "welke", "wat"):
            return None
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return t.lemma_.lower()
    return None


def object_of_its_own(words: Sequence[str]) -> bool:
    """The replacement has a noun with its article before its verb (*de kans geven*): in a passive that noun, not
    the old subject, would be what the verb is done to."""
    low = [w.lower() for w in words]
    return any(w in ("de", "het", "een") for w in low[:-1])


def bare_infinitive_verb(words: Sequence[str]) -> bool:
    """The replacement's verb is one that takes a bare infinitive (*laten*)."""
    return bool(words) and words[-1].lower() in BARE_INFINITIVE


def outside_clause_first(tokens: Sequence[Token], words: Sequence[str]) -> bool:
    """The replacement is one adverb that stands outside the clause (*kortom*) and the words fill the first place
    right before the finite verb."""
    return len(words) == 1 and words[0].lower() in OUTSIDE_CLAUSE and first_before_finite(tokens) is not None


def inside_noun_phrase(tokens) -> bool:
    """The words stand inside a noun phrase: after its article (or after *en* that follows an adjective) and before
    the adjectives or participles before its noun (*de eveneens gebroadcaste adressen*, *het achtste en tevens
    laatste hoofdstuk*). The first of them has the -e an adjective takes there (or ends in -en, *gesloten*): not
    *is het tevens mogelijk water te bergen*, where *het* is the clause's subject."""
    first, last = tokens[0], tokens[-1]
    doc, sent = first.doc, first.sent
    if first.i == sent.start or last.i + 1 >= sent.end:
        return False
    before = doc[first.i - 1]
    after_adjective = before.i > sent.start and doc[before.i - 1].pos_ == "ADJ"
    # the article by its word class, whatever relation the parse gives it (*de* as dep, *Deze* as nsubj); not by
    # the word list, which holds *die*, also a relative pronoun (*de school, die eveneens grote plannen heeft*)
    if before.pos_ != "DET" and not (before.pos_ == "CCONJ" and after_adjective):
        return False
    if not doc[last.i + 1].lower_.endswith(tuple(word_set("grammatica", "attributive_endings"))):
        return False
    adjectival = word_set("grammatica", "adjectival_determiners")
    i = last.i + 1
    while i < sent.end and (
        doc[i].pos_ in ("ADJ", "NUM") or "Part" in doc[i].morph.get("VerbForm") or doc[i].lower_ in adjectival
    ):
        i += 1
    return i > last.i + 1 and i < sent.end and doc[i].pos_ in ("NOUN", "PROPN")


def _subject_outside(verbs, inside: set[int]) -> bool:
    """A subject outside the matched words hangs on their verb or a verb above it (a modal, an auxiliary):
    *Het verzoek moet in behandeling worden genomen*, or a clause with *of* or *dat* that can be the subject;
    not *Hieronder wordt een toelichting gegeven*."""
    for verb in verbs:
        cur = verb
        for _ in range(4):
            if any(c.dep_.startswith("nsubj") and c.i not in inside for c in cur.children):
                return True
            if any(_of_dat_clause(c) and c.i not in inside for c in cur.children):
                return True  # *zal de afweging gemaakt worden of ...* → *zal afgewogen worden of ...*
            if cur.head.i == cur.i or subordinate_clause(cur):
                break  # not into the main clause (*de wethouder zegt dat er een toelichting wordt gegeven*)
            cur = cur.head
    return False


def _of_dat_clause(tok) -> bool:
    marks = word_set("grammatica", "subject_clause_marks")
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def loses_its_first_place(stretch: Sequence[Token], drop: set[int], keep: Sequence[Token]) -> bool:
    """The phrase's noun opens a statement as its subject (*Het onderzoek is vorig jaar verricht*); without it the
    finite verb would come first, which makes a question or an order, not the same statement."""
    sent = stretch[0].sent
    opening = next((t for t in sent if not t.is_punct), None)
    if opening is None or opening.i != stretch[0].i or opening.i not in drop or not keep:
        return False
    return "Fin" in keep[0].morph.get("VerbForm") and not sent.text.rstrip().endswith("?")
