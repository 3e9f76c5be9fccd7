"""The words around a match (part of ``realise``): checks that tell ``fit`` a replacement would not read right in
its sentence, whatever its own form.

- the place: a phrase listed only after or before certain words (``only_after``, ``only_before``,
  ``not_after_class``), a phrase that goes on after it (*ter plaatse van ...*), a noun that needs its determiner;
- saying a word twice: the neighbour it repeats (*als als*), a noun or adjective of the replacement that its phrase
  has already (``_said_elsewhere``);
- what dangles: a particle or reflexive pronoun of the old verb left behind (``_dangles``), a clause as
  replacement (``_a_clause``), a word that belongs to a compound;
- the sentence: a passive clause (*door* reads as who does it), a verb of coming into force (*met ingang van*), a
  plural numeral as the subject of a singular verb;
- the word class by the dictionary, not only the tagger, and a word written apart from its compound: in
  ``realise_word_class``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .compounds import is_noun
from .data import load_data, table, word_set
from .grammar import verb_stem
from .number import noun_plural, phrase_plural
from .realise_clauses import _finite
from .words import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

FUNCTION_WORDS = word_set("realisatie", "function_words")
REFLEXIVE_WORDS = word_set("realisatie", "reflexives")
ONLY_AFTER = {k: frozenset(v) for k, v in load_data("realisatie")["only_after"].items()}
ONLY_BEFORE = {k: frozenset(v) for k, v in load_data("realisatie")["only_before"].items()}
CLAUSE_WORDS = word_set("realisatie", "clause_words")
STARTING_VERBS = word_set("realisatie", "starting_verbs")
STARTING_VERBS_WITH = table("realisatie", "starting_verbs_with")
SET_WORDS = word_set("realisatie", "set_words")
#: how far on a word counts as said again in the same phrase (*middels drie bestemmingen met de kaart verbonden*)
NEARBY = 8


def _subject_of_a_singular_verb(tokens: Sequence[Token], count: bool = False) -> bool:
    """*een tweetal* as the subject of a singular verb (*wordt een tweetal gebieden onderscheiden*): the plural
    numeral would need the verb in the plural too. A count word (``count``) also where the parse hangs it on its noun
    or its noun on it (*een tiental woningen wordt gesloopt*), not in a phrase with a preposition (*met een achttal
    woningen*); with no subject on a singular verb the count's phrase is it (*valt een twaalftal belangen*, also as
    a passive's object: *er is een tiental woningen gebouwd*). *Een dergelijke ontwikkeling* stays one (*zo'n*)."""
    for t in tokens if not count else [t for t in tokens if t.lower_.endswith("tal")]:  # not its *een*
        phrase = [t, *(c for c in t.children if c.dep_ == "nmod" and c.i == t.i + 1)] if count else [t]
        if count and t.dep_ in ("det", "amod", "nummod", "nmod") and t.head.pos_ == "NOUN":
            phrase.append(t.head)
        subject = next((p for p in phrase if p.dep_.startswith("nsubj")), None)
        if subject is None and not count:
            continue
        if any(c.dep_ == "case" for p in phrase for c in p.children) or any(p.dep_ == "obl" for p in phrase):
            return False
        verb = subject.head if subject is not None else _clause_head(phrase[-1])
        active = verb.pos_ == "VERB" and not any(c.dep_ == "aux:pass" for c in verb.children)
        if subject is None and any(
            (c.dep_.startswith("nsubj") and c not in phrase) or (active and c.dep_ == "obj" and c in phrase)
            for c in verb.children
        ):
            return False  # another subject, or an object (*de EU heeft een viertal richtlijnen opgesteld*)
        finite = (v for v in (verb, *verb.children) if v.pos_ in ("VERB", "AUX"))
        return any("Fin" in v.morph.get("VerbForm") and "Sing" in v.morph.get("Number") for v in finite)
    return False


def _clause_head(token: Token) -> Token:
    """The verb the token's phrase hangs on (up to four steps up), or the top of its clause where the parse puts a
    noun or a predicate with a subject there (*valt een twaalftal belangen*: *valt* as the copula of *belangen*)."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or node.dep_ in ("ROOT", "acl:relcl"):
            break
        if any(c.dep_.startswith("nsubj") for c in node.children):
            break  # a predicate with a subject of its own (*die ... honderd jaar oud*)
        node = node.head
    return node


def _in_passive_clause(token: Token) -> bool:
    """The sentence has a passive, by the passive detector: with *worden* (*wordt ... overschreden*) or with *zijn*
    (*zijn hogere waarden vastgesteld*). Verbs that take *zijn* without being passive (*zijn er bomen omgewaaid*,
    where 'door de storm' is right) are in ``zijn_verbs`` of ``data/grammatica.toml``. The whole sentence counts, not
    the clause: the parse of long sentences often hangs the phrase on the wrong verb, and advice is the safe side."""
    from .passive import find_passives

    return any(True for _ in find_passives(token.sent))


def _comes_into_force(tokens: Sequence[Token]) -> bool:
    """The phrase hangs on a verb of coming into force (``starting_verbs``: *ingaan*, *gaat ... in*, *treedt ... in
    werking*, *wordt ... van kracht*)."""
    verb = tokens[0].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() in STARTING_VERBS:
        return True
    needed = STARTING_VERBS_WITH.get(verb.lemma_.lower())
    return needed is not None and any(c.lower_ == needed for c in verb.children)


def _after_the_right_word(tokens: Sequence[Token], term: str) -> bool:
    """A phrase listed in ``only_after`` fits only after one of its words, or at the start of a sentence."""
    words = ONLY_AFTER.get(term)
    if words is None:
        return True
    first = min(tokens, key=lambda t: t.i)
    if first.is_sent_start or first.i == 0:
        return True
    before = first.doc[first.i - 1]
    return before.lower_ in words or before.lemma_.lower() in words


def _before_the_right_word(tokens: Sequence[Token], term: str) -> bool:
    """A word listed in ``only_before`` fits only before one of its words (*gedurende de bouw*, not *gedurende
    zes weken*)."""
    words = ONLY_BEFORE.get(term)
    if words is None:
        return True
    last = max(tokens, key=lambda t: t.i)
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ in words


def _after_a_class(first: Token, classes: frozenset[str]) -> bool:
    """The word before is of one of the classes: a UPOS tag, FIN for a finite verb, START for none (the first
    word of the sentence), NMOD for a noun that the phrase starting at ``first`` depends on or may depend on
    (*plannen in algemene zin*, at the end of the sentence; not *de nota in algemene zin besproken*), or the word
    itself in lower case (*maar* before *dan wel*)."""
    if not classes:
        return False
    if first.i == first.sent.start:
        return "START" in classes
    prev = first.doc[first.i - 1]
    phrase = first.head if first.dep_ == "case" else first
    return (
        prev.pos_ in classes
        or prev.lower_ in classes
        or ("FIN" in classes and prev.pos_ in ("VERB", "AUX") and _finite(prev))
        or (
            "NMOD" in classes
            and prev.pos_ in ("NOUN", "PROPN")
            and (phrase.head.i == prev.i or _ends(phrase))
        )
    )


def _ends(phrase: Token) -> bool:
    """Nothing but punctuation after the phrase in its sentence: after a noun it may go with the noun as well
    (*schrijft minder nota's in algemene zin.*), where a verb after it (*... in algemene zin besproken*) shows that
    it goes with the verb."""
    rest = phrase.doc[phrase.right_edge.i + 1 : phrase.sent.end]
    return all(t.is_punct for t in rest)


def _after_its_noun(word: Token) -> bool:
    """*zodanig* straight after a noun and before *dat*: it grades the noun (*een omvang zodanig dat*)."""
    doc = word.doc
    return (
        word.i > word.sent.start
        and doc[word.i - 1].pos_ in ("NOUN", "PROPN")
        and word.i + 1 < len(doc)
        and doc[word.i + 1].lower_ == "dat"
    )


def _has_determiner(noun: Token) -> bool:
    return any(c.dep_ in ("det", "nmod:poss") and c.i < noun.i for c in noun.children)


def _followed_by(tokens: Sequence[Token], word: str) -> bool:
    last = max(tokens, key=lambda t: t.i)
    return last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ == word


def _repeats_a_neighbour(tokens: Sequence[Token], words: list[str]) -> bool:
    """The replacement would say a word twice: *wordt aangemerkt als* → not *wordt gezien als als*, *de betrokken
    partijen* → not *de de betrokkenen*."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    doc = first.doc
    before = doc[first.i - 1].lower_ if first.i > 0 else ""
    after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    return words[0].lower() == before or words[-1].lower() == after


def _said_elsewhere(tokens: Sequence[Token], words: list[str]) -> bool:
    """A noun or adjective of the replacement would stand twice in one phrase: as the subject and the object of
    one verb (*De impact van de bouw heeft grote invloed* → not *De invloed ... heeft grote invloed*), or as an
    adjective beside the noun of its own verb (*de voorgenomen plannen* → not *de geplande plannen*). The same word
    in another phrase or clause is no fault (*het doel van de toets is ... dat de doelen ...*). A one-word adverb
    that its clause has already (*tevens* → *ook* beside another *ook*) is said twice too."""
    first = min(tokens, key=lambda t: t.i)
    ids = {t.i for t in tokens}
    said = set()  # the replacement's words, and their lemmas with their word class
    for w in words:
        low = w.lower()
        if len(low) < 4 or low in FUNCTION_WORDS:
            continue
        said |= {low, *((lemma, pos) for lemma, pos in m.lemmas(low) if pos in ("NOUN", "ADJ"))}
        # a participle and the noun of its verb: 'de voorgenomen plannen' → not 'de geplande plannen'
        for lemma, _pos in m.lemmas(low, "VERB"):
            said |= {(lemma, "NOUN"), (verb_stem(lemma), "NOUN")}
    anchor = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), first)
    adverbs = {w.lower() for w in words if w.lower() not in FUNCTION_WORDS}
    doc, sent = first.doc, first.sent
    cols = columns(doc)  # the word class, form and lemma of each word without a Token for it
    pos, lower, lemma = cols.pos, cols.lower, cols.lemma
    for i in range(sent.start, sent.end):
        p = pos[i]
        if p not in ("ADV", "NOUN", "ADJ") or i in ids:
            continue  # (no test below holds for another word class, or for the replaced words)
        # tevens → ook beside another 'ook' in its clause: 'wordt ook afgerond, ook een plek'
        one_adverb = len(words) == 1 and p == "ADV" and lower[i] in adverbs
        if one_adverb and _clause_verb(doc[i]) == _clause_verb(anchor):
            return True
        if p == "ADV" or not (lower[i] in said or (lemma[i], p) in said):
            continue
        t = doc[i]
        if t.i == anchor.head.i or t.head.i == anchor.i:
            return True  # the adjective and its noun
        verb = _argument_of(anchor)
        if verb is not None and verb == _argument_of(t):
            return True  # two arguments of one verb
    return False


def _clause_verb(word: Token) -> int:
    """The index of the verb whose clause holds ``word``: the first verb up its heads (the sentence root if none)."""
    t = word
    for _ in range(len(word.sent)):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:pass", "cop") or t.head.i == t.i:
            return t.i
        t = t.head
    return t.i


def _argument_of(word: Token) -> int | None:
    """The verb of which ``word`` is the subject or object (its index), else None."""
    if word.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and word.head.pos_ in ("VERB", "AUX"):
        return word.head.i
    return None


def _indefinite_after(word: Token) -> bool:
    """The word after ``word`` opens an indefinite noun phrase: *geen*, *een*, a number, or a noun without an
    article (*water*, *bomen*)."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return False
    nxt = doc[word.i + 1]
    if nxt.lower_ in ("geen", "een", "enkele", "veel", "weinig", "meerdere") or nxt.like_num:
        return True
    return nxt.pos_ == "NOUN" and not _has_determiner(nxt)


def _a_clause(words: list[str]) -> bool:
    """A replacement that is a clause of its own (*hoe mooi een plek is*, *zorgt dat het blijft*, *een oplossing
    die past*) does not take the place of a word: the sentence around it must be rebuilt."""
    return len(words) > 2 and any(w.lower() in CLAUSE_WORDS for w in words[1:])


def _dangles(tokens: Sequence[Token], low: list[str]) -> bool:
    """A particle or reflexive pronoun of the old words that stays behind (*zet ... in* → *gebruikt ... in*,
    *de school bevindt zich* → *de school is zich*), or a reflexive verb as replacement (its pronoun needs a
    place of its own: a rewrite, not a swap)."""
    if low[0] in ("zich", "zichzelf"):
        return True
    ids = {t.i for t in tokens}
    for t in tokens:
        for c in t.children:
            if c.i in ids:
                continue
            if c.dep_ == "compound:prt" or c.dep_ == "expl:pv":
                return True
            if c.lower_ in REFLEXIVE_WORDS and "Yes" in c.morph.get("Reflex"):
                return True
    return False


def _said_again(tokens: Sequence[Token], word: str, clause_only: bool) -> bool:
    """``word`` stands elsewhere in the sentence of ``tokens`` (``clause_only``: a little further on, at most
    ``NEARBY`` words after them with no punctuation between; the parse of the clause is not trusted for this): a
    replacement by it would say it twice (*middels een overleg met de buren* → not *met een overleg met de buren*;
    *Aangezien ... omdat* → not *Omdat ... omdat*)."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    ids = {t.i for t in tokens}
    if not clause_only:
        return any(t.lower_ == word and t.i not in ids for t in first.sent)
    for t in first.doc[last.i + 1 : min(last.i + 1 + NEARBY, first.sent.end)]:
        if t.is_punct:
            return False
        if t.lower_ == word:
            return True
    return False


def _takes_from_a_set(tokens: Sequence[Token]) -> bool:
    """A phrase of exception (*met uitzondering van*) whose sentence names the set it takes out of: a plural noun or
    a noun with a word of ``set_words`` (*langs alle wegen liggen zones, met uitzondering van woonerven*; *het hele
    grondgebied*), not counting the phrase's own words up to the next punctuation or verb, a plural after a number (*10
    meter*) or a noun in a van-phrase on another noun (*de bouwhoogte van de woningen bedraagt 10 meter, met
    uitzondering van de patiowoningen*: *behalve bij* is meant). The words, not the parse of the clause: the parser
    often takes the phrase for a verb or a clause of its own."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    own = {t.i for t in tokens}
    for t in first.doc[last.i + 1 : first.sent.end]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        own.add(t.i)
    for t in first.sent:
        if t.i in own or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.dep_.startswith("nmod") and any(c.lower_ == "van" for c in t.children):
            continue  # de bouwhoogte van de woningen: the noun is about another one
        numbered = any(c.like_num for c in t.children) or (t.i > 0 and t.doc[t.i - 1].like_num)
        if ("Plur" in t.morph.get("Number") and not numbered) or any(
            c.lower_ in SET_WORDS for c in t.children
        ):
            return True
    return False


def _antecedent_plural(word: Token) -> bool:
    """The nearest noun before a possessive such as *diens* (its antecedent) is plural: *de gebruikers, ongeacht
    diens leeftijd*. Two nouns joined by *en* count as plural (``number.phrase_plural``)."""
    for t in reversed(word.doc[word.sent.start : word.i]):
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # the first of 'de eigenaren en de huurders'
            return phrase_plural(head)
    return False


def _a_plural_noun(word: Token) -> bool:
    """The dictionary knows the word as the plural of a noun (*intensiteiten*), whatever the tagger took it for."""
    low = word.lower_
    return any(lemma != low and m.plural(lemma) == low for lemma, _ in m.lemmas(low, "NOUN"))


def _before_a_singular_noun(tokens: Sequence[Token]) -> bool:
    """The noun that the words stand before (past other adjectives, *en*, a comma) is singular: *een kleinschalige
    en diverse uitstraling*. False when no noun follows within a few words."""
    last = max(tokens, key=lambda t: t.i)
    doc = last.doc
    for t in doc[last.i + 1 : min(last.i + 5, last.sent.end)]:
        if t.pos_ in ("NOUN", "PROPN"):
            while not ("Plur" in t.morph.get("Number") or noun_plural(t) or _a_plural_noun(t)):
                nxt = doc[t.i + 1] if t.i + 1 < last.sent.end else None
                if nxt is None or not (nxt.pos_ == "NOUN" or _a_plural_noun(nxt)):
                    return True
                t = nxt  # a compound written apart: diverse neerslag intensiteiten
            return False
        if t.pos_ not in ("ADJ", "ADV", "CCONJ", "PUNCT") or t.lower_ in (".", ";", ":"):
            return False
    return False


def _subject_noun(verb: Token) -> Token | None:
    """The noun of the subject of ``verb``; for a relative pronoun (*het perceel dat zich ... bevindt*) the noun the
    clause hangs on. None for another pronoun or no subject."""
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON" and verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject if subject.pos_ in ("NOUN", "PROPN") else None


def _lies_somewhere(tokens: Sequence[Token], nouns: frozenset[str]) -> bool:
    """The subject of the verb among ``tokens`` is land, a road or a building (its noun, or the last part of a
    compound, is one of ``nouns``): *het plangebied bevindt zich ...* → *ligt*."""
    verb = next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None)
    noun = _subject_noun(verb) if verb is not None else None
    if noun is None:
        return False
    word = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
    return any(word == n or (word.endswith(n) and len(word) > len(n) + 2) for n in nouns)


def _verb_preposition_after(tokens: Sequence[Token], prep: str) -> bool:
    """``prep`` follows further on in the clause of ``tokens``, not right after a noun (*moeten worden van het
    plan*, not *de burgemeester van Utrecht*): the old phrase's own preposition, which its replacement must change."""
    doc = tokens[0].doc
    return _said_again(tokens, prep, clause_only=True) and any(
        t.lower_ == prep and t.i > max(x.i for x in tokens) and doc[t.i - 1].pos_ not in ("NOUN", "PROPN")
        for t in tokens[0].sent
    )


def adverb_before_attributive(token: Token, replacement: str) -> bool:
    """An adverb the tagger took for a noun, between a determiner and the adjective or participle of the noun after
    it (*de immer groeiende vraag*, *de nimmer aflatende inzet*): no noun stands there, so a one-word adverb
    replaces it as it is (*de steeds groeiende vraag*). A replacement that is a noun says a noun stands there
    (*geeft de doelstelling nieuwe prioriteit*: *het doel*, with its article, not *de doel*)."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i == 0 or token.i + 2 >= len(doc) or is_noun(replacement.lower()):
        return False
    before, after, noun = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    attributive = after.pos_ in ("ADJ", "VERB") and after.lower_.endswith("e")
    return before.pos_ == "DET" and attributive and noun.pos_ == "NOUN"
