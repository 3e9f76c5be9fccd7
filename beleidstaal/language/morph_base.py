"""The base of the morphology layer: the letters and prefixes Dutch spelling rules use, the data files
(irregular verbs, treebank forms, genders, plurals), word counts (wordfreq) and small spelling helpers.

Split off from ``morphology`` (issue 20); ``morphology`` is the face the rest of the package imports."""

from __future__ import annotations

import functools

# how often a word occurs in Dutch text (wordfreq's Zipf scale; 0 for an unknown word)
from .frequency import zipf

VOWELS = frozenset("aeiouyéëïöüè")
#: the consonants of 't kofschip: a weak verb whose stem ends in one of them takes -te / -t, the others -de / -d
VOICELESS = ("t", "k", "f", "s", "ch", "p", "x", "sh", "c")
#: particles of separable verbs, longest first (tegemoetkomen before tegen, ...)
PARTICLES = tuple(
    sorted(
        (
            "aan", "achter", "af", "bij", "binnen", "buiten", "door", "heen", "in", "langs", "los", "mee", "na",
            "neer", "om", "onder", "op", "over", "rond", "samen", "tegen", "terug", "thuis", "toe", "uit", "vast",
            "voor", "voorbij", "voort", "weg", "weer", "dicht", "open", "bekend", "plaats", "deel", "stil",
            "tegemoet", "teweeg", "vrij", "kennis", "goed", "mis", "vol", "zeker", "gelijk", "klaar", "schoon",
            "lastig", "ten", "teleur", "tot", "waar", "bloot", "gade", "ineen", "uiteen", "bijeen", "voorop",
            "achterna", "tegenover", "toch", "ter", "lief", "hoog", "groot", "kapot", "leeg", "dood", "kwijt",
            "terecht", "vooraf", "overeen", "tussen", "vorm", "bezig", "verder", "gevangen", "kenbaar", "bovenop", "omhoog", "omlaag", "vooruit", "achteruit",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
#: prefixes that never split and take no ge- in the participle
INSEPARABLE = ("be", "ge", "her", "er", "ont", "ver")
#: prefixes that split in some verbs (*overnemen*: neemt over) and not in others (*overwegen*: overweegt)
AMBIGUOUS = ("over", "onder", "door", "om", "achter", "vol", "weer", "mis", "voor")
#: of the ambiguous prefixes, these are inseparable unless the treebank participles say otherwise
DEFAULT_INSEPARABLE = ("onder", "achter", "mis", "vol")


# ---------------------------------------------------------------------------------------------------------------
# data


@functools.cache
def _data(name: str) -> dict:
    from .data import load_data

    return load_data(name)


@functools.cache
def irregular_verbs() -> dict[str, tuple[str, str, str]]:
    """infinitive → (past singular, past plural, participle) of the hand-kept strong and irregular verbs."""
    return {k: tuple(v) for k, v in _data("onregelmatig").get("verbs", {}).items()}  # type: ignore[misc]


def _treebank_form(inf: str, slot: int) -> str:
    """A past tense (slot 0, 1) or participle (2) seen in the treebanks where the rules give another; '' if none."""
    entry = _data("morfologie").get("verbs", {}).get(inf)
    return entry[slot] if entry else ""


@functools.cache
def known_verbs() -> frozenset[str]:
    from .grammar import known_verbs as treebank_verbs

    return frozenset(treebank_verbs()) | frozenset(irregular_verbs())


@functools.cache
def _treebank_participles() -> dict[str, str]:
    """infinitive → participle, from the treebank list in ``werkwoorden.toml``."""
    out: dict[str, str] = {}
    for part, inf in _data("werkwoorden").get("participles", {}).items():
        if part in (inf, inf + "d", inf + "de"):
            continue  # a present participle or an unchanged form says nothing about ge-
        if part.endswith(("de", "te")):
            part = part[:-1]  # geïnitieerde → geïnitieerd
        if _lost_trema(part, inf):
            continue  # *beinvloed*: the spelling rules give *beïnvloed*
        out.setdefault(inf, part)
    return out


def _lost_trema(part: str, inf: str) -> bool:
    """A participle without *ge* keeps the trema of its infinitive (*beïnvloeden* → *beïnvloed*, *beëindigen* →
    *beëindigd*): the prefix stays before the same vowel. A treebank form without it is a typing error. (After
    *ge* the trema goes where the vowels meet: *kopiëren* → *gekopieerd*.)"""
    return not part.startswith("ge") and any(c in inf for c in "ëï") and not any(c in part for c in "ëï")


@functools.cache
def _plurals() -> dict[str, str]:
    merged = dict(_data("morfologie").get("plurals", {}))
    merged.update(_data("onregelmatig").get("plurals", {}))
    return merged


@functools.cache
def _genders() -> dict[str, str]:
    return _data("morfologie").get("gender", {})


@functools.cache
def known_adjectives() -> frozenset[str]:
    return frozenset(_data("morfologie").get("adjectives", ()))


def _best(cands: list[str]) -> str:
    """The candidate seen most often in Dutch text; on a tie the first (the one the rules prefer)."""
    cands = list(dict.fromkeys(cands))
    if len(cands) == 1:
        return cands[0]
    return max(((zipf(c), -i, c) for i, c in enumerate(cands)))[2]


# ---------------------------------------------------------------------------------------------------------------
# spelling


def _is_vowel(ch: str) -> bool:
    return ch in VOWELS


def _trema(prefix: str, rest: str) -> str:
    """*ge* + *evalueerd* → *geëvalueerd*: a trema where two vowels would read as one sound."""
    if prefix[-1:] == "e" and rest[:1] in ("e", "i", "u") and not rest.startswith("ij"):
        return prefix + {"e": "ë", "i": "ï", "u": "ü"}[rest[0]] + rest[1:]
    return prefix + rest


def _ends_voiceless(stem_with_ending: str) -> bool:
    return stem_with_ending.endswith(VOICELESS)
