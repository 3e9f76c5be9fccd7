"""Words that look like the participle of a passive and are not (``passive.is_passive``), each a statement about
Dutch, not about one text:

- a present tense of a strong verb whose form the rules for a weak participle would also make (*betreft*: the
  participle of *betreffen* is *betroffen*): the tagger's finite reading is right (``finite_form``);
- *gezien*, *bezien* or *bekeken* right after an adverb, with more of the clause after it (*is het perceel
  praktisch gezien niet bruikbaar*, *is achteraf bezien te laat*): the adverbial 'seen that way'. A passive's
  participle ends its clause's middle field: only its verb cluster, a phrase or a clause may follow it
  (``viewpoint_adverbial``);
- a participle after a second noun phrase of a *zijn*-clause with an indefinite article (*het platform is een
  softwareplatform ontworpen voor ...*): *zijn* links the subject to that noun, and the participle describes the
  noun, as a relative clause would (*dat ontworpen is voor*; ``predicate_noun``);
- the first of two participles of one clause with no *en*, *of* or comma between them, the second at the clause's
  end (*wordt meer uitgebreid op het aspect parkeren ingegaan*, *is gewijzigd vastgesteld*): only the last stands
  in the verb cluster; the first says how (``manner_participle``). A later participle after an article with only
  adverbs between (*in de hierna beschreven verordening*) is no verb of the clause: it stands in a noun phrase;
- a participle that is also an adjective (*ontsloten*, *beperkt*) with *zijn*: a state; with *worden* it is a
  passive after all (``adjective_with_worden``), and so it is with a clause as its only subject (*Hier is bepaald dat
  ...*: ``adjective_with_clause``);
- a participle between an article and its noun, with adjectives or adverbs before it and a coordinated
  adjective after it (*wordt een stedenbouwkundig verantwoord en functioneel passende ontwikkeling gerealiseerd*):
  an attribute of that noun, whatever the parse hangs it under (``attribute_before_noun``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .data import word_set

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token


def finite_form(tok: Token) -> bool:
    """The tagger reads the word as finite and the verb the form rules give it has another participle (*betreft*
    → *betreffen*, participle *betroffen*): a present tense, no participle."""
    from .grammar import infinitive_from_participle
    from .verbs import participle

    if "Fin" not in tok.morph.get("VerbForm"):
        return False
    verb = infinitive_from_participle(tok.lower_)
    return verb is not None and participle(verb) not in (None, tok.lower_)


def viewpoint_adverbial(verb: Token) -> bool:
    """*praktisch gezien*, *achteraf bezien*: the participle of a verb of seeing right after an adverb or adjective,
    and a word of the middle field after it (an adverb, an adjective, a noun), not a verb, a preposition, a
    conjunction or the end of the clause."""
    if verb.lower_ not in word_set("lijdende_vorm", "viewpoint_participles"):
        return False
    doc = verb.doc
    if verb.i <= verb.sent.start or verb.i + 1 >= verb.sent.end:
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if _opens_clause(after) or after.lower_ in ("of", "dat"):
        return False  # *wordt kritisch bekeken welke bomen blijven*: a clause after the participle, a passive
    return before.pos_ in ("ADJ", "ADV") and after.pos_ in ("ADV", "ADJ", "NOUN", "PROPN", "PRON", "DET")


def predicate_noun(verb: Token, auxes: list[Token]) -> bool:
    """A *zijn*-clause with a subject and, between the auxiliary and the participle, a noun phrase with *een* that
    the parse gives the participle as its object: *zijn* + predicate noun, the participle its modifier."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ != "er"]
    first = min((a.i for a in auxes), default=verb.i)
    if not subj or subj[0].i > first:
        return False
    return any(
        c.dep_ == "obj"
        and first < c.i < verb.i
        and any(d.dep_ == "det" and d.lower_ == "een" for d in c.children)
        for c in verb.children
    )


def manner_participle(tok: Token) -> bool:
    """``tok`` is a participle whose clause has a later participle linked to it in the parse (head or dependent)
    with nothing between that joins or ends: no *en*/*of*, comma, conjunction, relative or question word (*wordt
    berekend hoeveel plaatsen benodigd zijn*, *worden aangevraagd waarop de dienst beslist*), other verb; and that
    later participle has no auxiliary of its own and ends its clause (punctuation, a verb of its cluster, a
    conjunction or the end of the sentence after it)."""
    from .morph_tags import verb_of_participle
    from .passive import is_participle_by_any
    from .passive_words import _attributive
    from .tang_clauses import attributive_participle

    doc, sent = tok.doc, tok.sent
    if not is_participle_by_any(tok) or tok.i + 1 >= sent.end:
        return False
    if doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # *een licht verhoogd gehalte*: before its noun, an attribute
    if _verb_last_clause(tok):
        return False  # *de locaties die nu worden uitgewerkt*: the participle ends a clause that puts its verbs last
    for later in doc[tok.i + 1 : sent.end]:
        if (
            later.is_punct
            or later.pos_ in ("CCONJ", "AUX")
            or _opens_clause(later)
            or later.lower_ == "hoeveel"
        ):
            return False
        if later.pos_ != "VERB":
            continue
        if not (later.head.i == tok.i or tok.head.i == later.i) or verb_of_participle(later.lower_) is None:
            return False  # another verb, one the parse does not link (a clause of its own), or no verb's participle
        if _attributive(doc[later.i - 1]) or any(c.dep_.startswith("aux") for c in later.children):
            return False  # *verleend van de verboden*: a noun; *gebouwd mag worden*: a clause of its own
        if attributive_participle(doc, later):
            return (
                False  # *uitgewerkt in de hierna beschreven verordening*: inside a noun phrase, also cut off
            )
        nxt = doc[later.i + 1] if later.i + 1 < sent.end else None
        return nxt is None or nxt.is_punct or nxt.pos_ in ("AUX", "VERB", "CCONJ")
    return False


def _opens_clause(t: Token) -> bool:
    """A conjunction, relative or question word, or a pronominal relative (*waarop*): it opens a clause."""
    from .tang_clauses import pronominal_relative, wh_words

    return (
        t.pos_ == "SCONJ"
        or bool({"Rel", "Int"} & set(t.morph.get("PronType")))
        or t.lower_ in wh_words()
        or pronominal_relative(t)
    )


def _verb_last_clause(tok: Token) -> bool:
    """A conjunction, relative or question word opens the clause of ``tok`` (no punctuation after it before
    ``tok``): that clause puts its verbs last, so ``tok`` closes it."""
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.is_punct:
            return False
        if _opens_clause(t):
            return True
    return False


def manner_partner(verb: Token) -> Token | None:
    """A participle before ``verb`` that the parse links to it (its head or its dependent) and that only says how
    (``manner_participle``: *is ... gewijzigd vastgesteld*)."""
    head = verb.head
    if head.i != verb.i and head.i < verb.i and manner_participle(head):
        return head
    return next(
        (c for c in verb.children if c.i < verb.i and c.pos_ == "VERB" and manner_participle(c)), None
    )


def manner_aux(verb: Token) -> list[Token]:
    """The auxiliaries of ``manner_partner``: they are ``verb``'s."""
    from .passive import aux_kind

    partner = manner_partner(verb)
    if partner is None:
        return []
    return [c for c in partner.children if c.dep_ in ("aux", "aux:pass") and c.i < partner.i and aux_kind(c)]


def adjective_with_worden(verb: Token, found: list[Token] | None, participle) -> bool:
    """A participle that is also an adjective (``adjective_participles``: *ontsloten*, *beperkt*, *gemotiveerd*) is
    a state with *zijn* (*het gebied is goed ontsloten*), but with *worden* it is the passive of its verb, as in any
    clause the parse reads right (*het plan wordt digitaal ontsloten*, *de hoeveelheid wordt beperkt*): where the
    words give it a *worden* and no other participle of its clause, before or after it, could be that *worden*'s
    (*worden woningen gelegen aan de dijk gesloopt*: *gelegen* describes the noun)."""
    from .passive import aux_kind
    from .passive_words import _opens_clause

    if not found or aux_kind(found[0]) != "worden":
        return False
    doc = verb.doc
    if any(participle(t) for t in doc[found[0].i + 1 : verb.i]):
        return False  # *wordt gehanteerd voor monumenten en objecten gelegen in*: the *worden* has its participle
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct or _opens_clause(t):
            return True
        if t.i != found[0].i and participle(t):
            return False
    return True


def adjective_with_clause(verb: Token) -> bool:
    """A participle that is also an adjective (*gemotiveerd*, *bepaald*, *verankerd*) with a clause after it as its
    only subject (*In dit plan is gemotiveerd dat ...*, *Hier is bepaald welke ...*): the
    adjective names the state of a thing or a person (*de inwoner is gemotiveerd*), which a clause is not, so the
    participle is the passive of its verb, as with *worden*. Not the adjectives that take a clause as subject
    themselves (``clause_adjectives``: *het is bekend dat*, *gewenst is dat*), nor one with a noun as subject
    (*het plan is gebaseerd op ... dat*). *het* and *er* may stand for the clause (*het is bepaald dat*). A word of
    degree right before it (``realisatie.degree_adverbs``: *erg beperkt*, *zeer bepaald*) grades an adjective, which
    a verb's participle is not; *zo* is left out, as before a participle it says how (*zo is bepaald dat*)."""
    if verb.lower_ in word_set("lijdende_vorm", "clause_adjectives"):
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    degree = word_set("realisatie", "degree_adverbs")
    if before is not None and before.head.i == verb.i and before.lower_ != "zo" and before.lower_ in degree:
        return False  # *is nog erg beperkt wat de gemeente kan doen*: an adjective of degree
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl", "expl:pv")]
    if any(c.lower_ not in ("het", "er") for c in subjects):
        return False
    openers = word_set("grammatica", "complement_clause_openers")
    for c in verb.children:
        if c.dep_ not in ("ccomp", "csubj", "csubj:pass") or c.i < verb.i:
            continue
        first = c.doc[c.left_edge.i]
        if first.i == verb.i + 1 and (first.lower_ in openers or "Int" in first.morph.get("PronType")):
            return (
                True  # the clause opens right after the participle: *is bepaald dat*, *is aangegeven welke*
            )
    return False


def attribute_before_noun(verb: Token) -> bool:
    """The participle stands between an article and its noun (``tang_clauses.attributive_participle``: only
    adjectives and adverbs between the article and it), and after it, past *en* or *of*, only adjectives, adverbs
    and participles lead to that noun (*een stedenbouwkundig verantwoord en functioneel passende ontwikkeling*): an
    article opens a noun phrase that ends at its noun, so the participle modifies the noun and is no verb of the
    clause. Not where the words after it open a phrase or clause of their own (*wordt het geheel afgerond en de
    rest gesloopt*)."""
    from .tang_clauses import attributive_participle

    doc, end = verb.doc, verb.sent.end
    if (
        verb.i + 2 >= end
        or doc[verb.i + 1].lower_ not in ("en", "of")
        or not attributive_participle(doc, verb)
    ):
        return False
    for t in doc[verb.i + 2 : end]:
        if t.pos_ in ("NOUN", "PROPN"):
            return True
        if t.pos_ not in ("ADJ", "ADV") and not (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")):
            return False
    return False
