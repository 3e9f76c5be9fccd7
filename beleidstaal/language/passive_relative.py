"""Whether a passive stands in a relative clause, which describes a noun (*de afstand die moet worden
aangehouden*): ``passive_worth`` leaves it out (``relative``), and ``passive`` asks for the relative pronoun
that is its subject. Also whether a clause opener or a bracket stands between an auxiliary and a participle, which
then belong to different clauses (``passive.is_passive``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .brackets import closes_in_order
from .data import word_set
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _in_relative_clause(verb: Token) -> bool:
    """The passive describes a noun: *de afstand die moet worden aangehouden*, *waarmee wordt aangetoond*."""
    if verb.dep_ == "acl:relcl" and _opened(verb):
        return True
    if relative_subject(verb) is not None:
        return True  # the subject is a relative pronoun: *er is kennis die niet kan worden uitgedrukt*
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.head.i != verb.i
        and verb.head.dep_ == "acl:relcl"
        and _opened(verb.head)
    ):
        return True  # *waarmee wordt aangetoond dat de taak is uitgevoerd*
    head = verb.head
    if (
        verb.dep_ == "conj"
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
        and (head.dep_ == "acl:relcl" or relative_subject(head) is not None)
        and not any(c.pos_ == "SCONJ" for c in head.children)  # *dat de woningbouw is afgestemd*: no relative
        and _joined_subclause(verb, head)
    ):
        return True  # *een nummer dat wordt gebruikt en onder meer wordt opgenomen in ...*: the same relative clause
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and head.i < verb.i
        and head.lower_.startswith("waar")
        and len(head.lower_) > 5
    ):
        return True  # the parser may make the pronominal adverb the head: *een grens, waarbuiten ... worden gesteld*
    from .passive import aux_kind
    from .passive_cluster import relative_before, worden_after
    from .tang_clauses import waar_preposition

    # only where the cluster alone finds the passive (an auxiliary the parse gives the participle leaves the
    # decision as it was: *, waarmee het proces gedocumenteerd wordt* was judged right)
    own = any(
        c.dep_ in ("aux", "aux:pass", "cop") and aux_kind(c) and c.i - verb.i <= 2 for c in verb.children
    )
    if not own and worden_after(verb, aux_kind) is not None and relative_before(verb):
        return True  # *een wachtwoord dat niet gedeeld dient te worden*: the parser hung *dat* on *dient*
    # the first word of the participle's clause opens it: not *waardevolle* (*Waardevolle bomen worden ...
    # behouden*), which is no *waar* + a preposition; its form alone, as the tagger may read *waarbinnen* as a
    # noun or a verb (``tang_clauses.waar_preposition``)
    first = verb.doc[verb.left_edge.i]
    return "Rel" in first.morph.get("PronType") or first.lower_ == "wat" or waar_preposition(first.lower_)


#: the words that open a relative clause whatever the tagger calls them (*welke* may be tagged indefinite, *dat* a
#: conjunction)
_RELATIVE_WORDS = word_set("grammatica", "relative_words")


def _opened(clause: Token) -> bool:
    """A clause the parser labels relative (``acl:relcl``) has a word that opens it between its noun and its verb:
    a relative pronoun, *waar* (+ a preposition) or a conjunction. A Dutch relative clause always opens with one;
    without it the label is the parser's misreading of a main clause (*Op de kaart is het vlak flink vergroot*:
    *vergroot* hung on *vlak* as its relative clause), and its passive is no description of a noun."""
    from .tang_clauses import opens_a_clause

    noun = clause.head
    if noun.i >= clause.i:
        return False  # a relative clause follows its noun
    return any(
        opens_a_clause(t) or t.lower_ in _RELATIVE_WORDS or _question_word(t)
        for t in clause.doc[noun.i + 1 : clause.i]
    )


def _question_word(tok: Token) -> bool:
    """A question word opens a clause too: the parser labels an indirect question relative (*bepaalt welk nummer
    verhoogd wordt*), and the passive in it stays left out as before."""
    return "Int" in tok.morph.get("PronType") or tok.lower_ in word_set("grammatica", "wh_words")


def _joined_subclause(verb: Token, head: Token) -> bool:
    """*En* or *of* joins the verb to ``head``'s clause, in the word order of a subordinate clause. Without it
    the parser joined a main clause (*bedrijven die eronder vallen, kunnen worden meegenomen*); so it did where
    the finite verb follows *en* with words before the participle (*een locatie die is aangewezen en wordt nu
    uitgewerkt*: a main clause without its subject). *Of worden uitgevoerd* joins two verb groups."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    if cc is None:
        return False
    doc = verb.doc
    after = doc[cc.i + 1]
    finite = after.pos_ == "AUX" and "Fin" in after.morph.get("VerbForm")
    return not (finite and any(t.pos_ not in ("AUX", "VERB") for t in doc[after.i + 1 : verb.i]))


def relative_subject(verb: Token) -> Token | None:
    """The relative pronoun that is the passive's only subject (*kennis die niet kan worden uitgedrukt*). With a
    subject beside it the pronoun is a conjunction the tagger misread (*de regeling, dat winkels zijn uitgesloten*)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) == 1 and "Rel" in subjects[0].morph.get("PronType"):
        return subjects[0]
    # *welke* after a comma and a noun is no question word; a subject beside it is another clause's
    return next((s for s in subjects if relative_welke(s)), None)


def relative_welke(pronoun: Token) -> bool:
    """*welke* right after a comma that follows a noun (*een centrale toegang, ..., welke zodanig is
    gepositioneerd dat*) is the formal relative pronoun, whatever the tagger calls it (it may say question word).
    It is the question word after a comma that follows no noun (*De vraag is nu, welke ...*), before *van* (*welke
    van de twee*) and before its own noun (*welke regels*)."""
    doc = pronoun.doc
    if pronoun.lower_ != "welke" or pronoun.i < pronoun.sent.start + 2 or doc[pronoun.i - 1].text != ",":
        return False
    if doc[pronoun.i - 2].pos_ not in ("NOUN", "PROPN"):
        return False  # *De vraag is nu, welke straks gelden*: a question after the comma
    if pronoun.i + 1 < pronoun.sent.end and doc[pronoun.i + 1].lower_ == "van":
        return False  # *, welke van de twee*: the question word
    # *, welke (nieuwe) regels gelden*: the question word before its noun
    for t in doc[pronoun.i + 1 : pronoun.sent.end]:
        if t.pos_ in ("NOUN", "PROPN"):
            return False
        if t.pos_ != "ADJ":
            return True
    return True


def opener_between(aux: Token, verb: Token) -> bool:
    """A conjunction, a relative or question word stands between the auxiliary and the participle. A conjunction
    that only ever opens a subordinate clause counts whatever tag the parser gives it (*worden zichtbaar zodra er
    ... geklikt wordt*: *zodra* tagged an adverb; the copula *worden* is not *geklikt*'s)."""
    from .tang_clauses import subordinators

    return any(
        t.pos_ == "SCONJ"
        or t.lower_ in subordinators()
        or "Rel" in t.morph.get("PronType")
        or (t.lower_.startswith("waar") and t.pos_ in ("ADV", "SCONJ", "PRON"))  # not *waarde*
        for t in aux.doc[aux.i + 1 : verb.i]
    )


def bracket_between(a: Token, b: Token) -> bool:
    """A bracket opens or closes between the two words: one stands inside a parenthesis that the other is outside
    of (*zijn doorvertaald in de Nota Parkeernormen (vastgesteld d.d. ...)*: *vastgesteld* is not *zijn*'s)."""
    lo, hi = sorted((a.i, b.i))
    return not closes_in_order(columns(a.doc).text[lo + 1 : hi])
