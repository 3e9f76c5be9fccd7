"""Word-list matches read in their sentence: which alternatives mean the same there (issue 14, after blind6).

- ``cut_from_coordination`` and ``open_compound_part``: in ``lexicon_apart`` (compounds cut or written apart).
- ``reflexive_sense(entry, matched)``: an entry's verb (``unless_reflexive``) stands with a reflexive pronoun
  (*Wij hebben ons voorgenomen ...*): another verb, which the word list does not mean.
- ``by_dependent(entry, matched)``: the entry with its ``alternatives_if`` alternatives where the match governs one
  of those words (*voorzien in de behoefte*: *voldoen aan*, not *zorgen voor*; *dit betreft een bedrijf*: *is*).
- ``out_of_sense(tokens, replacements)`` and ``in_sense(tokens, replacements, offer)``: the alternatives that
  keep the meaning of this sentence, decided before any replacement or advice is written: an alternative that
  stands joined to the match by *en* or *of* already is left out (*zichtbaar en beleefbaar*);
  *door* for a cause is read as the doer in a passive clause (*door de storm wordt de weg afgesloten*), so there
  only another alternative (*vanwege*) stays; an entry that offers both *over* and *voor* offers *over* only
  where its phrase says what a word of saying or knowing is about (*vragen over uw aanvraag*), and else names
  both as advice (*Met betrekking tot dit plan zijn twee nota's het belangrijkst*: *voor*); *moeten* under a
  negation (*dient niet te*) is a ban or no duty, which only the writer knows.
- ``not_meant(listed, entry, tokens)`` and ``reason_here(reason, gone)``: the message says what the replacements
  and advice say: the entry's reason loses the clauses that name an alternative out of sense here.
"""

from __future__ import annotations

import dataclasses
import re

from ..language.data import word_set
from ..language.entry_forms import term_classes
from .lexicon_guards import others_in_sentence


def reflexive_sense(entry, matched) -> bool:
    """An entry with ``unless_reflexive`` whose verb stands with a reflexive pronoun (``reflexive.reflexive_use``):
    another verb with another sense, which the alternatives do not fit. *Wij hebben ons voorgenomen de weg te
    verbreden* (resolved: *zich voornemen*, plain Dutch; not *gepland*), *Wij hebben ons gerealiseerd dat ...*
    (understood; not *gebouwd*). Not every verb: *zich committeren* and *zich profileren* are the listed sense."""
    if not entry.unless_reflexive or len(matched) != 1:
        return False
    from ..language.reflexive import reflexive_use

    return reflexive_use(matched[0])


#: prepositions of a phrase that says when or in what situation, never what the verb is done to: a frame at the
#: same time as the act (``grammatica.frame_prepositions``: *tijdens*, *bij*, the list that ``nominal_signals``
#: reads for a time frame) and a time after an earlier event (``since_prepositions``: *na*, *sinds*, which that
#: frame leaves out because a clause for them is a condition, not a time frame)
CIRCUMSTANCE = word_set("grammatica", "frame_prepositions") | word_set("grammatica", "since_prepositions")


def _governed(matched):
    """The words the matched words govern, without an active noun subject (*Het bedrijf faciliteert ...*: who does
    it, not what it is done to); a pronoun subject stays (*dit betreft*), and so does a passive one (*een bestemming
    wordt gerealiseerd*); a phrase of time or situation (``CIRCUMSTANCE``) is left out too."""
    inside = {t.i for t in matched}
    for tok in matched:
        middle = _middle_field_objects(tok)
        for child in [*tok.children, *middle]:
            subject = child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") and child not in middle
            if child.i in inside or subject:
                continue
            if any(c.dep_ == "case" and c.lower_ in CIRCUMSTANCE for c in child.children):
                continue  # *tijdens het ontbijt verstrekken wij informatie*: when, not what
            yield child


def _middle_field_objects(tok):
    """The objects the parse hangs on the verb above an infinitive (*wil jonge gezinnen faciliteren*, *probeert
    starters te faciliteren*: *gezinnen* on *wil*): in Dutch the words between the finite verb and the infinitive
    at the end are the infinitive's, a modal takes no object of its own there (not before *om*, which opens a
    clause of its own). A second subject there is one too
    (*Wij willen de taken realiseren*: the parse calls *taken* a subject of *willen*, which has *wij*)."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head.pos_ not in ("VERB", "AUX") or head.i >= tok.i:
        return []
    # *benoemt maatregelen om de ambities te realiseren*: the words before *om* are the main clause's
    start = max((c.i for c in tok.children if c.dep_ == "mark" and c.lower_ == "om"), default=head.i)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return [
        c
        for c in head.children
        if start < c.i < tok.i
        and (c.dep_ in ("obj", "iobj", "xcomp") or (c.dep_ == "nsubj" and c != subjects[0]))
    ]


def _phrase_head(matched):
    """The word a matched preposition's phrase depends on: *afstand* in *een afstand van 30 meter ten opzichte van
    de woning* (the parse hangs the preposition on that word, or on its own noun, which hangs on it)."""
    first = min(matched, key=lambda t: t.i)
    if first.pos_ != "ADP":
        return []
    head = first.head.head if first.dep_ == "case" else first.head
    inside = {t.i for t in matched}
    if head.i in inside or head is first:
        return []
    # a number hangs between them: *een afstand van 50 meter ten opzichte van ...*
    if head.pos_ != "NUM":
        return [head]
    return [head, *(c for c in head.children if c.dep_ == "fixed"), head.head]  # 50 meter: the unit, its noun


def _object_noun(matched):
    """The noun of a matched preposition's phrase: *zienswijzen* in *naar aanleiding van de zienswijzen* (the parse
    often hangs that noun on the verb, not on the multi-word preposition), after its articles and adjectives."""
    first = min(matched, key=lambda t: t.i)
    last = max(matched, key=lambda t: t.i)
    if first.pos_ != "ADP":
        return []
    doc, end = last.doc, last.sent.end
    for i in range(last.i + 1, min(end, last.i + 5)):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN"):
            return [tok]
        if tok.pos_ not in ("DET", "ADJ", "NUM", "PRON") and "Part" not in tok.morph.get("VerbForm"):
            return []  # not an article, adjective or participle (*de ingediende reacties*) before the noun
    return []


def _compound_end(word: str, forms: set[str]) -> bool:
    """A form ends in the word: any word of 5 letters or more, or a short one written with a hyphen in front
    (``-wet``: *Woningwet*, *Omgevingswet*; a short word alone would end too many others)."""
    if word.startswith("-"):
        return any(f.endswith(word[1:]) and len(f) > len(word) for f in forms)
    return len(word) >= 5 and any(f.endswith(word) for f in forms)


def by_dependent(entry, matched):
    """The entry, with the alternatives of the first ``alternatives_if`` word that the match governs (as written,
    its lemma, or the last part of a compound: *woningbehoefte*), or, for a preposition, the noun of its phrase
    (*naar aanleiding van de zienswijzen*: *door*, *vanwege*) or the word its phrase depends on (*een afstand ten
    opzichte van de woning*: *tot*)."""
    if not (entry.alternatives_if or entry.alternatives_if_people or entry.alternatives_if_task):
        return entry
    from ..language.people import person_noun

    # a one-word verb (*realiseren*), not a verb with its own phrase (*in aanmerking komen voor*, *voorzien in*),
    # also where the tagger read its form as another class (*Creëer ruimte voor bomen*: an adjective)
    first = min(matched, key=lambda t: t.i)
    one_word = " " not in entry.term.strip()
    verb = one_word and (first.pos_ in ("VERB", "AUX") or term_classes(entry.term, entry.pos) == ("VERB",))
    inside = {t.i for t in matched}
    own = word_set("grammatica", "sense_object_prepositions")
    dependents = [*_governed(matched), *_object_noun(matched), *_phrase_head(matched)]
    objects = [c for c in dependents if c.dep_ in ("obj", "nsubj:pass")]
    if verb and objects:
        # what is done is the object (*wij realiseren als maatregel ... een vijver*: the pond), not a phrase beside
        # it; a subject word stays (*dit betreft*, *het betreft*, as the parse may tag it)
        dependents = [c for c in dependents if c.dep_ not in ("obl", "obl:agent", "advcl", "nmod", "xcomp")]
    elif first.pos_ == "NOUN" and one_word:
        # a noun's object is its van-phrase (*de realisatie van het fietspad als maatregel*: the cycle path)
        dependents = [
            c for c in dependents if any(k.dep_ == "case" and k.lower_ == "van" for k in c.children)
        ]
    # an adjective before its noun takes its sense from that noun (*in de voorgaande paragrafen*: the text above)
    noun = first.head if one_word and first.dep_ == "amod" and first.head.i > first.i else None
    if noun is not None and term_classes(entry.term, entry.pos) != ("VERB",):
        dependents.append(noun)
    for child in dependents:
        forms = {child.lower_, child.lemma_.lower()}
        if (
            verb
            and child is not noun
            and any(_preposition(c) and c.i not in inside and c.lower_ not in own for c in child.children)
        ):
            continue  # a verb's phrase with a preposition of its own is not what is done (*naast de maatregelen*)
        for word, alternatives in entry.alternatives_if:
            if word in forms or _compound_end(word, forms):
                return dataclasses.replace(entry, alternatives=alternatives)
        tasks = word_set("grammatica", "carried_out_nouns")
        if entry.alternatives_if_task and any(w in forms or _compound_end(w, forms) for w in tasks):
            return dataclasses.replace(entry, alternatives=entry.alternatives_if_task)
        if entry.alternatives_if_people and _its_object(child) and person_noun(child):
            return dataclasses.replace(entry, alternatives=entry.alternatives_if_people)
    return entry


def _preposition(tok) -> bool:
    """A preposition of its own before a noun (*naast de maatregelen*); not a conjunction the parse calls so
    (*Zodra ... bestemmingen*)."""
    if tok.dep_ in ("case", "mark") and tok.lower_ in word_set("grammatica", "role_words"):
        return True  # *als maatregel*: a phrase of role, not what is done
    return tok.dep_ == "case" and tok.pos_ == "ADP"


def _its_object(tok) -> bool:
    """The word is the object of the matched verb (*de bewoners faciliteren*, *de bewoners worden gefaciliteerd*) or
    of its noun, after *van* (*het faciliteren van bewoners*): not a phrase with another preposition (*voor
    bewoners faciliteert de gemeente een markt*: the market is made possible)."""
    if tok.dep_ in ("obj", "iobj", "nsubj:pass"):
        return True
    cases = [c.lower_ for c in tok.children if c.dep_ == "case"]
    return "van" in cases or (not cases and tok.dep_ not in ("nsubj", "obl"))


def _passive(tokens) -> bool:
    """The sentence has a passive, as the replacement check reads it (``realise_context._in_passive_clause``: with
    *worden* or *zijn*, not a verb that takes *zijn*)."""
    from ..language.realise_context import _in_passive_clause

    return _in_passive_clause(min(tokens, key=lambda t: t.i))


def _between_commas(tokens) -> bool:
    """The words stand as an aside between two commas (*Het plan is, derhalve, uitgesteld*): there a word of
    conclusion fits (*, dus,*), a word that points to a reason does not (*, daarom,*)."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    doc, sent = first.doc, first.sent
    return (
        first.i > sent.start
        and last.i + 1 < sent.end
        and doc[first.i - 1].text == ","
        and doc[last.i + 1].text == ","
    )


def _about_head(tokens):
    """The word the phrase of the matched preposition depends on: *vragen* in *vragen met betrekking tot uw
    aanvraag* (the preposition hangs on its noun, that noun on the head)."""
    first = min(tokens, key=lambda t: t.i)
    obj = first.head
    if obj is first or obj.i in {t.i for t in tokens}:
        return None
    return None if obj.head is obj else obj.head


def out_of_sense(tokens, replacements, duty: list[str] | None = None) -> frozenset[str] | None:
    """The alternatives (lower case) that would change the meaning of this sentence, before any replacement or
    advice is written: *door* in a passive clause (the doer), *voor* where the phrase says what a word of saying
    or knowing is about; None where the writer must choose between all of them (*over* and *voor* elsewhere).
    ``duty``: ``negated_duty_advice(tokens)`` where the caller has it already (made once per finding)."""
    wanted = [r.lower() for r in replacements]
    out = set()
    if "moeten" in wanted and _duty(tokens, duty):
        out.add("moeten")  # dient niet te: a ban (mag niet) or no duty (hoeft niet te), never 'moet niet'
    if "door" in wanted and _passive(tokens):
        out.add("door")  # door ... wordt afgesloten: the doer
    if "daarom" in wanted and "dus" in wanted and _between_commas(tokens):
        out.add("daarom")  # het plan is, derhalve, uitgesteld: an aside that concludes ('dus'), not a reason
    # *maar* is 'only' and 'but': beside a *maar* in the sentence it reads as the conjunction (*niet slechts ...
    # maar ook*), or says it twice (*een straatje dat maar weinig verkeer heeft slechts ...*)
    if "maar" in wanted and any(t.lower_ == "maar" for t in others_in_sentence(list(tokens))):
        out.add("maar")
    twice = set(wanted) & _coordinated(tokens)  # zichtbaar en beleefbaar: not 'zichtbaar en zichtbaar'
    if len(twice) < len(set(wanted)):
        out |= twice  # one alternative at least stays (*doelen en doelstellingen*: 'doel' is all there is)
    if "over" in wanted and "voor" in wanted:
        head = _about_head(tokens)
        about = word_set("grammatica", "about_heads")
        if head is None or not (head.lemma_.lower() in about or head.lower_ in about):
            return None
        out.add("voor")
    return frozenset(out)


def _coordinated(tokens) -> set[str]:
    """The words (as written and their lemmas, lower case) joined to the match by *en* or *of*: two coordinated
    words name two things, so an alternative that is one of them makes the pair say one word twice (*zichtbaar en
    beleefbaar* → not *zichtbaar en zichtbaar*)."""
    inside = {t.i for t in tokens}

    def clause(t) -> bool:
        # the second of two joined clauses has a subject of its own (*het betreft een project ... en er is geen
        # sprake van*): two clauses, no pair of words
        return any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in t.children)

    partners = [t.head for t in tokens if t.dep_ == "conj" and not clause(t)]
    partners += [c for t in tokens for c in t.children if c.dep_ == "conj" and not clause(c)]
    # the word on the other side of the conjunction right beside the match, where the parse misses the pair
    # (*een zichtbaar en beleefbaar landschap*)
    doc, first, last = tokens[0].doc, min(inside), max(inside)
    sent = tokens[0].sent  # (not across the sentence: *En* opening it joins nothing before it)
    if first >= sent.start + 2 and doc[first - 1].lower_ in ("en", "of"):
        partners.append(doc[first - 2])
    if last + 2 < sent.end and doc[last + 1].lower_ in ("en", "of"):
        partners.append(doc[last + 2])
    return {w for p in partners if p.i not in inside for w in (p.lower_, p.lemma_.lower())}


def in_sense(
    tokens, replacements, offer, duty: list[str] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """(the fitting replacements that keep the meaning here, advice for the others, the alternatives that keep
    it): ``offer(kept)`` (``language/realise.offer`` for this match) writes replacements and advice for the
    alternatives that keep the meaning only; see the module doc."""
    from ..language.realise_advice import choice_advice

    duty = _duty(tokens, duty)
    out = out_of_sense(tokens, replacements, duty)
    if out is None:
        return [], [choice_advice(list(replacements))], []
    kept = [r for r in replacements if r.lower() not in out]
    fitting, advice = offer(kept) if kept else ([], [])
    if "moeten" in out:
        advice = duty + advice  # the writer says which: a ban or no duty
    if "door" in out and not fitting:
        # none of the others drops in: the writer chooses between them
        return [], [choice_advice(kept)] if kept else [], kept
    return fitting, advice, kept


def not_meant(listed, entry, tokens, duty: list[str] | None = None) -> frozenset[str]:
    """The alternatives of the listed entry (lower case) that the message must not name in this sentence: those
    that its sense replaced (``by_dependent``: *ondernemers faciliteren* is no *mogelijk maken*) and those that
    would change the meaning here (``out_of_sense``: *moeten* under a negation, *door* in a passive clause). The
    replacements and the advice already leave them out; the entry's reason names them too."""
    here = {a.lower() for a in entry.alternatives}
    gone = {a.lower() for a in listed.alternatives} - here
    return frozenset(gone | (out_of_sense(tokens, entry.replacements, duty) or frozenset()))


def sense_advice(tokens, gone: frozenset[str], duty: list[str] | None = None) -> list[str]:
    """What the message says in place of an alternative the sense ruled out, where the entry's own advice does not
    say it: under a negation *dienen te* is a ban or no duty (*mag niet*, *hoeft niet te*)."""
    return _duty(tokens, duty) if "moeten" in gone else []


def _duty(tokens, duty: list[str] | None) -> list[str]:
    """``negated_duty_advice(tokens)``, unless the caller made it already (``duty``)."""
    from ..language.realise_verbs import negated_duty_advice

    return negated_duty_advice(tokens) if duty is None else duty


def reason_here(reason: str, gone: frozenset[str]) -> str:
    """The entry's reason without its clauses (cut after . ; ! ?) that name one of ``gone`` in quotes: *Stijf; zeg
    'moeten'.* under a negation is *Stijf.*; empty where every clause names one."""
    if not gone:
        return reason
    parts = re.split(r"(?<=[.;!?])\s+", reason.strip())
    kept = [p for p in parts if not any(f"'{g}'" in p.lower() for g in gone)]
    if len(kept) == len(parts):
        return reason
    text = " ".join(kept).strip()
    if text.endswith((";", ",", ":")):
        text = text[:-1] + "."
    return text[:1].upper() + text[1:]


def quoted_words(reason: str) -> frozenset[str]:
    """The words a reason offers in quotes (*vaak kan het korter: 'is', 'gebeurt'*), in lower case."""
    return frozenset(w.lower() for w in re.findall(r"'([^']+)'", reason))


def subject_verb_advice(tokens) -> list[str]:
    """Advice that names the verb of a subject that is a verb made noun: *In het overleg heeft afstemming
    plaatsgevonden* → write with *afstemmen* (*is afgestemd*), where *zijn* or *gebeuren* would keep the noun. The
    verb takes no object, so a bare noun that the parse hangs on it as an object is its subject too."""
    from ..language.names import bare_objects, clause_subjects, clause_verb
    from ..language.nominal_verb import noun_verb

    verb = clause_verb(list(tokens))
    # the subject or bare object of a weak verb among the matched words comes first: in *vindt de opslag plaats in
    # een kelder en vindt lozing niet plaats* the second match is about *lozing*, though the clause the parse
    # gives it (up the conjunction) is the first one's
    own_verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    near = [c for v in own_verbs for c in v.children if c.dep_.startswith("nsubj")]
    near += [o for v in own_verbs for o in bare_objects(v)]
    found_in = list(dict.fromkeys([*near, *clause_subjects(list(tokens)), *bare_objects(verb)]))
    for subject in found_in:
        if _in_another_clause(subject, tokens):
            continue  # *... plaats kunnen vinden, is uitbreiding ...*: the noun of the next clause
        found = noun_verb(subject.lemma_) if subject.pos_ == "NOUN" else None
        if found:
            verb_word = ("her" if found[1] == "her" else "") + found[0]  # herinrichting: herinrichten
            return [
                f"schrijf met het werkwoord '{verb_word}' in plaats van '{subject.lower_}' met een zwak werkwoord"
            ]
    return []


def _in_another_clause(noun, tokens) -> bool:
    """Between ``noun`` and the matched words stand a finite verb of its own and a comma that parts that verb from
    them (*Indien verstoring niet vermeden kan worden, dient ... plaats te vinden*; *... plaats kunnen vinden, is
    uitbreiding ...*): the noun belongs to that verb's clause. Commas of a list (*de realisering van woningbouw,
    bedrijventerreinen en infrastructuur moet plaatsvinden*), a finite verb alone (*heeft ... plaatsgevonden*) or
    one of a clause opened after the noun (*De herinrichting, die vorig jaar is aangekondigd, vindt ... plaats*: a
    clause put inside the noun's own) are no clause boundary."""
    from ..language.tang_clauses import opens_a_clause

    own = {t.i for t in tokens}
    first, last = min(own), max(own)
    doc = noun.doc
    lo, hi = (noun.i, first) if noun.i < first else (last, noun.i)
    opened = 0  # clauses opened between, each closed by its own (first) finite verb
    for t in doc[lo + 1 : hi]:
        if opens_a_clause(t):
            opened += 1
        if t.i in own or t.pos_ not in ("VERB", "AUX") or "Fin" not in t.morph.get("VerbForm"):
            continue
        if opened:
            opened -= 1  # the verb of a clause put inside the noun's clause, not the noun's own
            continue
        parting = doc[t.i + 1 : first] if t.i < first else doc[last + 1 : t.i]
        if any(w.text in (",", ";", ":") for w in parting):
            return True
    return False
