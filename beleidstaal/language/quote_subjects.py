"""A lead-in that makes a rule text say what follows a colon (``rule_text_states``): the rule text is the subject
of a verb of stating, *de volgende* rules of a named text, or an article in which a participle puts the text. Used
by ``quote_kinds._introduces_quotation``; the words are data: ``lexicons/data/aanhalingen.toml``."""

from __future__ import annotations

import re

from .quote_kinds import _OWN_ARTICLE, _words, names_policy

#: a verb with which a rule text states its content, and the particle it needs (*geeft ... aan*, *schrijft ... voor*)
_STATING = {
    "geeft": "aan", "geven": "aan", "schrijft": "voor", "schrijven": "voor", "stelt": "", "stellen": "",
    "bepaalt": "", "bepalen": "", "regelt": "", "regelen": "", "zegt": "", "vermeldt": "", "eist": "",
}  # fmt: skip
#: the verb follows the rule text that is its subject within this many words (*Artikel 26 van de verordening*)
MAX_SUBJECT_WORDS = 8


def rule_text_states(clause: str) -> bool:
    """The sentence before a colon makes a rule text say what follows: an article or a named law or policy text is
    the subject of a verb of stating, with *dat* or the colon after it (*Artikel 26 geeft aan dat hier:*, *De
    verordening schrijft voor dat:*; not with an object: *De wet regelt de bescherming van soorten:*), or it
    announces *de volgende* rules of a text it names (``rule_nouns``: *Ten aanzien van waterkeringen gelden de
    volgende beleidsregels:*), or it names an article in which a participle of announcing puts the text (*In
    artikel 3.5 is de plicht vastgelegd:*; a plain number only with a law named). The writer's own sentences have
    the plan or the writer as subject (*Het plan voldoet aan:*, *Wij stellen:*); the plan's own rules
    (``own_rules``, *artikel 3 van de regels*) are no such text."""
    words = re.findall(r"\w+", clause.lower())
    # 'Deze ontheffing wordt slechts verleend, indien:': the legal test of a permission, in the law's words
    if (
        words[-1:] in (["indien"], ["mits"])
        and "verleend" in words
        and _words("permission_nouns") & set(words)
    ):
        return True
    for k in range(len(words) - 2):
        if (words[k], words[k + 1]) == ("de", "volgende") and words[k + 2] in _words("rule_nouns"):
            return names_policy(clause)
    # 'In artikel 3.5 (van de wet) is de plicht vastgelegd:' names where the text stands and what it holds
    if words[:2] in (["in", "artikel"], ["in", "art"]) and _words("announcing_participles") & set(words):
        return names_policy(_OWN_ARTICLE.sub("", clause))
    opens = words[:1] in (["artikel"], ["art"]) or (words[:1] in (["de"], ["het"], ["deze"], ["dit"]))
    for k, word in enumerate(words[1 : MAX_SUBJECT_WORDS + 1], start=1):
        if word in _STATING:
            subject = " ".join(words[:k])
            particle = _STATING[word]
            rest = words[k + 1 :]
            if particle and particle in rest[:1]:
                rest = rest[1:]
            # what the text says follows: a clause with *dat*, or the colon; an object makes another verb (*De
            # wet regelt de bescherming van soorten:*, *De visie stelt een aanpak voor:*)
            return (
                opens
                and (not particle or particle in words[k + 1 :])
                and (not rest or rest[0] == "dat" or rest[:2] in (["het", "volgende"], ["als", "volgt"]))
                and (words[0] in ("artikel", "art") or names_policy(subject))
                and not (_words("own_rules") | _words("plan_voice") | {"regels", "planregels"})
                & set(words[:k])
            )
    return False
