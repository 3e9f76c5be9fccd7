"""Word-list matches read by where their words stand: other alternatives after a noun (``after_noun``: *subsidie
in de vorm van een lening*), after an article (``after_determiner``: *de betreffende locatie*), before a length of
time (``for_a_duration``: *gedurende zes weken*), in a text that does not address its reader (``by_reader``:
*desgewenst*), before a noun as its adjective (``attributive``: *een geïntegreerde aanpak*) and in a clause that
says no (``by_negation``: *heeft geen relatie met*), before another adjective (``before_adjective``:
*met vermoedelijke lage snelheid*), and beside another word of its sentence (``in_sentence``: *tenminste een inhoud
van minimaal 190 m³*). Each returns the entry with its other alternatives where they
apply, else the entry itself; ``by_place`` reads them all."""

from __future__ import annotations

import dataclasses

from ..language import morphology
from ..language.data import word_set
from ..language.keys import attributive_word


def after_noun(entry, matched):
    """The entry with its ``alternatives_if_after_noun`` where the words stand right after a noun (*subsidie in de
    vorm van een lening*: there *als* reads as *zoals* or as a comparison, *maatregelen als boetes*, *hulp als een
    uitkering*)."""
    first = min(matched, key=lambda t: t.i)
    if entry.alternatives_if_after_noun and first.i > first.sent.start:
        before = first.doc[first.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.text.isalpha():
            return dataclasses.replace(entry, alternatives=entry.alternatives_if_after_noun)
    return entry


def after_determiner(entry, matched):
    """The entry with its ``alternatives_if_after_determiner`` where the words stand right after an article or a
    demonstrative (``grammatica.articles``, or a word the tagger calls a determiner): *de betreffende locatie*
    uses *betreffende* as an adjective ('this one'), where the preposition's 'over' does not fit."""
    first = min(matched, key=lambda t: t.i)
    if entry.alternatives_if_after_determiner and first.i > first.sent.start:
        before = first.doc[first.i - 1]
        if before.pos_ == "DET" or before.lower_ in word_set("grammatica", "articles"):
            return dataclasses.replace(entry, alternatives=entry.alternatives_if_after_determiner)
    return entry


#: words that count a length of time before its unit, besides a number (*enkele weken*, *een week*)
COUNTING_WORDS = frozenset({"een", "één", "enkele", "meerdere", "vele", "veel", "ettelijke"})
#: plurals of the units of time, whose lemma the tagger may miss (*uren*: 'ur')
PLURAL_UNITS = frozenset({"seconden", "minuten", "uren", "dagen", "weken", "maanden", "jaren", "kwartieren"})


def for_a_duration(entry, matched):
    """The entry with its ``alternatives_if_duration`` where the phrase after the words is a length of time: a
    number or counting word and a unit of time (``grammatica.time_units``: *gedurende zes weken*, *gedurende een
    jaar*, *gedurende 24 uur*), or a bare plural unit (*gedurende weken*); not a period named with a determiner
    (*gedurende de wintermaanden*, *de eerste twee weken*, *de jaren negentig*: 'tijdens' fits there)."""
    if not entry.alternatives_if_duration:
        return entry
    last = max(t.i for t in matched)
    sent = matched[0].sent
    counted = False
    for t in sent.doc[last + 1 : min(last + 5, sent.end)]:
        if t.pos_ == "NUM" or t.lower_ in COUNTING_WORDS:
            counted = True
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            unit = t.lower_ in PLURAL_UNITS or t.lemma_.lower() in word_set("grammatica", "time_units")
            if unit and (counted or "Plur" in t.morph.get("Number")):
                return dataclasses.replace(entry, alternatives=entry.alternatives_if_duration)
        if t.pos_ != "ADJ":
            return entry  # a determiner (de, deze), a preposition: a period, not a length
    return entry


def by_reader(entry, matched):
    """The entry with its ``alternatives_if_unaddressed`` where the paragraph of the match does not address the
    reader (no word of ``grammatica.reader_pronouns``: *u*, *uw*): *Het college kan desgewenst een deskundige
    inschakelen* is no *als u wilt*, *Desgewenst sturen wij u een kopie* is."""
    if not entry.alternatives_if_unaddressed:
        return entry
    from ..language.quotation import in_quotation_marks

    reader, doc = word_set("grammatica", "reader_pronouns"), matched[0].doc
    if any(
        t.lower_ in reader and not in_quotation_marks(doc.text, t.idx, t.idx + len(t)) for t in doc
    ):  # a *u* quoted from someone else (*"U kunt bellen"*) does not address this text's reader
        return entry
    return dataclasses.replace(entry, alternatives=entry.alternatives_if_unaddressed)


def attributive(entry, matched):
    """The entry with its ``alternatives_if_attributive`` where the word stands before its noun as an adjective or
    participle (*een geïntegreerde aanpak*: 'samenhangend', not 'samenvoegen'; *eventueel gebruik*), or right before
    such a word as its adverb (*eventueel aanwezige waarden*, *eventueel vrijkomende grond*: 'if any', the sense of
    *eventuele*)."""
    if not entry.alternatives_if_attributive or entry.alternatives in dict(entry.alternatives_if).values():
        return entry  # the noun's own alternatives (*de voorgaande tabel*: 'de tabel hierboven') say more
    last = max(matched, key=lambda t: t.i)
    nxt = last.doc[last.i + 1] if last.i + 1 < last.sent.end else None
    # an inflected word that the tagger took for a noun between an article and its noun (*de vereiste
    # watercompensatie*) is an adjective there too (``keys.attributive_word``)
    misread = last.pos_ == "NOUN" and last.lower_.endswith("e") and attributive_word(last)
    if _before_its_noun(last) or misread or (nxt is not None and _before_its_noun(nxt)):
        return dataclasses.replace(entry, alternatives=entry.alternatives_if_attributive)
    return entry


def _before_its_noun(tok) -> bool:
    """An adjective or participle before its noun: with the -e of that place and a noun or another such word after it
    (*aanwezige archeologische waarden*, *vrijkomende grond*, *een tweede landgoed*), or without it right before a
    noun where Dutch leaves the -e off, a singular het-noun (*een geïntegreerd document*, *aankomend verkeer*,
    *eventueel gebruik*, *een eventueel tekort*). Before a plural or a de-noun an adjective takes the -e: *en eventueel
    buurgemeenten* is the adverb. A verb form counts only as the parse's modifier of the noun (*integreert beleid*:
    the tagger may call a rare finite verb a participle)."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.i + 1 >= tok.sent.end:
        return False
    after = tok.doc[tok.i + 1]
    if tok.lower_.endswith("e"):  # also joined to the next adjective: *een geïntegreerde en flexibele aanpak*
        joined = (after.pos_ == "CCONJ" or after.text == ",") and tok.i + 2 < tok.sent.end
        after = tok.doc[tok.i + 2] if joined else after
        noun_after = (
            tok.dep_ == "amod" and tok.head.i > tok.i
        )  # *aanwezige veehouderijbedrijven*, tagged a verb
        return noun_after or after.pos_ in ("NOUN", "PROPN", "ADJ") or "Part" in after.morph.get("VerbForm")
    singular = after.pos_ == "NOUN" and "Plur" not in after.morph.get("Number")
    return (
        singular and morphology.article(after.lower_) == "het" and (tok.pos_ == "ADJ" or tok.dep_ == "amod")
    )


def by_negation(entry, matched):
    """The entry with its ``alternatives_if_negated`` where the clause says no (``names.is_negated``: *niet*,
    *geen*, *nooit*): *heeft geen relatie met het beleid* is 'staat los van', not 'hangt samen met'. An adjective
    before its noun only with its own *niet* right before it."""
    if not entry.alternatives_if_negated:
        return entry
    from ..language.names import is_negated

    last = max(matched, key=lambda t: t.i)
    if _before_its_noun(last):
        # an adjective before its noun is denied only by its own *niet* (*een niet limitatieve lijst*); the clause's
        # denies the verb (*de limitatieve lijst is niet van toepassing*)
        before = last.doc[last.i - 1] if last.i > last.sent.start else None
        negated = before is not None and before.lower_ in word_set("grammatica", "negations")
    else:
        negated = is_negated(list(matched))
    if negated:
        return dataclasses.replace(entry, alternatives=entry.alternatives_if_negated)
    return entry


def before_adjective(entry, matched):
    """The entry with its ``alternatives_if_before_adjective`` where the word, with the -e of a place before a noun,
    stands right before another adjective with that -e before the noun (*met vermoedelijke lage snelheid*): a word
    of likelihood there grades that adjective, as an adverb without -e (*met waarschijnlijk lage snelheid*), and a
    replacement with the -e would copy the slip."""
    if not entry.alternatives_if_before_adjective:
        return entry
    last = max(matched, key=lambda t: t.i)
    if last.pos_ != "ADJ" or not last.lower_.endswith("e") or last.i + 2 >= last.sent.end:
        return entry
    nxt, noun = last.doc[last.i + 1], last.doc[last.i + 2]
    if nxt.pos_ == "ADJ" and nxt.lower_.endswith("e") and noun.pos_ in ("NOUN", "PROPN"):
        return dataclasses.replace(entry, alternatives=entry.alternatives_if_before_adjective)
    return entry


def in_fragment(entry, matched):
    """The entry with its ``alternatives_if_fragment`` where the words open a sentence that has no finite verb
    (*Evenals tussen de weg en de dijk.*): such a fragment adds to the sentence before it, so 'en ook' fits;
    'net als' compares and needs a clause to compare in. With its ``alternatives_if_fronted`` where they open a
    sentence with a finite verb (*Evenals vorig jaar houdt de gemeente een markt*): the phrase stands in front of
    the main clause's verb, a comparison ('Net als vorig jaar ...'); 'en' has nothing before it to add to."""
    if not (entry.alternatives_if_fragment or entry.alternatives_if_fronted):
        return entry
    from ..language.nominal_sentence import opening

    kind = opening(min(matched, key=lambda t: t.i))
    alternatives = {"fragment": entry.alternatives_if_fragment, "fronted": entry.alternatives_if_fronted}.get(
        kind
    )
    return dataclasses.replace(entry, alternatives=alternatives) if alternatives else entry


def in_sentence(entry, matched):
    """The entry with its ``alternatives_if_in_sentence`` for the first of its words (as written, else its lemma)
    that stands elsewhere in the written sentence: *tenminste een inhoud van minimaal 190 m³* says the minimum twice
    ('minstens ... minimaal'), so the word goes; *limitatief beschikbaar* is 'schaars'. A matched verb looks only in
    its own clause (``lexicon_verbal._governed_by``; a verb that is no clause of its own, in the clause of the verb
    it hangs on): in *De naam is ontleend aan een boer, die er veel voordeel van had* the *voordeel* is the relative
    clause's, and *ontleend* keeps its own advice."""
    if not entry.alternatives_if_in_sentence:
        return entry
    from .lexicon_guards import others_in_sentence
    from .lexicon_verbal import CLAUSE_DEPS, _governed_by

    others = others_in_sentence(list(matched))
    verb = next((t for t in matched if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        # a participle that describes how another verb's act goes belongs to that verb's clause (*De wijk wordt
        # gefaseerd gebouwd in vier fasen*)
        tops = [verb] + ([verb.head] if verb.dep_ not in CLAUSE_DEPS and verb.head.i != verb.i else [])
        others = [t for t in others if any(_governed_by(t, top) for top in tops)]
    for there in ({t.lower_ for t in others}, {t.lemma_.lower() for t in others}):  # as written first
        for word, alternatives in entry.alternatives_if_in_sentence:
            if word in there:
                return dataclasses.replace(entry, alternatives=alternatives)
    return entry


def before_word(entry, matched):
    """The entry with its ``alternatives_if_before`` for the word right after the match (as written, else its
    lemma): *de naastgelegen buurpercelen* says 'next to' twice, so the word goes; *de naastgelegen woning van de
    buren* keeps its advice. The next word, not the parse: the tagger may read the two as two nouns."""
    if not entry.alternatives_if_before:
        return entry
    last = max(matched, key=lambda t: t.i)
    if last.i + 1 >= last.sent.end:
        return entry
    nxt = last.doc[last.i + 1]
    for there in (nxt.lower_, nxt.lemma_.lower()):
        for word, alternatives in entry.alternatives_if_before:
            if word == there:
                return dataclasses.replace(entry, alternatives=alternatives)
    return entry


def by_place(entry, matched):
    """The entry with the other alternatives of each place above that applies, in this order (a later one wins)."""
    for choose in (
        after_noun,
        after_determiner,
        for_a_duration,
        by_reader,
        attributive,
        by_negation,
        before_adjective,
        in_fragment,
        in_sentence,
        before_word,
    ):
        entry = choose(entry, matched)
    return entry
