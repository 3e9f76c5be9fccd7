"""The signals that say a noun made from a verb names a thing, a kind or a topic, not an act (``nominal_place.signals``
and ``BLOCKERS``): a causative verb (*mogelijk maken*), a topic (*afspraken over de verdeling van*), a measure the
text defined (*onder ontwatering wordt verstaan*), a row of categories joined by *of*. An article with an identifying
adjective (*de huidige inrichting*) is ``nominal_rows._described``. The words that mark them are data: ``lexicons/data/``."""

from __future__ import annotations

from itertools import dropwhile, islice
from typing import TYPE_CHECKING

from .data import word_set, word_tuple
from .keys import full_lemma
from .nominal_rows import modifiers_after_article
from .reading_units import is_unit, measure_units
from .words import columns

if TYPE_CHECKING:
    from spacy.tokens import Token


def _causative(verb: Token, noun: Token) -> bool:
    """The weak verb has a predicate of its own after the noun: *deze ontwikkeling mogelijk maken*, *de overtreding
    ongedaan maken*. That is a causative (*mogelijk maken* = enable), not a support verb, and its object is the
    thing made possible. An adjective before the noun is an adverb of the clause (*waarvoor al eerder een
    beoordeling is gemaakt*)."""
    return (verb.lemma_ or verb.lower_).lower() in word_set("grammatica", "causative_verbs") and any(
        c.pos_ == "ADJ" and c.dep_ in ("advmod", "xcomp", "obl", "acomp") and c.i > noun.i
        for c in verb.children
    )


def _topic(tok: Token) -> bool:
    """The noun names what an agreement, a rule or a question is about: *afspraken over de verdeling van het
    programma*, *vragen over de aanleg van de weg*. A topic is named, not told: a verb clause would not say it
    better. A preposition of ``topic_prepositions`` right before the phrase, and a word of ``about_heads`` at most
    four words before that; or the object of a verb of ``about_verbs`` with a rule as its subject or place (*de wet
    regelt de bescherming van het erfgoed*; not *de gemeente wil de verdeling snel regelen*)."""
    head, about = tok.head, word_set("grammatica", "about_heads")
    if (
        tok.dep_ in ("obj", "nsubj:pass")
        and (head.lemma_ or head.lower_).lower() in word_set("grammatica", "about_verbs")
        # a rule does the ruling (*de wet regelt*, *in de verordening geregeld*), not someone who arranges it
        and any(c.lower_ in about or c.lemma_.lower() in about for c in head.children if c.i != tok.i)
    ):
        return True
    # the words before the noun are read in the columns: no Span or Token for each preposition tried (issue 23)
    cols, start = columns(tok.doc), tok.sent.start
    i = tok.i - 1
    while i >= start and cols.pos[i] in ("DET", "ADJ", "NUM"):
        i -= 1
    for prep in word_tuple("grammatica", "topic_prepositions"):
        words = prep.split()
        first = i - len(words) + 1
        if first < start or cols.lower[first : i + 1] != words:
            continue
        return any(
            cols.lower[j] in about or cols.lemma[j] in about for j in range(max(start, first - 4), first)
        )
    return False


def _measure(van_head: Token | None) -> bool:
    """No *van*-phrase, or one that gives a quantity (*een drooglegging van 1 meter*): the noun names a measure or a
    thing. With an object (*de handhaving van de regeling*) it is the act, even when the text defined the word."""
    return van_head is None or van_head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in van_head.children)


def _amount(verb: str, van_head: Token | None) -> bool:
    """A noun of a change that nobody does (its verb is one of ``zijn_verbs``: *toename*, *afname*, *stijging*,
    *daling*, *groei*) whose *van*-phrase gives a number (*een toename van 65 verkeersbewegingen per dag*, *een
    stijging van 12 procent*): the size of the change, concrete, with no actor hidden, and no verb says it better
    (*65 ... toenemen* is no Dutch). Without a number (*een toename van de afvoer*) the noun stays an event a verb
    tells better (*de afvoer neemt toe*)."""
    return (
        van_head is not None
        and verb in word_set("grammatica", "zijn_verbs")
        and (van_head.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in van_head.children))
    ) or _size(van_head)


def _size(van_head: Token | None) -> bool:
    """The *van*-phrase is a size, whatever the verb: a bare number (*een overschrijding van 2,5 tot 3 minuten*) or
    a number with a unit (``measure_units``, ``time_units``: *een verhoging van 2 meter*, *van 3 dB*). A size
    is not the verb's object (*2 meter verhogen* says something else), so no verb clause with it says the same.
    A counted thing (*de realisatie van 12 woningen*) is an object and stays reported, and so is a unit with an
    object of its own (*een verlaging van 20 procent van de uitstoot*: *de uitstoot met 20 procent verlagen*) or a
    noun after it (*de levering van 20 vierkante meter tegels*: an amount of tegels, and tegels are delivered)."""
    if van_head is None:
        return False
    if van_head.pos_ == "NUM" or (van_head.like_num and van_head.pos_ != "NOUN"):
        return True
    units = measure_units()
    unit = is_unit(van_head)
    # the number may hang on *vierkante* (*20 vierkante meter*); a noun after the unit is the counted thing
    counted = any(t.i < van_head.i and (t.like_num or t.dep_ == "nummod") for t in van_head.subtree)
    own_object = any(_van_phrase(c) for c in van_head.rights)
    after = van_head.doc[van_head.i + 1 : van_head.sent.end]
    nxt = [t.pos_ for t in islice(dropwhile(lambda t: t.lower_ in units, after), 2)]
    thing = nxt[:1] in (["NOUN"], ["PROPN"]) or nxt == ["ADJ", "NOUN"]
    return unit and counted and not own_object and not thing


def _defined(tok: Token) -> bool:
    """An earlier sentence of the paragraph defines the noun as a term: *onder ontwatering wordt verstaan de
    afstand ...*, or the bare noun opens a sentence as the subject of *is* or *betekent* with *de* or *het* after it
    (*Ontwatering is de afstand ...*). The text then uses it as the name of a measure or a thing, not as an act.
    The formula is read from the words (*verstaan* at most four words after the noun): the parser often breaks it."""
    doc, lemma, cols = tok.doc, (tok.lemma_ or tok.lower_).lower(), columns(tok.doc)
    for j in range(tok.sent.start):  # the earlier words from the columns: a Token only for one with the lemma
        if (cols.lemma[j] or cols.lower[j]) != lemma or j + 2 >= len(doc):
            continue
        t = doc[j]
        after = doc[t.i + 1 : min(t.i + 5, t.sent.end)]
        if t.i == t.sent.start:
            # a definite article: *X is het verschil*, not a kind it belongs to (*X is een taak van*)
            if doc[t.i + 1].lower_ in ("is", "betekent") and doc[t.i + 2].lower_ in ("de", "het"):
                return True
            continue
        before = doc[t.i - 1] if doc[t.i - 1].pos_ != "DET" or t.i < 2 else doc[t.i - 2]
        if before.lower_ == "onder" and any(w.lower_ == "verstaan" for w in after):
            return True
    return False


def _or_list(anchor: Token) -> bool:
    """A row of three or more nouns joined by *of* that share one *van*-phrase names categories, as a rule's list
    does (*de aanleg, wijziging of uitbreiding van een weg*), not one action someone takes."""
    members = [anchor, *(c for c in anchor.children if c.dep_ == "conj")]
    return len(members) >= 3 and any(c.dep_ == "cc" and c.lower_ == "of" for m in members for c in m.children)


def _hazard(anchor: Token) -> bool:
    """The noun follows a preposition of ``hazard_prepositions`` whose phrase hangs on a word of ``hazard_heads``:
    *het risico op verontreiniging van de bodem*, *beschermen tegen overstroming van de rivier*, *gevaar voor
    aantasting van de oever*. It names a possible event, a hazard, not an act someone does: a verb needs a clause of
    its own (*het risico dat de bodem verontreinigd raakt*) and says it no better. The head is read from the parse
    (the noun's head) and, where the parser hung the phrase elsewhere, from the words: a word of ``hazard_heads`` at
    most four words before the preposition, in the same sentence (*om het gebied te beschermen tegen ...*)."""
    doc, start = anchor.doc, anchor.sent.start
    i = anchor.i - 1
    while (
        i >= start
        and doc[i].pos_ in ("DET", "ADJ", "NUM", "ADV")
        and doc[i].lower_ not in ("op", "tegen", "voor")
    ):
        i -= 1
    if i < start or doc[i].lower_ not in word_tuple("grammatica", "hazard_prepositions"):
        return False
    heads = word_set("grammatica", "hazard_heads")

    def is_head(t: Token) -> bool:
        return t.lower_ in heads or (t.lemma_ or "").lower() in heads

    if anchor.head.i != anchor.i and anchor.head.i < i and is_head(anchor.head):
        return True
    return any(is_head(t) for t in doc[max(start, i - 4) : i])


def _regime(tok: Token, van_head: Token | None) -> bool:
    """A noun of ``regime_nouns`` (*invoering*, *uitvoering*, *toepassing*) whose *van*-phrase names a law, a
    scheme or a system (*de invoering van de Kaderrichtlijn Water*, *de uitvoering van de Omgevingswet*, *de
    implementatie van het DSO*): a stage of the legal system, done by no one in particular, not an act a verb would
    tell better. The name is capitalised in the middle of the sentence; an ordinary object (*de uitvoering van alle
    plannen*, *toepassing van artikel 28.2*) keeps the finding."""
    if van_head is None or (tok.lemma_ or tok.lower_).lower() not in word_set("grammatica", "regime_nouns"):
        return False
    text = van_head.text
    return (
        text[:1].isupper()
        and any(ch.isalpha() for ch in text)
        and van_head.i != van_head.sent.start
        and (van_head.pos_ == "PROPN" or text.isupper() or text[1:2].islower())
    )


def _in_title(tok: Token) -> bool:
    """The noun is a word of the title of a law or a regulation: a capitalised noun of ``title_nouns`` in the middle
    of the sentence, at most four lower-case words before it, none of them a verb or a punctuation mark (*de Regeling
    standaarden ruimtelijke ordening*, *de Verordening bescherming landschap*). A title is a name: the writer may not
    rewrite it."""
    doc, start = tok.doc, tok.sent.start
    titles = word_set("grammatica", "title_nouns")
    for i in range(tok.i - 1, max(start, tok.i - 5) - 1, -1):
        t = doc[i]
        if t.text[:1].isupper():
            return i > start and t.lower_ in titles and not doc[i - 1].is_punct
        # a word the tagger read as a verb but hung on the noun (*standaarden* as amod) is part of the title
        verb = t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound", "nmod", "flat"))
        if not t.is_alpha or verb or t.pos_ in ("PRON", "SCONJ", "CCONJ"):
            return False
    return False


def _named(anchor: Token) -> bool:
    """The noun is what a definition names: the subject of *heten* (*Het bijhouden van de wijzigingen heet
    versiebeheer*), or of *noemen* with a name as its complement (*... wordt een review genoemd*, *wij noemen het
    bijhouden van de wijzigingen versiebeheer*). The act is the thing being named: a verb cannot carry the name. An
    evaluation (*wij noemen het bijhouden belangrijk*: an adjective) is no name."""
    head = anchor.head
    lemma = (head.lemma_ or head.lower_).lower()
    if head.i == anchor.i or lemma not in word_set("grammatica", "naming_verbs"):
        return False
    if lemma == "heten":
        return anchor.dep_ == "nsubj"
    return anchor.dep_ in ("nsubj:pass", "obj") and any(
        c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN") for c in head.children
    )


def van_is_subject(verb: str) -> bool:
    """What follows *van* after the verb's noun is its subject, never an object: a verb without an object that
    nobody does (``zijn_verbs``: *een toename van de afvoer* → *de afvoer neemt toe*) or one with no direct object
    (``no_object_verbs``: *de instemming van de raad* → *de raad stemt in*, not *de raad instemmen*). A fixed verb
    phrase goes by its verb (*tot stand komen*, *in werking treden*: *de wet komt tot stand*; nomin49)."""
    last = verb.split()[-1]
    return last in word_set("grammatica", "zijn_verbs") or last in word_set("grammatica", "no_object_verbs")


def _after_bij_or_voor(tok: Token) -> bool:
    """*bij het* or *voor het* right before the token (*voor het vasthouden, bergen en afvoeren van water*: the
    first of a row of infinitives), also with an adverb between the article and the infinitive (*voor het zodanig
    veranderen van een woning*, ``nominal_rows.modifiers_after_article``)."""
    between = modifiers_after_article(tok)
    i, start = (between[0].i if between else tok.i), tok.sent.start
    return (
        i - 2 >= start
        and tok.doc[i - 1].lower_ in ("het", "dit", "dat")
        and tok.doc[i - 2].lower_ in ("bij", "voor")
    )


def _van_phrase(tok: Token) -> bool:
    """``tok`` heads a *van*-phrase that hangs on its head noun (*de aanleg [van de weg]*)."""
    return tok.dep_.startswith("nmod") and tok.doc[tok.left_edge.i].lower_ == "van"


def _phrase_with(anchor: Token, prepositions: str) -> bool:
    """The noun heads an oblique phrase opened by a preposition of the word list ``prepositions``
    (lexicons/data/grammatica.toml): *uit een vergelijking*, *bij de uitvoering*, *voor de inrichting*."""
    preps = word_set("grammatica", prepositions)
    return anchor.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ in preps and c.i < anchor.i for c in anchor.children
    )


def _source(anchor: Token) -> bool:
    """The noun heads a phrase with *uit* or *in* (``source_prepositions``) of a verb of ``source_verbs``: *uit een
    vergelijking van de cijfers blijkt dat ...*, *in de beoordeling van de zienswijze is aangegeven ...*. There the
    noun names where something can be read or found: the outcome of a piece of work or the text that holds it, not
    the act itself, and the sentence tells its own act with its own verb. The act stays reported in other phrases
    (*door een vergelijking van de cijfers*, *bij de beoordeling van de zienswijze*) and after other verbs (*voorzien
    in de realisatie van woningen*)."""
    head = anchor.head
    if (
        head.i == anchor.i
        or head.pos_ not in ("VERB", "AUX", "ADJ")
        or not _phrase_with(anchor, "source_prepositions")
    ):
        return False
    verbs = word_set("grammatica", "source_verbs")
    return full_lemma(head) in verbs or (head.lemma_ or head.lower_).lower() in verbs


def _received(verb: Token) -> bool:
    """The weak verb is one of ``receiving_verbs`` (*u krijgt een rondleiding*, *de tuin heeft de aanduiding
    'heemtuin' gekregen*): its subject receives what the noun names, so a verb for the noun needs a passive (*u wordt
    rondgeleid*) and shows the doer no better. The noun names what is given, not a hidden act."""
    return full_lemma(verb) in word_set("grammatica", "receiving_verbs")


_MODALS = ("dienen", "moeten", "kunnen", "mogen", "zullen", "willen", "hoeven")


def _frame(anchor: Token) -> bool:
    """The noun heads a time frame (``frame_prepositions``: *bij de uitvoering van het plan wordt de dijk verlegd*)
    before the verb of a passive clause without a doer. The frame sets the time of that act, and both acts have the
    same unnamed doer: a clause for the frame (*als het plan wordt uitgevoerd*) is a second passive that shows no
    doer either, and the passive rule reports the clause. The finding stays in an active clause (*bij de toekenning
    van subsidies kijken wij naar*: *als wij subsidies toekennen*), where the clause's verb is weak or has a bare noun
    as its object (*bij de toetsing wordt rekening gehouden met*, *dient aandacht te worden geschonken*: the clause is
    nominal too), after the verb (*sluit aan bij de inrichting*: its object), and after *voor* (a purpose)."""
    if not _phrase_with(anchor, "frame_prepositions"):
        return False
    verb = anchor.head
    # the frame stands before its verb; after it the phrase is the verb's object (*sluit aan bij de inrichting*)
    if verb.pos_ != "VERB" or verb.i <= anchor.i:
        return False
    if full_lemma(verb) in _MODALS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    lemma = full_lemma(verb)
    if (
        lemma in word_set("grammatica", "weak_verbs")
        or lemma in _MODALS
        or lemma in ("zijn", "worden", "hebben")
    ):
        return False
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) and not any(
        c.dep_ == "obl:agent" for c in verb.children
    )
    bare = any(
        c.dep_ in ("obj", "nsubj", "nsubj:pass")
        and c.pos_ == "NOUN"
        and not any(d.dep_ in ("det", "nummod", "nmod:poss") for d in c.children)
        and "Plur" not in c.morph.get("Number")
        for c in verb.children
    )
    return passive and not bare


def _domain(anchor: Token) -> bool:
    """The noun heads a phrase with *voor* (``domain_prepositions``) of a predicate adjective or a present participle
    (*doorslaggevend voor de beoordeling van NO2*, *bepalend voor de inrichting van het gebied*) or of a verb of
    applying (``domain_verbs``: *deze regels gelden voor de verwerking van gegevens*). It names the field that a
    property or a rule applies to, a kind of activity without a doer or a time; the sentence states the property,
    and a verb clause (*om NO2 te beoordelen*) makes it longer, not clearer. After an ordinary verb the act stays
    reported (*de gemeente zorgt voor de verbetering van de wegen*; *voor de uitvoering van het plan moet worden
    onderzocht*, a past participle)."""
    head = anchor.head
    if head.i == anchor.i or not _phrase_with(anchor, "domain_prepositions"):
        return False
    if head.pos_ == "ADJ":
        return True
    # a present participle used as an adjective (*bepalend*, *doorslaggevend*: the infinitive with *d*); the tagger
    # calls it a verb. A past participle in *-end* (*berekend* of *berekenen*) is no such form
    lemma = (head.lemma_ or head.lower_).lower()
    if head.pos_ == "VERB" and head.lower_ in (lemma + "d", lemma + "de"):
        return True
    return full_lemma(head) in word_set("grammatica", "domain_verbs")


def _classifying(tok: Token) -> bool:
    """A predicate noun with *een* or *geen* and a subject of its own (*dit plan is een uitwerking van de
    structuurvisie*, *bouwen zonder vergunning is een overtreding van de wet*): it says what kind of thing the
    subject is, the result of an act (a document, a version), not an act that someone does. Reported still: a
    definite predicate (*een van de opgaven is de realisatie van woningen*), a degree (*een betere bescherming*: a
    change), an aim as the subject (``aim_nouns``: *doel van het verdrag is een bescherming van het erfgoed*), and a
    noun in a phrase (*er is sprake van een toename van*)."""
    if not any(c.dep_ == "cop" for c in tok.children) or any(c.dep_ == "case" for c in tok.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("een", "geen") for c in tok.children):
        return False
    if any(c.dep_ == "amod" and c.morph.get("Degree") == ["Cmp"] for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    aims = word_set("grammatica", "aim_nouns")
    return bool(subjects) and not any((s.lemma_ or s.lower_).lower() in aims for s in subjects)


#: weak verbs of giving, whose support use puts the act in the object (*biedt kwaliteit*, *geeft zicht op*); other weak
#: verbs keep the noun as the act (*de uitbreiding zorgt voor meer verkeer*, *de overschrijding vindt plaats*)
_GIVING = ("bieden", "geven", "leveren", "verlenen", "verschaffen")


def _giver(tok: Token) -> bool:
    """The noun, without a *van*-phrase, is the active subject of a weak verb whose support use puts the act in its
    object (*De opstelling biedt een hoge kwaliteit*, *Deze verkenning geeft zicht op de knelpunten*): the act is
    *zicht geven*, *kwaliteit bieden*, and the subject is what gives it, a thing or a document that the text has
    named, not a hidden act. Reported still: the subject of any other weak verb (*de overschrijding vindt plaats*,
    *de uitbreiding zorgt voor meer verkeer*), the noun as object (*een afweging maken*) and as subject of a
    passive (*kan een afweging worden gedaan*)."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and nxt.lower_ == "van") or any(_van_phrase(c) for c in tok.children):
        return False
    return full_lemma(head) in _GIVING or (head.lemma_ or "").lower() in _GIVING


def _coordination(anchor: Token) -> list[Token]:
    """The anchor and every conjunct joined to it, also through another conjunct (the parser chains them: *A, B en
    C* can be C under B under A)."""
    members, todo = [], [anchor]
    while todo and len(members) < 20:
        t = todo.pop()
        members.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return members


def _enumeration(anchor: Token) -> bool:
    """The noun is one of three or more coordinated nouns (not nominal infinitives), each with a *van*-phrase of its
    own: *een uitbreiding van het winkelcentrum, de invulling van de school en een herontwikkeling van het terrein*.
    Such a row names a list of separate projects, goals or steps; a verb for one item breaks the row, and verbs for
    all of them make three clauses of one phrase. Reported still: a row of acts on one shared object (*de aanleg,
    het onderhoud en de verbetering van de wegen*: *de wegen aanleggen, onderhouden en verbeteren*), a row of
    infinitives (*het vasthouden, bergen en afvoeren*) and a pair (*de aanleg van oevers en de aanleg van
    beplanting*)."""
    from .grammar import known_verbs

    members = _coordination(anchor)
    return len(members) >= 3 and all(
        m.pos_ == "NOUN" and m.lower_ not in known_verbs() and any(_van_phrase(c) for c in m.children)
        for m in members
    )


def _concerns(anchor: Token) -> bool:
    """After impersonal *het gaat om* (*als het gaat om de toepassing van de regels*): the noun names the case the
    sentence is about, done by no one; a clause has to invent a doer. Reported still: a subject of its own (*de
    externe veiligheid gaat om het beperken van de kans*: what that field does)."""
    head = anchor.head
    if head.i == anchor.i or full_lemma(head) != "gaan" or head.pos_ not in ("VERB", "AUX"):
        return False
    doc = anchor.doc
    if doc[anchor.left_edge.i].lower_ != "om" and not any(
        c.dep_ in ("case", "mark") and c.lower_ == "om" for c in anchor.children
    ):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "het" for c in head.children)


def property_signals(tok: Token, anchor: Token) -> dict[str, bool]:
    """``domain`` and ``classifying`` (nomin18): the noun names the field of a property or a rule, or a kind of
    thing, not an act; ``giver``, ``enumeration`` and ``concerns`` (nomin19): the noun is what gives the act of a
    weak verb, one item of a row of three or more nouns, or the case after *het gaat om*."""
    return {
        "domain": _domain(anchor),
        "classifying": _classifying(tok),
        "giver": _giver(tok),
        "enumeration": _enumeration(anchor),
        "concerns": _concerns(anchor),
    }
