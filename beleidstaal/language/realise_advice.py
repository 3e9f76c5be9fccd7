"""The advice texts of ``realise`` for alternatives that do not drop in as replacement text: rewrite the sentence
with them (``rewrite_advice``), choose what fits the meaning (``choice_advice``), or 'Schrappen' said so that
nothing breaks (``cut_advice``: *schrap 'sprake van'*, the finite verb that must stay second, a participle phrase
before its noun)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import morphology as m
from .choice import or_list
from .data import table, word_set
from .realise_participle import participle_advice
from .realise_structure import first_before_finite, whole_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def rewrite_advice(unfit: Sequence[str]) -> list[str]:
    """Advice for the alternatives that do not drop in."""
    if not unfit:
        return []
    return [f"Herschrijf de zin met {or_list(unfit)}, zodat hij klopt."]


def cut_advice(tokens: Sequence[Token], advice: Sequence[str]) -> list[str]:
    """'Schrappen' on a word whose preposition follows it would leave that preposition behind (*Er is sprake van
    overlast* → not *Er is van overlast*): the advice names both words (*Schrap 'sprake van'*)."""
    if not tokens:
        return list(advice)

    def cut(a: str) -> bool:
        return a.strip().lower() in ("schrappen", "schrap")

    if any(cut(a) for a in advice):
        structure = _cut_breaks(tokens)
        if structure is not None:
            return [structure if cut(a) else a for a in advice]
    last = max(tokens, key=lambda t: t.i)
    after = last.nbor() if last.i + 1 < len(last.doc) else None
    # a noun and the preposition right after it: the parser hangs 'van overlast' on the verb or on the noun, but
    # without the noun it dangles either way
    first = min(tokens, key=lambda t: t.i)
    if after is None or after.pos_ != "ADP" or last.pos_ not in ("NOUN", "PROPN") or first.pos_ == "ADP":
        return list(advice)  # (a phrase opening with its own preposition ends there: *in algemene zin* over)
    words = last.doc[first.i : after.i + 1].text
    return [f"schrap '{words}'" if cut(a) else a for a in advice]


def _cut_breaks(tokens: Sequence[Token]) -> str | None:
    """Advice in place of 'Schrappen' where deleting the words alone would break the sentence
    (``realise_structure``): the first position before a finite verb, a fixed phrase that goes on with *van*, a
    participle phrase before its noun."""
    words = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    # in de breedste zin van het woord: the whole phrase goes
    phrase = whole_phrase(tokens)
    if phrase is not None:
        words = phrase[0].doc[phrase[0].i : phrase[-1].i + 1].text
    verb = first_before_finite(phrase or tokens)
    if verb is not None:
        # Feitelijk is er sprake van → not 'Is er sprake van': the finite verb stays second
        return f"Schrap '{words}' en zet iets anders voor '{verb.text}', zoals het onderwerp of 'er'."
    if phrase is not None:
        return f"Schrap '{words}'."
    clause = participle_advice(tokens[0]) if len(tokens) == 1 else None
    if clause is not None:
        return clause  # de in voorbereiding zijnde regeling → de regeling die in voorbereiding is
    last = tokens[-1]
    if (
        len(tokens) == 1
        and last.pos_ == "NOUN"
        and not (last.i + 1 < len(last.doc) and last.nbor().pos_ == "ADP")
    ):
        # a noun alone is a part of its clause (Van deze mogelijkheid is sprake als ... → not 'is als')
        return f"Herschrijf de zin zonder '{words}'."
    return None


def choice_advice(replacements: Sequence[str]) -> str:
    """Advice for alternatives that only the writer can choose between: what fits depends on the meaning."""
    return f"Kies wat hier past, bijvoorbeeld {or_list(replacements)}."


def in_the_perfect(tokens: Sequence[Token], replacements: Sequence[str]) -> list[str]:
    """The alternatives as the writer must write them where the matched verb stands in the perfect with *hebben*
    (*heeft ... plaatsgevonden*): a verb that makes its perfect with *zijn* and never takes an object
    (``perfect_with_zijn``: *gebeuren*, *zijn*) is named with that auxiliary and its participle (*'is ...
    gebeurd'*, *'is ... geweest'*), for *heeft overleg gebeurd* is no Dutch. A verb that takes *zijn* only without
    an object (*veranderen*, *beginnen*) is left as it is: with the object of the words it replaces it keeps
    *hebben* (*heeft enkele wijzigingen aangebracht* → *heeft het plan veranderd*). Other alternatives, and any
    verb not in the perfect, stay as they are. A passive's *worden* has no participle in the perfect: *gewijzigd
    worden* → *'is ... gewijzigd'*, not *'is ... gewijzigd geworden'* (after an adjective it stays: *'is ... beter
    geworden'*)."""
    swap = table("realisatie", "perfect_auxiliary_swap")
    aux = _perfect_auxiliary(tokens)
    if aux is None or aux.lower_ not in swap:
        return list(replacements)
    takes_zijn = perfect_with_zijn()
    out = []
    for rep in replacements:
        words = rep.split()
        verb = words[-1].lower() if words else ""
        part = m.participle(verb) if verb in takes_zijn else None
        if part and verb == "worden" and len(words) > 1 and m.verb_with_participle(words[-2].lower()):
            part = ""  # 'gewijzigd worden': the perfect of a passive has no 'geworden' ('is ... gewijzigd')
        if part is None:
            out.append(rep)
            continue
        # 'er zijn' → 'zijn er ... geweest': the place word 'er' stays with the finite verb
        front = [w for w in words[:1] if w.lower() == "er"]
        out.append(" ".join(filter(None, [swap[aux.lower_], *front, "...", *words[len(front) : -1], part])))
    return out


def perfect_with_zijn() -> frozenset[str]:
    """The verbs that make their perfect with *zijn* and never take an object: ``grammatica.zijn_verbs`` without
    those that take *hebben* with an object (``grammatica.zijn_or_passive``: *heeft het plan veranderd*;
    ``realisatie.zijn_verbs_with_object``: *heeft een toets afgenomen*, *heeft de auto gereden*)."""
    return (
        word_set("grammatica", "zijn_verbs")
        - word_set("grammatica", "zijn_or_passive")
        - word_set("realisatie", "zijn_verbs_with_object")
    )


def _perfect_auxiliary(tokens: Sequence[Token]) -> Token | None:
    """The form of *hebben* that makes the perfect of the matched participle: its own auxiliary, or the nearest form
    of *hebben* before it in its sentence with no other verb between (the parse may hang it elsewhere: *Voor het
    plan heeft overleg ... plaatsgevonden*)."""
    # by the tag, or by the form where the tagger read an infinitive (*heeft zich ... voorgedaan*)
    parts = [t for t in tokens if "Part" in t.morph.get("VerbForm") or m.verb_with_participle(t.lower_)]
    if not parts:
        return None
    part = parts[-1]
    for c in part.children:
        if c.dep_ == "aux" and c.lemma_.lower() == "hebben":
            return c
    for t in reversed(part.doc[part.sent.start : part.i]):
        if t.lemma_.lower() == "hebben" and t.pos_ in ("AUX", "VERB"):
            return t
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text in (",", ";", ":"):
            return None  # another verb's clause
    return None
