"""Nouns for people and the groups and organisations they form: *mantelzorgers*, *maatschappelijke organisaties*,
*bezoekers*. A verb like *faciliteren* means helping them there, not making something possible (*het faciliteren
van mantelzorgers*: *mantelzorgers helpen*, not *mantelzorgers mogelijk maken*). The listed nouns are in
``lexicons/data/grammatica.toml`` (``people_nouns``); a noun in *-er* made from a verb is a person without being
listed (*mantelzorger*: *zorgen*, *bezoeker*: *bezoeken*)."""

from __future__ import annotations

from .data import word_set
from .frequency import zipf
from .grammar import known_verbs

PEOPLE_NOUNS = word_set("grammatica", "people_nouns")
#: a body of people in the plural only (*maatschappelijke organisaties*; *de organisatie van het feest* is an act)
PLURAL_PEOPLE_NOUNS = word_set("grammatica", "people_nouns_plural")
#: nouns in *-er* for a device (*meter*, *houder*): no agent noun, though made from a verb
INSTRUMENT_NOUNS = word_set("grammatica", "instrument_nouns")
#: a compound ends in a listed noun of this length at least (*bewonersvereniging*; not *kind* in *grondkind*)
MIN_HEAD = 5


def person_noun(tok) -> bool:
    """The token is a noun for people or an organisation of them (by its lemma, the model's or the lemma tables'):
    listed, a compound ending in a listed noun, or an agent noun in *-er* made from a verb (of five letters or more:
    *mantelzorger* from *zorgen*), but not a device in *-er* (``instrument_nouns``: *energiemeter*, *kaarthouder*)."""
    from .noun_lemmas import noun_forms

    if _adjective_for_people(tok):
        return True
    if tok.pos_ not in ("NOUN", "PROPN") and not _noun_read_as_verb(tok):
        return False
    words = noun_forms(tok)
    nouns = PEOPLE_NOUNS | PLURAL_PEOPLE_NOUNS if "Plur" in tok.morph.get("Number") else PEOPLE_NOUNS
    if words & nouns:
        return True
    # the longest listed end decides: *kaarthouder* a device (*houder*, not *ouder*), *vergunninghouder* a person
    person = _longest_end(words, {n for n in nouns if len(n) >= MIN_HEAD})
    device = _longest_end(words, INSTRUMENT_NOUNS)
    if person or device:
        return person > device
    return any(_agent_noun(w) for w in words)


def person_subject(tok) -> bool:
    """A subject that stands for a person or an organisation of people: such a noun (``person_noun``: *de bewoner*,
    *het bedrijf*) or a personal pronoun of a person (``grammatica.person_pronouns``: *hij*, *wij*)."""
    return tok.lower_ in word_set("grammatica", "person_pronouns") or person_noun(tok)


def _adjective_for_people(tok) -> bool:
    """An adjective or participle made a noun with *-en*, which names people (*jongeren*, *minderjarigen*,
    *werkzoekenden*, *ouderen*): the model tags it as an adjective, or the lemma tables know the form without *-n*
    as a noun (*minderjarige*; also where the model took the form for a verb). Not *rechten* or *kosten*: their
    noun is *recht*, *kost*."""
    from .noun_lemmas import noun_lemma

    form = tok.lower_
    if len(form) < 7 or not form.endswith("en") or not form[:-1].endswith("e"):
        return False
    if tok.pos_ == "ADJ":  # the singular must be a word: *jongere*, not *lobbye* (*lobbyen* tagged ADJ)
        return zipf(form[:-1]) >= MIN_SINGULAR_ZIPF
    # the lemma tables know the form without -n as a noun: also any plural of a noun in -e (bijlagen, ruimten), so
    # the word before the -e must be an adjective or participle by its ending (minderjarig, werkzoekend, betrokken)
    return (
        tok.pos_ in ("NOUN", "VERB")
        and noun_lemma(form) == form[:-1]
        and form[:-2].endswith(PEOPLE_ADJECTIVE_ENDINGS)
    )


#: endings of the adjectives and participles that Dutch makes nouns for people with -e(n): minderjarig, werkzoekend,
#: volwassen, betrokken, dakloos (dakloz-e), gelovig; a participle in ge- (gehandicapt) is left to the tagger, as
#: gedacht-e and gewoont-e are nouns
PEOPLE_ADJECTIVE_ENDINGS = ("ig", "end", "en", "loz", "isch", "lijk", "baar", "ief")

#: an adjective made a noun for people has a common singular (*werkzoekende* 3.05, *belanghebbende* 2.65)
MIN_SINGULAR_ZIPF = 2.5


def _noun_read_as_verb(tok) -> bool:
    """A noun the model tagged as a verb where a preposition introduces it (*het faciliteren van gezinnen*, with
    *gezinnen* a VERB; the parser may call that *van* ``case`` or ``dep``): a verb takes no preposition of its own
    before it (a particle is no preposition); the lemma tables know the word as a noun."""
    from .noun_lemmas import noun_lemma

    return (
        tok.pos_ == "VERB"
        and any(c.pos_ == "ADP" and c.dep_ != "compound:prt" and c.i < tok.i for c in tok.children)
        and noun_lemma(tok.lower_) is not None
    )


def _longest_end(words, nouns) -> int:
    return max((len(n) for w in words for n in nouns if w.endswith(n)), default=0)


def _agent_noun(word: str) -> bool:
    """*bezoeker* (bezoek-en), *mantelzorger* (mantel + zorg-en): the stem of a verb with *-er*."""
    if not word.endswith("er") or len(word) < 6:
        return False
    verb = word[:-2] + "en"
    verbs = known_verbs()
    return any(verb[i:] in verbs for i in range(0, len(verb) - 4))
