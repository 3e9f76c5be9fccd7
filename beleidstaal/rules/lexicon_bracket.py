"""Word-list rules, the verb bracket: a listed phrase of *zijn* and the word it joins (*zijn gelegen*, *zijn
voornemens*) with the words of the clause between, or in the order of a subordinate clause.

Dutch puts the finite verb second in a main clause and the rest of the verb group at the end: *het plangebied is
ten noorden van het dorp gelegen*, *wij zijn dit jaar voornemens de weg te verbreden*. In a subordinate clause the
whole group stands at the end, the participle or adjective first: *dat het plangebied ten noorden van het dorp
gelegen is*, *dat wij voornemens zijn*. The phrase matcher reads only the words in a row as written
(*is gelegen*); the parse does not help, since it hangs *zijn* below the participle, or both on a verb further on.
So the phrase is read by word order here: a form of *zijn*, then only words of its own clause (no punctuation, no
other finite verb, no word that opens or joins a clause), then the listed word, not before a noun or adjective
that it describes (*het is een gunstig gelegen woning*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.morphology import participle
from .lexicon_tokens import _span_neighbours_ok

if TYPE_CHECKING:  # only for annotations: importing the rules loads no spaCy
    from spacy.tokens import Span, Token

    from ..lexicon import LexiconEntry
    from .lexicon_compile import CompiledLexicon

#: the verb that opens the listed phrases read here
BRACKET_VERB = "zijn"
#: how many words of the clause may stand between the finite verb and the listed word
MAX_BETWEEN = 8
#: words that open another clause or join two: the listed word after one of them is not in the verb's clause
_CLAUSE_WORDS = frozenset({"om", "die", "dat", "wat", "welke", "waar", "en", "of", "maar", "te"})


def bracket_matches(
    sent: Span, tok: Token, lex: CompiledLexicon, table: list[frozenset[str]]
) -> list[tuple[LexiconEntry, list[Token], bool]]:
    """The phrases *zijn* + word that this form of *zijn* (``tok``) makes with the listed word further on in its
    clause, or right before it (a subordinate clause). Not the words in a row in the term's order: the phrase
    matcher has those."""
    if tok.pos_ not in ("AUX", "VERB") or BRACKET_VERB not in table[tok.i]:
        return []
    doc = sent.doc
    out = []
    if tok.i - 1 >= sent.start:  # *dat het plangebied ... gelegen is*, *dat wij voornemens zijn*
        before = doc[tok.i - 1]
        if not _own_verb_group(sent, before, tok):
            out += [
                (e, [before, tok], False)
                for e in _entries(lex, table[before.i])
                if _fits(sent, e, before, [before, tok])
            ]
    if "Fin" not in tok.morph.get("VerbForm"):
        return out  # the main clause's verb second is a finite form
    for j in range(tok.i + 1, min(sent.end, tok.i + 2 + MAX_BETWEEN)):
        word = doc[j]
        # right after the verb: the phrase matcher's; a word with its own *zijn* after it: read from there
        if j > tok.i + 1 and not _own_zijn_after(sent, j, table) and not _zijn_has_its_own(sent, tok, word):
            out += [
                (e, [tok, word], False) for e in _entries(lex, table[j]) if _fits(sent, e, word, [tok, word])
            ]
        if _boundary(word):
            break
    return out


def _own_zijn_after(sent: Span, j: int, table: list[frozenset[str]]) -> bool:
    """The word at ``j`` has a form of *zijn* of its own right after it: the order of a clause inside this one
    (*is het deel waarin de woningen gelegen zijn*), read from that *zijn*, not with the verb before."""
    nxt = j + 1
    return nxt < sent.end and BRACKET_VERB in table[nxt] and sent.doc[nxt].pos_ in ("AUX", "VERB")


def _zijn_has_its_own(sent: Span, verb: Token, word: Token) -> bool:
    """*zijn* has a predicate of its own, so the listed word further on describes the noun before it: a participle
    later in the clause (*is een strook grond gelegen ten noorden van het dorp aangeduid als ...*: *is ...
    aangeduid*), or a bare singular noun with a preposition right after *zijn* (*is onderdeel van een gebied gelegen
    tussen ...*, *is eigenaar van de grond gelegen aan ...*)."""
    doc = sent.doc
    for t in doc[word.i + 1 : sent.end]:
        if _past_participle(t) and not (t.i + 1 < sent.end and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            return True  # not one before its noun (*een gemengd gebied*, *een gezoneerd industrieterrein*)
        if _ends_clause(t):
            break
    if verb.i + 2 >= sent.end:
        return False
    noun, after = doc[verb.i + 1], doc[verb.i + 2]
    return (
        noun.pos_ == "NOUN"
        and noun.text.islower()
        and "Plur" not in noun.morph.get("Number")
        and after.pos_ == "ADP"
        and noun.i < word.i - 1
    )


def _own_verb_group(sent: Span, word: Token, verb: Token) -> bool:
    """The word before *zijn* belongs to a verb group of its own: an auxiliary right before it (*die ten grondslag
    heeft gelegen is samengesteld*), or *zijn* is the auxiliary of another participle (*gelegen is samengesteld*)."""
    if word.i > sent.start:
        prev = sent.doc[word.i - 1]
        if prev.pos_ in ("AUX", "VERB") and "Fin" in prev.morph.get("VerbForm"):
            return True
    head = verb.head
    return head.i != word.i and head.i != verb.i and "Part" in head.morph.get("VerbForm")


def _entries(lex: CompiledLexicon, keys: frozenset[str]) -> list[LexiconEntry]:
    """The listed two-word phrases of *zijn* whose second word is one of ``keys``."""
    return [
        e
        for k in keys
        for e in lex.phrase.get((BRACKET_VERB, k), ())
        if len(e.words) == 2 and not e.exact and e.verb is None
    ]


def _ends_clause(t: Token) -> bool:
    """A word that ends the verb's clause: punctuation, a word that opens or joins a clause, another finite verb."""
    return (
        t.is_punct
        or t.lower_ in _CLAUSE_WORDS
        or t.pos_ in ("SCONJ", "CCONJ")
        or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"))
    )


def _boundary(t: Token) -> bool:
    """A word that ends the verb's clause (``_ends_clause``), or the participle of another verb that *zijn* goes with
    (*is toegekend aan percelen gelegen bij*: *gelegen* describes the percelen); a present participle describes a
    noun between (*een aan het gebied grenzende sloot*)."""
    return _ends_clause(t) or _past_participle(t)


def _past_participle(t: Token) -> bool:
    """*toegekend* (of *toekennen*), *voorzien*; not *grenzende* or *dichtstbijzijnde*, which describe a noun."""
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and participle(t.lemma_.lower()) == t.lower_


def _fits(sent: Span, entry: LexiconEntry, listed: Token, tokens: list[Token]) -> bool:
    """The listed word is no word before a noun or adjective that it describes (*een gunstig gelegen woning*, also
    with a comma: *een strategisch gelegen, vruchtbare delta*), nor
    the end of *aan gelegen zijn* (*er is veel aan gelegen*), and the words around the phrase pass the entry's own
    guards."""
    doc = sent.doc
    nxt = doc[listed.i + 1] if listed.i + 1 < sent.end else None
    prev = doc[listed.i - 1] if listed.i > sent.start else None
    if prev is not None and prev.lower_ == "aan":
        return False  # *er is ons veel aan gelegen*: it matters to us, another verb than *liggen*
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # the parse's word for it varies (amod for *voornemens is* too): the next word decides
    k = listed.i - 1
    while k > sent.start and doc[k].pos_ in ("ADJ", "ADV"):
        if _inflected_adjective(doc[k]):
            return False  # *zij is vol goede voornemens*: an adjective with -e stands before a noun
        k -= 1
    if k >= sent.start and (doc[k].pos_ == "DET" or "Yes" in doc[k].morph.get("Poss")):
        # an article or possessive before it, with or without adverbs between: a noun phrase (*dit zijn de
        # voornemens*, *zijn mijn voornemens*, *is een strategisch gelegen, vruchtbare delta*)
        return False
    return _span_neighbours_ok(sent, entry, tokens)


def _inflected_adjective(t: Token) -> bool:
    """An adjective with the ending -e of one before a noun (*goede* of *goed*), not its own lemma."""
    return t.pos_ == "ADJ" and t.lower_ != t.lemma_.lower() and t.lower_.endswith("e")
