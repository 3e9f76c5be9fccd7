"""The door-phrase of a passive as words: whether it names a means rather than a doer (``by_means``), and which words
it holds (``agent_tokens``). ``passive.find_agent`` finds the phrase in the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def by_means(noun: Token) -> bool:
    """*door het sluiten van een contract*: a nominal infinitive after *door* says how, not who; so does *door
    middel van een brief* (by means of)."""
    doc, left = noun.doc, noun.left_edge.i
    if [t.lower_ for t in doc[left : left + 3]] == ["door", "middel", "van"]:
        return True
    return nominal_infinitive(noun)


_CLAUSE_WORDS = frozenset({"die", "dat", "waar", "wat", "wie", "welke"})


def no_doer(noun: Token) -> bool:
    """A door-phrase that names no doer, for the advice and the rewrite (not for whether the passive is reported):
    *door ... heen* is 'through' (*door de eeuwen heen*, *door het beleid heen*), and a bare act noun with its
    object after *van* (*door hergebruik van de gebinten*, *door toepassing van de normen*) is an act that someone
    does: it says how it is done, not who."""
    doc, right = noun.doc, min(noun.right_edge.i + 1, noun.sent.end - 1)
    # 'heen' right after the phrase, or inside what the parse hung on it (*door het beleid voor ruimte heen en ...*);
    # not *heen en weer* (back and forth), nor a 'heen' in a clause on the doer (*de koerier die weet waar hij heen*)
    for t in doc[noun.i + 1 : right + 1]:
        after = " ".join(w.lower_ for w in doc[t.i + 1 : t.i + 3])
        if t.lower_ != "heen" or after in ("en weer", "en terug"):
            continue
        between = doc[noun.i + 1 : t.i]
        if not any(w.pos_ in ("VERB", "AUX", "SCONJ") or w.lower_ in _CLAUSE_WORDS for w in between):
            return True
    if noun.pos_ != "NOUN" or noun.i == 0 or doc[noun.i - 1].lower_ != "door":
        return False  # an article, a number or an adjective before it: a thing or someone named
    if not (noun.i + 1 < noun.sent.end and doc[noun.i + 1].lower_ == "van"):
        # without its object an act noun may name a cause, a natural subject (*door verstoring bedreigd*:
        # 'verstoring bedreigt de resten')
        return False
    from .nominal_verb import noun_verb

    return noun_verb(noun.lemma_ or noun.lower_) is not None or noun_verb(noun.lower_) is not None


def nominal_infinitive(noun: Token) -> bool:
    """*het* + a word in *-en* that is no name: a nominal infinitive (*door het sluiten van een contract*)."""
    if noun.i <= noun.sent.start:
        return False
    return noun.doc[noun.i - 1].lower_ == "het" and noun.lower_.endswith("en") and noun.pos_ != "PROPN"


def before_own_clause(agent: Token, verb: Token) -> bool:
    """The door-phrase stands before the conjunction that opens the passive's own clause: *zoals staat in de nota
    welke is vastgesteld door de raad, en deze stallingen in stand worden gehouden*. The passive's subject comes
    after a conjunction (or a relative pronoun) that follows the door-phrase, and the verbs stand at the end (a
    clause of its own), so the phrase belongs to the clause before it (the parse may hang it on the later
    participle): it names nobody for this passive."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and agent.i < c.i < verb.i]
    if not subjects or any(agent.i < c.i < min(subjects) for c in verb.children if c.dep_.startswith("aux")):
        return False  # *Door de raad en de provincie wordt het plan vastgesteld*: the verb comes second, one clause
    end = max(t.i for t in agent_tokens(agent))
    return any(
        t.pos_ in ("CCONJ", "SCONJ") or "Rel" in t.morph.get("PronType")
        for t in agent.doc[end + 1 : min(subjects)]
    )


def agent_tokens(agent: Token) -> list[Token]:
    """The door-phrase: *door*, the words before the agent noun, and phrases after it that start with a
    preposition (*door de gemeente van Utrecht*). A bare noun the parser hung on the agent stays out."""
    tokens = [t for t in agent.doc[agent.left_edge.i : agent.i + 1]]
    for child in agent.rights:
        first = child.doc[child.left_edge.i]
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            break  # door de raad, maar de provincie moet ... goedkeuren: a clause the parse hung on the actor
        if first.pos_ == "ADP" or child.dep_ in ("conj", "cc", "flat", "flat:name", "appos", "amod"):
            tokens += list(child.subtree)
        else:
            break
    return tokens


def after_door(agent: Token) -> list[Token]:
    """The door-phrase (``agent_tokens``) without the *door* that opens it (``doer_words`` keeps it apart)."""
    return [t for t in agent_tokens(agent) if not (t.lower_ == "door" and t.i == agent.left_edge.i)]


#: prepositions whose phrase belongs to the doer's name or says where it comes from (*de raad van Ede*, *een
#: aannemer uit Zwolle*, *DPA BV te Rotterdam*); any other phrase after the doer says when, why, for whom or how
#: (*op 5 mei 2020*, *in opdracht van de gemeente*, *voor drie locaties*): it belongs to the verb
DOER_PREPOSITIONS = frozenset({"van", "uit", "te"})


def doer_words(agent: Token, with_door: bool = False) -> list[Token]:
    """The words that name the doer, for the advice and the message to quote (*Begin de zin met wie het doet: 'de
    raad'*): the door-phrase (``agent_tokens``) without *door*, up to the end of its noun phrase. A noun phrase has
    one article and one head: a second article (*door De Roever een akoestisch onderzoek*) or a second bare noun
    (*door de aanvrager leges*) starts the object the parse joined to it; after *een ieder* (everyone) comes the
    object too. A phrase after the head stays only where it names the doer (``DOER_PREPOSITIONS``, or a name that
    goes on with a capital: *de Rijksdienst voor Cultureel Erfgoed*); a date, a purpose, an aside in brackets or a
    verb the parse hung on the doer ends it. ``with_door``: *door* stays in front (the message quotes it)."""
    every = agent_tokens(agent)
    door = [t for t in every if t.lower_ == "door" and t.i == agent.left_edge.i]
    words = [t for t in every if t not in door]
    kept: list[Token] = []
    head = False  # the head noun (or name, pronoun) of the phrase has been passed
    cut = False
    for t in words:
        if kept and t.i != kept[-1].i + 1:
            break  # the parse joined words that do not stand together
        prev = kept[-1] if kept else None
        if [w.lower_ for w in kept] == ["een", "ieder"]:
            break  # door een ieder zienswijzen: een ieder (everyone) is the doer, the rest its object
        if head and _ends_the_doer(t, prev, kept, words):
            cut = True
            break
        kept.append(t)
        if (t.pos_ in ("NOUN", "PROPN", "PRON") and not _in_a_modifier(t)) or t.i == agent.i:
            head = True
    # what the cut left hanging (*van de*, *en*, an adjective without its noun) goes too
    while kept and not (_ends_a_phrase(kept[-1]) or kept[-1].text in ('"', "'", ")")):
        if not cut and kept[-1].pos_ not in ("PUNCT", "CCONJ", "ADP", "DET", "VERB", "AUX"):
            break  # no cut: a word the parse mis-tagged at the end of the phrase (*huishoudens* as an adverb)
        if not cut and len(kept) > 1 and kept[-2].pos_ in ("ADP", "DET") and kept[-1].pos_ in ("VERB", "AUX"):
            break  # *het gebruik van bouwmaterialen*: the noun of its phrase, tagged as a verb
        if [w.lower_ for w in kept] == ["een", "ieder"]:
            break
        kept.pop()
    kept = kept or words
    return door + kept if with_door else kept


def _ends_the_doer(t: Token, prev: Token | None, kept: list[Token], words: list[Token]) -> bool:
    """``t``, after the head of the doer's phrase, begins words that are not the doer's (``doer_words``)."""
    from .noun_lemmas import noun_lemma

    if prev is None or ("als" in (t.lower_, prev.lower_) and any(w.lower_ == "zowel" for w in kept)):
        return False  # door zowel de gemeente als de provincie: one doer in two parts
    if (
        t.pos_ in ("VERB", "AUX")
        and "Fin" in t.morph.get("VerbForm")
        and prev.pos_ not in ("DET", "ADJ", "NUM")
    ):
        return True  # door uitbreiding van verharde oppervlakken dienen ...: the verb of the clause
    if t.text == "(" and _short_name_in_brackets(t):
        return False  # het Besluit ruimtelijke ordening (Bro) en de Regeling ...: the name's short form
    if (
        t.text in ("(", "[")
        or t.lower_ in ("d.d.", "dd")
        or t.pos_ == "SCONJ"
        or "Rel" in t.morph.get("PronType")
    ):
        return True  # an aside, a date, a clause of its own
    if t.lower_.startswith("waar") and t.pos_ in ("ADV", "PRON"):
        return True
    if t.pos_ == "DET" and prev.pos_ not in ("ADP", "CCONJ") and prev.text != ",":
        return True  # door de Raad de Omgevingsvisie: a second article begins the object
    if t.pos_ == "DET" and prev.text == "," and not any(w.pos_ == "CCONJ" for w in words if w.i > t.i):
        return True  # door Buijvoets adviseurs, een akoestisch onderzoek: no list, the object
    if (
        t.pos_ == "NOUN"
        and prev.pos_ == "NOUN"
        and kept[0].lower_ in ("de", "het")
        and t.text[:1].islower()
        and prev.text[:1].islower()
        and noun_lemma(prev.lower_)
    ):
        return True  # door de aanvrager leges: two nouns written apart are two phrases
    if t.pos_ == "ADP" and prev.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "PUNCT"):
        if t.lower_ == "door" and prev.pos_ == "PUNCT":
            return False
        if t.lower_ in ("van", "uit") or (t.lower_ == "te" and _capital_after(t)):
            return False  # de raad van Ede, een aannemer uit Zwolle, DPA BV te Rotterdam
        if t.lower_ in ("op", "inzake", "betreffende") and prev.text[:1].isupper() and _names_a_law(prev):
            return False  # de Wet op de archeologische monumentenzorg: a law's title goes on
        if (
            t.lower_ == "op"
            and t.i + 1 < t.sent.end
            and t.doc[t.i + 1].lower_ in ("nummer", "huisnummer", "nr.")
        ):
            return False  # de woning op nummer 50: which one, not when
        # de Rijksdienst voor Cultureel Erfgoed: a name goes on; door de raad op 5 mei 2020, door het bureau in
        # opdracht van de gemeente: what follows says when or for whom
        if prev.text[:1].isupper() and _capital_after(t):
            return False
        # de Raad voor de rechtspraak, de Commissie voor de m.e.r.: a body named by a capitalised common noun says
        # what it is for in its name (not *Arcadis voor de gemeente*: a name, no noun)
        return not (
            t.lower_ == "voor"
            and prev.i > prev.sent.start
            and prev.text[:1].isupper()
            and noun_lemma(prev.lower_)
        )
    return False


def _in_a_modifier(t: Token) -> bool:
    """``t`` is the noun of a phrase with a preposition inside a modifier before the head: *het in oorsprong
    gotische, in 1771 verbouwde stadhuis* (the head is *stadhuis*, not *oorsprong*)."""
    return t.head.i > t.i and t.head.pos_ in ("ADJ", "VERB") and any(c.dep_ == "case" for c in t.children)


def _short_name_in_brackets(t: Token) -> bool:
    """``t`` opens a bracket that holds only a short name or abbreviation (*(Bro)*, *(Wet ruimtelijke ordening)*
    is longer): one to three words, none of them lower case, then the closing bracket."""
    end = min(t.sent.end, t.i + 5)
    for k in range(t.i + 1, end):
        w = t.doc[k]
        if w.text == ")":
            return k > t.i + 1
        if w.text[:1].islower():
            return False
    return False


def _names_a_law(t: Token) -> bool:
    """``t`` is (the end of) the capitalised word of a law's or policy's title: *Wet*, *Omgevingsregeling*."""
    from .quote_kinds import names_a_policy_kind

    return names_a_policy_kind(t.lower_)


def _capital_after(t: Token) -> bool:
    nxt = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    return nxt is not None and nxt.text[:1].isupper()


def _ends_a_phrase(t: Token) -> bool:
    """A noun phrase may end on ``t``: a noun, name, pronoun or number, or a capitalised word inside the sentence
    that the parse tagged otherwise (*VROM*, *Deventer*)."""
    return t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or (t.i > t.sent.start and t.text[:1].isupper())
