"""Which verb a noun is made of (BT201): *kwaliteitsverbetering* → *verbeteren*, *aanschaf* → *aanschaffen*; and
the plainer verbs that say the same (``plain_verbs``). A noun of a suffix family (-ing, -atie, -tie, -sie, -ment,
-age) gets its verb by spelling rules (``grammar.derive_verb``), accepted only when the verb exists; a noun in the
table of nominalisations (``grammar.nominalisation_map``) gets the verb listed there. A compound is resolved on its
last part. Lexicalised nouns (*woning*, *regering*, *vergadering*) have no verb here:
``lexicons/data/nominalisatie_uitzonderingen.toml``. A word list, not the sentence, decides; whether the noun is
worth a verb in its sentence is ``nominalisation``'s question.
"""

from __future__ import annotations

from .data import word_lists, word_set
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
