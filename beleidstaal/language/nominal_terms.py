"""Signals that a noun made from a verb names a quantity, a thing or an example, not an act (nomin32; see
``nominal_place.signals`` and ``BLOCKERS``): a change that is computed (*de toename van het groepsrisico
berekenen*), what a subject forms (*het plangebied vormt een groene onderbreking van de rand*) and a case given as an
example (*een voorbeeld hiervan is de uitbreiding van een bedrijf*); and a row after *van* whose plural verb makes
it subjects beside the noun (*bescherming van erfgoed en dynamiek kunnen samengaan*, nomin34); and a term of art of
law or planning (*een overtreding van de Wet natuurbescherming*, nomin45). The words that mark them are data:
``lexicons/data/grammatica.toml``, the terms ``nominalisatie_uitzonderingen.toml``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .data import word_lists, word_set
from .grammar import known_verbs, zipf
from .keys import full_lemma
from .nominal_heads import content_of_modal_noun
from .nominal_rows import nominal_infinitive
from .nominal_verb import noun_verb
from .noun_lemmas import noun_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def measured(anchor: Token, verb: str) -> bool:
    """A noun of a change that nobody does (its verb is one of ``zijn_verbs``: *toename*, *afname*, *daling*,
    *groei*) that names a quantity: what a verb of ``measuring_verbs`` computes, measures or offsets (*de toename van
    het groepsrisico moet worden berekend*, *de toename van het verhard oppervlak compenseren*), or the subject of a
    size (*de toename van het verhard oppervlak bedraagt 40 m2*, *minder is dan 2000 m2*), or what a verb of
    ``measuring_phrases`` examines through its preposition (*gekeken naar de mogelijke toename van de depositie*).
    The noun is the size of the change, as in ``amount`` (*een toename van 65 auto's*), and the clause's own verb
    tells the act: *berekenen hoeveel het groepsrisico toeneemt* says the same with more words. Reported still: the
    same noun as the subject of an event (*de toename van het verkeer leidt tot ...*: *het verkeer neemt toe*), after
    other verbs (*wij verwachten geen toename van de afvoer*) and with a size in words only (*de toename is
    gering*)."""
    if verb not in word_set("grammatica", "zijn_verbs"):
        return False
    measuring = word_set("grammatica", "measuring_verbs")
    head = anchor.head
    if head.i == anchor.i:
        return False
    if anchor.dep_ in ("obj", "nsubj:pass", "nmod") and full_lemma(head) in measuring:
        return True
    # a verb that examines through a preposition (*kijken naar de toename van de depositie*, nomin33)
    case = next((c.lower_ for c in anchor.children if c.dep_ == "case" and c.i < anchor.i), None)
    if case and f"{full_lemma(head)} {case}" in word_set("grammatica", "measuring_phrases"):
        return True
    if anchor.dep_ in ("nsubj", "obj") and _size_stated(anchor, head):
        return True
    # the parser hangs the participle on the noun (*dient de toename ... berekend te worden*: acl) or makes the
    # noun the subject of the modal (*dient*) with the participle below it
    below = [c for c in anchor.children if c.dep_ in ("acl", "xcomp") and c.i > anchor.i]
    if anchor.dep_ == "nsubj":
        below += [c for c in head.children if c.dep_ == "xcomp" and c.i > anchor.i]
    return any(
        c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() in measuring
        and any(a.dep_ == "aux:pass" for a in c.children)
        for c in below
    )


def _size_stated(anchor: Token, head: Token) -> bool:
    """The clause gives the noun's size with a number: *bedraagt 40 m2*, *is minder dan 2000 m2*, *500 m2 of groter
    is* (the parser may make the unit the head)."""
    units = word_set("grammatica", "measure_units")
    own = {t.i for t in anchor.subtree}

    def size(t: Token) -> bool:
        # a number in digits (*1.500*, *2,5*) or a unit; not *een* (a number word too) nor a name (*Natura 2000*)
        return bool(_NUMBER.fullmatch(t.text)) or t.lower_ in units

    if not (size(head) or any(size(t) and t.i not in own for t in head.subtree)):
        return False
    return full_lemma(head) == "bedragen" or size(head) or any(c.dep_ == "cop" for c in head.children)


def formed(tok: Token) -> bool:
    """The noun, with *een* or *geen*, is what the subject forms: the object of *vormen* (*het plangebied vormt
    een groene onderbreking van de bebouwingsrand*, *de haag vormt een afscherming van het erf*). *Vormen* links a
    subject to what it is, as *zijn* does (``classifying``: *dit plan is een uitwerking van de visie*): the noun
    names a thing or a result, and a verb would make the subject do something it does not (*het plangebied
    onderbreekt de rand*). Reported still: the noun as the subject (*de omzetting van de woning vormt geen
    probleem*) and with *de* (*vormt de aanleiding*)."""
    head = tok.head
    if (
        tok.dep_ != "obj"
        or head.i == tok.i
        or full_lemma(head) not in word_set("grammatica", "forming_verbs")
    ):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("een", "geen") for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" for c in head.children)


def hindered(anchor: Token) -> bool:
    """The noun is the act that a verb of hindering (``hindering_verbs``) stops or does not stop: its object (*de
    kabels belemmeren de aanleg van de weg*, *verhindert de bouw van woningen*), the subject of its passive (*de
    aanleg wordt belemmerd*), or what *in de weg staan* is said of (*het aspect water staat de uitvoering van het
    plan niet in de weg*). Naming the act with a noun is the usual, clear Dutch here; a verb needs a clause of its
    own (*verhindert dat de weg wordt aangelegd*, *staat niet in de weg dat het plan wordt uitgevoerd*) and shows
    the doer no better. Reported still: the noun as the one who hinders (*de aanleg van de weg belemmert het
    verkeer*) and after any other verb (*de gemeente werkt aan de uitvoering van het plan*)."""
    head = anchor.head
    if head.i == anchor.i or head.pos_ not in ("VERB", "AUX"):
        return False
    for entry in word_set("grammatica", "hindering_verbs"):
        *words, verb = entry.split()
        if full_lemma(head) != verb and (head.lemma_ or "").lower() != verb:
            continue
        # the words before the verb stand together in its clause (*in de weg*)
        clause = [t.lower_ for t in head.subtree if t.i not in {u.i for u in anchor.subtree}]
        if words and not _holds(clause, words):
            continue
        if anchor.dep_ in ("obj", "iobj", "nsubj:pass"):
            return True
        # the parse often makes the noun a subject (*die de aanleg kan belemmeren*, *X staat de uitvoering niet in
        # de weg*): it is what is hindered where another argument of the verb, the one who hinders, comes first
        return anchor.dep_ == "nsubj" and any(
            c.i < anchor.i and c.dep_ in ("nsubj", "obl", "expl", "obj", "iobj") for c in head.children
        )
    return False


#: nouns of time after *door* (*de ontwikkeling van het dorp door de jaren heen*): no doer
_TIME_NOUNS = frozenset({"tijd", "eeuw", "decennium", "jaar", "jaren"})


def doer_named(tok: Token, van_head: Token | None) -> bool:
    """A word of its own (``lexicalised_alone``: *ontwikkeling*; the caller asks only for those) is an act where a *door*-phrase right after the noun
    or its *van*-phrase names who does the act (*de ontwikkeling van het
    beleid door de gemeente*, *door ons*): then *ontwikkeling* is an act with a doer, not a project or a growth, and
    the verb says it plainer (*de gemeente ontwikkelt het beleid*). Not a time (*door de jaren heen*), not a cause
    that is an act itself (*door de aanleg van de weg*), not a means (*door de code open te maken*, *door middel van*), not the doer of
    a passive verb after it."""
    doc = tok.doc
    # the first *door* after the noun, with only words of its noun phrase before it (the parse may hang the
    # *door*-phrase on the noun of the *van*-phrase)
    phrase = {t.i for t in tok.subtree} | ({t.i for t in van_head.subtree} if van_head is not None else set())
    i = tok.i + 1
    while i < tok.sent.end and doc[i].lower_ != "door":
        if i not in phrase or doc[i].pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
        i += 1
    if i >= tok.sent.end:
        return False
    words = doc[i + 1 : min(i + 5, tok.sent.end)]
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if noun is None or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in doc[i + 1 : noun.i]):
        return False
    if noun.pos_ == "NOUN" and not any(t.pos_ == "DET" for t in doc[i + 1 : noun.i]):
        return False  # a bare noun: a means or a cause (*door middel van*, *door toedoen van*), no one named
    rest = doc[noun.i + 1 : min(noun.i + 4, tok.sent.end)]
    if any(t.lower_ in ("heen", "te") for t in rest):
        return False
    if {noun.lower_, (noun.lemma_ or "").lower()} & (_TIME_NOUNS | word_set("grammatica", "time_units")):
        return False
    # a passive after it in the clause: the *door*-phrase names the doer of that verb (*dat de ontwikkeling van het
    # gebied door de gemeente wordt begeleid*)
    passive = word_set("grammatica", "worden_forms") | word_set("grammatica", "zijn_forms")
    for t in doc[noun.i + 1 : tok.sent.end]:
        if t.pos_ == "PUNCT" or t.pos_ == "SCONJ":
            break
        if t.lower_ in passive:
            return False
    return noun_verb(noun.lemma_ or noun.lower_) is None


def example(tok: Token, anchor: Token) -> bool:
    """The noun names an example of a kind the sentence has named: the predicate of *een voorbeeld (hiervan) is*,
    or right after *bijvoorbeeld* or *zoals* (``example_markers``) that follow a noun (*nieuwe ontwikkelingen,
    bijvoorbeeld de uitbreiding van een bouwperceel*). An example names a case, a thing that may happen, without
    a doer or a time; a verb needs a clause of its own (*zo kan een agrarisch bedrijf uitbreiden*) and says it no
    better. Reported still: an example of an aim, after a noun of ``aim_nouns`` (*doelstellingen zoals het
    verhogen van de biodiversiteit*: an aim is an act to tell), and an infinitive with its article (*maatregelen,
    bijvoorbeeld het vervangen van het wegdek*: the verb itself, an act to tell, not a noun for a case; review of
    nomin32)."""
    if nominal_infinitive(tok):
        return False
    doc, start = anchor.doc, anchor.sent.start
    if any(c.dep_ == "cop" for c in anchor.children):
        examples = word_set("grammatica", "example_nouns")
        return any(c.dep_ == "nsubj" and _lemma(c) in examples for c in anchor.children)
    markers = word_set("grammatica", "example_markers")
    i = anchor.i - 1  # the words before the noun, read from the text: the parser hangs the marker anywhere
    while i > start and doc[i].pos_ in ("DET", "ADJ", "NUM") and doc[i].lower_ not in markers:
        i -= 1
    if i - 1 <= start or doc[i].lower_ not in markers:
        return False
    noun = doc[i - 2] if doc[i - 1].is_punct else doc[i - 1]
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.i != anchor.i
        and _lemma(noun) not in word_set("grammatica", "aim_nouns")
        and not _lemma(noun).endswith(tuple(word_set("grammatica", "aim_nouns")))
    )


def term_of_art(tok: Token, van_head: Token | None) -> bool:
    """The noun, with what follows *van*, is a term of art of law or planning (``terms_of_art`` in
    ``nominalisatie_uitzonderingen.toml``: *een overtreding van de Wet natuurbescherming*, *de exploitatie van het
    plan*, *niet in betekenende mate bijdragen aan de verslechtering van de luchtkwaliteit*): the fixed name of a
    notion that the law or the field uses, which the reader looks for and the writer cannot swap for a verb (issue
    16). An entry names the noun (also as the last part of a compound: *grondexploitatie*), where needed the word
    that what follows *van* ends in, and the words of the term one of which must stand in the clause that takes the
    noun (*feitelijke of dreigende* for *overschrijding van een grenswaarde*; *NIBM bijdragen aan de verslechtering
    van de luchtkwaliteit*, not *projecten die NIBM bijdragen, leiden niet tot een verslechtering van ...*). Reported still: the same noun outside its term (*de
    grenswaarde wordt niet overschreden* is plainer than *er is geen overschrijding van de grenswaarde*)."""
    forms = noun_forms(tok)  # the model's lemma may be off (*grenswaarden* → *grenswaard*): the tables' too
    words: list[str] | None = None
    for key, context in word_lists("nominalisatie_uitzonderingen", "terms_of_art").items():
        noun, _, obj = key.partition(" ")
        if not _ends_in(forms, noun):
            continue
        if obj and (van_head is None or not _ends_in(noun_forms(van_head), obj)):
            continue
        if not context:
            return True
        if words is None:  # the clause that takes the noun: the words of its head (not a clause beside it)
            # the content of a noun of possibility or contribution belongs to that noun's clause (*'niet in
            # betekenende mate' bijdragen aan een verslechtering*: the parse makes *bijdragen* a noun, nomin48)
            head = tok.head.head if content_of_modal_noun(tok) else tok.head
            words = [t.lower_ for t in head.subtree if not t.is_punct]
        if any(_holds(words, phrase.split()) for phrase in context):
            return True
    return False


def _ends_in(forms: set[str], word: str) -> bool:
    """One of the forms ends in the word or in its plural (*grenswaarden*: a compound the lemma tables lack)."""
    return any(f.endswith((word, word + "n", word + "en", word + "s")) for f in forms)


def _holds(words: list[str], phrase: list[str]) -> bool:
    """The phrase stands in the words, word for word."""
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


#: the frequency (Zipf) from which a compound is an everyday word: *luchtverontreiniging* 2.9, *riolering* 3.6,
#: *gebiedsontwikkeling* 2.9; a compound made for the sentence is rarer (*wegverbreding* 2.0, *wegafsluiting* 1.8,
#: *kostendoorberekening* 0)
EVERYDAY_ZIPF = 2.5


def compound_term(word: str, prefix: str, verb: str) -> bool:
    """The noun is an everyday compound (at least ``EVERYDAY_ZIPF``) whose first part is a noun
    (*luchtverontreiniging*, *gebiedsontwikkeling*, *energiebesparing*): the first part takes the object's place,
    and the compound is the name of a phenomenon or a measure that the reader knows as one word (*luchtverontreiniging
    van verkeer*: what follows *van* is its source, not its object). A verb needs the compound taken apart (*het
    verkeer verontreinigt de lucht*), and the example cannot give it. Reported still: a rarer compound, made for the
    sentence (*de wegverbreding van de N302*: *de N302 verbreden*); a prefix of the verb (*herinrichting*,
    *doorvertaling*); a first part that makes a verb with it (*drooglegging*: *droogleggen*;
    ``verb_adjective_parts``); a first part that names a property of what follows (*de kwaliteitsverbetering van
    het water*, *de huurverhoging van uw woning*: ``property_first_parts``)."""
    verbal = (
        word_set("grammatica", "particles") | word_set("grammatica", "inseparable_prefixes")
    ) - word_set("grammatica", "compound_noun_particles")
    # *terinzagelegging*, *tervisielegging*: a fixed expression with *ter* (ter inzage leggen), the act itself
    if len(prefix) < 3 or prefix.startswith("ter") or prefix + verb in known_verbs():
        return False
    # *kwaliteitsverbetering*, *huurverhoging*: the first part is a property of what follows *van* (the quality of
    # the water, the rent of the house); the verb takes both as its object (*de kwaliteit van het water verbeteren*)
    part = prefix.rstrip("-")
    if part in (props := word_set("grammatica", "property_first_parts")) or (
        part.endswith("s") and part[:-1] in props
    ):
        return False
    if prefix in word_set("grammatica", "verb_adjective_parts") or prefix in verbal:
        return False
    return prefix not in ("mede", "weder", "wan") and zipf(word) >= EVERYDAY_ZIPF


def two_subjects(anchor: Token, van_head: Token | None) -> bool:
    """The verb is plural, the noun singular, and its *van*-phrase ends in a row (*bescherming van erfgoed en
    dynamiek ... kunnen samengaan*, *de daling van het aantal inwoners, ontgroening en vergrijzing zullen ...*): the
    plural verb shows that the later nouns of the row are subjects beside the noun, not objects after *van*. The
    span and the example would take them as the object (*erfgoed en dynamiek beschermen*), which the sentence does
    not say; the row of nouns is a list of themes, and a verb for its first member breaks it. Reported still: a
    singular verb (*de bescherming van erfgoed en natuur is belangrijk*), a verb with a subject of its own (*zij
    vragen bescherming van erfgoed en natuur*), a second act in the row (*het aanleggen van wegen en het bouwen van
    huizen kosten geld*: each act has its object, ``nominal_rows.anchor``), a row whose later members have an
    article of their own (*het herstel van de dijken en de kades zijn gereed*: the verb agrees with the nearest
    nouns, a slip; review of nomin34) and a plural verb without a row (*het publiceren van de regels zouden ...*:
    a slip of the writer)."""
    if van_head is None or anchor.morph.get("Number") == ["Plur"] or anchor.dep_ not in ("nsubj", "obj"):
        return False
    head = anchor.head
    if head.i == anchor.i or any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i != anchor.i for c in head.children
    ):
        return False

    # the row hangs on the object or on a noun joined to it without a preposition (*het aantal inwoners,
    # ontgroening en vergrijzing*: on *inwoners*); a row inside a phrase of its own (*de regels, inclusief de
    # vragen en antwoorden*) belongs there
    def introduced(t: Token) -> bool:  # *inclusief de formulieren*, *in de wijk*: no member of the row
        return any(x.dep_ in ("case", "mark") for x in t.children)

    def on_object(c: Token) -> bool:
        up = c.head
        if introduced(c):
            return False
        return up.i == van_head.i or (up.head.i == van_head.i and not introduced(up))

    rest = [c for c in van_head.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and on_object(c)]
    # a member with a *van*-phrase of its own is a second act with its object (*de verbreding van de sloten en de
    # aanleg van nieuwe oevers bieden kansen*): each is reported on its own
    if not rest or any(nominal_infinitive(c) or _has_van(c) for c in rest):
        return False
    # a member with an article of its own, like an object (*het herstel van de dijken en de kades zijn gereed*):
    # the row is what follows *van*, and the plural verb agrees with the nearest nouns (a common slip), not with a
    # second subject; the subjects beside the noun are bare themes (*erfgoed en dynamiek*, *ontgroening*)
    if any(_own_article(c) for c in rest):
        return False
    # the finite verb of the noun's clause: the head itself, or its auxiliary or copula (*kunnen samengaan*)
    finite = [
        t
        for t in (head, *head.children)
        if t.morph.get("VerbForm") == ["Fin"] and (t is head or t.dep_ in ("aux", "aux:pass", "cop"))
    ]
    return bool(finite) and all(t.morph.get("Number") == ["Plur"] for t in finite)


_ARTICLES = frozenset({"de", "het", "een", "deze", "dit", "die", "dat"})


def _own_article(tok: Token) -> bool:
    """*de kades*, *het hotel*, *deze gebouwen*, *onze wegen*: the member has a determiner of its own."""
    return any(
        c.dep_ == "det" and (c.lower_ in _ARTICLES or "Yes" in c.morph.get("Poss")) for c in tok.children
    )


def _has_van(tok: Token) -> bool:
    """*van* follows the noun, whatever the parser hung it on: *de aanleg van nieuwe oevers*, *het behoud en de
    ontwikkeling van de kwaliteiten* (the object is shared by both acts)."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "van") or any(
        c.dep_ == "nmod" and any(x.dep_ == "case" and x.lower_ == "van" for x in c.children)
        for c in tok.children
    )
