"""Realising a verb replacement: the finite form, person and number of the verb it replaces, and the verb phrase
rewritten around it (part of ``realise``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .clause_order import _clause_is_subordinate
from .data import table, word_lists, word_set
from .grammar import MODALS
from .realise_structure import loses_its_first_place
from .realise_verb_form import (
    _infinitive_or_participle,
    _infinitive_or_participle_told,
    _looks_finite,
    _participle_form,
    _tense_by_form,
    finite_read_as_participle,
    participle_in_place,
)
from .reflexive import noun_after, own_reflexives, reflexive_use

if TYPE_CHECKING:
    from spacy.tokens import Token


VERB_PREPOSITIONS = {k: frozenset(v) for k, v in word_lists("realisatie", "verb_prepositions").items()}
R_PRONOUNS = frozenset({"er", "daar", "hier", "waar"})
NEGATIONS = frozenset({"niet", "geen", "nooit"})
#: words after *niet* that limit rather than forbid (*niet alleen ... maar ook*): *moeten* stays
NOT_A_PROHIBITION = frozenset(
    {"alleen", "enkel", "slechts", "uitsluitend", "per", "noodzakelijk", "altijd", "persé"}
)
EARLIER = frozenset({"eerder", "vroeger"})  # *niet eerder dan 1 mei* is a ban
SUBJECT_PERSON = {w: tuple(v.split()) for w, v in table("realisatie", "subject_person").items()}


# ---------------------------------------------------------------------------------------------------------------
# verbs


def _subject(verb: Token) -> Token | None:
    heads = [verb, verb.head] if verb.dep_.startswith("aux") or verb.dep_ == "cop" else [verb]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "expl"):
                return c
    return None


def _split_replacement(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """(words before the verb, verb lemma, words after it) of a verb replacement: *maken* → ([], maken, []);
    *mogelijk maken* → (['mogelijk'], maken, []); *zorgen voor* → ([], zorgen, ['voor']); None without a verb."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        # (w, "VERB") in m.lemmas(w, "VERB") holds only for a known verb: asking it would build the whole form
        # index of morphology (a quarter of a cold one-paragraph check) for the same answer
        if w.endswith("n") and w in m.known_verbs():
            return words[:i], w, words[i + 1 :]
    return None


def _inflected_verb(verb: Token, lemma: str) -> tuple[str, str] | None:
    """(place, form): ``lemma`` in the form of ``verb``; place is ``inf``, ``part``, ``main`` (finite verb of a
    main clause) or ``sub`` (finite verb at the end of a subordinate clause). None when it cannot be made."""
    feats = verb.morph.to_dict()
    verb_form = feats.get("VerbForm", "Fin" if feats.get("Tense") else "")
    own = verb.lemma_.lower()
    if _infinitive_or_participle(verb.lower_, verb.lower_):
        # Bezien first in a sentence (tagged as a name), bezien as a plural noun (lemma 'bezi')
        own = verb.lower_
    elif verb.pos_ not in ("VERB", "AUX") and not verb_form:
        # 'het college beziet' tagged as an adverb: a present singular of a verb the dictionary knows is finite
        known = [v for v, _ in m.lemmas(verb.lower_, "VERB") if v in m.known_verbs()]
        first = verb.i == verb.sent.start
        # an order: the bare stem first in the sentence, no subject ('Hanteer een werkwijze', 'Benut de ruimte')
        if (len(known) == 1 and verb.lower_ == m.present(known[0], "Sing", "1")) and (
            verb.lower_ != m.present(known[0], "Sing", "3")
            or (first and not any(c.dep_.startswith("nsubj") for c in verb.children))
        ):
            return ("main", m.present(lemma, "Sing", "1")) if first and not m.separable(lemma) else None
        if len(known) == 1 and verb.lower_ in {m.present(known[0], "Sing", p) for p in ("1", "2", "3")}:
            own, verb_form = known[0], "Fin"
            feats = {**feats, "Tense": "Pres", "Number": "Sing"}
    if _infinitive_or_participle(verb.lower_, own) and m.participle(lemma) != lemma:
        # bezien, vergeten, ontvangen are infinitive and participle alike, and the replacement has two forms
        # (bekijken / bekeken): its auxiliary tells which (zal bezien, is bezien); without one (vanuit hinder
        # bezien) the tagger's guess is no ground for a form
        told = _infinitive_or_participle_told(verb)
        if told is None:
            return None
        verb_form = told
    if (
        verb_form in ("Inf", "Fin")
        and verb.lower_ != own
        and verb.lower_ == m.participle(own)
        and (verb_form == "Inf" or not _a_finite_form(verb.lower_, own))
    ):
        # is toegezonden, wordt ... toegezonden: the tagger took the participle for an infinitive or a plural
        # present; a separable verb's participle (toe-ge-zonden) is no finite form
        verb_form = "Part"
    if verb_form == "Fin" and feats.get("Tense") == "Past" and verb.lower_ == own:
        feats = {
            **feats,
            "Tense": "Pres",
            "Number": "Plur",
        }  # wij verzoeken: the infinitive's form is present
    elif verb_form == "Fin" and own:
        feats = {**feats, **_tense_by_form(verb.lower_, own, feats.get("Tense"))}
    if verb_form == "Inf" and _looks_finite(verb):
        verb_form, feats = "Fin", {**feats, "Number": "Plur", "Tense": "Pres"}  # wij faciliteren
    if verb_form == "Part" and own and finite_read_as_participle(verb) and _a_finite_form(verb.lower_, own):
        # de gemeente verstrekt informatie; het bedrijf verleende medewerking (a past form: past); een actie die
        # iemand verricht → doet, not 'gedaan'
        verb_form, feats = "Fin", {**feats, "Number": "Sing", "Tense": "Pres"}
        feats = {**feats, **_tense_by_form(verb.lower_, own, "Pres")}
    if verb_form == "Inf":
        return "inf", lemma
    if verb_form == "Part":
        if not _participle_form(verb):
            return None  # diende, bedraagt: the tagger's participle is a finite verb; its form is unknown
        part = m.participle(lemma)
        if not part or _perfect_aux_differs(verb, lemma):
            return None
        if verb.lower_.endswith("e") and not verb.lower_.endswith("en") and not part.endswith("en"):
            part = m.attributive_participle(part)  # de gerealiseerde woningen → de gebouwde woningen
        elif verb.lower_.endswith("en") and not part.endswith("en"):
            # het toegezonden stuk → het gestuurde stuk (-en shows no -e); een toegezonden brief: the noun's gender
            # decides (een gestuurde brief, een gestuurd stuk), not known here
            part = participle_in_place(verb, part)
            if part is None:
                return None
        return "part", part
    if verb_form != "Fin":
        return None
    number = feats.get("Number", "Sing")
    person, inverted = "3", False
    subj = _subject(verb)
    if subj is not None and subj.lower_ in SUBJECT_PERSON:
        person, number = SUBJECT_PERSON[subj.lower_]
        inverted = subj.i > verb.i and subj.lower_ in ("je", "jij")
    place = "sub" if _clause_is_subordinate(verb) else "main"
    sep = m.separable(lemma)
    # a separable verb in a main clause: the past of its verb (the caller splits)
    if feats.get("Tense") == "Past":
        return place, m.past(lemma if place == "sub" or not sep else sep[1], number)
    if place == "main" and sep:
        return place, ""  # the caller splits it
    return place, m.present(lemma, number, person, inverted=inverted)


def _a_finite_form(form: str, lemma: str) -> bool:
    """``form`` is a present or past form of ``lemma`` (*vergeten* is also the plural present)."""
    presents = {m.present(lemma, n, p) for n in ("Sing", "Plur") for p in ("1", "2", "3")}
    return form in presents or form in (m.past(lemma, "Sing"), m.past(lemma, "Plur"))


def _verb_cluster(before: list[str]) -> bool:
    """*laten zien*, *gaan gebruiken*: the replacement has a verb before its last verb; only as an infinitive
    can it stand as written (*laat ... zien*, *gaat ... gebruiken* need two places)."""
    return any(b.lower() in m.known_verbs() for b in before)


def _fit_verb(tokens: Sequence[Token], verb: Token, words: list[str]) -> str | None:
    split = _split_replacement(words)
    if split is None:
        return words[0] if len(tokens) == 1 and _participle_for_participle(verb, words) else None
    before, lemma, after = split
    got = _inflected_verb(verb, lemma)
    if got is None:
        return None
    place, form = got
    if place != "inf" and _verb_cluster(before):
        return None  # op de hoogte stelt → not 'laten weet'
    # om de doelen te bewerkstelligen → not 'te zorgen voor': the object stands before the verb
    if after and place != "main":
        return None
    sep = m.separable(lemma)
    doc = verb.doc
    if place == "inf" and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "te" and (before or sep):
        return None  # te mogelijk maken, te vaststellen: 'te' belongs inside
    # main clause: the finite verb stands second; a replacement with words before its verb, or a separable one,
    # would need a second place (Wij faciliteren dit → Wij maken dit mogelijk)
    if place == "main" and (before or sep or tokens[0].i != verb.i):
        return None
    return _join(before, form, after, words)


def _participle_for_participle(verb: Token, words: list[str]) -> bool:
    """*is voorgenomen* (VERB, not before a noun) → *gepland*, as it is; not for a reflexive (*ons voorgenomen*)."""
    if len(words) != 1 or noun_after(verb) or reflexive_use(verb) or "Part" not in verb.morph.get("VerbForm"):
        return False
    return m.verb_with_participle(words[0].lower()) is not None


def rewrite_verb_phrase(tokens: Sequence[Token], words: list[str]) -> str | None:
    """A verb phrase spread over the sentence (*neemt morgen een besluit*, *brengen het plan tot uitvoering*,
    *heeft zorg gedragen voor*) rewritten as the whole stretch from its first to its last word: the new verb in the
    old one's form and place, the words in between kept (*besluit morgen*, *voeren het plan uit*, *heeft gezorgd
    voor*). None when a word in between belongs to the noun that goes away (*een grote bijdrage*): it would be lost."""
    split = _split_replacement(words)
    if split is None:
        return None
    before, lemma, after = split
    matched = {t.i for t in tokens}
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    doc = verb.doc
    stretch = list(doc[tokens[0].i : tokens[-1].i + 1])
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    drop = set(matched)
    for n in nouns:
        if any(c.i > tokens[-1].i and c.dep_ == "nmod" and _van_phrase(c, matched) for c in n.children):
            return None  # geeft een beschrijving van het plan → not 'beschrijft van het plan': the phrase is the noun's
        for c in n.children:
            if c.i < tokens[0].i and c.dep_ in ("det", "amod", "nummod", "nmod:poss", "case"):
                return None  # een [grote] besluit: a word of the noun outside the stretch would dangle
            if c.i in matched or not (tokens[0].i <= c.i <= tokens[-1].i):
                continue
            if c.dep_ == "det" and c.lower_ in ("een", "de", "het"):
                drop.add(c.i)
            else:
                return None  # een grote bijdrage leveren → bijdragen: 'grote' would be lost
    if lemma not in MODALS:  # zich wenden tot → contact opnemen met (a modal's reflexive is its infinitive's)
        drop |= own_reflexives(verb, stretch)
    first = tokens[0]
    if first.pos_ == "NOUN" and first.i > 0 and doc[first.i - 1].pos_ == "ADJ":
        return None  # een separaat besluit genomen (the parse lost the adjective): 'separaat' would dangle
    keep = [t for t in stretch if t.i not in drop]
    if any(t.is_punct for t in keep):
        return None
    if loses_its_first_place(stretch, drop, keep):
        return None  # Een besluit wordt morgen genomen → not 'Wordt morgen besloten': a question's word order
    if any(n.dep_.startswith("nsubj") and "Plur" in n.morph.get("Number") for n in nouns):
        return None  # er zijn keuzes gemaakt → not 'er zijn gekozen': the verb agreed with the noun that goes
    if nouns and not after and _a_phrase_follows(tokens[-1], lemma):
        return None  # een omschrijving geven van de begrippen → not 'omschrijven van': it was the noun's
    if after and tokens[-1].pos_ != "ADP":
        # onder de aandacht brengen → wijzen op: the object before the old verb must follow the new preposition
        # (de regels onder de aandacht brengen → not 'de regels wijzen op')
        return None
    if any(t.pos_ == "ADP" and t.lower_ != "te" and _stranded(t) for t in tokens):
        return None  # we maken er gebruik van → not 'we kunnen er gebruiken': 'er' belonged to 'van'
    if lemma in MODALS and tokens[-1].lower_ != "te" and _te_infinitive_after(tokens[-1]):
        return None  # streeft ernaar de groei te beperken → not 'wil de groei te beperken'
    if tokens[-1].lower_ == "te" and _particle_before(tokens[-1]):
        return None  # dienen aan te sluiten → not 'moeten aan sluiten' (aansluiten is written as one word)
    if tokens[-1].lower_ == "te" and _second_te(tokens[-1]):
        return None  # dienen ... te volgen en te worden afgestemd → not 'moeten ... volgen en te worden'
    if lemma == "moeten" and verb.lemma_.lower() == "dienen" and _negated(stretch):
        # dient niet te / dient geen ... te: a prohibition (*mag niet*) or no duty (*hoeft geen vergunning te worden
        # aangevraagd*); 'moet niet' reads as the second, 'mag niet' as the first: only the writer knows
        return None
    got = _inflected_verb(verb, lemma)
    if got is None:
        return None
    place, form = got
    if place != "inf" and _verb_cluster(before):
        return None  # in gebruik genomen → not 'gaan gebruikt'
    if tokens[-1].pos_ == "ADP" and tokens[-1].lower_ != "te" and not after and place != "main":
        # gebruik maken van X → X gebruiken: the object must move before the verb at the end of the clause
        # (hoe de overheid gebruik kan maken van haar gezag → not 'kan gebruiken haar gezag'); only the finite
        # verb of a main clause keeps its object after it
        return None
    if place == "inf" and before and stretch[0].i > 0 and doc[stretch[0].i - 1].lower_ == "te":
        return None  # te treffen maatregelen → not 'te maatregelen nemen': 'te' belongs inside
    kept = [t.text for t in keep]
    if place != "inf" and any(w.lower() in ("te", "om") for w in kept):
        # dient de aannemer om de buren te beschermen een scherm te plaatsen: the 'te' found is that of the
        # inner om-clause, or a second 'te' stands inside: another verb's
        return None
    sep = m.separable(lemma)
    if place == "main":
        if stretch[0].i != verb.i or any(b.lower() in m.known_verbs() for b in before):
            return None  # geeft inzicht in → laat ... zien: the first verb of the replacement must lead
        if sep:
            # the tense is that of the form (wij verleenden tagged as a present: werkten mee)
            finite = m.present(sep[1], *_number_person(verb)) if form == "" else form
            return " ".join([finite, *kept, *before, sep[0], *after])
        return " ".join([form, *kept, *before, *after])
    if verb.i != stretch[-1].i and after and stretch[-1].pos_ != "ADP":
        return None
    if place == "inf" and sep and kept and kept[-1].lower() == "te":
        # aansluiting te vinden → aan te sluiten; een bijdrage te leveren aan → bij te dragen aan
        return " ".join([*kept[:-1], *before, sep[0], "te", sep[1], *after])
    if place == "inf" and doc[verb.i - 1].lower_ == "te" and any(t.i == verb.i - 1 for t in tokens):
        # the phrase's own *te* goes with the old verb (medewerking te verlenen → mee te werken, overleg te
        # voeren → te overleggen, in beeld te brengen → te laten zien): the new one needs it before its first verb
        new = [*before, form]
        first = next(k for k, w in enumerate(new) if k == len(new) - 1 or w.lower() in m.known_verbs())
        if first == len(new) - 1 and sep:
            return " ".join([*kept, *before, sep[0], "te", sep[1], *after])
        return " ".join([*kept, *new[:first], "te", *new[first:], *after])
    return " ".join([*kept, *before, form, *after])


def negated_duty_advice(tokens: Sequence[Token]) -> list[str]:
    """Advice for a form of *dienen* (*te*) with *niet*, *geen* or *nooit* in or right before its words: a ban
    (*mag niet*) or no duty (*hoeft niet*); no single replacement says what the writer meant."""
    if not tokens or not any(t.lemma_.lower() == "dienen" for t in tokens):
        return []
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if not _negated(list(tokens[0].doc[first : last + 1])):  # the words between too: dient geen ... te
        return []
    return [
        "Bedoelt u een verbod, schrijf dan 'mag niet' of 'mag geen', zonder 'te'; is het niet nodig, schrijf dan "
        "'hoeft niet te' of 'hoeft geen ... te'."
    ]


def _negated(stretch: list[Token]) -> bool:
    """*niet*, *geen* or *nooit* in the words of the verb phrase or right before it (*dat het niet dient te
    gebeuren*), not as the start of *niet alleen* ... *maar ook* or another phrase that limits (*niet per se*), nor
    of a comparison with *dan* (*niet later dan 1 mei*, *niet meer dan twee*): a limit of what is due."""
    doc = stretch[0].doc
    words = list(stretch)
    if stretch[0].i > stretch[0].sent.start:
        words.insert(0, doc[stretch[0].i - 1])
    for t in words:
        if t.lower_ in NEGATIONS:
            nxt = [w.lower_ for w in doc[t.i + 1 : t.i + 3]]
            limit = nxt[1:] == ["dan"] and nxt[0].isalpha() and nxt[0] not in EARLIER
            return not (nxt[:1] and nxt[0] in NOT_A_PROHIBITION or limit)
    return False


def _a_phrase_follows(last: Token, lemma: str) -> bool:
    """A prepositional phrase follows the words the new verb replaces (*keuzes maken in*, *een omschrijving geven
    van*, *onderzoek doen naar*): it belonged to the noun that goes away, and the new verb takes its own
    preposition or none (*omschrijven*, *onderzoeken*). The verbs of ``verb_prepositions`` keep the ones listed
    there (*een besluit nemen over* → *besluiten over*)."""
    doc = last.doc
    if last.i + 1 >= len(doc) or last.i + 1 >= last.sent.end:
        return False
    nxt = doc[last.i + 1]
    if nxt.pos_ != "ADP" or nxt.lower_ in ("te", "om"):
        return False  # (om ... te opens a clause of its own: het besluit nemen om ... → besluiten om ...)
    return nxt.lower_ not in VERB_PREPOSITIONS.get(lemma, ())


def _second_te(te: Token) -> bool:
    """After the matched *te* another *te* follows, after *en* or *of* (*te volgen en te worden afgestemd*,
    *online te blijven en alles doorgang te kunnen hebben*): that infinitive hangs on the old verb too, and would
    keep its *te* under the new one."""
    doc = te.doc
    joined = False
    for t in doc[te.i + 1 : te.sent.end]:
        if t.is_punct and t.lower_ not in ("(", ")", ","):
            return False
        if t.lower_ in ("en", "of") and t.pos_ == "CCONJ":
            joined = True
        elif joined and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return False  # ..., en één woning dient te worden ontsloten: that 'te' has a verb of its own
        elif joined and t.lower_ == "te" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def _particle_before(te: Token) -> bool:
    """The word before *te* is the particle of the verb after it (*aan te sluiten*, *plaats te vinden*): without
    *te* the two are written as one word, which is outside the words replaced."""
    doc = te.doc
    if te.i == 0 or te.i + 1 >= len(doc):
        return False
    before, verb = doc[te.i - 1], doc[te.i + 1]
    return before.dep_ == "compound:prt" or (
        verb.pos_ in ("VERB", "AUX") and m.separable(before.lower_ + verb.lemma_.lower()) is not None
    )


def _te_infinitive_after(last: Token) -> bool:
    """*te* and a verb follow the words replaced, in the same sentence (before a comma or a new clause)."""
    doc = last.doc
    for t in doc[last.i + 1 : last.sent.end]:
        if t.is_punct or (t.dep_ == "mark" and t.lower_ not in ("te", "om")):
            return False  # (streeft ernaar om ... te maken: 'om' belongs to the same infinitive)
        if t.lower_ == "te" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return True
    return False


def _stranded(adp: Token) -> bool:
    """A preposition whose object is a pronoun written apart (*er ... van*, *daar ... van*): it goes when the old
    phrase goes, and the pronoun stays behind."""
    doc = adp.doc
    if any(c.lower_ in R_PRONOUNS for c in adp.children) or adp.head.lower_ in R_PRONOUNS:
        return True
    nxt = doc[adp.i + 1] if adp.i + 1 < len(doc) else None
    ends_a_phrase = nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX")
    return ends_a_phrase and any(t.lower_ in R_PRONOUNS for t in doc[adp.sent.start : adp.i])


def _van_phrase(t: Token, matched: set[int]) -> bool:
    """A phrase with 'van' whose 'van' is not one of the matched words."""
    return any(c.dep_ == "case" and c.lower_ == "van" and c.i not in matched for c in t.children)


def _number_person(verb: Token) -> tuple[str, str]:
    number = (verb.morph.get("Number") or ["Sing"])[0]
    subj = _subject(verb)
    if subj is not None and subj.lower_ in SUBJECT_PERSON:
        person, number = SUBJECT_PERSON[subj.lower_]
        return number, person
    return number, "3"


def _perfect_aux_differs(verb: Token, lemma: str) -> bool:
    """*is gestegen* → *is toegenomen* fits; *is gestegen* → *is verhoogd* changes the sentence (zijn or hebben)."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in ("zijn", "hebben")), None)
    if aux is None:
        return False
    zijn_verbs = word_set("grammatica", "zijn_verbs")
    old = verb.lemma_.lower() in zijn_verbs
    return old != (lemma in zijn_verbs)


def _join(before: list[str], form: str, after: list[str], words: list[str]) -> str | None:
    written = words[len(before)]
    if form != written.lower() and m.zipf(form) == 0:
        return None  # a form Dutch text does not use: more likely a wrong guess than a rare word
    return " ".join([*before, _case(form, written), *after])


def _case(form: str, written: str) -> str:
    """The replacement's own capitals (a name stays a name); the rule gives it the capital of the sentence."""
    if written[:1].isupper() and not written.isupper():
        return form[:1].upper() + form[1:]
    return form
