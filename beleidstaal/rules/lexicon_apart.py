"""Word-list matches that are part of a compound, not a word of their own (issue 14, after blind6; split from
``lexicon_sense`` in the thirty-second round):

- ``cut_from_coordination(sent, matched)``: the match is the second half of a coordinated compound whose first half
  is cut off (*woon- en leefklimaat*): the listed word does not stand on its own there, and replacing it alone
  breaks the phrase.
- ``open_compound_part(sent, matched, entry)``: the match is the first part of a compound written apart (*maatwerk
  rapportages*; *Management systeem* at the start of a sentence, where the tagger misreads the capital English noun):
  not the writer's word on its own, as in a closed compound.
"""

from __future__ import annotations

from ..language.entry_forms import term_classes

#: the conjunctions of a coordinated compound with its first half cut off (*woon- en leefklimaat*)
COORDINATORS = frozenset({"en", "of", "en/of", "tot"})


def cut_from_coordination(sent, matched) -> bool:
    """*woon- en leefklimaat*, *leefklimaat- en woonomgeving*: the matched word shares its last or first part with
    the word it is coordinated with."""
    doc = sent.doc
    first = min(t.i for t in matched)
    last = max(t.i for t in matched)
    # one content word (the tagger may misread its class): 'in- en nabij het plan' is no cut compound
    if len(matched) != 1 or doc[first].pos_ not in ("NOUN", "PROPN", "X", "VERB", "ADJ"):
        return False
    if first - 2 >= sent.start and doc[first - 1].lower_ in COORDINATORS:
        cut = doc[first - 2].text
        if len(cut) > 1 and cut.endswith(CUT_MARKS):
            return True
    return doc[last].text.endswith(CUT_MARKS) and last + 1 < sent.end and doc[last + 1].lower_ in COORDINATORS


#: the hyphen that marks a cut compound, also the typographic ones of word processors (U+2010, U+2011)
CUT_MARKS = ("-", "\u2010", "\u2011")


#: the word lists whose nouns are concept words, which stand as the first part of a compound written apart
#: (*maatwerk rapportages*); a quantity noun of the wordy phrases (*een tweetal zones*) counts the next noun
OPEN_COMPOUND_RULES = frozenset({"BT102", "BT103"})


#: the endings of a noun made from a verb (*planvorming*, *reductie*, *afstemming*): such a noun before a bare noun
#: is the head of a clipped phrase (*reductie hydraulische belasting*, *in de planvorming rekening houden*), not
#: the first part of a compound
ACTION_ENDINGS = ("ing", "tie", "sie")


def open_compound_part(sent, matched, entry) -> bool:
    """*maatwerk rapportages*, *expertise level*: a one-word noun right before another noun, with no article,
    comma or conjunction between them, is the first part of a compound written apart. Like the first part of a
    closed compound (*maatwerkrapportages*, which the word lists never flag), it says what kind of thing the
    second noun is; replacing it alone breaks the compound (*een oplossing die past bij uw situatie rapportages*).
    Not a noun made from a verb (``ACTION_ENDINGS``): *reductie hydraulische belasting* is a clipped *reductie van
    ...*, and in *in de planvorming rekening houden* the second noun belongs to the verb."""
    from ..language.compounds import is_adjective
    from ..language.morphology import lemmas

    if entry.rule not in OPEN_COMPOUND_RULES or len(matched) != 1:
        return False
    tok = matched[0]
    doc = sent.doc
    if not _noun_here(tok, entry) or tok.i + 1 >= sent.end or tok.whitespace_ != " ":
        return False
    # the listed noun as written (or its plural), no noun made from a verb
    if not tok.lower_.startswith(entry.term) or entry.term.endswith(ACTION_ENDINGS):
        return False
    nxt = doc[tok.i + 1]
    # both in lower case (a capital second word starts a name or a new line's sentence), the first one capital
    # only where every word is (*Management systeem standaard* after a colon); no abbreviation (*etc*)
    if nxt.pos_ not in ("NOUN", "X") or not nxt.text.islower() or len(nxt.text) < 4:
        return False
    if not (tok.text.islower() or (tok.text.istitle() and _opens_sentence(tok) and _names_a_thing(entry))):
        return False
    # the tagger calls some adjectives, participles and verbs nouns (*een multifunctioneel gebouw*, *die juridische
    # borging vereisen*): only a word that is no verb or adjective, before one that is no verb
    if is_adjective(tok.lower_) or any(pos in ("VERB", "ADJ") for _, pos in lemmas(tok.lower_)):
        return False
    if any(pos == "VERB" for _, pos in lemmas(nxt.lower_)):
        return False
    # a noun used as a preposition opens a phrase (*de ontsluiting richting het station*): no compound
    after = doc[nxt.i + 1] if nxt.i + 1 < sent.end else None
    return after is None or after.pos_ != "DET"


def _noun_here(tok, entry) -> bool:
    """The matched word is a noun: as the tagger reads it, or an English word of the list (BT103) that is only a
    noun, bare as listed, which the tagger calls a name or an adjective for the capital of its sentence's first
    word (*Management systeem ...*). Not an English noun the tagger calls an adjective in lower case (*security
    improvements*, *security geschiedenis*): there the editors wanted the whole phrase rewritten (6 of 6 right)."""
    if tok.pos_ == "NOUN":
        return True
    return (
        entry.rule == "BT103"
        and tok.pos_ in ("ADJ", "PROPN", "X")
        and tok.text.istitle()
        and _opens_sentence(tok)
        and tok.lower_ in (entry.term, entry.term + "s")
        and term_classes(entry.term, entry.pos, english=True) == ("NOUN",)
        and _names_a_thing(entry)
    )


def _names_a_thing(entry) -> bool:
    """The entry's Dutch words for the English word are nouns (*management*: 'leiding', 'beheer'): it names a thing.
    Not an English adjective or adverb, which the forms take for a noun too (*offline*: 'niet via internet', so
    *Offline proefberekeningen maken* stays a finding)."""
    from ..language.morphology import article

    words = [a for a in entry.alternatives if " " not in a.strip()]
    return bool(words) and all(article(a) is not None for a in words)


def _opens_sentence(tok) -> bool:
    """The word is the first of its sentence, or the first after a colon (*NEN-ISO 27001: Management ...*): a
    capital there is the sentence's, not a name's."""
    sent = tok.sent
    return tok.i == sent.start or tok.doc[tok.i - 1].text == ":"
