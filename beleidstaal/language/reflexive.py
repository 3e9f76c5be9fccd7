"""The reflexive use of a verb, which often gives it another sense: *Wij hebben ons voorgenomen de weg te
verbreden* (resolved; *de voorgenomen bouw* is planned), *De gemeente realiseert zich dat ...* (knows; *realiseert
woningen* builds). Read by word order, not by the parse, which hangs the pronoun anywhere (as the possessive of
the participle, on the infinitive after it). The pronouns and the subjects they refer back to are in
``lexicons/data/grammatica.toml`` (``reflexive_subjects``, ``third_person_reflexives``)."""

from __future__ import annotations

from .data import table, word_lists, word_set
from .grammar import MODALS

#: a reflexive pronoun of the first or second person -> the subjects it refers back to
REFLEXIVE_SUBJECTS: dict[str, frozenset[str]] = {
    pron: frozenset(subjects) for pron, subjects in word_lists("grammatica", "reflexive_subjects").items()
}
#: *zich*: any third person, and *u*
THIRD_PERSON_REFLEXIVES = word_set("grammatica", "third_person_reflexives")
#: the subject forms of the personal pronouns (the keys of ``object_pronoun``, the values of ``subject_pronoun``)
SUBJECT_FORMS = frozenset(table("grammatica", "object_pronoun")) | frozenset(
    table("grammatica", "subject_pronoun").values()
)
#: hebben, zijn, worden and the modals: a pronoun after one belongs to the verb at the end of the clause
AUXILIARIES = word_set("grammatica", "tense_auxiliaries") | frozenset(MODALS)


def reflexive_use(verb) -> bool:
    """The verb stands with a reflexive pronoun that refers back to a subject before it (``_refers_back``):

    - right after the verb, or after the subject pronoun right after it (*realiseren wij ons*, *Realiseert u
      zich ...?*), and not the possessive of a noun after it (*Wij realiseren ons plan*);
    - before the verb in its clause (only its auxiliaries, adverbs, phrases between; no comma, conjunction,
      *om*, other verb or predicate adjective: *zich bewust van de opgave om woningen te realiseren* is *zich
      bewust zijn*), where the verb stands before no noun (*ons voorgenomen plan* is the possessive)."""
    doc, sent = verb.doc, verb.sent
    if verb.i > sent.start and doc[verb.i - 1].pos_ == "DET":
        return False  # *het verstrekken*: the verb made noun
    forms = verb.morph.get("VerbForm")
    if "Fin" not in forms and noun_after(verb):
        return False  # *ons voorgenomen plan*: the verb as adjective before its noun
    if "Fin" in forms or not forms:  # finite, or read as a name (*Realiseren wij ons genoeg dat ...?*)
        i = verb.i + 1
        if i + 1 < sent.end and doc[i].lower_ in SUBJECT_FORMS and _reflexive_form(doc[i + 1]):
            i += 1  # the subject pronoun after the verb (*Realiseert u zich*, *realiseren jullie je*)
        elif i < sent.end and not _reflexive_form(doc[i]):
            i = _after_subject(verb, i)  # *Realiseert het college zich ...?*
        if i < sent.end and _reflexive_form(doc[i]):
            return not _possessive(doc[i], sent.end) and _refers_back(doc[i], sent.start)
    for i in range(verb.i - 1, sent.start - 1, -1):
        tok = doc[i]
        if _clause_edge(tok) or _other_verb(tok) or _predicate(tok):
            return False
        if _reflexive_form(tok):
            if _possessive(tok, verb.i):
                continue  # *ons ons hele leven voorgenomen*: the possessive of *leven*; the reflexive before it
            return not _after_own_verb(tok) and _refers_back(tok, sent.start)
    return False


def own_reflexives(verb, stretch) -> set[int]:
    """The places in ``stretch`` of the reflexive pronoun of ``verb`` that goes when the verb is replaced by one that
    takes none: *zich*, *ons* after *wij* (*Wij wendden ons tot de rechter*), not *ons* as an object (*De gemeente
    stuurt ons*); none where a te-infinitive follows, whose it may be (*dient zich ... te houden*; an om-clause is
    another clause: *wendde zich tot de rechter om hulp te vragen*)."""
    after = [t.lower_ for t in verb.doc[verb.i : verb.sent.end]]
    if "te" in (after[: after.index("om")] if "om" in after else after):
        return set()
    return {
        t.i for t in stretch if t.head.i == verb.i and _reflexive_form(t) and _refers_back(t, t.sent.start)
    }


def _after_subject(verb, i: int) -> int:
    """The place after the verb's subject where that subject (a noun phrase, by the parse) starts at ``i``:
    *realiseert de nieuwe wethouder zich*; else ``i``."""
    for child in verb.children:
        if child.dep_.startswith("nsubj") and child.left_edge.i == i:
            return child.right_edge.i + 1
    return i


def _other_verb(tok) -> bool:
    """A lexical verb of its own; not an auxiliary (*Zoals wij ons hadden voorgenomen*, whatever its tag) nor a
    participle before its noun (*ons afgelopen jaar voorgenomen*, *zich de afgelopen jaren gerealiseerd*)."""
    return tok.pos_ == "VERB" and tok.dep_ not in ("aux", "amod") and tok.lemma_ not in AUXILIARIES


def _clause_edge(tok) -> bool:
    """A comma, a conjunction, or the mark that opens an infinitive clause (*om*, *zonder*; not *te*, after
    which the pronoun stands: *om zich te realiseren*): a pronoun before it belongs to another verb. Not a
    conjunction between two adverbs of time (*ons zondag en maandag voorgenomen*): that joins no clauses."""
    if tok.pos_ == "CCONJ" and _joins_times(tok):
        return False
    return tok.pos_ in ("PUNCT", "SCONJ", "CCONJ") or (tok.dep_ == "mark" and tok.lower_ != "te")


def _joins_times(conj) -> bool:
    """The conjunction stands between two nouns of time (``_time_noun``, a day or a month): after the one and
    before the other, with only articles, adjectives and numerals before it (*zondag en maandag*, *vorig jaar en
    dit jaar*, *in januari en in februari*)."""
    doc, sent = conj.doc, conj.sent
    if conj.i == sent.start or not _time_word(doc[conj.i - 1]):
        return False
    for tok in doc[conj.i + 1 : sent.end]:
        if _time_word(tok):
            return True
        if tok.pos_ not in ("DET", "ADJ", "NUM", "ADP"):
            return False
    return False


def _time_word(tok) -> bool:
    return tok.lower_ in TIME_NAMES or (tok.pos_ in ("NOUN", "PROPN") and _time_noun(tok))


def _predicate(tok) -> bool:
    """An adjective that is the predicate of its clause (*zich bewust zijn*, *zich schuldig voelen*): the pronoun
    before it is that adjective's."""
    return tok.pos_ == "ADJ" and (tok.dep_ == "ROOT" or any(c.dep_ == "cop" for c in tok.children))


def noun_after(verb) -> bool:
    """The verb stands before a noun, as its adjective (*ons voorgenomen plan*). Also a noun the model read as a
    finite verb (*Wij hebben ons voorgenomen besluit aan de raad gestuurd*: *besluit*), where the pronoun stands
    right before the participle and the clause has its finite verb before them: a second finite verb there is no
    verb, and the word is a noun by the lemma tables (an auxiliary is not: *wij ons voorgenomen hebben*)."""
    from .noun_lemmas import noun_lemma

    doc, sent = verb.doc, verb.sent
    if verb.i + 1 >= sent.end:
        return False
    nxt = doc[verb.i + 1]
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return not _perfect_before_te_object(verb, nxt)
    if nxt.pos_ not in ("VERB", "AUX") or "Fin" not in nxt.morph.get("VerbForm") or nxt.lemma_ in AUXILIARIES:
        return False
    pron = verb.i - 1
    if pron <= sent.start or not _reflexive_form(doc[pron]) or noun_lemma(nxt.lower_) != nxt.lower_:
        return False
    return any("Fin" in doc[i].morph.get("VerbForm") for i in range(sent.start, pron))


def _perfect_before_te_object(verb, nxt) -> bool:
    """The participle is the verb of a perfect tense, and the words after it are the object of a *te*-infinitive
    after them: *Wij hebben ons voorgenomen goed werk te leveren* (not *ons voorgenomen werk*). A form of
    *hebben* or *zijn* stands before the participle with no other verb between (*Wij hebben besloten ons
    voorgenomen plan te wijzigen*: *besloten* is the perfect's participle, *voorgenomen* the adjective)."""
    doc, sent = verb.doc, verb.sent
    i = nxt.i
    while i < sent.end and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        i += 1
    if i + 1 >= sent.end or doc[i].lower_ != "te" or doc[i + 1].pos_ not in ("VERB", "AUX"):
        return False
    for tok in reversed(doc[sent.start : verb.i]):
        if tok.lemma_ in word_set("grammatica", "perfect_auxiliaries") and "Fin" in tok.morph.get("VerbForm"):
            return True
        if tok.pos_ in ("VERB", "PUNCT", "SCONJ", "CCONJ") and tok.lemma_ not in AUXILIARIES:
            return False
    return False


def _refers_back(pron, sent_start: int) -> bool:
    """``pron`` is a reflexive pronoun whose subject stands before it in the sentence: *zich* always (third person,
    or *u*); *ons* after *wij*, *me* after *ik* (*De gemeente stuurt ons* has no reflexive). Not after a
    preposition (*door ons*, *bij zich*): the object of that preposition."""
    low = pron.lower_
    doc = pron.doc
    if pron.i > sent_start and doc[pron.i - 1].pos_ == "ADP" and doc[pron.i - 1].dep_ != "mark":
        return False  # (*om* opens a clause: *om zich te realiseren*)
    if low in THIRD_PERSON_REFLEXIVES:
        return True
    subjects = REFLEXIVE_SUBJECTS.get(low)
    return bool(subjects) and any(doc[i].lower_ in subjects for i in range(sent_start, pron.i))


def _after_own_verb(pron) -> bool:
    """The pronoun follows a lexical verb (after a subject pronoun between them): it is that verb's (*Het café
    richt zich op het verstrekken van dranken*), not the one after it; an auxiliary leaves it to the verb at the
    end (*heeft zich voorgenomen*; *Dit jaar hebben wij ons voorgenomen*, where the model tags *hebben* VERB)."""
    doc = pron.doc
    i = pron.i - 1
    while i >= pron.sent.start and doc[i].pos_ == "PRON":
        i -= 1
    return i >= pron.sent.start and doc[i].pos_ == "VERB" and doc[i].lemma_ not in AUXILIARIES


def _reflexive_form(tok) -> bool:
    return tok.lower_ in REFLEXIVE_SUBJECTS or tok.lower_ in THIRD_PERSON_REFLEXIVES


#: nouns of time that stand as an adverb of time (*Wij hebben ons vorige zomer voorgenomen*)
TIME_NOUNS = word_set("grammatica", "time_adverb_nouns")
#: the names of days and months: nouns of time even without an adjective (*ons maandag voorgenomen*)
TIME_NAMES = word_set("grammatica", "time_names")


def _possessive(pron, end: int) -> bool:
    """*ons*, *je*, *me* before a noun (after adjectives and participles before it) that stands before ``end``:
    the possessive of that noun (*Wij hebben ons plan gerealiseerd*, *ons gewijzigde plan*), not a reflexive;
    *zich* never is. A noun of time after an adjective or numeral is an adverb (*ons vorig jaar voorgenomen*, *ons
    afgelopen najaar*), and so is the name of a day or month alone (*ons maandag voorgenomen*)."""
    if pron.lower_ in THIRD_PERSON_REFLEXIVES:
        return False
    doc = pron.doc
    for i in range(pron.i + 1, end):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN"):
            # *ons plan*, *ons jaar*; not *ons maandag*: no possessive before the name of a day
            if i == pron.i + 1:
                return tok.lower_ not in TIME_NAMES
            return not _time_noun(tok)
        if tok.pos_ not in ("ADJ", "NUM") and not (tok.pos_ == "VERB" and tok.dep_ == "amod"):
            return False
    return False


def _time_noun(tok) -> bool:
    """A noun of time (``time_adverb_nouns``), or a compound that ends in one of five letters or more
    (*collegeperiode*; not *cultuur* for *uur*)."""
    words = {tok.lower_, tok.lemma_.lower()}
    return bool(words & TIME_NOUNS) or any(w.endswith(t) for w in words for t in TIME_NOUNS if len(t) >= 5)
