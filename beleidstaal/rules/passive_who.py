"""Who the text names as the doer of a passive, for the advice and the message only: a door-phrase the parse hung
elsewhere, and the *we* of a text that speaks as *we*.

``language.passive.find_agent`` reads the door-phrase from the parse. Where the parse hangs it on a later noun
(*kan volledig uitgedrukt worden door non-ITers en begrepen worden door een generator*: *non-ITers* under
*generator*) or tags the doer as an adjective (*wordt door de AbRS niet als ... aangemerkt*), the passive seemed to
hide its doer, and the advice asked who does it (*Zeg wie dit kan doen: de gemeente, de aanvrager ...?*) while the
sentence says who. Here the door-phrase is read from the word order: right after the verb group, or between its
auxiliary and its participle. It never decides a rewrite (the parse must carry one); it only lets the advice say
*Begin de zin met wie het doet: 'non-ITers'*.
"""

from __future__ import annotations


def _not_a_doer() -> frozenset[str]:
    """Words after *door* that say how or why, not who (``not_doer_words`` in ``data/lijdende_vorm.toml``)."""
    from ..language.data import word_set  # on use: ``explain`` imports the rules without the language data

    return word_set("lijdende_vorm", "not_doer_words")


def _ends_like(word: str, key: str) -> bool:
    """``word`` ends like one of the endings of the word list ``key`` of ``data/lijdende_vorm.toml``."""
    from ..language.data import word_set

    return word.endswith(tuple(word_set("lijdende_vorm", key)))


def door_doer(verb, pass_aux, auxes):
    """The noun of a door-phrase that names who does what the passive says, read from the word order; None
    without one. The noun's own phrase must start at *door* (its words are what the advice quotes)."""
    doc, end = verb.doc, verb.sent.end
    for j in _door_positions(verb, pass_aux, auxes):
        noun = _doer_noun(doc, j, end)
        if noun is not None:
            return noun
    return None


def door_follows(verb, pass_aux, auxes) -> bool:
    """A door-phrase that may name the doer stands where ``door_doer`` looks, though it could not read it (*wordt
    bezocht door duizenden mensen*: the parse made the number its head): no advice may then name a doer of its
    own. A means (*door middel van*, *door ... te zoeken*) does not count."""
    doc, end = verb.doc, verb.sent.end
    for j in _door_positions(verb, pass_aux, auxes):
        k = j + 1
        while k < end and doc[k].pos_ in ("DET", "NUM", "ADJ"):
            k += 1
        if k >= end or doc[j + 1].lower_ in _not_a_doer() or doc[k].lower_ in _not_a_doer():
            continue
        noun = doc[k].pos_ in ("NOUN", "PROPN", "PRON") and "Inf" not in doc[k].morph.get("VerbForm")
        if noun and not _means_clause(doc, k, end):
            return True
    return False


def _door_positions(verb, pass_aux, auxes) -> list[int]:
    """Where a *door* of the passive stands: right after the verb group, or between its auxiliary and its
    participle in a main clause."""
    doc, sent = verb.doc, verb.sent
    group = sorted({verb.i, pass_aux.i, *(a.i for a in auxes)})
    first, last = group[0], group[-1]
    candidates = [last + 1] if last + 1 < sent.end else []
    # between the auxiliary and the participle of a main clause (*wordt door de AbRS niet ... aangemerkt*): only
    # where no other verb, conjunction or punctuation stands in the group (else the door-phrase may be a clause's)
    inside = [doc[j] for j in range(first + 1, last) if j not in group]
    # (*als* of a classifying passive, *wordt door de AbRS niet als ... aangemerkt*, is part of the group)
    if not any(t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PUNCT") and t.lower_ != "als" for t in inside):
        candidates += [t.i for t in inside if t.lower_ == "door"]
    return [j for j in candidates if doc[j].lower_ == "door"]


def _doer_noun(doc, j: int, end: int):
    """The head noun of the phrase after *door* at ``j``: the first noun or name after its article and adjectives
    (a capitalised word the parse took for an adjective, *AbRS*, counts as a name); None for a nominal infinitive
    (*door het combineren van*), a means or a cause without a noun."""
    k = j + 1
    if k >= end or doc[k].lower_ in _not_a_doer():
        return None
    while k < end and doc[k].pos_ in ("DET", "NUM", "ADJ") and not _name_like(doc[k]):
        k += 1
    if k >= end:
        return None
    noun = doc[k]
    if noun.lower_ in _not_a_doer() or "Inf" in noun.morph.get("VerbForm"):
        return None  # door het combineren van: how, not who
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") and not _name_like(noun):
        return None
    if noun.pos_ == "PRON" and "Rcp" in noun.morph.get("PronType"):
        return None
    if k + 1 < end and noun.head.i == k + 1 and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        return None  # a compound written apart (*een software generator*): its head is not read here
    if noun.left_edge.i != j:
        return None  # the parse gives the noun other words: what it would quote is not the door-phrase
    if _means_clause(doc, k, end):
        return None  # door de sloot te verbreden, door privacy te integreren: how it is done
    from ..language.noun_lemmas import noun_lemma
    from ..language.passive_agent import agent_tokens
    from ..language.people import person_noun
    from .passive_guards import not_an_actor

    if len(agent_tokens(noun)) > MAX_DOER_WORDS + 1 or not_an_actor(noun):
        return None  # a long phrase the parse may have joined wrongly; a law or plan (the rule's own advice)
    if noun.pos_ in ("PRON", "PROPN") or _name_like(noun):
        # a street, water or park is a way through, not a doer (*omgeleid worden door de Stationsstraat*)
        return None if _place_name(doc, k, end) else noun
    # a cause or a means (*door luchtverontreiniging*, *door een veilige omgeving*, *door bakstenen gewelven*):
    # no doer to begin with; only people and organisations are read without the parse's word for it (a noun for
    # people in -ers or made from an adjective: *non-ITers*, *een deskundige*, *belanghebbenden*); a noun the
    # lemma tables know (*computers*, *filters*, *oevers*) was judged by ``person_noun`` already
    agent = noun.lower_.endswith("ers") and noun_lemma(noun.lower_) is None
    return noun if person_noun(noun) or agent or _ends_like(noun.lower_, "person_noun_endings") else None


def _place_name(doc, k: int, end: int) -> bool:
    """The name from ``k`` on (its capitalised words) ends like the name of a street, a water or a park."""
    words = [doc[k]]
    while words[-1].i + 1 < end and doc[words[-1].i + 1].text[:1].isupper():
        words.append(doc[words[-1].i + 1])
    return any(_ends_like(w.lower_, "place_name_endings") for w in words)


#: at most this many words after *door* (*een archeologisch bedrijf met een opgravingsvergunning*)
MAX_DOER_WORDS = 6


def _means_clause(doc, k: int, end: int) -> bool:
    """*door* opens a clause of means: a *te*-infinitive follows before the next comma (*door de sloot te
    verbreden*), or the noun is a nominal infinitive (*door het verwijderen van*)."""
    from ..language.passive_agent import nominal_infinitive

    if nominal_infinitive(doc[k]):
        return True
    for t in doc[k + 1 : end]:
        if t.is_punct and t.text not in ("'", '"'):
            return False
        if t.lower_ == "te" and t.i + 1 < end and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def _name_like(tok) -> bool:
    """A capitalised word inside the sentence that the parse tagged otherwise (*AbRS*, *RWS*)."""
    return tok.i > tok.sent.start and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "X", "NOUN", "PROPN")


def we_advice(verb, hidden: str, software: bool, auxes=()) -> str | None:
    """The advice for a passive that hides its doer in a text that speaks as *we*: the writers are the first doer
    to name, with the passive's own verb (*Zeg wie het doet: wij ('we leggen ... vast') of een ander?*); for
    *kunnen* the reader too (and in a text about software the program). None for other shapes (a duty, a report: their own advice)."""
    if hidden not in ("doer", "can"):
        return None
    done = hidden == "doer" and any(a.lower_ in PAST_AUXES for a in auxes)
    said = _we_verb(verb, hidden == "can", done)
    if hidden == "can":
        others = "de applicatie, " if software else ""
        return (
            f"Zeg wie dit kan doen: wij ('we kunnen {said}'), {others}de lezer ('je kunt {said}')? Geldt het voor "
            "iedereen, dan mag de lijdende vorm blijven."
        )
    we = "wij" if said == "..." else f"wij ('we {said}')"
    return f"Zeg wie het doet: {we} of een ander?"


#: auxiliaries of a passive in the past (*werd vastgesteld*, *is opgeleverd*, *zijn ... verleend*): the example
#: says what we did (*we hebben ... opgeleverd*), not what we do
PAST_AUXES = frozenset({"werd", "werden", "is", "zijn", "was", "waren"})


def _we_verb(verb, infinitive_only: bool, done: bool = False) -> str:
    """The passive's verb after *we*: *leggen ... vast*, after *kunnen* *... vastleggen*, for a past passive
    *hebben ... vastgelegd*; only '...' where the verb has a word of its own before it that the example would lose
    (*mogelijk gemaakt*, *los getrokken*) or no infinitive is known."""
    from ..language.grammar import infinitive
    from ..language.morphology import known_verbs
    from ..language.verbs import separable

    lemma = infinitive(verb)
    own = any(c.dep_ in ("compound:prt", "xcomp") and c.i < verb.i for c in verb.children)
    parts = _split_from_participle(verb.lower_) if lemma else None
    if parts is not None and ("".join(parts) == lemma or lemma not in known_verbs()):
        lemma = "".join(parts)  # also where the lemma is the participle itself (*openbaargemaakt*)
    else:
        parts = None
    if not lemma or own or not lemma.endswith("n") or (lemma == verb.lower_ and lemma not in known_verbs()):
        return "..."  # no infinitive known: no example in broken Dutch
    if done and "Part" in verb.morph.get("VerbForm"):
        return f"hebben ... {verb.lower_}"
    if infinitive_only:
        return f"... {lemma}"
    parts = parts or separable(lemma)
    return f"{parts[1]} ... {parts[0]}" if parts else f"{lemma} ..."


def _split_from_participle(participle: str) -> tuple[str, str] | None:
    """(word, verb) of a verb written as one word with a noun or adjective before it, read from its participle:
    *gebruikgemaakt* → ("gebruik", "maken"), *veiliggesteld* → ("veilig", "stellen"), *lesgegeven* → ("les",
    "geven"); the table of separable verbs holds only particles (*we maken ... gebruik*, not *we gebruikmaken*).
    None where no *ge-* participle of a known verb follows the first word (*begeleid*, *hergebruikt*)."""
    from ..language.grammar import INSEPARABLE, infinitive_from_participle

    at = participle.find("ge", 2)
    while at > 0:
        word, rest = participle[:at], participle[at:]
        base = infinitive_from_participle(rest) if not word.startswith(INSEPARABLE) else None
        if base and len(rest) > 4:
            return word, base
        at = participle.find("ge", at + 1)
    return None


#: the advice for a passive without a door-phrase and without a rewrite, by whom it hides (``hidden_doer``)
HIDDEN_DOER_ADVICE = {
    "duty": "Zeg wie dit moet doen: de gemeente, de aanvrager, de eigenaar? Geldt de regel voor iedereen, dan mag "
    "de lijdende vorm blijven.",
    "report": "Zeg wie dit zegt of concludeert: wij, de gemeente, een onderzoek? Bijvoorbeeld: 'Wij verwachten "
    "...' of 'Uit het onderzoek blijkt ...'.",
    "source": "Zeg wie het doet, of maak de tekst zelf het onderwerp: 'Hoofdstuk 3 beschrijft ...', 'De nota "
    "geeft aan ...'.",
    "can": "Zeg wie dit kan doen: de gemeente, de aanvrager, de lezer ('u kunt ...')? Geldt het voor iedereen, dan "
    "mag de lijdende vorm blijven.",
    "meets": "Zeg wat er voldoet: 'Het plan voldoet aan ...', 'De woning voldoet aan ...'.",
    "counts": "Zeg het direct met 'is' of 'heet': 'Het gebouw is een monument.' Of zeg wie het zo ziet: 'Wij zien "
    "... als ...'.",
    "enough": "Zeg wat genoeg is: 'Een melding is genoeg.' Of: 'U hoeft alleen ...'.",
    "doer": "Zeg wie het doet.",
}


#: the examples of who may act, in a policy text and in a text about software (developer documentation: there a
#: program, its builders or its users act; 'de gemeente, wij, de inwoner?' reads oddly, blind17 blind-195). Only
#: the texts whose examples differ; the other advice is ``HIDDEN_DOER_ADVICE``.
POLICY_WHO = {
    "actor": "de gemeente, de eigenaar, de inwoner?",
    "impersonal": "de gemeente, wij, de inwoner?",
}
SOFTWARE_WHO = {
    "actor": "de applicatie, de ontwikkelaar, de gebruiker?",
    "impersonal": "de applicatie, wij, de gebruiker?",
    "duty": "Zeg wie dit moet doen: de ontwikkelaar, de beheerder, de gebruiker? Geldt de regel voor iedereen, dan "
    "mag de lijdende vorm blijven.",
    "can": "Zeg wie dit kan doen: de applicatie, de ontwikkelaar, de lezer ('je kunt ...')? Geldt het voor iedereen, "
    "dan mag de lijdende vorm blijven.",
}
#: a policy text that says *je* to its reader (a guidance site, an intranet page): the advice says *je* as well, and
#: names *wij* among who may act (new21: 'u kunt' read oddly in such texts)
INFORMAL_WHO = {
    "actor": "de gemeente, wij, de lezer?",
    "impersonal": "de gemeente, wij, de lezer?",
    "can": "Zeg wie dit kan doen: de gemeente, wij, de lezer ('je kunt ...')? Geldt het voor iedereen, dan mag de "
    "lijdende vorm blijven.",
}


def in_a_subordinate_clause(verb, pass_aux, auxes) -> bool:
    """The passive stands in a subordinate clause: a conjunction, a relative or a question word opens its clause
    before the verb group (*omdat het door een ontwikkelaar is ontwikkeld*, *de code die door de patiënt moet
    worden ingevoerd*, *welke stappen door de gebruiker worden gezet*). Its subject follows that word, so the
    advice cannot say to begin the sentence with the doer."""
    from ..language.tang_clauses import in_opened_clause, opens_a_clause

    first = min(verb.i, pass_aux.i, *(a.i for a in auxes))
    group = {verb.i, pass_aux.i, *(a.i for a in auxes)}
    finites = {t.i for t in (verb, pass_aux, *auxes) if "Fin" in t.morph.get("VerbForm")}
    finite = bool(finites)
    # a finite verb with other words after it in its group stands second in a main clause or first in a question
    # (*Zoals afgesproken wordt het plan door de wethouder gepresenteerd*); a subordinate clause puts it in the
    # verb cluster at the end (a clause opened after that verb: the parse joined another clause's verb to the
    # group, *De vraag is welke maatregelen ... worden genomen*)
    between = [t for f in finites for t in verb.doc[f + 1 : max(group)]]
    if (
        len(finites) == 1
        and any(t.pos_ not in ("VERB", "AUX") for t in between)
        and not any(
            opens_a_clause(t) or "Int" in t.morph.get("PronType") or t.lower_ in ("welke", "welk")
            for t in between
        )
    ):
        return False
    heads = {verb, pass_aux, *auxes}
    head = verb
    # *die door X opgelezen en door Y ingevoerd moet worden*: the clause of the first conjunct (a participle; a
    # finite verb there is a main clause the parse joined: *Er ontstaat schade, waardoor de weg ...*)
    while (
        head.dep_ == "conj"
        and head.head.pos_ in ("VERB", "AUX")
        and "Fin" not in head.head.morph.get("VerbForm")
    ):
        head = head.head
        heads.add(head)
    for h in heads:
        for c in h.children:
            if c.i >= first and h is not head:
                continue
            if c.i >= head.i:
                continue
            before = c.doc[c.i - 1] if c.i > c.sent.start else None
            zoals = before is not None and before.lower_ == "zoals"  # zoals dat ... is afgesproken
            if opens_a_clause(c) or c.lower_ == "zoals" or zoals or "Int" in c.morph.get("PronType"):
                # a clause of its own in front of the main clause, closed by its verb (*Of sprake is van ..., wordt
                # bepaald door ...*), does not make the passive subordinate
                target = c.doc[first] if head is verb else head
                # *Dat de weg smal is, wordt opgemerkt door ...*: a finite verb of its own closed that clause
                own = any(
                    "Fin" in t.morph.get("VerbForm") for t in c.doc[c.i + 1 : target.i] if t.i not in group
                )
                # (two finite verbs in the group: the first is that clause's, *Dat de weg smal is wordt ...*)
                closed = head is verb and ((own and finite) or len([i for i in finites if i > c.i]) > 1)
                return in_opened_clause(c.doc, c, target) and not closed
            if c.dep_.startswith("nsubj") and any(
                "Int" in g.morph.get("PronType") or g.lower_ in ("welke", "welk") for g in c.children
            ):
                return True  # welke stappen ... worden gezet
    return False
