"""What a word-list finding offers and says (``rules/lexicon``): advice as a sentence, the alternatives that fit the
article of the matched words, the replacement or advice for an entry found as the last part of a compound
(*geluidsimpact*), the ``data`` that tells --fix whether a replacement may be applied, and the message that names
the reason, the replacements and the advice once each (``finding_message``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import quoted

if TYPE_CHECKING:
    from ..lexicon import LexiconEntry


def advice_sentence(advice: str) -> str:
    """'zeg wat u doet' → 'Zeg wat u doet.'"""
    advice = advice.strip("() ")
    return advice[:1].upper() + advice[1:] + ("" if advice.endswith((".", "!", "?")) else ".")


#: alternatives that hold the article *een* themselves (*zo'n* = *zo een*): they stand for *een dergelijke*
#: with its article, never for *dergelijke* alone (*dergelijke aanvragen* → *zulke*, not *zo'n*)
OWN_ARTICLE = frozenset({"zo'n"})


def article_fit(tokens, replacements: tuple[str, ...]) -> tuple[str, ...]:
    """The alternatives that fit the article of the words: where the words begin with *een* (``stretch``:
    *een dergelijke aanpak*), only those that hold an article (*zo'n aanpak*, not *zulke aanpak*); elsewhere
    only those that do not. All of them where that would leave none."""
    if not any(r.lower() in OWN_ARTICLE for r in replacements):
        return replacements
    with_een = min(tokens, key=lambda t: t.i).lower_ == "een"
    kept = tuple(r for r in replacements if (r.lower() in OWN_ARTICLE) == with_een)
    return kept or replacements


def fix_data(entry, fitting, split) -> dict | None:
    """``fix``: --fix applies a replacement only when it fits this sentence and the entry is safe everywhere
    (not yet in a compound: those findings are not judged yet); ``form = "compound"`` and ``head``: the entry
    was found as the last part of a compound."""
    if split:
        return {"form": "compound", "head": split[1]}
    return {"fix": "safe"} if entry.fix == "safe" and fitting else None


def compound_offer(noun, split: tuple[str, str], entry) -> tuple[list, list[str], list[str]]:
    """(the words to replace, the replacement texts, advice) for an entry found as the last part of a compound:
    its head replaced where the new compound is well-formed (``language/compounds.compound_replacement``), else
    advice. All replacements that fit replace the same words (the first fitting one decides which)."""
    from ..language.compounds import compound_replacement
    from ..language.realise import offer
    from ..language.realise_advice import rewrite_advice

    if entry.alternatives_if_compound:  # geluidsimpact: no 'geluidsinvloed', advice
        return [noun], [], [advice_sentence(a) for a in entry.alternatives_if_compound]
    if not entry.replace:
        return [noun], *offer([noun], entry.replacements, entry.term, replace=False)
    prefix, head = split
    written = noun.text[: len(prefix)]
    tokens, fitting, unfit = [noun], [], []
    for rep in entry.replacements:
        got = compound_replacement(noun, written, head, entry.term, rep)
        if got is None or (fitting and got[0] != tokens):
            unfit.append(rep)
        elif got[1] not in fitting:
            tokens = got[0]
            fitting.append(got[1])
    return tokens, fitting, rewrite_advice(unfit)


def finding_message(
    entry: LexiconEntry,
    text: str,
    advices: list[str] | None = None,
    head: str | None = None,
    gone: frozenset[str] = frozenset(),
    offered: list[str] | None = None,
) -> str:
    """The reason, then the replacements and the advice; replacements and advice that the reason already gives
    are not said again. ``head``: the listed word is the last part of the compound ``text``, which the message
    names, so that the writer replaces only that part. ``gone``: alternatives out of sense in this sentence
    (``lexicon_sense.not_meant``), which the message does not name. ``offered``: the replacements as offered here;
    where none is, the message says nothing is better (*Schrijf liever*) and leaves the words to the advice."""
    from ..language.said import content_words, says_again, sentences
    from .lexicon_sense import reason_here

    named = f"'{text}' (het deel '{head}')" if head else f"'{text}'"
    said_reason = reason_here(entry.reason, gone)
    parts = [f"{named}: {said_reason}" if said_reason else f"{named}:"]
    reason = said_reason.lower()
    # offered here, or none: then the finding's advice names the words to rewrite with (*Herschrijf de zin met*)
    replacements = [r for r in entry.replacements if r.lower() not in gone] if offered is None else offered
    told = " ".join([reason, *(a.lower() for a in advices or [])])  # the reason and the advice name them
    if entry.replace and replacements and not all(f"'{r.lower()}'" in told for r in replacements):
        parts.append(f"Schrijf liever: {quoted(replacements)}.")
    # an advice sentence whose content words the text says already is not said again, also not in other words
    # (*Vaag; noem de partijen bij naam.* and *Noem ze.*; *schrap het* and *Schrappen.*)
    said = content_words(" ".join(parts))
    for advice in entry.advice if advices is None else advices:
        for sentence in sentences(advice_sentence(advice)):
            if says_again(sentence, said):
                continue
            said |= content_words(sentence)
            parts.append(sentence)
    return " ".join(parts)
