"""Replacement words fitted to a noun phrase (``realise.fit`` calls them): a noun's number and gender, with the
determiners and adjectives that agree with it, and an adjective's *-e*. Where agreement cannot be made right, the
functions give ``None`` and the rule gives advice instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .data import table, word_set
from .realise_adjective import definite, takes_e
from .realise_verbs import _case

if TYPE_CHECKING:
    from spacy.tokens import Token

FUNCTION_WORDS = word_set("realisatie", "function_words")
ADJECTIVE_ENDINGS = tuple(word_set("realisatie", "adjective_endings"))
GENDER_DETERMINERS = table("realisatie", "gender_determiners")
NOT_ATTRIBUTIVE = word_set("realisatie", "not_attributive")
NOT_PREDICATIVE = word_set("realisatie", "not_predicative")
OTHER_GENDER = table("realisatie", "other_gender_determiners")


def _determiner_gender(noun: Token) -> str | None:
    """The gender that the words before a singular noun show: *het*/*dit*/*dat*/*elk* → het, *de*/*deze*/*die*/
    *elke* → de, *een groot* → het, *een grote* → de, *ruimtelijke* (no determiner) → de; None when nothing shows
    it."""
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ == "det" and c.lower_ in GENDER_DETERMINERS:
            return GENDER_DETERMINERS[c.lower_]
    dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    # a bare singular noun inflects its adjective as after 'een': ruimtelijke impact → de, groot belang → het
    indefinite = not dets or any(c.lower_ in ("een", "geen", "elk", "ieder") for c in dets)
    # the adjective nearest to the noun (een bestaande woonwijk ruimtelijke impact: the parse may hang a noun
    # taken for an adjective further away on it too)
    for c in sorted(noun.children, key=lambda c: -c.i):
        if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "ADJ" and indefinite:
            base = c.lemma_.lower()
            if m.attributive(base) != base:
                # een grote / een grotere → de; een groot / een groter → het
                return "de" if c.lower_ != base and c.lower_.endswith("e") else "het"
    return None


def _is_plural(noun: Token) -> bool:
    """Plural by the dictionary (*stakeholders* → stakeholder + s), not by the tagger alone (it takes *jegens*
    for a plural noun)."""
    low = noun.lower_
    return any(
        lemma != low and low == m.plural(lemma) and not _a_plural(lemma) for lemma, _ in m.lemmas(low, "NOUN")
    )


def _a_plural(word: str) -> bool:
    """*krachten* is itself the plural of *kracht*: *krachtens* is no plural of it."""
    return any(lemma != word and word == m.plural(lemma) for lemma, _ in m.lemmas(word, "NOUN"))


def _fit_noun(
    tokens: Sequence[Token], noun: Token, words: list[str], term: str | None = None, any_gender: bool = False
) -> str | None:
    """``any_gender``: the gender its words show is left to ``regendered_phrase`` (the caller rewrites them)."""
    head = words[-1].lower()
    # plural by the dictionary, or the plural of the entry's own noun (randvoorwaarde → randvoorwaarden)
    entry_plural = (
        term is not None and " " not in term and noun.lower_ != term and noun.lower_ == m.plural(term)
    )
    if _is_plural(noun) or entry_plural:
        form = m.plural(head)
        if m.zipf(form) < 2.0 or head in FUNCTION_WORDS or not m.lemmas(head, "NOUN"):
            return None  # a plural Dutch text does not use, or no noun to make plural: advice
        words = [*words[:-1], _case(form, words[-1])]
        if len(words) > 1:
            words = _inflect_modifiers(words, True, None)
            if words is None:
                return None
        return " ".join(words)
    shown = _determiner_gender(noun)
    if shown is not None and not any_gender:
        gender = m.article(head) or _person_gender(head)
        if gender != shown:
            return None  # het plan → het aanpak; or a noun whose gender is not known
    return " ".join(words)  # singular: the replacement as the word list gives it


def regendered_phrase(noun: Token, words: list[str]) -> tuple[list[Token], str] | None:
    """*De algemene doelstelling* → *Het algemene doel*, *Algemene doelstelling* (a heading) → *Algemeen doel*: a
    one-word replacement of the other gender with its noun phrase rewritten whole: the determiner for the new
    gender (``other_gender_determiners``; *een*, *geen*, *uw* stay) and each adjective's -e for it. (The words,
    the new text.) None when the phrase holds anything else (a number, a noun, a word whose -e is not known), the
    noun is plural, or a relative clause on it would keep the old gender (*de doelstelling die ...*)."""
    if len(words) != 1 or _is_plural(noun) or "Plur" in noun.morph.get("Number"):
        return None
    head = words[0].lower()
    gender = m.article(head)
    if gender is None or not m.lemmas(head, "NOUN"):
        return None
    if any(c.dep_ == "acl:relcl" for c in noun.children):
        return None
    doc = noun.doc
    first = noun.i
    while (
        first > noun.sent.start
        and doc[first - 1].head.i == noun.i
        and doc[first - 1].dep_
        in (
            "det",
            "amod",
            "nmod:poss",
        )
    ):
        first -= 1
    if first == noun.i:
        return None
    before = list(doc[first : noun.i])
    det = before[0].lower_ if before[0].dep_ in ("det", "nmod:poss") else None
    if det is not None and det not in OTHER_GENDER and det in GENDER_DETERMINERS:
        return None
    new_det = OTHER_GENDER.get(det, det) if det is not None else None
    out = []
    for t in before:
        if t is before[0] and det is not None:
            out.append(_case(new_det, t.text))
            continue
        if t.dep_ == "det" and t.lower_ in OTHER_GENDER:
            # a quantifier after the article inflects as an adjective: geen enkele calamiteit → geen enkel
            # noodgeval, het enige noodgeval (the -e form is the one before a de-word alone)
            pair = {t.lower_, OTHER_GENDER[t.lower_]}
            with_e = GENDER_DETERMINERS.get(t.lower_) == "de"
            e_form = t.lower_ if with_e else OTHER_GENDER[t.lower_]
            form = e_form if m.needs_e(new_det, gender, "Sing") else next(iter(pair - {e_form}))
            out.append(_case(form, t.text))
            continue
        if t.pos_ != "ADJ" or t.dep_ != "amod":
            return None
        base = t.lemma_.lower()
        if t.lower_ not in (base, m.attributive(base)) or not (
            base in m.known_adjectives() or m.zipf(base) >= 2.5
        ):
            return None  # an adjective whose -e this cannot tell
        form = m.attributive(base) if m.needs_e(new_det, gender, "Sing") else base
        out.append(_case(form, t.text))
    out.append(head)
    return [*before, noun], " ".join(out)


def _person_gender(noun: str) -> str | None:
    """An adjective made a noun for a person (*belanghebbende*, *betrokkene*) is a de-word."""
    return "de" if noun.endswith("e") and m.attributive(noun[:-1]) == noun else None


def _inflect_modifiers(words: list[str], plural: bool, article: str | None) -> list[str] | None:
    """*betrokken partij* → *betrokken partijen*: adjectives before the head noun take -e where it belongs;
    other words (prepositions, articles) make the phrase too free to inflect safely."""
    head = words[-1].lower()
    out = []
    for w in words[:-1]:
        lw = w.lower()
        if lw in m.known_adjectives() or lw.endswith(("end", "ig", "lijk", "isch", "baar", "loos")):
            want_e = m.needs_e(article, m.article(head), "Plur" if plural else "Sing")
            out.append(_case(m.attributive(lw) if want_e and lw != m.attributive(lw) else lw, w))
        else:
            return None
    return [*out, words[-1]]


def _fit_adjective(adj: Token, words: list[str]) -> str | None:
    if len(words) != 1:
        return None  # integrale aanpak → 'als geheel aanpak': a phrase cannot take the adjective's place
    word = words[0].lower()
    text = adj.lower_
    lemma = adj.lemma_.lower()
    if word in m.known_verbs() and word not in m.known_adjectives():
        # a verb for a participle before a noun: de gewijzigde regels → de veranderde regels
        part = m.participle(word)
        if not part or not _a_participle(adj):
            return None
        # the text's own -e (a strong participle never shows one: toegezonden)
        shown = adj.lower_.endswith("e")
        if attributive_before_a_noun(adj):
            want_e = takes_e(adj, attributive_noun(adj))
            if want_e is None and adj.lower_.endswith("en"):
                return (
                    None  # het toegezonden document → gestuurd(e)? the noun's gender decides and is not known
                )
            shown = shown if want_e is None else want_e
        return _case(m.attributive(part) if shown else part, words[0])
    degree = (adj.morph.get("Degree") or ["Pos"])[0]
    bases = {lemma, text[:-1], *(b for b, _ in m.lemmas(text, "ADJ"))} - {text}
    # inflected: the word is the -e form of an adjective Dutch text knows (navolgend-e; not teneind-e)
    inflected = text.endswith("e") and any(
        m.attributive(b) == text and (b in m.known_adjectives() or m.zipf(b) >= 1.0) for b in bases
    )
    noun = attributive_noun(adj)
    before_a_noun = (adj.pos_ in ("ADJ", "VERB") and (inflected or adj.dep_ == "amod")) or noun is not None
    if before_a_noun and not _adjective_like(word):
        return None  # eventuele → not 'misschien', zodanige → not 'zo': the word cannot stand before a noun
    if not before_a_noun and not _predicate_like(word, any(c.dep_ == "cop" for c in adj.children)):
        return None  # is woonachtig → not 'is wonend', not 'is woont': the copula would have to go
    if word in NOT_ATTRIBUTIVE and (inflected or (adj.dep_ == "amod" and adj.head.i > adj.i)):
        return None  # de benodigde vergunningen → not 'de nodige vergunningen' (quite a few)
    if degree == "Cmp":
        form = m.comparative(word) + ("e" if inflected else "")
    elif degree == "Sup":
        form = m.superlative(word) + ("e" if inflected else "")
    elif not inflected and text.endswith("en") and (noun is not None or _definite_before_a_word(adj)):
        # voorgenomen, gesloten: a word that never shows -e; the noun says whether its replacement takes one
        # (de aard van voorgenomen ontwikkeling → geplande; een voorgenomen besluit → gepland)
        # a definite word right before it asks -e whatever the parse hung it on: the parser can take the participle
        # for the head noun and hang 'het' on it (voor het voorgenomen nieuwbouwplan → geplande)
        want_e = takes_e(adj, noun)
        if want_e is None:
            return None
        base = _uninflected(word)  # the list may give 'geplande'
        form = m.attributive(base) if want_e else base
    elif not inflected and noun is not None and _content_adjective(word) and takes_e(adj, noun):
        # het vigerend bestemmingsplan → het geldende: the replacement takes the -e the place asks for (after a
        # definite word, before a plural), also where the text itself left it out
        form = m.attributive(word)
    else:
        form = m.attributive(word) if inflected else word
    if form != word and m.zipf(form) < 2.5:
        return None  # hieronder → 'hierondere', om → 'omme': not an adjective that takes -e
    return _case(form, words[0])


def _definite_before_a_word(word: Token) -> bool:
    """*het voorgenomen bouwproject*: between a definite word and a word, a participle stands before a noun, also
    where the tagger missed the noun."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return nxt is not None and nxt.is_alpha and word.i > 0 and definite(word.doc[word.i - 1])


def attributive_before_a_noun(word: Token) -> bool:
    """A participle the tagger took for a noun stands before a noun: the noun is found (*aard van voorgenomen
    ontwikkeling*), or a definite word before it and a word after it say so (*het voorgenomen bouwproject*)."""
    return attributive_noun(word) is not None or (_a_participle(word) and _definite_before_a_word(word))


def attributive_noun(word: Token) -> Token | None:
    """The noun right after an adjective or participle that stands before it (*voorgenomen ontwikkeling*, also
    when the tagger took the participle for a noun), else None."""
    doc = word.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ != "NOUN" and _a_participle(word) and _plural_noun_only(nxt.lower_):
        return nxt  # voor voorgenomen ontwikkelingen: the plural noun the tagger took for a verb
    if nxt is None or nxt.pos_ != "NOUN":
        return None
    if word.pos_ in ("ADJ", "VERB") and word.dep_ == "amod":
        return nxt  # (not a name or preposition the parser hung on the noun: Ingevolge artikel 4)
    return (
        nxt if word.pos_ == "NOUN" and _a_participle(word) and not m.lemmas(word.lower_, "NOUN")[1:] else None
    )


def _plural_noun_only(word: str) -> bool:
    """*ontwikkelingen*: the plural of a noun with a known article, and no form of a verb (not *plannen*)."""
    if m.lemmas(word, "VERB"):
        return False
    return any(
        lemma != word and m.plural(lemma) == word and m.article(lemma) for lemma, _ in m.lemmas(word, "NOUN")
    )


def _without_e(old: Token, word: str) -> str:
    """A replacement that the word list gives in its -e form loses the -e where the old word has none: *het is
    voorgenomen* → *het is gepland*, not *geplande*."""
    if old.lower_.endswith("e") or old.dep_ == "amod":
        return word  # before a noun (de voorgenomen bouw) the adjective rules decide
    return _uninflected(word)


def _uninflected(word: str) -> str:
    """*geplande* → *gepland*, *grote* → *groot*: the adjective without its -e (the word itself if it has none)."""
    low = word.lower()
    if not low.endswith("e"):
        return word
    bases = {low[:-1], *(b for b, _ in m.lemmas(low, "ADJ"))} - {low}
    for base in sorted(bases):
        if m.attributive(base) == low and (base in m.known_adjectives() or m.lemmas(base, "VERB")):
            return _case(base, word)
    return word


def _content_adjective(word: str) -> bool:
    """A word whose -e form is an ordinary adjective form (*geldend* → *geldende*), not a word without one."""
    return (word in m.known_adjectives() or word.endswith(ADJECTIVE_ENDINGS)) and m.attributive(word) != word


def _adjective_like(word: str) -> bool:
    """A word that can stand before a noun: a known adjective, a participle (*geplande*, *geldende*), or a word
    with an adjective ending (*eenmalig*, *regelmatig*); not an adverb (*misschien*, *zo*) or a bare verb."""
    if word in m.known_adjectives() or word.endswith(ADJECTIVE_ENDINGS):
        return True
    return word not in m.known_verbs() and bool(m.lemmas(word, "VERB"))


def _predicate_like(word: str, after_copula: bool) -> bool:
    """A word that can take the place of an adjective that is not before its noun (after a copula, *is*, *blijft*,
    or beside its noun, *De eigenaar, woonachtig in Delft, ...*): an adjective or a past participle, not a finite
    verb (*woont*: the copula would have to go, or a second clause would open); after a copula also not a present
    participle that is an adjective only before its noun (``realisatie.not_predicative``: *de in Delft wonende
    eigenaar*, *de eigenaar, wonend in Delft*, but not *de eigenaar is wonend*)."""
    if after_copula and word in NOT_PREDICATIVE:
        return False
    if word in m.known_adjectives() or word.endswith(ADJECTIVE_ENDINGS):
        return True
    lemmas = [lemma for lemma, _ in m.lemmas(word, "VERB")]
    # a participle, also with the -e the list may give it (*geplande*: the place decides on the -e later)
    return not lemmas or any(m.participle(lemma) in (word, word[:-1]) for lemma in lemmas)


def _a_participle(adj: Token) -> bool:
    """*gewijzigde*, *gerealiseerd*: the past participle of a verb, by the tagger or the dictionary."""
    text = adj.lower_
    if text.endswith(("end", "ende")):
        return False  # deelnemende: a present participle
    if "Part" in adj.morph.get("VerbForm"):
        return True
    return any(m.participle(lemma) in (text, text[:-1]) for lemma, _ in m.lemmas(text, "VERB"))


def named_adjective(t: Token, words: list[str]) -> str | None:
    """A listed adjective with its -e, first in the sentence and tagged as a name with another relation than amod
    (*Evidente fouten worden hersteld*): before a noun the replacement takes the same -e ('Duidelijke'); else none."""
    nxt = t.nbor() if t.i + 1 < len(t.doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or len(words) != 1 or not _adjective_like(words[0].lower()):
        return None
    return _case(m.attributive(words[0].lower()), words[0])
