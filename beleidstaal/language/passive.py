"""Passive voice: detection of the passive clauses that BT301 and BT302 report.

A passive is a participle with *worden* or *zijn* as auxiliary: from the parse (``aux:pass``) and the morphology
(``VerbForm=Part``), also when the parser labels *zijn* as ``aux`` or ``cop``. Not a passive:

- *zijn* + the participle of a verb that takes *zijn* in the perfect (*is gegaan*, *is gestegen*);
- *zijn* + an adjective, also a participle that is an ordinary adjective (*is bekend*, *is gesloten*);
- *blijven* + adjective (*blijft dicht*): only *worden* and *zijn* count.

Which of the passives found are worth a finding, and whom they hide, is decided in ``passive_worth.py``; the
rewrite in the active voice is in ``rules/passive_rewrite.py`` (its parts in ``passive_phrases.py``, its checks in
``passive_guards.py``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .data import word_set
from .grammar import (
    INSEPARABLE,
    infinitive,
    infinitive_from_participle,
    participle_map,
    participle_shape,
)
from .keys import PARTICLES
from .morph_tags import read_as_noun
from .passive_agent import before_own_clause, by_means
from .passive_clauses import adopted_children, agent_inside_first_phrase, opens_a_phrase
from .passive_cluster import cluster_between, perfect_before, with_cluster, worden_after
from .passive_door_place import belongs_elsewhere, door_phrase, means_clause
from .passive_lookalikes import (
    adjective_with_clause,
    attribute_before_noun,
    finite_form,
    manner_aux,
    manner_participle,
    predicate_noun,
    viewpoint_adverbial,
)
from .passive_loose import loose_aux, shared_aux
from .passive_relative import bracket_between, opener_between
from .passive_subject import expletive, subject
from .passive_words import auxiliary_by_words, maybe_participle, participle_by_words
from .words import columns, per_sentence

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Span, Token

WORDEN_FORMS = word_set("grammatica", "worden_forms")
ZIJN_FORMS = word_set("grammatica", "zijn_forms")
#: where a participle without an auxiliary of its own may look for one nearby (a misparsed clause head)
LOOSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "acl:relcl", "xcomp", "parataxis", "acl")


def zijn_verbs() -> frozenset[str]:
    return word_set("grammatica", "zijn_verbs")


def zijn_or_passive() -> frozenset[str]:
    return word_set("grammatica", "zijn_or_passive")


def adjective_participles() -> frozenset[str]:
    return word_set("grammatica", "adjective_participles")


def aux_kind(tok: Token) -> str | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma == "worden" or low in WORDEN_FORMS:
        return "worden"
    if lemma == "zijn" or low in ZIJN_FORMS:
        return "zijn"
    return None


@functools.lru_cache(maxsize=50_000)
def looks_like_participle(word: str) -> bool:
    """A past participle by its form: known from the treebanks, or *ge*-form of a known verb. Present
    participles (*ontoereikend*) and comparatives (*mooier*) are not."""
    low = word.lower()
    if not plausible_participle(low):
        return False
    if low.endswith("t") and low not in participle_map() and low[:-1] + "d" in participle_map():
        return False  # a present tense (bepaalt, verhoogt): the participle of that verb ends in -d (bepaald)
    if (
        low.endswith("en")
        and low not in participle_map()
        and not low.startswith("ge")
        and "ge" not in low[2:]
    ):
        return False  # an infinitive (vinden, wonen), not a participle
    return low in participle_map() or infinitive_from_participle(low) is not None


def plausible_participle(low: str) -> bool:
    """Not a present participle (*ontoereikend*, *doorslaggevend*) and ending like a past participle."""
    if not low.endswith(("d", "t", "n")):
        return False
    ge_form = low.startswith("ge") or any(low.startswith(p + "ge") for p in PARTICLES)
    if low.endswith("ingen"):
        return False  # a plural noun (ontwikkelingen, woningen): no participle ends in -ingen
    present_participle = low.endswith("end") and not low.endswith(("eend", "iend")) and not ge_form
    if present_participle and low.startswith(INSEPARABLE) and _own_past_participle(low):
        return True  # berekend, verkend, erkend: the past participle of a verb in -nen (berekenen), no ge
    return not present_participle and not low.endswith("gevend")


@functools.lru_cache(maxsize=10_000)
def _own_past_participle(low: str) -> bool:
    """A word in *-end* that is the past participle of the verb it comes from (*berekend* of *berekenen*,
    *verkend* of *verkennen*): an inseparable prefix takes no *ge*, so the form looks like a present participle.
    A present participle is the infinitive with *d* (*beslissend*, *overwegend*): the participle of those verbs
    differs (*beslist*, *overwogen*). The ordinary adjectives among them (*bekend*) stay adjectives
    (``adjective_participles``)."""
    if low in adjective_participles():
        return False
    inf = infinitive_from_participle(low)
    if inf is None:
        return False
    from .verbs import participle

    return participle(inf) == low


#: the word classes a participle can have (by the tagger, or mis-tagged: see ``is_participle``)
PARTICIPLE_CLASSES = ("VERB", "ADJ", "AUX", "NOUN")


def is_participle(tok: Token) -> bool:
    pos = tok.pos_
    if pos not in PARTICIPLE_CLASSES:
        return False  # cheap exit: no other word class can be a participle below
    low = tok.lower_
    if not _one_verb_form(low) or opens_a_phrase(tok):
        return False
    # (the cheap tests first: the word class before the morphology, the form before the neighbour)
    if pos != "NOUN" and "Part" in tok.morph.get("VerbForm"):
        # a past participle has ge (gemaakt, vastgesteld) or an inseparable prefix (besteed); not driehonderd
        if pos == "VERB" and plausible_participle(low) and participle_shape(low) and not tok.like_num:
            return True
        return looks_like_participle(low)
    if pos == "VERB" and _participle_by_its_aux(tok):
        return True
    # the parser may miss the morphology (*bereikt* as a present tense, *gehandhaafd* as a noun); a word right
    # after an article is a noun (*aan de beurt*), never a participle
    if pos == "AUX" or not looks_like_participle(low) or (pos == "VERB" and finite_form(tok)):
        return False  # (*betreft*: the present tense of *betreffen*, whose participle is *betroffen*)
    prev = tok.doc[tok.i - 1] if not tok.is_sent_start else None
    if prev is not None and prev.lower_ == "te" and "Inf" in tok.morph.get("VerbForm"):
        return False  # an infinitive after 'te' (om ... te bevestigen), not a participle with 'ge' inside
    return prev is None or not (prev.pos_ == "DET" or prev.lower_ in ("de", "het", "een"))


def _one_verb_form(low: str) -> bool:
    """A participle is a word of letters: a word with a digit or a slash is a unit, a code or a compound noun
    (*30 km/uur-wegen*, where the tagger read the *ge* inside *wegen* as a participle's). (A hyphen alone says
    nothing: a conversion breaks words at line ends, *ge\\-bouwd*.)"""
    return "/" not in low and not any(ch.isdigit() for ch in low)


def _participle_by_its_aux(tok: Token) -> bool:
    """A verb tagged as another form of the verb, whose participle has that form, with a form of *worden* or *zijn*
    before it that the parser calls its passive auxiliary: a present tense (*De straat wordt bestraat*: *bestraten*
    has *bestraat* for both) or an infinitive (*Deze boom zal worden behouden*), or a *worden* after it in the
    clause's verb cluster that the parser joins to it (*dat de kast verplaatst wordt*: a finite verb of a
    subordinate clause is not followed by another finite verb of its cluster, so the form is the participle).
    Without that link a missing comma may join two clauses (*als hij de kast verplaatst wordt het licht beter*)."""
    from .verbs import inseparable_participle, participle

    # the form first (a memo lookup): most verbs are no participle's form, and the auxiliary tests walk the parse.
    # A prefix that goes both ways gives the inseparable reading's participle too (*kan schade voorkomen worden*)
    lemma = infinitive(tok)
    if tok.lower_ not in (participle(lemma), inseparable_participle(lemma)):
        return False
    if tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ == "te":
        return False  # an infinitive after 'te' (*zijn ... te behouden*: can be kept), not a participle
    before = any(c.dep_ == "aux:pass" and c.i < tok.i and aux_kind(c) for c in tok.children)
    return before or worden_after(tok, aux_kind) is not None


def _noun_participle_aux(verb: Token) -> Token | None:
    """A participle the tagger calls a noun (also one ``morph_tags`` made a verb again: the parse stays a noun's),
    the complement of a form of *worden* or *zijn* before it (*De school wordt ontruimd*, *zijn er oude sloten
    gedempt*): that form is its auxiliary. (A noun after an article never
    gets here: ``is_participle``.)"""
    head = verb.head
    if verb.pos_ != "NOUN" and not read_as_noun(verb):
        return None
    if verb.dep_ != "xcomp" or not aux_kind(head) or (head.i > verb.i and not _cluster_worden(verb, head)):
        return None
    if any(c.dep_ in ("det", "nmod:poss", "amod") for c in verb.children):
        return None
    return head


def _cluster_worden(verb: Token, head: Token) -> bool:
    """A form of *worden* right after a participle the tagger calls a noun, that the parser makes its head: the
    verb cluster at the end of a clause (*De raming kan naar beneden bijgesteld worden*). A copula *worden* takes a
    noun too (*dat zij voorzitter wordt*), so only a form no dictionary knows as a noun (*bijgesteld*) and a known
    verb gives as its participle."""
    from .morph_tags import verb_of_participle
    from .noun_lemmas import noun_lemma

    return (
        head.i == verb.i + 1
        and aux_kind(head) == "worden"
        and noun_lemma(verb.lower_) is None
        and verb_of_participle(verb.lower_) is not None
    )


def find_agent(verb: Token) -> Token | None:
    """The doer in the door-phrase of a passive; None without one, or when the door-phrase says how (*door het
    sluiten van een contract*), not who."""
    agent = door_phrase(verb)
    if agent is not None and "Rcp" in agent.morph.get("PronType"):
        return None  # door elkaar gebruikt: interchangeably, nobody named
    if agent is not None and agent_inside_first_phrase(agent, verb):
        return None  # *Na goedkeuring door de raad wordt het plan gepubliceerd*: the raad approves
    if agent is not None and (before_own_clause(agent, verb) or belongs_elsewhere(agent, verb)):
        return None  # the phrase of another clause or of another participle (``passive_door_place``)
    return None if agent is None or by_means(agent) or means_clause(agent) else agent


def is_passive(verb: Token) -> tuple[Token, list[Token]] | None:
    """(passive auxiliary, all auxiliaries) when the token is the participle of a passive clause."""
    if not is_participle(verb) and not participle_by_words(verb):
        return None
    if (
        verb.i > verb.sent.start
        and verb.doc[verb.i - 1].lower_ in ("dan", "als", "zoals")
        and not _worden_next(verb)
    ):
        return None  # hoger dan verwacht, zoals gezegd: an elliptic comparison
    if viewpoint_adverbial(verb) or manner_participle(verb) or attribute_before_noun(verb):
        # praktisch gezien; *uitgebreid* in *wordt uitgebreid op ... ingegaan*; *een verantwoord en passende
        # ontwikkeling* (``passive_lookalikes``)
        return None
    if (
        verb.dep_ == "xcomp"
        and verb.i < verb.head.i
        and infinitive(verb.head) == "blijven"
        and not any(c.dep_.startswith("aux") and infinitive(c) == "worden" for c in verb.children)
    ):
        return None  # *is behouden gebleven*: what stays as it is; the auxiliary is blijven's, no passive
    # an auxiliary far after the participle belongs to another clause (waarom sprake is van ...)
    auxes = [
        c
        for c in [*verb.children, *adopted_children(verb)]
        if c.dep_ in ("aux", "aux:pass", "cop")
        and (c.i < verb.i or (c.i - verb.i <= 2 and not perfect_before(verb, c)) or cluster_between(verb, c))
        and not bracket_between(c, verb)
        and not _colon_between(c, verb)
        and not _clause_opens_between(c, verb)
    ]
    passive = [a for a in auxes if aux_kind(a)]
    noun_aux = _noun_participle_aux(verb) if not passive else None
    if noun_aux is not None:
        passive, auxes = [noun_aux], [*auxes, noun_aux]
    # *kan niet uitgesloten worden*, *gemaakt hoeft te worden*: worden after the participle, with its modals
    head_aux = worden_after(verb, aux_kind) if not passive else None
    if head_aux is not None:
        cluster = [t for t in verb.doc[verb.i + 1 : head_aux.i] if t.pos_ in ("AUX", "VERB")]
        cluster += [c for c in head_aux.children if c.dep_ in ("aux", "aux:pass") and c not in cluster]
        passive, auxes = [head_aux], [*auxes, *cluster, head_aux]
    if not passive:
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
        if nxt is not None and is_participle_by_any(nxt):
            return None  # right before a participle it says how: *niet uitgebreid ingegaan*, *gescheiden opgevangen*
        loose = _loose(verb)
        # the arcs give none: the words of the clause may (``passive_words``); or a participle before it that says
        # how holds them (*is ... gewijzigd vastgesteld*)
        group = manner_aux(verb) or (
            [loose] if loose is not None else auxiliary_by_words(verb, is_participle_by_any)
        )
        if not group:
            return None
        passive, auxes = group[:1], sorted({t.i: t for t in [*auxes, *group]}.values(), key=lambda t: t.i)
    worden = [a for a in passive if aux_kind(a) == "worden"]
    lemma = infinitive(verb)
    if lemma == "worden" or verb.lower_ == "geworden":
        return None
    if any(a.lemma_.lower() == "hebben" for a in auxes) and not worden:
        return None
    if len(worden) > 1:
        # a clause has one passive auxiliary: one before a word that opens another clause belongs to the clause
        # before it (*een schone stad worden waar afval hergebruikt wordt*: a copula; *geconcludeerd wordt dat ...*)
        other = [a for a in worden if a.i < verb.i and opener_between(a, verb)]
        if other and len(other) < len(worden):
            worden, auxes = [a for a in worden if a not in other], [a for a in auxes if a not in other]
    if worden:
        if "Fin" in worden[0].morph.get("VerbForm"):
            # a clause has one finite verb: a finite *zijn* the parser hung on the participle of a finite *wordt*
            # is of another clause (*en er een akkoord is van de medewerkers wordt het model geïmplementeerd*).
            # (*worden* may be the infinitive after a modal: *moet ... worden gerealiseerd*)
            auxes = [a for a in auxes if not (aux_kind(a) == "zijn" and "Fin" in a.morph.get("VerbForm"))]
        return worden[0], with_cluster(verb, worden[0], auxes)
    # zijn + participle
    # (also broken at a line end: *ge-schikt*); not with a clause as its subject (*is bepaald dat*)
    adjective = verb.lower_.replace("\\", "").replace("-", "") in adjective_participles()
    if adjective and not adjective_with_clause(verb):
        return None
    if predicate_noun(verb, auxes):
        return None  # *is een platform ontworpen voor*: zijn + a noun, the participle describes the noun
    # a verb that alternates (*de luchtkwaliteit is verbeterd*: is better now) takes zijn as an intransitive too
    takes = zijn_verbs() | zijn_or_passive()
    takes_zijn = lemma in takes or verb.lemma_.lower() in takes
    if takes_zijn and not (lemma in zijn_or_passive() and find_agent(verb) is not None):
        return None
    if lemma in word_set("grammatica", "land_state_verbs") and find_agent(verb) is None:
        return None  # *de grond is verontreinigd*, *het plangebied is bebouwd*: the state of the land
    if verb.pos_ == "ADJ" and find_agent(verb) is None:
        return None  # zijn + adjective-like participle without an agent: a state
    return passive[0], auxes


def _worden_next(verb: Token) -> bool:
    """A form of *worden* right after the participle: after *als*, *zoals* or *dan* it makes the participle the verb
    of a clause (*als aangetoond wordt dat de gevel voldoet*: if it is shown), not an elliptic comparison without a
    verb (*zoals gezegd*, *hoger dan verwacht*)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    return nxt is not None and nxt.pos_ in ("AUX", "VERB") and aux_kind(nxt) == "worden"


def _loose(verb: Token) -> Token | None:
    """A passive auxiliary the parser hung elsewhere, for a participle whose arcs give none."""
    if any(c.dep_.startswith("aux") for c in verb.children) or verb.pos_ != "VERB":
        return None
    if verb.dep_ not in LOOSE_DEPS:
        return None  # a participle inside a phrase (advmod, amod, obj) has no auxiliary of its own
    if verb.dep_ == "acl" and verb.head.i == verb.i + 1 and verb.head.pos_ in ("NOUN", "PROPN"):
        return None  # before its noun it describes the noun: een eerder verkregen vergunning
    return loose_aux(verb) or shared_aux(verb)


def is_participle_by_any(tok: Token) -> bool:
    """A participle by the tagger's reading or by its words (``passive_words.participle_by_words``)."""
    return is_participle(tok) or participle_by_words(tok)


def _clause_opens_between(aux: Token, verb: Token) -> bool:
    """A relative pronoun or a pronominal adverb stands between an auxiliary before the participle and the
    participle, and the participle is in the clause it opens (*Een bakkerij is een bedrijf waarvoor een zone is
    vastgesteld*): the auxiliary before it belongs to the main clause. A relative clause that ends before the
    participle (*worden de mogelijkheden die het plan biedt aan ... beschreven*) leaves the auxiliary its own."""
    from .tang_clauses import in_opened_clause, pronominal_relative

    doc = aux.doc
    finite = "Fin" in verb.morph.get("VerbForm")
    # *aangegeven worden welke rol benodigd is*: the auxiliary closes the cluster of the participle before it, and a
    # question word after it opens a clause of its own (the tag may lack PronType); not *moet welk soort ... worden*
    closes = aux.i > aux.sent.start and looks_like_participle(doc[aux.i - 1].lower_)
    return aux.i < verb.i and any(
        (
            pronominal_relative(t)
            or "Rel" in t.morph.get("PronType")
            or (closes and ("Int" in t.morph.get("PronType") or t.lower_ in ("welk", "welke")))
            or (finite and _subordinator(t))
        )
        and in_opened_clause(doc, t, verb)
        for t in doc[aux.i + 1 : verb.i]
    )


def _subordinator(tok: Token) -> bool:
    """A conjunction that opens a subordinate clause (*indien*, *omdat*, *dat*), which puts its finite verb last:
    a form the tagger reads as finite at the end of that clause (*is geen onderzoek nodig, indien de locatie niet
    meer dan 1500 woningen omvat*: *omvat* is *omvatten*'s present tense, though *omvatten*'s participle has the
    same form) is that clause's verb, not a participle of the auxiliary before the conjunction. (Only a finite
    reading: *wordt, indien nodig, aangepast* keeps its passive.)"""
    return tok.pos_ == "SCONJ" and tok.lower_ not in ("dan", "als", "zoals")


def _colon_between(a: Token, b: Token) -> bool:
    """A colon or semicolon between the two words: what follows it is a list or a clause of its own (*De inrichting
    is conform de richtlijnen: geen stoepen en parkeervakken aangegeven met een P*: *is* is not *aangegeven*'s)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (":", ";") for t in a.doc[lo + 1 : hi])


@per_sentence
def find_passives(sent: Span):
    doc = sent.doc
    cols = columns(doc)
    pos, lower = cols.pos, cols.lower
    for i in range(sent.start, sent.end):
        if not maybe_participle(pos[i], lower[i]):
            # no participle (is_participle: only a verb is one without the form, by its tag or auxiliary): no
            # Token object made for it
            continue
        tok = doc[i]
        found = is_passive(tok)
        if found is None:
            continue
        pass_aux, auxes = found
        er = expletive(tok, auxes)
        subject(tok, auxes)
        impersonal = er is not None
        yield tok, pass_aux, auxes, impersonal
