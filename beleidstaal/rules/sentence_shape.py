"""The shape of a long sentence, read from the parse (BT401): what makes a sentence just over the limit hard to read.
Editors of government texts judged a sentence of 26 to 29 words worth splitting when its structure asks much of the
reader (two messages joined by *en* or *maar*, a clause inside a clause, an inserted list between subject and verb,
the main message only at the end, no verb at all), and not worth it when it is one simple clause that runs long
through an enumeration of names, dates or places (bench/quality/real, the BT401 rows of every judged sheet)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..language.words import is_word, word_mask


@functools.cache
def shape_words(key: str) -> frozenset[str]:
    """The words of a sentence's shape, as data (``data/grammatica.toml``, read when a sentence is first measured,
    not when the rules are listed): ``short_name_openers``, ``clause_coordinators``, ``clause_subordinators``,
    ``question_words``, ``relative_words``; see the comments there."""
    from ..language.data import word_set

    return word_set("grammatica", key)


#: the main clause's finite verb after this many words: the reader waits long for the main message
LATE_VERB_WORDS = 15
#: an insertion (between commas or brackets) of at least this many words between subject and finite verb
INSERTION_WORDS = 3
#: the items of an enumeration (*de Grote Markt, de haven en de Korte Kerkstraat*): at least this many parts
ENUMERATION_ITEMS = 3
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl", "acl:relcl", "xcomp", "parataxis"})


@dataclass(frozen=True)
class Shape:
    """What the parse says about a sentence: ``reason`` is one short Dutch phrase (B1) for the message, or empty
    when the sentence is one plain clause."""

    hard: bool
    reason: str = ""
    advice: str = ""
    enumeration: bool = False


def _finite(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")


def _known_verb(t) -> bool:
    """The dictionary knows the word as a verb: a reason in the message rests on it. A plural noun the parser read
    as a finite verb (*woningen en bedrijfspanden*, *wegen, voet- en fietspaden*) or a word like *waartegen* is
    none, and a reason read from it would be false."""
    from ..language.morphology import lemmas

    return any(pos == "VERB" for _, pos in lemmas(t.text))


def _clause_head(t):
    """The head of the clause a finite verb belongs to: the verb itself, or the main verb an auxiliary serves."""
    return t.head if t.dep_ in ("aux", "aux:pass", "cop") and t.head.i != t.i else t


def _words_before(sent, i: int) -> int:
    return sum(word_mask(sent.doc)[sent.start : i])


def _main_head(sent):
    roots = [t for t in sent if t.head.i == t.i]
    return roots[0] if roots else None


def _main_finite(head):
    """The finite verb of the main clause: the root, or its (first) finite auxiliary. A plural present form that
    the parser read as an infinitive (*de regels gelden*: a verb root with a subject, no auxiliary and no *te*) is
    taken as finite too."""
    if head is None:
        return None
    found = [
        t
        for t in [head, *head.children]
        if (t.i == head.i or t.dep_ in ("aux", "aux:pass", "cop")) and _finite(t)
    ]
    if found:
        return min(found, key=lambda t: t.i)
    kids = list(head.children)
    if (
        head.pos_ == "VERB"
        and "Inf" in head.morph.get("VerbForm")
        and any(k.dep_ in ("nsubj", "nsubj:pass") for k in kids)
        and not any(k.dep_ in ("aux", "aux:pass", "cop", "mark") or k.lower_ == "te" for k in kids)
    ):
        return head
    return None


def _opens_clause(t) -> bool:
    """A subordinating word (*doordat*, *als*) or a relative pronoun (*die*, *waarvan*) that opens a clause; not
    *dan* in *meer dan twee*."""
    return (t.dep_ == "mark" and t.pos_ == "SCONJ") or (
        t.lower_ in shape_words("relative_words") and t.head.dep_ in ("acl:relcl", "acl")
    )


def _joining_word(sent, c):
    """The *en* or *maar* that joins the conjunct ``c`` to the clause before it: its own, or (where the parser hung it
    on a noun) the one after a comma (*..., maar over de ontvanger en de voorwaarden staat niets*), else the last one
    before ``c`` with no comma between them (*... ligt de A4 en op twee kilometer ten oosten ervan ligt de A13*).
    Never one in brackets, nor one with a finite verb between it and ``c``."""
    own = next(
        (k for k in c.children if k.dep_ == "cc" and k.lower_ in shape_words("clause_coordinators")), None
    )
    if own is not None and own.i < c.i:
        return own
    span = list(sent.doc[c.head.i + 1 : c.i])
    candidates = []
    depth = 0
    for k, t in enumerate(span):
        depth += (t.text == "(") - (t.text == ")")
        if (
            _opens_clause(t)
            or t.lower_ in shape_words("question_words")
            or t.lower_ in shape_words("clause_subordinators")
        ):
            return (
                None  # ``c`` is the verb of a subordinate clause or question (*en hoe de gemeente ... wil*)
            )
        if _finite(t):
            candidates = []  # a joining word before a verb joins nothing to ``c``
        elif depth == 0 and t.pos_ == "CCONJ" and t.lower_ in shape_words("clause_coordinators"):
            candidates.append(k)
    after_comma = [k for k in candidates if k and span[k - 1].text == ","]
    if after_comma:
        return span[after_comma[-1]]
    if candidates and not any(t.text in (",", ";") for t in span[candidates[-1] :]):
        last = span[candidates[-1]]
        if _joins_nouns(last) and not any(k.i > c.i for k in c.children):
            # *bijgedragen aan versnelling ... en vermindering van de bestuurlijke drukte*: two noun phrases, and
            # the word read as a verb ends the second one (a clause goes on after its verb: *en de ontwikkeling past
            # bij ...*)
            return None
        return last
    return None


def _joins_nouns(cc) -> bool:
    """The parser hung the joining word on a noun that is itself joined to a noun: it joins two noun phrases."""
    noun = cc.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN")


def _main_clause_follows(sent, cc) -> bool:
    """After the joining word comes a finite verb before any word that opens a subordinate clause: a main clause
    (*maar voor deze soorten geldt ...*), not a phrase (*maar een belangrijke randvoorwaarde*) or a question put as
    an object (*en hoe de gemeente ermee wil omgaan*). The verb stands where a main clause has it: right after the
    joining word (*en vraagt*) or after one phrase (*en daarnaast komt*, *en het plan is*); after two or more it stands
    last, as in a subordinate clause (*dat ... wordt afgevoerd en in het buitengebied hemelwater niet wordt
    afgevoerd*)."""
    for t in sent.doc[cc.i + 1 : sent.end]:
        if _finite(t):
            return _phrases(sent.doc[cc.i + 1 : t.i]) <= 1
        if (
            _opens_clause(t)
            or t.lower_ in shape_words("clause_subordinators")
            or t.lower_ in shape_words("question_words")
            or t.lower_ in shape_words("relative_words")
        ):
            return False
    return False


def _phrases(span) -> int:
    """The number of phrases in ``span``: the words whose head lies outside it."""
    words = [t for t in span if is_word(t)]
    inside = {t.i for t in span}
    return sum(1 for t in words if t.head.i not in inside or t.head.i == t.i)


def _coordinated_clause(sent):
    """A second main clause joined to the first by *en* or *maar* (*... ligt de A4 en ... ligt de A13*): a
    conjunct of the sentence's root with a finite verb of its own that comes after the joining word, as in a main
    clause (*... en zal daarom moeten worden verwerkt*; not *ontwikkeld of ingericht worden*), or a subject of its
    own. From the last comma before the joining word to it there is no subordinating word (*..., doordat ... en
    ...*: that *en* joins two parts of the subordinate clause). Returns the joining word."""
    for c in sent:
        if c.dep_ != "conj" or c.head.dep_ != "ROOT" or c.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        cc = _joining_word(sent, c)
        if cc is None:
            continue
        own_finite = (_finite(c) and c.pos_ in ("VERB", "AUX") and _known_verb(c)) or any(
            k.dep_ in ("aux", "aux:pass", "cop") and _finite(k) and cc.i < k.i < c.i and _known_verb(k)
            for k in c.children
        )
        own_subject = any(k.dep_ in ("nsubj", "nsubj:pass") and k.i > cc.i for k in c.children)
        if not (own_finite or (own_subject and c.pos_ in ("VERB", "AUX") and _known_verb(c))):
            continue
        if not _main_clause_follows(sent, cc):
            continue
        before = list(sent.doc[sent.start : cc.i])
        if not (any(_finite(t) for t in before) or c.head.pos_ in ("VERB", "AUX")):
            continue  # no verb before the joining word: two parts of one phrase
        if sent.doc[cc.i - 1].i == c.head.i and cc.i + 1 == c.i and _finite(c.head):
            continue  # two verbs that share their subject and object (*Het profiel verbeeldt en beschrijft wat ...*)
        start = max((t.i for t in before if t.text in (",", ";")), default=sent.start - 1) + 1
        if any(_opens_clause(t) for t in sent.doc[start : cc.i]):
            continue
        return cc
    return None


def _clauses(sent) -> int:
    """Finite clauses (each finite verb heads one) and infinitive clauses with *om te* or *te* plus an object."""
    sent = list(sent)  # the Token objects once, for the five walks below
    heads = {_clause_head(t).i for t in sent if _finite(t)}
    heads |= {t.i for t in sent if t.dep_ == "ROOT" and t.pos_ == "VERB"}  # *voldoen aan ..., omdat ...*
    for t in sent:
        # a clause the parser read without a finite verb (*watersystemen die ruimte bieden*, *welke verboden
        # aansluiten op ...*): a clause relation with a subject or a subordinating word of its own
        if (
            t.dep_ in CLAUSE_DEPS
            and t.dep_ != "xcomp"
            and any(
                k.dep_ in ("nsubj", "nsubj:pass", "mark") or k.lower_ in shape_words("relative_words")
                for k in t.children
            )
        ):
            heads.add(t.i)
    for t in sent:
        # a subordinating word that opens a clause (*omdat er ruimte is*), not *als* before a noun (*geldt als kader*)
        opens = t.dep_ == "mark" and t.pos_ == "SCONJ" and t.lower_ not in ("om", "te")
        if opens and (
            t.head.pos_ in ("VERB", "AUX")
            or any(k.dep_ in ("nsubj", "nsubj:pass", "cop") for k in t.head.children)
        ):
            heads.add(t.head.i)
    for k, t in enumerate(sent):
        # a word that always opens a clause, however the parser hung it (*mits deze bijdragen aan ...*, *waarbij de
        # mobiliteit beter wordt geïntegreerd*); *waaronder* before a noun is *including*, no clause
        conjunction = t.lower_ in shape_words("clause_subordinators") or (
            t.lower_ in ("dat", "of") and t.pos_ == "SCONJ"
        )
        if conjunction or (t.lower_ in shape_words("relative_words") and t.lower_.startswith("waar") and k):
            heads.add(t.i)
    opened_by_om = False
    for t in sent:
        opened_by_om = opened_by_om or t.lower_ == "om"
        # *om ... te lossen*, *te verzamelen* with an object: an infinitive clause, wherever the parser hung it
        if t.lower_ == "te" and t.head.pos_ == "VERB" and t.head.dep_ != "ROOT" and t.head.i > t.i:
            verb = t.head
            if opened_by_om or any(k.dep_ in ("obj", "iobj") for k in verb.children):
                heads.add(verb.i)
    return len(heads)


def _insertion(sent, head, verb) -> str:
    """Material between the subject and the main verb: a bracket of at least ``INSERTION_WORDS`` words (*Kleine
    wijzigingen (zoals slopen, bouwen en kappen) kunnen ...*), or a stretch of that many words between two commas
    that ends right before a verb of the main clause (*De gronden zijn, behalve voor ..., mede bestemd*). A short
    name in brackets (*(hierna: de Visie)*) is no insertion."""
    if head is None or verb is None:
        return ""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.i > verb.i or not _opens_sentence(sent, subject):
        return ""
    between = list(sent.doc[subject.i + 1 : max(verb.i, head.i)])
    main_verbs = {verb.i, head.i} | {c.i for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")}
    for k, t in enumerate(between):
        if t.text == "(":
            inside = []
            for w in between[k + 1 :]:
                if w.text == ")":
                    break
                inside.append(w)
            else:
                continue
            if inside and inside[0].lower_ in shape_words("short_name_openers"):
                continue
            if any(any(ch.isdigit() for ch in w.text) for w in inside):
                continue  # a reference or a date (*(AbRvS 9 april 2014, nr. ...)*, *(Wamz 2007)*): no insertion
            if sum(1 for w in inside if is_word(w)) >= INSERTION_WORDS:
                return "een stuk tussen haakjes"
        elif t.text == ",":
            close = next((j for j in range(k + 1, len(between)) if between[j].text == ","), None)
            if close is None or close + 1 >= len(between) + 1:
                continue
            after = between[close + 1] if close + 1 < len(between) else sent.doc[between[-1].i + 1]
            words = sum(1 for w in between[k + 1 : close] if is_word(w))
            if after.i in main_verbs and words >= INSERTION_WORDS:
                # a clause has a verb of its own; a phrase (*de wethouder, mevrouw De Vries, heeft*) is no clause
                if any(_finite(w) for w in between[k + 1 : close]):
                    return "een tussenzin"
                return "een stuk tussen komma's"
    return ""


def _opens_sentence(sent, subject) -> bool:
    """The subject is the sentence's first phrase (*De regels, zoals die ..., gelden*), not a word the parser took
    for the subject after a fronted phrase or clause (*Omdat ... geen sprake is ..., kan*; *Ook als het bevoegd
    gezag ..., kan*)."""
    first = next((t for t in sent if is_word(t)), None)
    edge = subject.left_edge
    return first is not None and edge.i <= first.i and edge.pos_ not in ("ADP", "SCONJ", "ADV", "CCONJ")


def enumeration(sent) -> bool:
    """A row of at least ``ENUMERATION_ITEMS`` parts joined by commas and a last *en* or *of* (*de Grote Markt,
    de haven en de Korte Kerkstraat*), or a list after a colon."""
    tokens = [t for t in sent if not t.is_space]
    if any(t.text == ":" for t in tokens[:-1]):
        return True
    for t in tokens:
        conjuncts = [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if t.pos_ in ("NOUN", "PROPN", "NUM") and len(conjuncts) + 1 >= ENUMERATION_ITEMS:
            return True
    return False


def _verbless(sent) -> bool:
    """No finite verb, and no verb the parser may have misread as one: every other verb is a participle used as an
    adjective (*een opgestelde handreiking*) or an infinitive with *te* (*om ... te bieden*)."""
    for t in sent:
        if t.dep_ in ("nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "cop"):
            return False  # a subject or an auxiliary: a clause whose verb the parser misread (*de woningen werken*)
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if _finite(t):
            return False
        if "Part" in t.morph.get("VerbForm") and t.dep_ in ("amod", "acl"):
            continue
        if any(k.lower_ == "te" for k in t.children):
            continue
        return False
    return True


def _fronted(sent, head, verb) -> bool:
    """Something other than the subject comes before the main clause's finite verb (*Omdat ..., is het verzoek
    opgenomen*; *Gelet op ... zullen geen gevolgen optreden*), and no clause before it reads as a main clause of its
    own (a finite verb after its subject, with no subordinating word: *Of je nu jurist bent, deze applicatie
    biedt ...*: the parser took a later word for the verb)."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.i < verb.i:
        return False
    if not _known_verb(verb):
        return False  # a word the parser took for the verb (*het besluit waartegen u bezwaar maakt*)
    first = next((t for t in sent if is_word(t)), None)
    if first is not None and first.i < verb.i and _finite(first):
        return False  # the sentence opens with its verb: a command or a question (*Stuur uw bezwaar ... naar ...*)
    if first is not None and (
        first.pos_ == "DET"
        or (
            first.pos_ == "PRON"
            and first.lower_ not in shape_words("relative_words") | shape_words("question_words")
        )
    ):
        return False  # a noun phrase opens the sentence, mostly its subject (*Deze regeling uit 2010 (die ...) is*)
    for t in sent.doc[sent.start : verb.i]:
        if not _finite(t):
            continue
        clause = _clause_head(t)
        if clause.dep_ == "acl:relcl" or any(
            k.dep_ == "mark" or k.lower_ in shape_words("relative_words") for k in clause.children
        ):
            continue
        if any(k.dep_ in ("nsubj", "nsubj:pass") and k.i < t.i for k in clause.children):
            return False
        before = sent.doc[sent.start : t.i]
        opened = any(
            _opens_clause(w)
            or w.lower_ in shape_words("clause_subordinators")
            or w.lower_ in shape_words("question_words")
            or w.lower_ in shape_words("relative_words")
            for w in before
        )
        inverted = any(
            k.dep_ in ("nsubj", "nsubj:pass") and k.left_edge.i == t.i + 1 for k in clause.children
        ) or sent.doc[t.i + 1].lower_ in ("er", "het", "ze", "zij", "hij", "wij", "we", "u")
        if not opened and inverted and _phrases(before) <= 1:
            # the verb in second place, its subject right after it: a main clause (*Er kan een vergunning ...*,
            # *Ten westen van het plangebied zijn fragmenten ...*), not a subordinate clause with its verb last
            return False
    return True


def _colon_clauses(sent) -> bool:
    """A colon between two clauses, each with a finite verb (*Sprake is van maatwerk: het college kan afwijken*)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return False
    return any(_finite(t) for t in sent.doc[sent.start : colon.i]) and any(
        _finite(t) for t in sent.doc[colon.i + 1 : sent.end]
    )


def shape(sent) -> Shape:
    """The structure of the sentence, with the reason a reader finds it hard (B1 Dutch) where the parse tells it
    plainly: two main clauses, the main clause late, an insertion between subject and verb, no verb."""
    head = _main_head(sent)
    verb = _main_finite(head)
    if _verbless(sent):
        return Shape(True, "Er staat geen werkwoord in.", "Maak er een of twee zinnen met een werkwoord van.")
    if verb is not None and _fronted(sent, head, verb):
        before = _words_before(sent, verb.i)
        if before >= LATE_VERB_WORDS:
            return Shape(
                True,
                f"De hoofdzaak komt pas na {before} woorden.",
                "Zet de hoofdzaak vooraan, of splits de zin in twee kortere zinnen.",
            )
    cc = _coordinated_clause(sent)
    if cc is not None:
        return Shape(
            True,
            f"Er staan twee boodschappen in, verbonden met '{cc.text}'.",
            f"Begin bij '{cc.text}' een nieuwe zin.",
        )
    inserted = _insertion(sent, head, verb)
    if inserted:
        return Shape(
            True, f"Tussen het onderwerp en het werkwoord staat {inserted}.", "Zet dat stuk in een eigen zin."
        )
    if _clauses(sent) >= 2 or not any(_finite(t) for t in sent) or _colon_clauses(sent):
        return Shape(True)
    if verb is not None and _words_before(sent, verb.i) >= LATE_VERB_WORDS:
        return Shape(True)  # a long subject: the reader waits long for the verb
    return Shape(False, enumeration=enumeration(sent))
