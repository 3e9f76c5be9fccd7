"""Checking a realised clause: parse the rewritten clause again and check the place of its finite verb and its
agreement with the subject (part of ``realise``)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .grammar import MODAL_FORMS
from .realise_clauses import _finite
from .realise_verbs import SUBJECT_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Token


# ---------------------------------------------------------------------------------------------------------------
# checking a rewritten clause


@functools.lru_cache(maxsize=4096)
def check_clause(text: str, model: str | None = None) -> bool:
    """Parse a rewritten clause again and check it: no word twice in a row (*wij wij*), a finite verb, and in its
    place: first in a question (*Stelt de raad het plan vast?*), after the conjunction or relative word and the
    rest of the clause in a subordinate clause, second in a main clause (after one whole part: *Morgen stelt de
    raad ...*, *De raad stelt ...*; not *De raad over het plan spreekt*); and a subject that agrees with it.
    The answer depends on the text alone, so it is remembered: the language server checks the whole document
    again after every pause in typing, and each rewrite costs a run of the pipeline (about 10 ms). The clause is
    read with the same lemmas and tagger backstop as the text (``nlp.normalise_lemmas``): *De cijfers zijn
    periodiek besproken* has its finite verb *zijn*, which the model tags as the possessive."""
    from ..model import load_model
    from ..nlp import normalise_lemmas

    words = text.lower().split()
    if any(a == b for a, b in zip(words, words[1:], strict=False)):
        return False
    doc = normalise_lemmas(load_model(model)(text))
    tokens = [t for t in doc if not t.is_punct]
    finite = [t for t in tokens if "Fin" in t.morph.get("VerbForm") or _finite(t)]
    if not tokens or not finite:
        return False
    f = finite[0]
    first = tokens[0]
    subordinate = first.dep_ == "mark" or first.pos_ == "SCONJ" or "Rel" in first.morph.get("PronType")
    if subordinate:
        # the finite verb comes after the subject and the object
        if any(t.dep_ in ("nsubj", "obj") and t.i > f.i and t.head.i == f.i for t in tokens):
            return False
    elif f.i != first.i:
        before = [t for t in tokens if t.i < f.i]
        ids = {t.i for t in before}
        roots = [t for t in before if t.head.i not in ids or t.head.i == t.i]
        if len(roots) != 1:
            return False  # two parts before the finite verb of a main clause
        if f.i == tokens[-1].i and len(before) > 2:
            return False  # De raad over het plan spreekt: the verb of a main clause at its end
    return _agrees(f)


def _agrees(f: Token) -> bool:
    subj = next((c for c in f.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None and f.dep_.startswith("aux"):
        subj = next((c for c in f.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return True
    verb_number = (f.morph.get("Number") or [None])[0]
    if subj.lower_ in SUBJECT_PERSON:
        subj_number = SUBJECT_PERSON[subj.lower_][1]
    else:
        subj_number = (subj.morph.get("Number") or [None])[0]
        if any(c.dep_ == "conj" for c in subj.children):
            subj_number = "Plur"
    return verb_number is None or subj_number is None or verb_number == subj_number


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def same_words(
    before: Iterable[str],
    after: str,
    added: Iterable[str] = (),
    dropped: Iterable[str] = (),
    free: Iterable[str] = (),
) -> bool:
    """The rewrite says every word of the original clause exactly as often, nothing lost and nothing doubled:
    the words of ``before`` (the clause without the verbs the rewrite changes) less ``dropped`` (*door*, *er*)
    against the words of ``after`` less ``added`` (the new verb cluster, a relative pronoun). Words in ``free``
    (pronouns that change case: *hij* → *hem*) are not counted on either side."""
    skip = {w.lower() for w in free}
    old = Counter(w for text in before for w in _words(text) if w not in skip)
    old.subtract(Counter(w for text in dropped for w in _words(text) if w not in skip))
    new = Counter(w for w in _words(after) if w not in skip)
    new.subtract(Counter(w for text in added for w in _words(text) if w not in skip))
    return +old == +new and not any(n < 0 for n in (*old.values(), *new.values()))


def keeps_modals(modals: Iterable[str], after: str) -> bool:
    """Every modal verb of the original cluster (*zal ... kunnen worden*) is in the rewrite, in some form
    (*zal ... kunnen verwerken*), as often as in the original."""
    need = Counter(MODAL_FORMS.get(m.lower(), m.lower()) for m in modals)
    said = Counter(MODAL_FORMS[w] for w in _words(after) if w in MODAL_FORMS)
    return all(said[m] >= n for m, n in need.items())
