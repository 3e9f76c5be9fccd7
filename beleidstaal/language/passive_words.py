"""The passive by its words where the parse's arcs miss it (issue 18): a form of *worden* or *zijn* and a past
participle in one clause make a passive, whatever relation the parser drew between them. The small model often
hangs the participle on a noun (*is de visie vastgesteld*: ``amod`` after its noun), on the first of two
participles (*worden behouden en versterkt*), or tags it as a noun, a name or an adverb (*zijn ... samengevat en
beantwoord*, *Aanbevolen wordt om*); ``passive.is_passive`` asks here when the arcs give no passive auxiliary, and
then judges what is found exactly as it judges the parse's own (*zijn* with a verb of motion or an adjective-like
participle stays no passive).

What a clause is, read from the words: it ends at a colon or semicolon, a subordinating conjunction, a relative
pronoun, another finite verb (*heeft* of a perfect), a te-infinitive or another participle of its own; a phrase
between two commas without a verb is an insertion (*worden, in aanvulling op de regels, diverse eisen gesteld*), a
phrase in brackets is skipped. *En* and *of* do not end it: a participle after them without a finite verb of its
own shares the auxiliary before them (*worden behouden en versterkt*, *zijn van belang en aangegeven op kaart 2*).
A participle is no passive's where it is an attribute before its noun (*een vastgesteld plan*), the complement of
a te-infinitive (*het plan aangepast te krijgen*), or what someone becomes (*verslaafd worden*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import INSEPARABLE, MODAL_FORMS, known_verbs
from .misspelling import swapped_letters
from .morph_tags import verb_of_participle
from .noun_lemmas import noun_lemma
from .passive_cluster import _in_cluster, closes_before_joiner, perfect_before, relative_before
from .passive_coordination import JOINERS, listed
from .passive_loose import INSIDE, SKIP, bracket_place

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

#: word classes the tagger gives a participle it misreads (besides a verb and an adjective)
MISREAD_CLASSES = ("NOUN", "PROPN", "ADV")
#: how far back from the participle the auxiliary of its clause may stand
REACH = 30
#: verbs that stand in a cluster before *worden* besides those of ``passive_cluster``: the future with *gaan*
#: (*gerealiseerd gaat worden*)
_FUTURE = frozenset({"gaan", "gaat", "ga", "gingen", "ging"})


def maybe_participle(pos: str, low: str) -> bool:
    """The cheap test of ``find_passives``: a word class and a form that may be a misread participle (an *-en*
    form with an inseparable prefix: *ontsloten*, *ervaren*; the form test reads it as an infinitive)."""
    from .passive import looks_like_participle

    if pos not in ("VERB", "ADJ", "AUX", *MISREAD_CLASSES):
        return False
    if pos == "VERB" or looks_like_participle(low):
        return True
    return pos in MISREAD_CLASSES and low.endswith("en") and low.startswith(INSEPARABLE)


def participle_by_words(tok: Token) -> bool:
    """A past participle the tagger gave another reading, by its form and the dictionary (``verb_of_participle``:
    a known verb gives this very form): a name, an adverb or a noun the dictionary does not know as a noun, not right
    after an article, adjective, numeral or preposition (*de beantwoord...* is none); a form the tagger calls the
    participle that is also the infinitive of a strong verb without *ge* (*voorzien*, *herzien*); a strong
    participle tagged as an infinitive whose infinitive differs (*ontsloten*). Whether it is a passive's is decided
    by the auxiliary in its clause (``auxiliary_by_words``)."""
    from .passive import looks_like_participle
    from .passive_clauses import opens_a_phrase

    pos, low = tok.pos_, tok.lower_
    if pos not in ("VERB", *MISREAD_CLASSES) or not tok.is_alpha or low.endswith(("and", "end")):
        return False
    doc = tok.doc
    forms = tok.morph.get("VerbForm")
    if pos == "VERB" and not ({"Part", "Inf"} & set(forms)) or opens_a_phrase(tok):
        return False  # a finite verb (*bepaalt*); *gezien de omvang* opens a phrase
    if tok.i > tok.sent.start and doc[tok.i - 1].lower_ == "te":
        return False  # an infinitive after *te*
    if not _misread_participle(tok):
        return False
    if low.startswith("on") and looks_like_participle(low[2:]):
        return False  # a negated participle is an adjective: *ongewijzigd*
    if pos == "VERB" and "Part" in forms and low in known_verbs():
        return True  # *wordt voorzien van*: the tagger's participle of a strong verb whose forms coincide
    verb = verb_of_participle(low)
    if verb is None:
        return False
    return not ("Inf" in forms and verb == low)  # *herzien* tagged as the infinitive: the tag may be right


def _misread_participle(tok: Token) -> bool:
    """A word tagged as a noun, name or adverb may be a participle: not right after an article, numeral,
    preposition, possessive or inflected adjective, not a name inside the sentence, not a noun the dictionary
    knows, with no article or inflected adjective of its own."""
    doc, pos = tok.doc, tok.pos_
    if tok.i > tok.sent.start and _attributive(doc[tok.i - 1]):
        return False
    if pos == "PROPN" and any(t.is_alpha for t in doc[tok.sent.start : tok.i]):
        return False  # a capital inside the sentence is a name
    return pos not in ("NOUN", "PROPN") or (
        noun_lemma(tok.lower_) is None and not any(_own_article(c) or _inflected(c) for c in tok.children)
    )


def _own_article(child: Token) -> bool:
    """An article the parser hung on the word is the word's own, unless a noun stands between them: an article
    belongs to the first noun after it (*aan de westzijde ontsloten*: *de* is *westzijde*'s, whatever the parser
    hung it on)."""
    head = child.head
    return child.dep_ == "det" and not any(
        t.pos_ in ("NOUN", "PROPN") for t in head.doc[child.i + 1 : head.i]
    )


def _inflected(tok: Token) -> bool:
    """An inflected adjective or participle (*nieuwe*, *verhoogde*): it belongs to a noun (a participle of a verb
    group is never inflected); an uninflected one may be an adverb (*digitaal*)."""
    participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
    return (tok.pos_ == "ADJ" or participle) and tok.lower_.endswith("e")


def _attributive(tok: Token) -> bool:
    """A word after which a noun, not a participle, follows: an article, numeral, preposition, possessive (*hun
    geluid*) or inflected adjective."""
    possessive = "Yes" in tok.morph.get("Poss") or tok.dep_ == "nmod:poss"
    return tok.pos_ in ("DET", "NUM", "ADP") or possessive or _inflected(tok)


def auxiliary_by_words(verb: Token, participle) -> list[Token] | None:
    """The passive auxiliary of the participle's clause read from the words, with the verbs of its group (the
    modal that governs an infinitive *worden*, the cluster after the participle), the auxiliary first; None where
    the words give none or the participle is no passive's. ``participle`` is ``passive.is_participle``."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    from .passive import adjective_participles, looks_like_participle
    from .passive_lookalikes import adjective_with_worden

    low = verb.lower_
    if low in word_set("lijdende_vorm", "becoming_participles"):
        return None  # *verslaafd worden*: what someone becomes
    if not verb.is_alpha or (low.startswith("on") and looks_like_participle(low[2:])):
        return None  # a negated participle is an adjective (*ongewenst*); a broken word is none
    if nxt is not None and (_noun_like(nxt) or nxt.lower_ == "te"):
        return None  # *een vastgesteld plan*: an attribute; *aangepast te krijgen*: the complement of a te-infinitive
    prev = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if prev is not None and _attributive(prev) and prev.pos_ != "ADP":
        return None  # *een uitgebreid onderzoek*, *hun geluid*, *verhoogde gehalten*: in a noun phrase
    if any(_own_article(c) and c.i < verb.i for c in verb.children):
        return None  # *een afwisselend bebouwingsbeeld*: a word with an article is a noun
    known = verb_of_participle(low) is not None or low in known_verbs()
    if not known and swapped_letters(low):
        return None  # a typing error of a common word (*een concentratie gebeid*: *gebied*), no participle
    if not known and ((prev is not None and prev.pos_ == "ADP") or "Fin" in verb.morph.get("VerbForm")):
        # after a preposition only a participle the dictionary knows (*tegen gegaan*), not a noun (*door
        # overgangsrecht*); a form read as finite only where a verb gives it as its participle (not *bedraagt*)
        return None
    if verb.pos_ in MISREAD_CLASSES and not _misread_participle(verb):
        return None  # a noun the dictionary knows (*over geluid*, *in verband met*)
    if "Fin" in verb.morph.get("VerbForm") and any(c.dep_ == "obj" and c.i > verb.i for c in verb.children):
        # a participle closes its clause, its object stands before it: a form of both (*omvat*, *bevat*) read as
        # finite with an object after it is the finite verb of a clause of its own (*is in werking getreden en
        # omvat alle rijksbelangen*, *is de vertaling van de visie en bevat daarom onderwerpen*)
        return None
    found = _after(verb, participle)
    if found is None:
        found = _before(verb, participle)
    if low in adjective_participles() and not adjective_with_worden(verb, found, participle):
        return None  # *objecten gelegen in*, *is ontsloten*: an adjective, a state
    return found


def _after(verb: Token, participle) -> list[Token] | None:
    """A *worden* after the participle with only verbs of the cluster between (*ingezet kunnen worden*,
    *gerealiseerd gaat worden*, *doorlopen dient te worden*), also over a second participle joined by *en* or *of*
    (*bijgewerkt en aangevuld kan worden*); a *zijn* right after it where the clause puts its verbs last (*die
    multimodaal ontsloten is*, *waarmee het juridisch verankerd is*). Not a *worden* that is the auxiliary of a
    participle after it (*indien gewenst wordt het plan aangepast*)."""
    from .passive import aux_kind

    doc, end = verb.doc, verb.sent.end
    # a form tagged as a present tense right before a finite *wordt* may end a clause whose comma is left out (*als
    # hij de kast verplaatst wordt het licht beter*); before a modal or a second participle it is a participle
    finite = "Fin" in verb.morph.get("VerbForm")
    if any(c.dep_ == "obj" for c in verb.children):
        return None  # a verb with a direct object is active (*de kast verplaatst wordt*: a comma left out)
    j, cluster = verb.i + 1, []
    while (
        True
    ):  # *bijgewerkt en aangevuld kan worden*, *beschermd, vastgelegd en/of opgegraven kunnen worden*
        k = j
        while k < end and doc[k].lower_ in JOINERS:
            k += 1
        if k == j or k >= end or not participle(doc[k]) or not listed(doc, j, verb, participle, True):
            break
        j = k + 1
    while j < end:
        t = doc[j]
        kind = aux_kind(t) if t.pos_ in ("AUX", "VERB") else None
        if kind == "worden" or (kind == "zijn" and not cluster and j == verb.i + 1 and _verb_last(verb)):
            if t.dep_.startswith("aux") and t.head.i > t.i and t.head.i != verb.i and participle(t.head):
                return None  # the auxiliary of a participle after it
            if finite and j == verb.i + 1:
                return None
            if perfect_before(verb, t):
                return None  # *zodra iedereen gestemd heeft wordt*: a perfect, then the next clause
            return [t, *cluster]
        if not (_in_cluster(t) or (t.pos_ in ("AUX", "VERB") and t.lower_ in _FUTURE)):
            return None
        if t.pos_ in ("AUX", "VERB"):
            cluster.append(t)
        j += 1
    return None


def _verb_last(verb: Token) -> bool:
    """The participle's clause puts its verbs last: a relative word or a subordinating conjunction opens it."""
    if relative_before(verb):
        return True
    doc = verb.doc
    for j in range(verb.i - 1, max(verb.sent.start, verb.i - REACH) - 1, -1):
        t = doc[j]
        if t.pos_ == "SCONJ":
            return True
        if t.is_punct or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
            return False
    return False


def _before(verb: Token, participle) -> list[Token] | None:
    """The nearest form of *worden* or *zijn* before the participle in its clause (see the module's docstring)."""
    from .passive import aux_kind

    doc, start = verb.doc, verb.sent.start
    joined = False  # an *en* or *of* seen: an earlier participle is the first of a coordination
    j = verb.i - 1
    while j >= max(start, verb.i - REACH):
        t = doc[j]
        place = bracket_place(doc, j, verb.i)
        if place == INSIDE:
            return None  # the participle stands inside a parenthesis
        if place == SKIP:
            j -= 1
            continue
        if t.text == "," and listed(doc, j, verb, participle):
            joined = True  # *worden gemeten, berekend of geschat*: a list of participles shares the auxiliary
            j -= 1
            continue
        if t.text == ",":
            opening = _insertion(doc, j)
            if opening is None:
                return None
            j = opening - 1
            continue
        if t.text in (";", ":") or _opens_clause(t):
            return None
        kind = aux_kind(t) if t.pos_ in ("AUX", "VERB") else None
        if kind is not None:
            if t.lower_ == "geworden" or _adjective_copula(t):
                # *anders is geworden en dat verwerkt*: the participle of *worden* itself, a copula's perfect, never
                # the auxiliary of a participle after it; *wie verantwoordelijk is voor ... gerelateerd aan*: the
                # copula of the adjective before it
                return None
            if joined and j > start and closes_before_joiner(doc, j, participle):
                # after a participle or adjective the auxiliary closes that clause, which puts its verbs last, and
                # *en* opens the next (*als de maatregelen niet doeltreffend zijn en het voldoen aan de normen op
                # bezwaren stuit*); participles that share one auxiliary stand all before it or all after it
                return None
            if not joined and j > start and participle(doc[j - 1]):
                # right after a participle it is that participle's (a clause that puts its verbs last: *dat het
                # verboden is ... neerslag versneld tot afvoer te laten komen*): it has its participle already
                return None
            if verb.pos_ != "VERB" and t.dep_.startswith("aux") and t.head.i > verb.i and participle(t.head):
                # a word the tagger reads as no verb, before the participle that holds the auxiliary: *is enkele
                # jaren geleden (ago) ... aangelegd*
                return None
            return [t, *_governing(t)]
        if t.pos_ == "CCONJ":
            joined = True
        elif (
            t.pos_ in ("VERB", "AUX")
            and set(t.morph.get("VerbForm")) & {"Fin", "Inf"}
            and not _nominal(t)
            and not _attributive_infinitive(t)
            and not (joined and participle(t))
        ):
            # the finite verb of another clause (*heeft*), or an infinitive of its own; not the first participle of a
            # coordination that the tagger read as an infinitive (*worden niet aangesproken of beïnvloed*: the
            # infinitive is *aanspreken*), which shares the auxiliary before it
            return None
        elif not joined and participle(t) and not (j + 1 < verb.i and _noun_like(doc[j + 1])):
            return (
                None  # a participle of its own before this one: *zijn afspraken gemaakt over ... aangewezen*
            )
        j -= 1
    return None


def _adjective_copula(aux: Token) -> bool:
    """A finite *zijn* right after an adjective in a clause that puts its verbs last (opened by a subordinating
    conjunction, a relative or a question word: *wie verantwoordelijk is*, *omdat het nodig is*) is that
    adjective's copula: the clause has its predicate, a participle after it is of another clause. Not an adjective
    that opens a main clause (*Uitdrukkelijk is bepaald*, *In het bijzonder is gekeken naar*), nor one of a clause
    without a verb (*Indien nodig zijn de bomen gekapt*)."""
    doc = aux.doc
    prev = doc[aux.i - 1] if aux.i > aux.sent.start else None
    if (
        prev is None
        or prev.pos_ != "ADJ"
        or aux.lemma_.lower() != "zijn"
        or "Fin" not in aux.morph.get("VerbForm")
    ):
        return False
    if set(prev.morph.get("Degree")) - {"Pos"}:
        return False  # *verder*, *eerder*: an adverb of the main clause
    for j in range(prev.i - 1, max(aux.sent.start, aux.i - REACH) - 1, -1):
        t = doc[j]
        if t.is_punct or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
            return False
        if _opens_clause(t) or "Int" in t.morph.get("PronType"):
            # right before the adjective only a pronoun is the clause's subject (*wie bevoegd is*); a conjunction
            # or adverb there opens a clause without a verb (*Indien mogelijk zijn*, *waar nodig is*)
            return j < prev.i - 1 or t.pos_ == "PRON"
    return False


def _noun_like(tok: Token) -> bool:
    """A word that makes the participle before it an attribute: a noun, name or adjective by the tagger, or a word
    the tagger calls a participle that no verb gives and the dictionary knows as a noun (*50 hectare verhard
    oppervlak*)."""
    if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    low = tok.lower_
    return (
        tok.pos_ == "VERB"
        and "Part" in tok.morph.get("VerbForm")
        and tok.is_alpha
        and verb_of_participle(low) is None
        and low not in known_verbs()
        and noun_lemma(low) is not None
    )


def _attributive_infinitive(tok: Token) -> bool:
    """*te* + an infinitive right before a noun, or before an adjective and a noun, describes that noun (*de
    hoeveelheid te zuiveren afvalwater*, *het te bouwen nieuwe huis*: the water that is to be cleaned): an attribute
    inside a noun phrase, no verb of a clause of its own, so the search for the auxiliary goes on past it. A word the
    dictionary knows as a noun counts where the tagger read it otherwise (*afvalwater* as an adverb)."""
    doc = tok.doc
    if tok.i <= tok.sent.start or doc[tok.i - 1].lower_ != "te" or tok.i + 1 >= tok.sent.end:
        return False
    after = doc[tok.i + 1]
    if after.pos_ == "ADJ" and tok.i + 2 < tok.sent.end:
        after = doc[tok.i + 2]
    return after.pos_ in ("NOUN", "PROPN") or (after.is_alpha and noun_lemma(after.lower_) is not None)


def _nominal(tok: Token) -> bool:
    """An infinitive right after an article is a noun: *het parkeren*."""
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in ("het", "een", "de")


def _opens_clause(tok: Token) -> bool:
    """A subordinating conjunction or a relative word opens another clause; not *dan* of a comparison (*meer dan
    700 bomen*)."""
    if "Rel" in tok.morph.get("PronType"):
        return True
    if tok.pos_ == "ADV" and tok.lower_ in word_set("grammatica", "wh_words"):
        # *en hoe de aanvraag verder afgehandeld kan worden*: a question word opens an indirect question (not *hoe
        # dan ook*: in any case)
        return [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]] != ["dan", "ook"]
    if tok.pos_ != "SCONJ":
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    comparison = before is not None and (
        before.lower_ in ("meer", "minder") or "Cmp" in before.morph.get("Degree")
    )
    return not (tok.lower_ == "dan" and comparison)


def _insertion(doc, comma: int) -> int | None:
    """The opening comma of a phrase between two commas that has no verb of its own (*, in aanvulling op de regels,*,
    *, en dus 4 in totaal,*), or whose verbs stand in a relative clause or a *zoals*-clause inside it (*de regels,
    welke golden voor het oude plan, aangepast*; *is, zoals de standaard bepaalt, een indeling aangehouden*): the
    clause goes on before it. None where the comma ends a clause."""
    start = doc[comma].sent.start
    verb_seen = False  # a verb after the current word, inside the phrase
    for j in range(comma - 1, max(start, comma - REACH) - 1, -1):
        t = doc[j]
        if t.text == ",":
            return j if j < comma - 1 and not verb_seen else None
        if t.text in (";", ":"):
            return None
        if _inserted_clause(t):
            verb_seen = False  # the verbs after it are the inserted clause's
        elif _opens_clause(t) or (
            t.pos_ in ("VERB", "AUX") and set(t.morph.get("VerbForm")) & {"Fin", "Inf"}
        ):
            verb_seen = True  # (a participle in it is an attribute: *de bijbehorende aanduidingen*)
    return None


def _inserted_clause(tok: Token) -> bool:
    """A word that opens a clause inserted in another: a relative pronoun after a noun, or *zoals*."""
    if tok.lower_ == "zoals":
        return True
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    relative = "Rel" in tok.morph.get("PronType") or tok.lower_ in ("die", "welke")
    return relative and before is not None and (before.pos_ in ("NOUN", "PROPN") or before.text == ",")


def _governing(aux: Token) -> list[Token]:
    """The finite modal (or *dienen*, *hoeven*) that governs an infinitive *worden* or *zijn*, with nothing of
    another clause between: *kunnen nesten worden verstoord*, *hoeven niet te worden herzien*."""
    if "Inf" not in aux.morph.get("VerbForm"):
        return []
    doc = aux.doc
    for j in range(aux.i - 1, max(aux.sent.start, aux.i - REACH) - 1, -1):
        t = doc[j]
        if t.is_punct or _opens_clause(t):
            return []
        if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm"):
            low = t.lower_
            return [t] if low in MODAL_FORMS or _in_cluster(t) or low.startswith("hoef") else []
    return []
