"""Sentences in the writer's own paragraph that carry the words of a law or a rule (for
``policy_quotes.policy_quotations``): a sentence that reports an article's text in indirect speech
(``reports_article``: *In artikel 3.2 van de verordening is bepaald dat ...*), one with the words that the
Besluit ruimtelijke ordening prescribes for every zoning plan (``prescribed_sentence``), and one that states a rule
of an ordinance or decree named above it (``_rule_blocks``). Such a sentence is quoted text, though no quotation
mark or lead-in shows it; a sentence that applies the law to this plan, or says why a rule is there, stays the
writer's.
"""

from __future__ import annotations

import re

from .policy_voice import RULE, rule_sentence
from .quote_kinds import QuotedBlock, _words, lower_words, names_policy, sentence_spans

#: an article of a law or ordinance: a number with a dot (*artikel 3.1.6*, *art. 2.1.1*); *artikel 4* is one of the
#: plan's own rules
_LAW_ARTICLE = re.compile(r"\bart(?:ikel|\.)\s*\d+(?:[.:]\d+)+[a-z]?\b", re.I)
#: the words before *dat* in a sentence that reports an article's text (``reports_article``) are at most this many
MAX_REPORTING_WORDS = 25


def reports_article(sentence: str) -> bool:
    """``sentence`` reports the text of a law's article in indirect speech: before its first *dat* it names the
    article (``_LAW_ARTICLE``) and a verb of ``reporting_verbs``, in at most ``MAX_REPORTING_WORDS`` words (*Het
    Besluit ruimtelijke ordening (artikel 3.1.1) geeft aan dat ...*, *In artikel 3.2 van de verordening is bepaald
    dat ...*). The words after *dat* are the article's, reworded only as indirect speech asks; a sentence that
    names no article (*Volgens de Wro is een watertoets verplicht*) is the writer's own explanation."""
    m = re.search(r"\bdat\b", sentence)
    if not m:
        return False
    lead = sentence[: m.start()]
    words = re.findall(r"\w+", lead.lower())
    return (
        len(words) <= MAX_REPORTING_WORDS
        and bool(_LAW_ARTICLE.search(lead))
        and any(w in _words("reporting_verbs") for w in words)
        and not _purpose_clause(words)
        and not applies_to_plan(sentence[m.end() :])
    )


def _purpose_clause(lead: list[str]) -> bool:
    """The words before *dat* (``lead``, lower case) end in a purpose clause after the reporting verb: *om* and later
    *te* (*De antidubbeltelbepaling is opgenomen om te voorkomen dat ...*). Then *dat* opens the object of that
    infinitive, not the article's text: the writer says why a rule is there."""
    verbs = _words("reporting_verbs")
    at = max((i for i, w in enumerate(lead) if w in verbs), default=-1)
    rest = lead[at + 1 :]
    return "om" in rest and "te" in rest[rest.index("om") :]


#: a municipality named in a clause (*de gemeente Ridderkerk*, *de gemeente 's-Hertogenbosch*)
_NAMED_MUNICIPALITY = re.compile(r"\bde gemeente\s+(?:'s[- ])?[A-Z]")


def applies_to_plan(clause: str) -> bool:
    """The clause after *dat* applies the article to this plan: it names a municipality by its name (*dat de
    gemeente Ridderkerk bij de voorbereiding ... overleg moet plegen*) or the plan itself (``plan_voice_phrases``:
    *dit plan*, *in dit geval*). A law speaks of every municipality (*het bestuursorgaan*, *burgemeester en
    wethouders*); an article reworded for one plan is the writer's explanation of it, not its text."""
    if _NAMED_MUNICIPALITY.search(clause):
        return True
    low = " " + " ".join(re.findall(r"\w+", clause.lower())) + " "
    return any(f" {phrase} " in low for phrase in _words("plan_voice_phrases"))


def _sentence_blocks(text: str, start: int, test, kind: str) -> list[QuotedBlock]:
    """A block of ``kind`` for each sentence of paragraph text ``text`` (at offset ``start``) that passes ``test``:
    the sentences that hold the words of a rule a decree prescribes (``prescribed_sentence``, kind ``PRESCRIBED``)
    and those that report the text of a law's article (``reports_article``, kind ``indirect``).
    The sentences that state a rule of an ordinance or decree are ``_rule_blocks``."""
    return [QuotedBlock(start + a, start + b, kind) for a, b in sentence_spans(text) if test(text[a:b])]


def _rule_blocks(text: str, start: int, under_policy: bool) -> list[QuotedBlock]:
    """A block of kind ``RULE`` for each sentence of paragraph text ``text`` (at offset ``start``) that states a
    rule of an ordinance or decree (``rule_sentence``) where a law or policy text is named: in the heading above
    (``under_policy``) or in a sentence before it in the same paragraph (*In paragraaf 6.2 van de
    Omgevingsverordening zijn regels opgenomen. Een bestemmingsplan dat ... mogelijk maakt, voldoet aan ...*)."""
    return [
        QuotedBlock(start + a, start + b, RULE)
        for a, b in sentence_spans(text)
        if rule_sentence(text[a:b]) and (under_policy or names_policy(text[:a]))
    ]


#: the kind of a sentence with the words of a rule that a decree prescribes word for word (``prescribed_sentence``)
PRESCRIBED = "voorschrift"


def prescribed_sentence(sentence: str) -> bool:
    """The sentence holds the words of a rule that the Besluit ruimtelijke ordening prescribes for every zoning
    plan word for word (``prescribed_rules``: *Grond die eenmaal in aanmerking is genomen ..., blijft bij de
    beoordeling van latere bouwplannen buiten beschouwing.*): the decree's text, whoever else holds it."""
    low = " " + " ".join(lower_words(sentence)) + " "
    return any(f" {rule} " in low for rule in _words("prescribed_rules"))
