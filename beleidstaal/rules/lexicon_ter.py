"""Word-list rules, the construction *ter* + a noun of action + *van* (``language/ter_purpose``): a wordy phrase
(BT104) found by the parse and the morphology, not by a list of its words. *Ter waarborging van*, *ter beperking
van*, *ter kwaliteitsverbetering van*: any noun whose verb the morphology finds, without an entry of its own. The
reason and the advice are made from the verb, as the listed phrases give them: *Omslachtig; zeg 'om ... te
waarborgen'.* (a separable verb: *om ... uit te werken*).

The listed *ter ... van* phrases (``lexicons/omslachtig.toml``: *ter voorkoming van*, *ter compensatie van* → *als
vergoeding voor*) keep their own wording: the construction covers the rest, and gives no finding on a word that a
listed entry reports already (*ter beschikking*, *ter illustratie*; a noun that is jargon itself, *ter implementatie
van*, keeps its own finding with its plain word). Its finding goes through every guard of a listed phrase
(``rules/lexicon``: names, headings, quoted text), at the severity of the listed phrases (the rule's, ``info``).
A listed phrase of action hung on a noun of a permission or a decision names the instrument's kind, as the
construction's phrases do, and is no finding either (``names_an_instrument``: *een besluit ter uitvoering van de wet*).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..lexicon import LexiconEntry

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .lexicon_compile import CompiledLexicon

#: the rule and category of the listed *ter ... van* phrases
RULE, CATEGORY = "BT104", "omslachtig"
#: where the entry comes from, for whoever reads a finding's entry (no file: the construction)
SOURCE = "constructie: ter + zelfstandig naamwoord + van"
#: the most entries kept (one per phrase and advice)
MAX_ENTRIES = 4096


def ter_matches(sent: Span, lex: CompiledLexicon, found) -> list[tuple[LexiconEntry, list, bool]]:
    """(entry, tokens, exact) for every *ter* + noun of action + *van* of the sentence whose words no match in
    ``found`` holds: each with an entry made for it (``_entry``)."""
    from ..language.ter_purpose import ter_phrases
    from ..language.words import columns

    lower = columns(sent.doc).lower  # no Token object for every word of every sentence
    if "ter" not in lower[sent.start : sent.end] or not lex.holds_ter:
        return []
    taken = {t.i for m in found for t in m[1]}
    out = []
    for phrase in ter_phrases(sent):
        if any(t.i in taken for t in phrase.tokens):
            continue  # a listed phrase or word: its own finding, never a second one on the same words
        out.append((_entry(phrase.term, phrase.advice), list(phrase.tokens), True))
    return out


def names_an_instrument(tokens) -> bool:
    """A listed *ter* phrase whose noun is an act (*ter uitvoering van*), hung on a noun of a permission or a
    decision: *een besluit ter uitvoering van de wet* names the kind of instrument, as the construction's phrases do
    (``ter_purpose.names_an_instrument``). Not *ter plaatse van*, *ter hoogte van*: no act, a place."""
    from ..language.ter_purpose import action_verb
    from ..language.ter_purpose import names_an_instrument as hung_on_instrument

    ter = min(tokens, key=lambda t: t.i)
    if ter.lower_ != "ter" or ter.i + 1 >= ter.sent.end:
        return False
    noun = ter.doc[ter.i + 1]
    return action_verb(noun.lower_) is not None and hung_on_instrument(ter, noun)


@functools.lru_cache(maxsize=MAX_ENTRIES)
def _entry(term: str, advice: str) -> LexiconEntry:
    """An entry of the wordy phrases for one *ter* phrase, shaped as the listed ones (*ter uitvoering van*:
    alternative *om ... uit te voeren*, which no sentence takes as it stands, so the finding gives it as advice)."""
    return LexiconEntry(
        term=term,
        alternatives=(advice,),
        reason=f"Omslachtig; zeg '{advice}'.",
        category=CATEGORY,
        rule=RULE,
        source=SOURCE,
    )


def holds_listed_ter(phrase: dict[tuple[str, str], list[LexiconEntry]]) -> bool:
    """The compiled phrases (first two words -> entries) hold listed *ter ... van* phrases of the wordy phrases:
    the construction belongs with them, and is off where the built-in lists are (``builtin = false`` in the
    settings). Worked out once per compiled word lists (``CompiledLexicon.holds_ter``)."""
    return any(
        e.rule == RULE and e.term.startswith("ter ")
        for (first, _), entries in phrase.items()
        if first == "ter"
        for e in entries
    )
