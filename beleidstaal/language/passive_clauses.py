"""The clause a passive stands in: a relative clause (``passive_relative``), a reference (*zoals ... is uiteengezet*), an indirect
question, a complement of *dat* or *of*, a condition, a purpose, an effect, an item of a list. Used by
``passive_worth`` to decide whether a passive hides a doer that matters; and the words the parser hung on a
participle used as a preposition (*gezien de omvang*), which belong to the clause's own participle (``passive``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import remembered
from .data import word_set
from .grammar import MODAL_FORMS, MODALS, infinitive, subordinate_clause
from .nominal_verb import noun_verb
from .passive_relative import _in_relative_clause, relative_subject  # noqa: F401 (read from here by others)
from .words import columns

if TYPE_CHECKING:  # only for annotations: importing the rules (beleidstaal rules, explain) loads no spaCy
    from spacy.tokens import Token


def _lv(key: str) -> frozenset[str]:
    return word_set("lijdende_vorm", key)


def _own_clause(word: Token, verb: Token) -> bool:
    """No comma and no finite verb of another clause between ``word`` and the verb (*zoals de naam aangeeft*,
    *als beide worden vergeleken kan worden*): the word opens the verb's own clause."""
    own = {c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"}
    return not any(
        t.is_punct or (t.i not in own and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
        for t in verb.doc[word.i + 1 : verb.i]
    )


def clause_openers(verb: Token) -> list[Token]:
    """The words that open the verb's clause: its ``mark`` (*dat*, *indien*), or the first word of its clause (the
    parser may hang the mark on another word), when nothing of another clause stands between it and the verb. After
    a focus particle the next word counts as the first (*ook als*, *alleen indien*). Kept per verb with the parsed
    paragraph: several tests of ``passive_worth`` ask for them (read only)."""
    return remembered(verb.doc.user_data.setdefault(_OPENERS, {}), verb.i, lambda: _clause_openers(verb))


_OPENERS = "beleidstaal_clause_openers"


def _clause_openers(verb: Token) -> list[Token]:
    doc = verb.doc
    first = doc[verb.left_edge.i]
    marks = [c for c in verb.children if c.dep_ == "mark"] + [first]
    if first.i + 1 < verb.i and _focus(first, doc[first.i + 1]):
        marks.append(doc[first.i + 1])
    return [m for m in marks if m.i < verb.i and _own_clause(m, verb)]


def _reference_clause(verb: Token) -> bool:
    """The passive is in a clause with *zoals* that points to another part of the text (*zoals in hoofdstuk 2 is
    uiteengezet*): *zoals* opens the verb's clause with no comma and no other finite verb before the verb."""
    return any(m.lower_ in _lv("reference_marks") for m in clause_openers(verb))


def _indirect_question(verb: Token) -> bool:
    """The passive is an indirect question that a verb takes as its object (*de standaard beschrijft hoe gegevens
    worden uitgewisseld*, *bepaalt waar de bestanden worden bewaard*): it names a topic, not a hidden doer. The
    question word may stand in a phrase with a preposition (*beschrijft op welke manier de gegevens worden
    opgeslagen*, *legt uit onder welke voorwaarden bomen worden gekapt*): the phrase opens the question, also
    where the parser hangs it on the verb that asks."""
    from .data import word_set

    clause, seen = verb, 0
    while clause.dep_ == "conj" and clause.head.i != clause.i and seen < 5:
        clause, seen = clause.head, seen + 1
    first = verb.doc[verb.left_edge.i]
    if first.dep_ == "cc" and first.i + 1 < verb.i:
        first = verb.doc[first.i + 1]  # *en waar ze worden verwijderd*
    elif first.dep_ == "cc" and clause.i != verb.i:
        # *hoe het plein vormgegeven en ingericht kan worden*: a participle right after *en* shares the question
        # word (and the subject) of the first one
        first = verb.doc[clause.left_edge.i]
    wh = word_set("grammatica", "wh_words")
    # (the parser may also label such a clause xcomp or dep: then the asking verb must stand before it)
    if clause.dep_ in ("ccomp", "obj", "csubj", "xcomp", "dep") and clause.head.pos_ in ("VERB", "AUX"):
        start = _wh_phrase(first, verb, wh)
        if start is not None and (clause.dep_ in ("ccomp", "obj", "csubj") or clause.head.i < start):
            return True
    if (
        clause.dep_ in ("ccomp", "obj", "csubj")
        and clause.head.pos_ in ("VERB", "AUX")
        and (first.lower_ in wh or first.lower_ == "waar")
        and first.i < verb.i
    ):
        return True
    return _paired_question_words(verb, wh) or _coordinated_question(verb, clause, first, wh)


def _paired_question_words(verb: Token, wh: frozenset[str]) -> bool:
    """Two question words joined by *en* or *of* open the clause, after other words (*hierin staat wanneer en hoe
    ... moeten worden aangepakt*): an indirect question, whatever the label (*wanneer* alone may open a condition)."""
    doc = verb.doc
    first = doc[verb.left_edge.i]
    if first.dep_ == "cc" and first.i > verb.sent.start:
        first = doc[first.i - 1]  # the parser may hang the first question word on the verb that asks
    if first.i + 2 >= verb.i or first.i == verb.sent.start or doc[first.i - 1].is_punct:
        return False
    joined = doc[first.i + 1].lower_ in ("en", "of")
    return joined and first.lower_ in wh and doc[first.i + 2].lower_ in wh


def _coordinated_question(verb: Token, clause: Token, first: Token, wh: frozenset[str]) -> bool:
    """The passive is the last of coordinated indirect questions (*moet bekeken worden wat de kosten zijn, wat de
    planning is en hoe de toegang geregeld wordt*), whatever label the parser gave the first one: its clause and
    the first conjunct both open with a question word, and its own finite verb stands last, not right after the
    question word (*en hoe wordt de toegang geregeld?* asks a question of its own, in the order of a main clause)."""
    if clause.i == verb.i or first.lower_ not in wh or first.lower_ in ("of", "wanneer") or first.i >= verb.i:
        return False
    after = verb.doc[first.i + 1]
    if after.pos_ in ("AUX", "VERB"):
        return False  # a direct question: the finite verb follows the question word
    opener = next(
        (t for t in verb.doc[clause.left_edge.i : clause.i] if not (t.is_punct or t.pos_ == "CCONJ")), None
    )
    return opener is not None and opener.lower_ in wh and opener.lower_ not in ("of", "wanneer")


def _wh_phrase(first: Token, verb: Token, wh: frozenset[str]) -> int | None:
    """Where a preposition and a question word open the verb's clause (*op welke manier*, *met wie*, *in
    hoeverre*): as its first words, or as the phrase right before its first word that the parser hung on the verb
    that asks (*legt uit [onder welke voorwaarden] bomen worden gekapt*). The index of the preposition, or None."""
    doc = verb.doc
    start = verb.sent.start
    if first.i + 1 < verb.i and first.pos_ == "ADP" and doc[first.i + 1].lower_ in (*wh, "hoeverre"):
        return first.i
    if first.lower_ in ("welke", "welk") and first.i > start and doc[first.i - 1].pos_ == "ADP":
        return first.i - 1  # *onder | welke voorwaarden bomen ...*: the parser took the noun into the clause
    before = doc[first.i - 1] if first.i > start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    det = next((c for c in before.children if c.dep_ == "det" and c.lower_ in ("welke", "welk")), None)
    if det is not None and det.i > start and doc[det.i - 1].pos_ == "ADP":
        return det.i - 1
    return None


def _complement_clause(verb: Token) -> bool:
    """The verb's clause is what another verb says, asks or requires (*meldt dat het werk is afgerond*, *nagaan of
    het is uitgevoerd*): opened by *dat* or *of*. (A *zijn*-passive after *wanneer* or *als* is a step of a
    procedure, *wanneer het project is opgestart*, where the reader often is the doer: it stays.)"""
    return any(m.pos_ == "SCONJ" and m.lower_ in ("dat", "of") for m in clause_openers(verb))


def _purpose_phrase(verb: Token) -> bool:
    """A phrase that says what for: *voor het verwerken van*, *om processen te automatiseren*."""
    # after the participle: *voor de bouw worden eisen toegepast* is no purpose
    return any(
        c.dep_ in ("obl", "advcl", "xcomp", "obl:arg")
        and c.left_edge.i > verb.i
        and verb.doc[c.left_edge.i].lower_ in _lv("purpose_marks")
        for c in verb.children
    )


def _list_item(verb: Token) -> bool:
    """The sentence is an item of a list that an earlier sentence introduces: it starts in lower case and ends in
    a semicolon (*de oriëntatiewaarde niet wordt overschreden;*), or it is a bare infinitive, a measure whoever
    takes it (*Zorgen dat er bluswaterpunten worden toegevoegd*)."""
    sent, cols = verb.sent, columns(verb.doc)  # the paragraph's columns: no Token for every word
    words = [i for i in range(sent.start, sent.end) if not cols.text[i].isspace()]
    if len(words) > 2 and words[0] != verb.i and _opens_with_infinitive(words, cols):
        return True  # an item of a list of measures: *Zorgen dat er ... worden toegevoegd*
    return bool(words) and cols.text[words[0]][:1].islower() and cols.text[words[-1]] == ";"


def _opens_with_infinitive(words: list[int], cols) -> bool:
    """The sentence (the places of its words in ``cols``, the paragraph's columns) opens with a bare infinitive
    and *dat*, *of* or *ervoor* (*Zorgen dat ...*, *Nagaan of ...*): a measure or a task in a list, not a
    statement (the tagger often reads the infinitive as a plural noun)."""
    from .grammar import known_verbs

    first, second = words[0], words[1]
    return (
        cols.text[first][:1].isupper()
        and cols.lower[first].endswith("en")
        and cols.lower[first] in known_verbs()
        and cols.lower[second] in ("dat", "of", "ervoor")
    )


def _opens(word: Token, verb: Token) -> bool:
    """The word is the first of the verb's clause (*indien er ... wordt toegepast*), not a word inside it (*wordt
    als klein ingeschat*). A focus particle may stand before it (*ook als er ... wordt geïnstalleerd*)."""
    return not any(
        t.i < word.i and not (t.is_punct or t.dep_ == "cc" or _focus(t, word))
        for t in verb.subtree
        if t.i != word.i
    )


def _focus(tok: Token, mark: Token) -> bool:
    """A focus particle right before a conjunction (*ook als*, *zelfs indien*, *alleen als*): it belongs to the
    clause the conjunction opens."""
    return tok.i + 1 == mark.i and tok.lower_ in _lv("focus_particles")


def _effect_clause(verb: Token) -> bool:
    """A *dat*-clause that says what something brings about (*de dialoog zorgt ervoor dat er geen vragen worden
    gesteld*, *de uitbreiding heeft tot gevolg dat er zes woningen worden gebouwd*): the cause is named in the main
    clause, the doer of the effect is beside the point."""
    if not any(m.lower_ == "dat" for m in clause_openers(verb)):
        return False
    effects = _lv("effect_predicates")
    node = verb
    for _ in range(2):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in effects or any(
            c.dep_ in ("obl", "obj") and c.lemma_.lower() in effects for c in node.children
        ):
            return True
    return False


def _condition(verb: Token, auxes: list[Token]) -> bool:
    """The passive is in a clause that a condition word opens (*indien er ... wordt toegepast*). When that word
    opens the sentence, the main clause must follow the verb group (*indien ... worden aangetroffen, dient men*):
    the parser may hang a fronted *Indien* on the main clause's passive (*Indien hiervan sprake is moet een
    ontheffing worden aangevraagd*), which is no condition."""
    group_end = max(verb.i, *(a.i for a in auxes))
    for mark in clause_openers(verb):
        if mark.lower_ not in _lv("condition_marks") or mark.pos_ == "ADP":
            continue
        if not (_opens(mark, verb) or _opens_after_main_clause(mark, verb, auxes)):
            continue
        if any(not (t.is_punct or _focus(t, mark)) for t in verb.doc[verb.sent.start : mark.i]):
            return True  # the condition follows its main clause (*vervalt indien er ... worden geplaatst*)
        following = [
            t for t in verb.doc[group_end + 1 : verb.sent.end] if not (t.is_punct or t.lower_ == "dan")
        ]
        if following and "Fin" in following[0].morph.get("VerbForm"):
            return True
    return False


def _opens_after_main_clause(mark: Token, verb: Token, auxes: list[Token]) -> bool:
    """A conjunction after a main clause with its finite verb (*is sprake als er ... gerealiseerd worden*), with the
    passive's *worden* and participle after it in the clause it opens: a subordinate clause has all its verbs after
    its conjunction, so the conjunction opens the passive's clause, wherever the parse hung the main clause."""
    from .passive import aux_kind
    from .tang_clauses import in_opened_clause

    worden = [a for a in auxes if aux_kind(a) == "worden"]
    if mark.pos_ != "SCONJ" or not worden or any(a.i < mark.i for a in worden) or verb.i < mark.i:
        return False
    doc = verb.doc
    finite = [
        t
        for t in doc[verb.sent.start : mark.i]
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
    ]
    own = finite[-1] if finite else None
    if own is None or aux_kind(own) == "worden" or own.lower_ in MODAL_FORMS or infinitive(own) in MODALS:
        return False  # *zal indien nodig ... gedaan worden*: the passive's own finite verb, an elliptic condition
    between = doc[own.i + 1 : mark.i]
    if any(t.pos_ == "SCONJ" or t.lower_ == "zowel" or "Rel" in t.morph.get("PronType") for t in between):
        return False  # *dat zowel in ... als in ... wordt voldaan*: the conjunction is inside another clause
    return in_opened_clause(doc, mark, verb)


def _fact_clause(verb: Token) -> bool:
    """A *dat*-clause that a noun of fact takes (*het feit dat er een systeem wordt ingezet*, *gezien de
    omstandigheid dat er geen put wordt gegraven*): it names a state of affairs, not a doer who hides."""
    if not any(m.lower_ == "dat" for m in clause_openers(verb)):
        return False
    head = verb.head
    return head.i != verb.i and head.pos_ == "NOUN" and head.lemma_.lower() in _lv("fact_nouns")


def _usual_clause(verb: Token) -> bool:
    """A *dat*-clause that is the subject of an impersonal main clause saying how usual something is (*het komt voor
    dat er bomen worden gekapt*, *het is niet ongebruikelijk dat er koffie wordt geschonken*, *het gebeurt vaak
    dat ...*): it states a practice, done by whoever does it; no doer hides. The main clause stands before the
    clause and has *het* as its subject. A particle counts with its verb; the parser may hang it, before *dat*, on
    the clause (*komt voor dat*: *voor* read as a preposition)."""
    # the verb's own mark counts with brackets between (*dat meerdere (oude) schuren worden gesloopt*)
    marks = [*clause_openers(verb), *(c for c in verb.children if c.dep_ == "mark" and c.i < verb.i)]
    mark = next((m for m in marks if m.lower_ == "dat"), None)
    head = verb.head
    if mark is None or head.i == verb.i or head.i > mark.i:
        return False
    if not any(c.lower_ == "het" and c.dep_ in ("nsubj", "expl") for c in head.children):
        return False
    if _weighed(head, mark):
        return False
    usual = _lv("usual_predicates")
    lemma = head.lemma_.lower()
    if lemma in usual:
        # *het voorkomt dat ...*: finite with its particle not split off in a main clause, the verb is 'prevent';
        # in a clause of its own the particle is always joined (*omdat het vaak voorkomt dat ...*: 'occur')
        return not (
            head.pos_ == "VERB"
            and "Fin" in head.morph.get("VerbForm")
            and _starts_with_particle(head.lower_)
            and not subordinate_clause(head)
        )
    particles = [c.lower_ for c in head.children if c.dep_ == "compound:prt"]
    before = verb.doc[mark.i - 1]
    if before.pos_ == "ADP" and before.i > head.i and before.head.i in (verb.i, head.i):
        particles.append(before.lower_)
    return any(p + lemma in usual for p in particles)


def _starts_with_particle(word: str) -> bool:
    """The word opens with a particle that has not split off (*voorkomt*, not *komt ... voor*)."""
    from .keys import PARTICLES

    return any(word.startswith(p) and len(word) > len(p) + 2 for p in PARTICLES)


def _weighed(head: Token, mark: Token) -> bool:
    """The main clause of a practice weighs it: a modal of duty or permission (*het mag niet voorkomen dat*), an
    excess degree (*het gebeurt te vaak dat*), *niet* before a predicate of what is normal (*het is niet normaal
    dat*; not *niet ongebruikelijk*). A complaint or a norm: the finding stays."""
    if any(c.dep_.startswith("aux") and c.lemma_.lower() in _lv("usual_norm_modals") for c in head.children):
        return True
    doc = head.doc
    main = doc[head.sent.start : mark.i]
    if any(
        t.lower_ in _lv("usual_excess_degree")
        and t.pos_ == "ADV"
        and t.i + 1 < mark.i
        and doc[t.i + 1].pos_ in ("ADJ", "ADV")
        for t in main
    ):
        return True
    negated = any(c.lower_ in _lv("usual_negation") for c in head.children)
    return negated and head.lemma_.lower() in _lv("usual_negated_norms")


def _comparison_clause(verb: Token) -> bool:
    """The passive is in the clause of a comparison, after *dan* and a comparative (*meer begrippen dan in dit plan
    worden gebruikt*, *breder dan gewoonlijk wordt aangelegd*): it gives a measure to compare with, not an act
    whose doer hides. (*dan* that opens a main clause after a condition, *als ..., dan wordt ...*, is no mark.)"""
    doc = verb.doc
    for m in clause_openers(verb):
        if m.lower_ != "dan" or not (m.pos_ == "SCONJ" or m.dep_ == "mark"):
            continue
        if m.i > verb.sent.start and doc[m.i - 1].is_punct:
            continue  # *als het later wordt, dan wordt ...*: a comma before *dan* ends a condition
        before = doc[verb.sent.start : m.i]
        if any(t.lower_ in ("meer", "minder") or "Cmp" in t.morph.get("Degree") for t in before):
            return True
    return False


def stranded_modal(pass_aux: Token, auxes: list[Token]) -> Token | None:
    """The finite modal verb of the passive's main clause that the parser hung on another word (*Op die gronden
    mogen alleen schuren, geen woningen zijnde, worden gebouwd*: *mogen* on *schuren*): in a main clause the modal
    is the finite verb and *worden* its infinitive. Only before the infinitive *worden* (*wordt* is finite itself),
    and with no conjunction, relative word, colon, semicolon or other verb form between (a participle such as
    *zijnde* is no clause of its own); a modal after a subordinating word is the verb of that clause (*Omdat de
    bewoners dat mogen, worden ...*)."""
    if pass_aux.lower_ != "worden" or any(a.lower_ in MODAL_FORMS for a in auxes):
        return None
    doc = pass_aux.doc
    for j in range(min(a.i for a in auxes) - 1, pass_aux.sent.start - 1, -1):
        t = doc[j]
        if t.lower_ in MODAL_FORMS:
            main = not any(_opens_clause(u) for u in doc[pass_aux.sent.start : j])
            return t if main and "Fin" in t.morph.get("VerbForm") else None
        if _opens_clause(t) or t.pos_ == "CCONJ" or t.text in (":", ";"):
            return None
        if set(t.morph.get("VerbForm")) & {"Fin", "Inf"} or (
            t.pos_ == "VERB" and not t.morph.get("VerbForm")
        ):
            return None
    return None


def _opens_clause(tok: Token) -> bool:
    return tok.pos_ == "SCONJ" or "Rel" in tok.morph.get("PronType")


def opens_a_phrase(tok: Token) -> bool:
    """A participle that Dutch also uses as a preposition (*gezien*, *uitgezonderd*), right before an article, a
    number or a possessive: it opens a noun phrase (*er is veel ruimte gezien de lage prijzen*: given the low
    prices), so it is no participle. A participle at the end of its clause is followed by a preposition, a
    conjunction or a stop (*wordt gezien als een maat*, *is gezien door de buren*)."""
    if tok.lower_ not in _lv("preposition_participles") or tok.i + 1 >= tok.sent.end:
        return False
    after = tok.doc[tok.i + 1]
    return after.pos_ in ("DET", "NUM") or "Yes" in after.morph.get("Poss") or after.like_num


def adopted_children(verb: Token) -> list[Token]:
    """The words the parser hung on a participle used as a preposition that it took for the clause's verb (*De
    bomen worden gezien de droogte niet gekapt*: *worden* and *bomen* hang on *gezien*): they belong to the
    participle that heads the clause. The parser may also hang the participle on the noun of that phrase (*Er wordt
    gezien de omvang geen overleg gevoerd*: *gevoerd* on *omvang*). The noun phrase the preposition opens (*de
    droogte*) stays out."""
    head = verb.head
    if head.i != verb.i and head.head.i < head.i and head.left_edge.i == head.head.i + 1:
        head = head.head  # the participle hangs on the noun of the phrase: go up to the preposition
    if head.i == verb.i or head.i > verb.i or not opens_a_phrase(head):
        return []
    return [c for c in head.children if c.i != verb.i and c.left_edge.i != head.i + 1]


#: words that may stand before *door* at the start of a main clause without making the door-phrase part of a larger
#: phrase: *Ook door de provincie wordt ...*, *Mede door de raad ...*, a list number (*2. Door de gemeente ...*)
_BEFORE_AGENT = frozenset({"ADV", "PUNCT", "NUM", "SYM", "CCONJ", "X"})


def agent_inside_first_phrase(agent: Token, verb: Token) -> bool:
    """The door-phrase stands inside the first phrase of a main clause, after other words of that phrase: *Na
    goedkeuring door de raad wordt het plan gepubliceerd*, *Bij het beoordelen van aanvragen door de gemeente wordt
    ...*. Only one phrase stands before the finite verb of a main clause, so the door-phrase belongs to a noun in
    it: the raad approves, and who publishes is not said. (In a subordinate clause the order does not tell; one
    that the parse made the root shows by a conjunction or a finite verb before the door-phrase.)"""
    doc = agent.doc
    door = doc[agent.left_edge.i]
    if door.lower_ != "door" or verb.dep_ != "ROOT" or any(c.dep_ == "mark" for c in verb.children):
        return False
    finite = [
        c.i
        for c in verb.children
        if c.dep_ in ("aux", "aux:pass") and "Fin" in c.morph.get("VerbForm") and c.i < verb.i
    ]
    if not finite or door.i > min(finite):
        return False
    before = doc[verb.sent.start : door.i]
    if any(t.pos_ == "SCONJ" or "Fin" in t.morph.get("VerbForm") for t in before):
        return False  # a clause of its own before it (*Indien ... door de vleermuis is gebruikt*): the parse's root
    subjects = [c.i for c in verb.children if c.dep_.startswith("nsubj")]
    act = any(t.pos_ == "NOUN" and noun_verb(t.lemma_ or t.lower_) is not None for t in before)
    low, high = sorted((min(finite), verb.i))
    # only verbs from the finite verb to the participle: the verbs of a clause that ends in them (*worden
    # geïnformeerd*, *zal worden vastgesteld*), or a main clause with nothing after its finite verb
    clustered = all(t.pos_ in ("AUX", "VERB") for t in doc[low + 1 : high])
    if any(i < door.i for i in subjects):
        # a subject before it: in a main clause that is the first phrase, and the door-phrase belongs to it (*De
        # beoordeling door de gemeente wordt uitgevoerd*, *De route door de wijk zal extra worden belast*); with the
        # verbs together at the end and no act in it, a clause with its verb at the end (a list item after *zorgt
        # ervoor dat:* — *de bewoners door de gemeente worden geïnformeerd*)
        return act or not clustered
    if not act and clustered and not any(i > min(finite) for i in subjects):
        return False  # no subject after the finite verb, the verbs together: a verb-final clause (*in mei door de
        # raad is vastgesteld*), not a main clause with a first phrase
    return any(t.pos_ not in _BEFORE_AGENT for t in before)
