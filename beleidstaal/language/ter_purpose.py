"""*Ter* + a noun of action + *van* (or *op*, *aan*): officialese for a purpose clause (reported with the wordy
phrases, BT104, by ``rules/lexicon_ter``).

Dutch: *ter* (the old *te der*) before a noun of action makes the act the purpose of its clause. *Ter waarborging van
de belangen* is *om de belangen te waarborgen*, *ter beperking van de overlast* is *om de overlast te beperken*. What
follows *van* is the verb's object; so is what follows *op* or *aan* (*ter aanvulling op de regeling*: *om de
regeling aan te vullen*), unless the verb takes that preposition itself (``realisatie.verb_prepositions``: *ter
afstemming op het plan*: *om op het plan af te stemmen*; *ter voldoening aan de eisen*: *om aan de eisen te
voldoen*; *ter afwijking van de norm*: *om van de norm af te wijken*), also with *zich*
(``realisatie.reflexive_prepositions``: *ter voorbereiding op de wet*: *om zich op de wet voor te bereiden*, not *om
de wet voor te bereiden*). The noun may be a compound (*ter kwaliteitsverbetering van*: *verbeteren*), follow an
adjective (*ter nadere uitwerking van*: *om ... nader uit te werken*) or share its *van* with a second noun (*ter
voorkoming en bestrijding van*: *om ... te voorkomen en te bestrijden*); *van* may be a pronoun (*ter verwezenlijking
daarvan*: *om dat te verwezenlijken*; with the verb's own preposition the adverb stays: *om daarvan af te wijken*).

A noun is one of action when its verb is found: by the dictionary backstop (``grammar.derive_verb``: spelling rules,
accepted only when the verb exists), else by the table of nominalisations (``grammar.nominalisation_map``: *controle*
→ *controleren*), else by ``nominal_verb.noun_verb`` (the last part of a compound). After *ter* a noun that is
lexicalised elsewhere (*beperking*, *bepaling*, *verzekering*, *controle*: a restriction, a provision, an insurance,
a check) is the act itself, so the nominalisation rule's exceptions do not hold here.

Not found, each a statement about Dutch (the words are in ``data/grammatica.toml``):

- a noun without a verb: *ter hoogte van*, *ter plaatse van*, *ter grootte van*, *ter ere van* name a place, a size
  or an honour, no act;
- *ter* and the noun as a fixed legal term or a place (``ter_fixed_nouns``): *ter inzage leggen*, *de ter
  inzagelegging van het ontwerp*, *ter visie*, *ter beschikking stellen*, *ter discussie*, *ter zitting*;
- the step of a procedure (``procedure_nouns``): the receiver of a document does the act, not the writer. *Ter
  goedkeuring aan de raad voorleggen*: an *aan*-phrase is the receiver; *dit ter beoordeling van de deskundige*: a
  *van*-phrase with a person or an authority (``authority_nouns``, ``people.person_noun``) is the one who judges; and
  any such noun in the clause of a verb of handing over (``handing_over_verbs``: *ter toetsing aan het waterschap
  voorleggen*);
- *op* that opens a fixed adverbial of time (``fixed_adverbials``: *ter verbetering op korte termijn*);
- the phrase hung on a noun of a permission or a decision (``aanhalingen.permission_nouns``, ``decision_nouns``):
  *omgevingsvergunningen ter afwijking van het bestemmingsplan*, *een besluit ter uitvoering van de wet* name the
  kind of legal instrument (``names_an_instrument``; also for the listed phrases, ``rules/lexicon_ter``);
- *ter afsluiting*, *ter inleiding* (``ter_order_nouns``) of a text or a meeting (``lijdende_vorm.text_nouns``,
  ``meeting_nouns``): *ter afsluiting van deze toelichting* is *aan het eind van*, where the reader is; *ter
  afsluiting van het terrein* closes it off and is found.

Quoted law and definitions are not read here: their findings are folded after the rules, as for every rule
(``rules/quotation``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .data import table, word_lists, word_set
from .grammar import derive_verb, nominalisation_map
from .keys import full_lemma
from .morphology import lemmas
from .nominal_verb import noun_verb
from .verbs import te_infinitive
from .words import columns, words_at

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Span, Token

#: the prepositions after the noun, and the pronominal adverbs of *van*, *op* and *aan* with the word that stands
#: for them in the advice (*ter verwezenlijking daarvan*: *om dat te verwezenlijken*; a verb's own preposition keeps
#: its adverb: *om daarop af te stemmen*)
PREPOSITIONS = frozenset({"van", "op", "aan"})
PRONOMINAL = {
    "hiervan": "dit", "daarvan": "dat", "hierop": "hierop", "daarop": "daarop", "hieraan": "hieraan",
    "daaraan": "daaraan",
}  # fmt: skip
#: words that join two nouns sharing one *van* (*ter voorkoming en bestrijding van*, *ter voorkoming/beperking van*)
JOINERS = frozenset({"en", "of", "/"})
#: the word classes a noun of action may carry (the tagger reads a rare one as a name or an unknown word)
NOUN_TAGS = frozenset({"NOUN", "PROPN", "X"})
#: the head chain climbed from *ter* to the verb of its clause
MAX_CLIMB = 8


@dataclass(frozen=True)
class TerPhrase:
    """One *ter* + noun + preposition: the words (*ter*, an adjective, the nouns, the preposition), the verbs of the
    nouns and the purpose clause that says it (*om ... te waarborgen*)."""

    tokens: tuple[Token, ...]
    verbs: tuple[str, ...]
    advice: str

    @property
    def term(self) -> str:
        """The words in lower case: *ter waarborging van*."""
        return " ".join(t.lower_ for t in self.tokens)


def ter_phrases(sent: Span) -> list[TerPhrase]:
    """Every *ter* + noun of action + *van*/*op*/*aan* of the sentence that is a purpose clause."""
    lower = columns(sent.doc).lower  # no Token object for every word
    found = []
    for i in range(sent.start, sent.end - 2):
        if lower[i] == "ter":
            phrase = _phrase_at(sent, i)
            if phrase is not None:
                found.append(phrase)
    return found


def action_verb(noun: str) -> str | None:
    """The verb of a noun of action after *ter*, or None: *waarborging* → *waarborgen*, *kwaliteitsverbetering* →
    *verbeteren*, *beperking* → *beperken*; None for *hoogte*, *plaatse*, *inzage*, *inzagelegging*."""
    word = noun.lower()
    if not word.isalpha() or _fixed(word):
        return None
    verb = derive_verb(word) or nominalisation_map().get(word)  # controle: controleren, lexicalised elsewhere
    if verb is None:
        found = noun_verb(word)
        verb = found[0] if found else None
    return verb


def _phrase_at(sent: Span, i: int) -> TerPhrase | None:
    doc = sent.doc
    k = i + 1
    adjective = None
    if doc[k].pos_ == "ADJ" and k + 1 < sent.end and doc[k + 1].pos_ in NOUN_TAGS:
        adjective, k = doc[k], k + 1  # ter nadere uitwerking van
    nouns = [doc[k]]
    if k + 2 < sent.end and doc[k + 1].lower_ in JOINERS and doc[k + 2].pos_ in NOUN_TAGS:
        nouns.append(doc[k + 2])  # ter voorkoming en bestrijding van
        k += 2
    if k + 1 >= sent.end:
        return None
    prep = doc[k + 1]
    words = [w for n in nouns for w in n.lower_.split("/")]  # ter voorkoming/beperking van: one token
    if not all(n.pos_ in NOUN_TAGS and n.text[:1].islower() for n in nouns) or not _opens_phrase(sent, prep):
        return None
    if adjective is not None and _fixed(adjective.lower_):
        return None  # de ter inzage legging van het ontwerp: the legal term written apart
    verbs = tuple(action_verb(w) for w in words)
    if not all(verbs) or _procedure_step(sent, doc[i], words, prep):
        return None
    if names_an_instrument(doc[i], nouns[0]) or _marks_a_place(sent, words, prep):
        return None
    return TerPhrase(tuple(doc[i : prep.i + 1]), verbs, _purpose_clause(verbs, prep.lower_, adjective))


def _opens_phrase(sent: Span, prep: Token) -> bool:
    """The word after the noun is *van*, *op* or *aan* opening a phrase of its own (not the particle of a verb, not
    the end of the sentence, not a fixed adverbial of time: *op korte termijn*), or one of their pronominal adverbs."""
    low = prep.lower_
    if low in PRONOMINAL:
        return True
    if low not in PREPOSITIONS or prep.dep_ == "compound:prt":
        return False
    nxt = prep.i + 1
    if nxt >= sent.end or prep.doc[nxt].is_punct:
        return False
    doc = prep.doc
    return low != "op" or not any(
        words_at(doc, prep.i, group.split(), sent.end) for group in word_set("grammatica", "fixed_adverbials")
    )


def _procedure_step(sent: Span, ter: Token, words: list[str], prep: Token) -> bool:
    """A noun for what the receiver of a document does with it (``procedure_nouns``), with an *aan*-phrase (the
    receiver: *ter goedkeuring aan de raad*), a *van*-phrase that names who decides (*ter beoordeling van de
    deskundige*), or in the clause of a verb of handing over (*ter toetsing ... voorleggen*)."""
    if not set(words) & word_set("grammatica", "procedure_nouns"):
        return False
    if prep.lower_ in ("aan", "hieraan", "daaraan"):
        return True
    if prep.lower_ == "van" and _names_who_decides(sent, prep):
        return True
    return bool(_clause_verbs(ter) & word_set("grammatica", "handing_over_verbs"))


def names_an_instrument(ter: Token, noun: Token) -> bool:
    """The phrase hangs on a noun of a permission or a decision (``aanhalingen.permission_nouns``,
    ``decision_nouns``, also as the last part of a compound): it names the kind of the legal instrument
    (*omgevingsvergunningen ter afwijking van het bestemmingsplan*, *een besluit ter uitvoering van de wet*), not
    the writer's purpose. The head is the one the parse gives *ter* or the noun before it, or the noun right before
    *ter* (the parser often reads *ter afwijking van* as one fixed preposition and hangs it on the verb)."""
    doc, start = ter.doc, ter.sent.start
    heads = {t for t in (ter.head, noun.head) if t.i < ter.i}
    if ter.i > start:
        heads.add(doc[ter.i - 1])
    kinds = tuple(word_set("aanhalingen", "permission_nouns") | word_set("grammatica", "decision_nouns"))
    return any(t.pos_ in ("NOUN", "PROPN") and _ends_in(t, kinds) for t in heads)


def _marks_a_place(sent: Span, words: list[str], prep: Token) -> bool:
    """*Ter afsluiting*, *ter inleiding* (``ter_order_nouns``) of a text or a meeting (``lijdende_vorm.text_nouns``,
    ``meeting_nouns``): where the reader is in it, no purpose (*ter afsluiting van deze nota*: at its end). *Ter
    afsluiting van het terrein* closes it off: a purpose."""
    if len(words) != 1 or words[0] not in word_set("grammatica", "ter_order_nouns"):
        return False
    thing = _object_noun(sent, prep)
    kinds = tuple(word_set("lijdende_vorm", "text_nouns") | word_set("grammatica", "meeting_nouns"))
    return thing is not None and _ends_in(thing, kinds)


def _object_noun(sent: Span, prep: Token) -> Token | None:
    """The noun of the phrase *prep* opens, after its determiners, numbers and adjectives (*van deze korte nota*)."""
    for tok in sent.doc[prep.i + 1 : min(sent.end, prep.i + 5)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.pos_ not in ("DET", "NUM", "ADJ", "ADV", "PRON"):
            return None
    return None


def _ends_in(tok: Token, nouns: tuple[str, ...]) -> bool:
    """The word or its lemma is one of the nouns or a compound that ends in one (*omgevingsvergunningen*)."""
    return any(w.endswith(nouns) for w in (tok.lower_, tok.lemma_.lower()))


def _names_who_decides(sent: Span, prep: Token) -> bool:
    """The noun of the *van*-phrase is a person or an authority: a name, a noun for people (``people.person_noun``)
    or one ending in an authority (``authority_nouns``: *het bevoegd gezag*, *de glastuinbouwdeskundige*)."""
    from .people import person_noun

    doc = prep.doc
    for j in range(prep.i + 1, min(sent.end, prep.i + 5)):
        tok = doc[j]
        nxt = doc[j + 1] if j + 1 < sent.end else None
        if tok.pos_ in ("DET", "NUM", "PRON") or (
            tok.pos_ in ("ADJ", "ADV") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")
        ):
            continue  # de, het bevoegd gezag
        if tok.pos_ == "PROPN" or person_noun(tok):
            return True
        # a noun, or an adjective made a noun (*de deskundige*, which the tagger may read as an adjective)
        return tok.pos_ in ("NOUN", "ADJ") and any(
            w.endswith(a)
            for w in (tok.lower_, tok.lemma_.lower())
            for a in word_set("grammatica", "authority_nouns")
        )
    return False


def _clause_verbs(ter: Token) -> set[str]:
    """The verbs of the clause the *ter*-phrase stands in (with their particles): the first verb up the parse from
    *ter*, the verb it is the complement of and its own verb complements (*dient ... te worden voorgelegd*)."""
    tok = ter
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return set()
    cluster = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))]
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
        cluster.append(tok.head)
    return {full_lemma(v) for v in cluster} | {v.lemma_.lower() for v in cluster}


def _purpose_clause(verbs: tuple[str, ...], prep: str, adjective: Token | None) -> str:
    """*om ... te waarborgen*, *om aan ... te voldoen*, *om ... nader uit te werken*, *om ... te voorkomen en te
    bestrijden*, *om dat te verwezenlijken*."""
    infinitives = [table("grammatica", "ter_infinitives").get(v) or te_infinitive(v) for v in verbs]
    if adjective is not None:
        infinitives[0] = f"{_adverb(adjective)} {infinitives[0]}"
    reflexive = set(word_lists("realisatie", "reflexive_prepositions").get(verbs[-1], ()))
    own = set(word_lists("realisatie", "verb_prepositions").get(verbs[-1], ())) | reflexive
    bare = prep.removeprefix("hier").removeprefix("daar")  # daarop: op
    if bare in own:
        # the verb's own preposition stays with it: om aan ... te voldoen, om van ... af te wijken, om daarop af te
        # stemmen
        opener = prep if prep in PRONOMINAL else f"{prep} ..."
    elif prep in PRONOMINAL and bare == "van":
        opener = PRONOMINAL[prep]  # ter verwezenlijking daarvan: om dat te verwezenlijken
    else:
        opener = "..."  # the others open its object (ter toelichting op het plan: om het plan toe te lichten)
    if bare in reflexive:
        opener = f"zich {opener}"  # ter voorbereiding op de komst: om zich op de komst voor te bereiden
    return f"om {opener} {' en '.join(infinitives)}"


def _adverb(adjective: Token) -> str:
    """The adjective as an adverb before the verb: *nadere* → *nader*, *verdere* → *verder*, *goede* → *goed*."""
    low = adjective.lower_
    if low.endswith("ere"):
        return low[:-1]  # a comparative: nadere, verdere, betere
    found = lemmas(low, "ADJ")
    return found[0][0] if found else low


def _fixed(word: str) -> bool:
    """*Ter* and the word form a fixed term or name a place (``ter_fixed_nouns``), also as the first part of a
    compound (*inzagelegging*)."""
    return word.startswith(_fixed_nouns())


@functools.cache
def _fixed_nouns() -> tuple[str, ...]:
    return tuple(sorted(word_set("grammatica", "ter_fixed_nouns")))
