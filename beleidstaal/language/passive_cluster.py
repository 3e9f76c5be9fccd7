"""The verb cluster at the end of a Dutch clause, where the participle comes first: *dat er onderzoek gedaan hoeft te
worden*, *omdat aan de eisen niet voldaan zal kunnen worden*, *schade kan niet uitgesloten worden*. Between the
participle and its *worden* stand only other verbs of the cluster (a modal, *dienen*, *hebben*, *te*; not *zijn*). The
parser then often hangs *worden* far from the participle or makes *worden* the head with the participle as its
``xcomp``; ``passive.is_passive`` asks here whether such a *worden* is still the participle's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set
from .grammar import MODAL_FORMS, infinitive
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token

#: verbs that stand in a cluster with a passive *worden* besides the modals (*dient gecontroleerd te worden*,
#: *had verbreed moeten worden*). Not *zijn*: *die geboren zijn worden groot* (a comma left out) is two clauses.
_CLUSTER_VERBS = frozenset({"dienen", "hebben", "zullen", "behoren"})


def _in_cluster(tok: Token) -> bool:
    if tok.lower_ == "te":
        return True
    if tok.pos_ not in ("AUX", "VERB"):
        return False
    return (
        tok.lower_ in MODAL_FORMS
        or infinitive(tok) in MODAL_FORMS.values()
        or infinitive(tok) in _CLUSTER_VERBS
    )


def perfect_before(verb: Token, aux: Token) -> bool:
    """A form of *hebben* right before a later auxiliary: the participle's active perfect, and the auxiliary opens
    the next clause, a comma left out (*Zodra iedereen gestemd heeft wordt de uitslag bekend*). *Hebben* and a
    passive *worden* stand in one cluster only with a modal between them (*verbreed had moeten worden*)."""
    return verb.i + 1 < aux.i and infinitive(aux.doc[aux.i - 1]) == "hebben"


def cluster_between(verb: Token, aux: Token) -> bool:
    """Only verbs of the cluster (and at least one) stand between the participle and a later auxiliary:
    *gedaan hoeft te worden*, *voldaan zal kunnen worden*."""
    between = verb.doc[verb.i + 1 : aux.i]
    return (
        verb.i < aux.i
        and len(between) > 0
        and all(_in_cluster(t) for t in between)
        and not perfect_before(verb, aux)
    )


def with_cluster(verb: Token, aux: Token, auxes: list[Token]) -> list[Token]:
    """The auxiliaries with the verbs of the cluster between the participle and its later *worden*, each once and
    in the order of the sentence: the parse may hang the modal on *worden* (*of de weg afgesloten zal moeten
    worden*), and the modal says whether somebody must, can or may act, as in the other order."""
    if not cluster_between(verb, aux):
        return auxes
    between = [t for t in verb.doc[verb.i + 1 : aux.i] if t.pos_ in ("AUX", "VERB")]
    return sorted({t.i: t for t in [*auxes, *between, aux]}.values(), key=lambda t: t.i)


def worden_after(verb: Token, aux_kind) -> Token | None:
    """The form of *worden* after the participle with only verbs of the cluster between, however the parser hung
    them, as long as it joins them inside the cluster (*kan niet uitgesloten worden*: *worden* as the head;
    *gemaakt hoeft te worden*: *hoeft* as the head and *worden* below it). A copula *worden* takes an adjective or
    noun, not a participle, so a participle there is a passive. Only a word tagged as a verb: a noun of the same form
    before a main clause's *wordt* (*het beschermde gebied wordt ...*) is the subject. ``aux_kind`` is
    ``passive.aux_kind`` (passed in: passive imports this module)."""
    if verb.pos_ != "VERB":
        return None
    cols, nxt = columns(verb.doc), verb.i + 1
    if nxt >= len(cols.pos) or (cols.pos[nxt] not in ("AUX", "VERB") and cols.lower[nxt] != "te"):
        return None  # no verb of a cluster (nor *te*) right after the participle: asked first, it is cheap
    if any(c.dep_ == "obj" for c in verb.children) and not _te_worden(verb, aux_kind):
        return None  # a verb with a direct object is active: *als hij de kast verplaatst wordt het ...* (no comma)
    if verb.lower_ in word_set("lijdende_vorm", "becoming_participles"):
        return None  # *dat jongeren snel verslaafd kunnen worden*: what they become, a copula
    # *na een document te hebben geüpload wordt de knop actief*: an active perfect, then a copula
    before = verb.doc[max(verb.sent.start, verb.i - 2) : verb.i]
    if len(before) == 2 and before[0].lower_ == "te" and infinitive(before[1]) in ("hebben", "zijn"):
        return None
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if aux_kind(tok) == "worden" and tok.pos_ in ("AUX", "VERB"):
            if tok.dep_.startswith("aux") and tok.head.i > tok.i and _participle_after(tok.head):
                return None  # the auxiliary of a participle after it: *kan gemotiveerd worden afgeweken* (manner)
            if perfect_before(verb, tok):
                return None  # *zodra iedereen gestemd heeft wordt de uitslag bekend*: a perfect, a copula
            # the parse joins the two inside the cluster (not a noun before the main clause's *wordt*); *te worden*
            # is an infinitive, which a main clause does not open: it stands in the participle's cluster however
            # the parser hung the two (*dienen de gegevens aangeleverd te worden*: both on *dienen*)
            cluster = range(verb.i, tok.i + 1)
            infinitive_te = doc[tok.i - 1].lower_ == "te" and "Inf" in tok.morph.get("VerbForm")
            # a verb between hung on the participle or on *worden* joins them too (*dat getracht moet worden ... te
            # bouwen*: the parser hung both on the te-infinitive, the modal on the participle)
            joined = any(
                doc[k].head.i in cluster for k in range(verb.i + 1, tok.i) if doc[k].pos_ in ("AUX", "VERB")
            )
            return tok if verb.head.i in cluster or tok.head.i in cluster or infinitive_te or joined else None
        if not _in_cluster(tok):
            return None
    return None


def _participle_after(head: Token) -> bool:
    """The word the parser hung a *worden* on after the cluster is a participle (*kan gemotiveerd worden
    afgeweken*: *worden* is *afgeweken*'s, *gemotiveerd* says how). An infinitive there is no passive's (*dat
    getracht moet worden zo veel mogelijk ... te bouwen*: the te-infinitive is what is tried, the object of
    *trachten*), so the *worden* is the participle's before it."""
    from .passive import is_participle_by_any

    return "Inf" not in head.morph.get("VerbForm") and is_participle_by_any(head)


def _te_worden(verb: Token, aux_kind) -> bool:
    """The cluster after the participle ends in the infinitive *te worden* (*doorlopen dient te worden*): no active
    verb with an object stands before that, as a finite verb of its own would be followed by a second finite verb
    (*dient*) or by an infinitive without a clause of its own; the noun the parser made an object is the subject."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if aux_kind(tok) == "worden" and tok.pos_ in ("AUX", "VERB"):
            return doc[tok.i - 1].lower_ == "te" and "Inf" in tok.morph.get("VerbForm")
        if not _in_cluster(tok):
            return False
    return False


def closes_before_joiner(doc, j: int, participle) -> bool:
    """The auxiliary at ``j`` (found by ``passive_words`` walking back over an *en* or *of*) stands right after a
    participle or adjective (*doeltreffend* may be tagged a participle) and right before *en*, *of* or a comma: it
    ends a clause that puts its verbs last, and the word after it opens the next (*als de maatregelen niet
    doeltreffend zijn en het voldoen aan de normen op bezwaren stuit*). Not an auxiliary with more of its clause
    after it (*moeten duurzaam worden gebouwd of aangepast*, *Verder worden er winst en tijd geboekt*)."""
    before, after = doc[j - 1], doc[j + 1] if j + 1 < doc[j].sent.end else None
    if not (participle(before) or before.pos_ == "ADJ" or "Part" in before.morph.get("VerbForm")):
        return False
    return after is not None and after.lower_ in ("en", "of", "en/of", "/", ",")


def relative_before(verb: Token) -> bool:
    """A participle before its cluster in a relative clause the parser did not label (*een wachtwoord dat niet
    gedeeld dient te worden*: *dat* hangs on *dient*): walking back from the participle over words that are no verb
    or punctuation (an earlier participle joined by *en* or *of* counts as its own), *die*, a relative *dat* or
    *welke* right after a noun, or a *waar*-word opens the clause."""
    doc = verb.doc
    for j in range(verb.i - 1, verb.sent.start - 1, -1):
        tok = doc[j]
        if tok.pos_ == "CCONJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")):
            continue  # an earlier participle of the same cluster: *die gelezen en uitgelegd moet worden*
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ"):
            return False
        low = tok.lower_
        if low.startswith("waar") and len(low) > 5 and tok.pos_ in ("ADV", "PRON"):
            return True
        if low == "die" and tok.pos_ == "PRON":
            return True  # verb-final after *die*: a relative clause, also one moved after the verb (*staat die ...*)
        if low in ("dat", "welke") and tok.pos_ == "PRON":  # *dat* may be the conjunction: only after a noun
            return j > verb.sent.start and doc[j - 1].pos_ in ("NOUN", "PROPN")
    return False
