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


def nominal_infinitive(noun: Token) -> bool:
    """*het* + a word in *-en* that is no name: a nominal infinitive (*door het sluiten van een contract*)."""
    if noun.i <= noun.sent.start:
        return False
    return noun.doc[noun.i - 1].lower_ == "het" and noun.lower_.endswith("en") and noun.pos_ != "PROPN"


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
