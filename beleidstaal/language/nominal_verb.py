"""Which verb a noun is made of (BT201): *kwaliteitsverbetering* → *verbeteren*, *aanschaf* → *aanschaffen*; and
the plainer verbs that say the same (``plain_verbs``). A noun of a suffix family (-ing, -atie, -tie, -sie, -ment,
-age) gets its verb by spelling rules (``grammar.derive_verb``), accepted only when the verb exists; a noun in the
table of nominalisations (``grammar.nominalisation_map``) gets the verb listed there. A compound is resolved on its
last part. Lexicalised nouns (*woning*, *regering*, *vergadering*) have no verb here:
``lexicons/data/nominalisatie_uitzonderingen.toml``. A word list, not the sentence, decides; whether the noun is
worth a verb in its sentence is ``nominalisation``'s question.
"""

from __future__ import annotations

from .data import word_lists, word_set, word_tuple
from .grammar import derive_verb, nominalisation_map

MIN_TAIL = 5


def exceptions() -> frozenset[str]:
    return word_set("nominalisatie_uitzonderingen", "lexicalised")


def plain_verbs(verb: str) -> list[str]:
    return list(word_lists("grammatica", "plain_verbs").get(verb, ()))


def noun_verb(lemma: str, *, doer: bool = False) -> tuple[str, str] | None:
    """(verb, compound prefix) for a nominalisation, or None. Compounds are resolved on their last part:
    *kwaliteitsverbetering* → (``verbeteren``, ``kwaliteits``); *huurwoning* → None (*woning* is lexicalised).
    ``doer``: a *door*-phrase names who does it, so a word of its own (``lexicalised_alone``) is an act there."""
    n = lemma.lower()
    if not n.isalpha() or len(n) < 4:
        return None
    exc = exceptions()
    if n in exc or (not doer and n in word_set("nominalisatie_uitzonderingen", "lexicalised_alone")):
        return None  # a word of its own only (*ontwikkeling*): a compound of it goes on (*herontwikkeling*)
    mapping = nominalisation_map()
    if n in mapping:
        return mapping[n], ""
    phrase = phrase_verb(n)
    if phrase:
        return phrase, ""
    for i in range(2, len(n) - MIN_TAIL + 1):
        tail = n[i:]
        if tail in exc:
            return None
        if tail in mapping:
            return mapping[tail], n[:i]
    if n.endswith(("ing", "atie", "tie", "sie", "ment", "age")):
        verb = derive_verb(n)
        if verb:
            return verb, ""
    return None


def phrase_verb(noun: str) -> str | None:
    """The fixed verb phrase that a noun in *-ing* written as one word is made of: a preposition and a noun that make
    one verb with the verb after them (``grammatica.verb_phrase_fronts``), and the *-ing* of that verb. *De
    totstandkoming van de wet* is *de wet komt tot stand*, *de instandhouding van de natuur* is *de natuur in stand
    houden*, *de tenuitvoerlegging van het besluit* is *het besluit ten uitvoer leggen*. The act is the whole phrase's:
    read on its last part (*houding*, *stelling*: words of their own) it would be another verb or none. None where the
    rest after the front is no *-ing* of a verb (*instandhoudingsdoelstelling*: a compound, named by its last part)."""
    n = noun.lower()
    if not n.endswith("ing"):
        return None
    for front in word_tuple("grammatica", "verb_phrase_fronts"):
        glued = front.replace(" ", "")
        rest = n[len(glued) :]
        verb = derive_verb(rest) if n.startswith(glued) and len(rest) >= 5 else None
        if verb:
            return f"{front} {verb}"
    return None


def concrete_act(noun: str, verb: str) -> bool:
    """A noun of a concrete everyday act (``nominalisatie_uitzonderingen.concrete_acts``: *bouw*, *sloop*, *opslag*,
    also as a compound's last part: *gasopslag*) made from ``verb``: worth the verb only beside a verb that says
    nothing (``nominal_heads.beside_empty_verb``, nomin49)."""
    n = noun.lower()
    return any(
        n.endswith(act) and (noun_verb(act) or ("",))[0] == verb
        for act in word_set("nominalisatie_uitzonderingen", "concrete_acts")
    )
