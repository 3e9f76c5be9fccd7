"""A passive in the words of a legal test: the word lists mark a support-verb phrase as a law's test where its
dependent makes it one (``legal_test`` with ``unless_dependent``: *geen afbreuk doen aan de gunstige staat van
instandhouding*). The passive of that phrase (*er wordt geen afbreuk gedaan aan de gunstige staat van
instandhouding van de soort*) is the same test in the law's own wording: nobody is hidden whom the reader needs,
and naming a doer would change the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language.grammar import infinitive

if TYPE_CHECKING:  # only for annotations
    from spacy.tokens import Token

    from .registry import RuleContext


def in_legal_test(verb: Token, ctx: RuleContext) -> bool:
    """The passive's participle makes, with its noun, the phrase of a word-list entry marked ``legal_test`` (*afbreuk
    wordt gedaan aan*), and the entry's ``unless_dependent`` holds here (*aan de gunstige staat*)."""
    from ..language.keys import particle
    from .lexicon_guards import dependent_excludes
    from .lexicon_store import compiled_for
    from .lexicon_verbal import match_verbal

    lex = compiled_for(ctx)
    for entry in lex.verbal.get(infinitive(verb), ()):
        if not entry.legal_test:
            continue  # the cheap test first: most passives have a verb of no legal test
        found = match_verbal(verb.sent, verb, entry, particle(verb), lex)
        if found is not None and dependent_excludes(entry, found[0]):
            return True
    return False
