"""The schema of a word-list entry: the keys an entry and a list may have, the rules per category, and the
``LexiconEntry`` every entry becomes (with what each key means). ``lexicon.py`` reads and validates the TOML files
into these; ``lexicons/README.md`` documents the same keys for the people who write the lists.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

LEXICON_CATEGORIES = ("ambtelijk", "jargon", "omslachtig", "cliche", "vaag")
DEFAULT_RULES = {
    "ambtelijk": "BT101",
    "jargon": "BT102",
    "omslachtig": "BT104",
    "cliche": "BT105",
    "vaag": "BT106",
}
ENTRY_KEYS = {
    "term", "alternatives", "reason", "verb", "pos", "unless_before", "unless_after", "unless_listed",
    "unless_negated", "unless_document", "unless_in_sentence", "audience", "unless_subject", "unless_person_subject", "unless_dependent", "still_if_object", "unless_head", "unless_next_pos", "unless_plural", "unless_participle", "unless_determiner", "unless_exception", "writer_only", "unless_doer", "unless_reflexive", "only_before_number", "unless_passive", "only_with_content", "legal_test", "unless_antecedent", "verb_of_subject", "severity", "example", "fine", "note", "fix", "exact",
    "replace", "compounds", "alternatives_if", "alternatives_if_people", "alternatives_if_task",
    "alternatives_if_clause", "alternatives_if_infinitive", "alternatives_if_unaddressed",
    "alternatives_if_compound", "alternatives_if_after_noun", "alternatives_if_duration",
    "alternatives_if_after_determiner", "alternatives_if_attributive", "alternatives_if_negated",
    "alternatives_if_before_adjective", "alternatives_if_in_sentence", "alternatives_if_before",
    "alternatives_if_fragment", "alternatives_if_fronted",
}  # fmt: skip
HEADER_KEYS = {"category", "rule", "description", "replace"}
UPOS = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
    "SCONJ", "SYM", "VERB", "X",
}  # fmt: skip
#: alternatives that are advice rather than replacement text start with one of these words
INSTRUCTION_WORDS = (
    "schrappen", "schrap", "zeg", "noem", "beschrijf", "gebruik", "maak", "vermijd", "laat", "omschrijf",
    "vertel", "geef", "leg", "kies", "herschrijf",
)  # fmt: skip


@dataclass(frozen=True)
class LexiconEntry:
    term: str
    alternatives: tuple[str, ...]
    reason: str
    category: str
    rule: str
    source: str
    verb: str | None = None
    pos: tuple[str, ...] = ()
    unless_before: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()
    #: true: not when the words right after it name the things it stands for (*diverse functies: een kerk, ...*)
    unless_listed: bool = False
    #: true: not when its clause says no (*geen nader onderzoek*, *nader onderzoek is niet nodig*): a decision
    unless_negated: bool = False
    #: not in a document that names one of these words anywhere (its links included): there the term is the
    #: software's own word (*issue* in a document about GitHub), not jargon in policy prose
    unless_document: tuple[str, ...] = ()
    #: not when one of these words stands elsewhere in the same sentence: *anderzijds* after *enerzijds* in its
    #: sentence is the second half of the listed pair, which that word's finding covers (one finding per pair)
    unless_in_sentence: tuple[str, ...] = ()
    #: "it": an ordinary English word of the trade for developers and IT specialists (*update*, *input*,
    #: *dropdown*): not reported in a text written for them (``rules.audience.developer_text``)
    audience: str | None = None
    #: not when the subject of its clause is one of these words: a treaty 'komt tot stand' (the law's own term)
    unless_subject: tuple[str, ...] = ()
    #: not when a word the match governs, or the preposition of such a word, is one of these: *vanuit de natuur
    #: bezien* is a point of view (bekeken), not a decision put off (*wij zullen bezien*)
    unless_dependent: tuple[str, ...] = ()
    #: still a finding, whatever ``unless_dependent`` says, when the object (or the subject of a passive) is one of
    #: these words: *uw zienswijze wordt meegenomen in de beoordeling* is the vague promise, not what a study covers
    still_if_object: tuple[str, ...] = ()
    #: true: where ``unless_dependent`` holds, the phrase is the wording of a legal test (*geen afbreuk doen aan de
    #: gunstige staat van instandhouding*), and so is its passive: the rule on the passive (BT302) leaves it alone
    legal_test: bool = False
    #: not when the phrase of a matched preposition hangs on one of these words (lemma or as written), also through
    #: a *van*-phrase: *de situering van bebouwing ten opzichte van de perceelsgrens* says where a thing stands (a
    #: position), not what it is compared with
    unless_head: tuple[str, ...] = ()
    #: not when the next word has one of these word classes: *significant* before an adjective (*significant
    #: negatieve effecten*) grades it, as in an assessment, it is no vague size
    unless_next_pos: tuple[str, ...] = ()
    #: true: not when its noun is plural: *keuzes maken*, *besluiten nemen* is everyday Dutch for several of them,
    #: and the one verb (*kiezen*, *besluiten*) cannot count them
    unless_plural: bool = False
    #: true: not when its last word is a demonstrative that points at a noun after it: *in deze gemeente*, *in deze
    #: (nieuwe) wijk*; *in deze* alone is the stiff 'in dezen'
    unless_determiner: bool = False
    #: true: not when its sentence says when the reservation does not hold or on what condition it does (*in
    #: principe niet toegestaan, tenzij ...*; *als de aanvraag volledig is, ... in beginsel ...*)
    unless_exception: bool = False
    #: true: only when the writer makes the promise (*wij*, *we*, *ik* as the subject of its clause): a hedge in a
    #: description of someone else's policy (*het water wordt zoveel mogelijk gescheiden*) is no vague promise
    writer_only: bool = False
    #: true: not when its own verb has a subject that does it (*de plannen moeten aandacht besteden aan*): there the
    #: phrase is ordinary Dutch and its noun carries its own meaning; a passive or an *om ... te* clause that hides
    #: the doer (*dient aandacht besteed te worden aan*, *verplicht om aandacht ... te besteden*) is reported
    unless_doer: bool = False
    #: true: not when the verb stands with a reflexive pronoun (*Wij hebben ons voorgenomen ...*, *De gemeente
    #: realiseert zich dat ...*): that is another verb with another sense, which the alternatives do not fit
    unless_reflexive: bool = False
    # an empty verb whose subject is a verb made noun: the advice names that verb (*afstemming vindt plaats*)
    verb_of_subject: bool = False
    severity: str | None = None
    example: str | None = None
    fine: tuple[str, ...] = ()
    note: str | None = None
    #: "safe" when every replacement can stand in for the term without reading the context (``check --fix``)
    fix: str | None = None
    #: true: match the words as written (no inflection), for fixed idioms such as 'in de regel' (not 'in de regels')
    exact: bool = False
    #: false: the alternatives are advice only, never replacement text, because which one fits (or whether any
    #: does) depends on what the term means in the sentence (*afstemming*: overleg? afspraken? samenhang?)
    replace: bool = True
    #: false: a one-word noun is not found as the last part of a compound (*beleidsdoelstellingen*): its meaning
    #: changes there, or the compounds the dictionary knows use it in its plain sense
    compounds: bool = True
    #: other alternatives where the match governs one of these words (its lemma, as written, or the last part of a
    #: compound): *voorzien in een behoefte* is *voldoen aan*, not *zorgen voor*; (word, alternatives) pairs
    alternatives_if: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: other alternatives where the match governs a noun for people or an organisation (``language.people``):
    #: *ondernemers faciliteren* is helping them, not making them possible
    alternatives_if_people: tuple[str, ...] = ()
    #: other alternatives where the matched verb has a finite clause as its complement (``lexicon_clause``):
    #: *er wordt gehanteerd dat ...* sets a rule or an assumption, no tool is used
    alternatives_if_clause: tuple[str, ...] = ()
    #: other alternatives where the match governs a task one carries out (``grammatica.carried_out_nouns``, also as
    #: the last part of a compound): *de taken realiseren* is carrying them out, not building them
    alternatives_if_task: tuple[str, ...] = ()
    #: other alternatives where the matched participle, in a passive, has a te-infinitive as its complement and no
    #: adjective (``lexicon_clause.by_infinitive``): *het college wordt geacht de raad te informeren* is 'moet'
    alternatives_if_infinitive: tuple[str, ...] = ()
    #: other alternatives where the paragraph does not address the reader (no *u* or *uw*;
    #: ``grammatica.reader_pronouns``): *desgewenst* is 'als u wilt' only to the reader
    alternatives_if_unaddressed: tuple[str, ...] = ()
    #: other alternatives (advice) where the noun is the last part of a compound: *geluidsimpact* is no
    #: *geluidsinvloed*
    alternatives_if_compound: tuple[str, ...] = ()
    #: other alternatives where the words stand right after a noun (``lexicon_sense.after_noun``): *subsidie in de
    #: vorm van een lening* names the thing itself, *als* there reads as *zoals* or a comparison
    alternatives_if_after_noun: tuple[str, ...] = ()
    #: other alternatives (advice) where a length of time follows (``lexicon_sense.for_a_duration``): *gedurende
    #: zes weken* is 'zes weken', not 'tijdens zes weken'
    alternatives_if_duration: tuple[str, ...] = ()
    #: other alternatives (advice) where the word stands right after an article or demonstrative
    #: (``lexicon_sense.after_determiner``): *de betreffende locatie* is no *de over locatie*
    alternatives_if_after_determiner: tuple[str, ...] = ()
    #: other alternatives (advice) where the word stands before its noun, inflected, or right before an inflected
    #: adjective or participle of a noun (``lexicon_place.attributive``): *een geïntegreerde aanpak* is 'een
    #: samenhangende aanpak', *eventueel aanwezige waarden* are 'de waarden die er misschien zijn'
    alternatives_if_attributive: tuple[str, ...] = ()
    #: other alternatives where the clause says no (``lexicon_place.by_negation``): *heeft geen relatie met* is
    #: 'staat los van'
    alternatives_if_negated: tuple[str, ...] = ()
    #: other alternatives (advice) where the word, inflected, stands right before an inflected adjective of its noun
    #: (``lexicon_place.before_adjective``): *met vermoedelijke lage snelheid* grades the adjective
    alternatives_if_before_adjective: tuple[str, ...] = ()
    #: other alternatives (advice) where the word opens a sentence without a finite verb (``lexicon_place.
    #: in_fragment``): *Evenals tussen de weg en de dijk.* adds to the sentence before ('En ook'), compares nothing
    alternatives_if_fragment: tuple[str, ...] = ()
    #: other alternatives where the words open a sentence with a finite verb (*Evenals vorig jaar houdt de gemeente
    #: een markt*: a comparison in front of the verb, 'net als')
    alternatives_if_fronted: tuple[str, ...] = ()
    #: true: not when the subject of its clause is a person or an organisation of people (``language.people``):
    #: *de bewoner heeft geen relatie met het bedrijf* is a bond between people, not a link between places
    unless_person_subject: bool = False
    #: true: not the past participle (*de geconsolideerde versie van de verordening*: the text with all its
    #: amendments, a term of publishing law); the other forms stay (*een consoliderend plan*)
    unless_participle: bool = False
    #: true: only right before a number (*ten hoogste 7 meter*); elsewhere the words are a term or another sense
    only_before_number: bool = False
    #: true: not in a passive with *worden* (*kan worden volstaan met*): the passive rule gives its own advice there
    unless_passive: bool = False
    #: true: only where the copula of the phrase has the intent's content as its predicate (*de ambitie is om ...
    #: te*, *... dat*, *... een groene stad*), not an adjective or a participle (*de ambitie is hoog*, *is gehaald*)
    only_with_content: bool = False
    #: not when the relative word stands for one of these nouns (``language.relatives``; a hyphen in front: the end
    #: of a compound): *de grens waarbinnen* is right (one stays inside a limit), *de zone waarbinnen* is 'waarin'
    unless_antecedent: tuple[str, ...] = ()
    #: other alternatives where one of these words stands elsewhere in the written sentence (``lexicon_place``):
    #: *tenminste een inhoud van minimaal 190 m³* says the minimum twice, so the word goes
    alternatives_if_in_sentence: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: other alternatives where the word right after the match is one of these (``lexicon_place.before_word``):
    #: *de naastgelegen buurpercelen* says 'next to' twice, so the word goes
    alternatives_if_before: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.term.lower().split())

    @property
    def replacements(self) -> list[str]:
        """Alternatives that can stand in the text as they are (not advice such as 'schrappen')."""
        return [a for a in self.alternatives if not is_instruction(a)]

    @property
    def advice(self) -> list[str]:
        return [a for a in self.alternatives if is_instruction(a)]


@functools.cache
def compound_ends(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of a word list (``unless_before``, ``unless_dependent``, ...) written with a hyphen in front, without
    it: each stands for the end of a compound (``-groep``: *werkgroep*, *klankbordgroep*; ``-onderzoek``)."""
    return tuple(w[1:] for w in words if w.startswith("-") and len(w) > 2)


def is_instruction(alternative: str) -> bool:
    a = alternative.strip().lower()
    return a.startswith("(") or a.split(" ", 1)[0] in INSTRUCTION_WORDS


@dataclass
class Lexicon:
    category: str
    rule: str
    description: str
    source: str
    entries: list[LexiconEntry] = field(default_factory=list)
