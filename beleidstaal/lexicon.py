"""Word lists as data: loading and validating the TOML lexicons in ``lexicons/`` and the organisation's own lists.

The schema is documented in ``lexicons/README.md``. Every entry becomes a ``LexiconEntry``; the matcher in
``rules/lexicon.py`` compiles them into an index.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

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
    "unless_negated", "unless_document", "unless_in_sentence", "audience", "unless_subject", "unless_person_subject", "unless_dependent", "still_if_object", "unless_head", "unless_next_pos", "unless_plural", "unless_participle", "unless_determiner", "unless_exception", "writer_only", "unless_doer", "unless_reflexive", "only_before_number", "unless_passive", "verb_of_subject", "severity", "example", "fine", "note", "fix", "exact",
    "replace", "compounds", "alternatives_if", "alternatives_if_people", "alternatives_if_task",
    "alternatives_if_clause", "alternatives_if_infinitive", "alternatives_if_unaddressed",
    "alternatives_if_compound", "alternatives_if_after_noun", "alternatives_if_duration",
    "alternatives_if_after_determiner", "alternatives_if_attributive", "alternatives_if_negated",
    "alternatives_if_before_adjective", "alternatives_if_in_sentence", "alternatives_if_before",
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


def lexicon_dir() -> Path:
    """The bundled word lists: inside the installed package, or the top-level folder of a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "lexicons", here.parent / "lexicons"):
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    return here / "lexicons"


def lexicon_version(extra: tuple[str, ...] = ()) -> str:
    """A short hash of every word list and language data file in use (the bundled ones and the organisation's
    own)."""
    import hashlib  # here, not at the top: explain reads the word lists without it (issue 20)

    h = hashlib.sha256()
    for p in [*sorted(lexicon_dir().rglob("*.toml")), *map(Path, extra)]:
        h.update(p.name.encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()[:16]


def _tuple(value, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' moet een lijst met teksten zijn.")
    return tuple(value)


@functools.cache
def word_groups() -> dict[str, list[str]]:
    """The named word groups that a list of words in an entry names with '@' (``unless_document = ["@software"]``):
    ``data/woordgroepen.toml`` (its form is checked with the language data, ``language/data.SCHEMA``)."""
    from .fileio import read_toml

    return read_toml(lexicon_dir() / "data" / "woordgroepen.toml", "Het bestand met woordgroepen")


def _words(raw: dict, key: str, where: str) -> tuple[str, ...]:
    """A list of words of an entry, in lower case; '@name' stands for the words of that word group."""
    words: list[str] = []
    for word in _tuple(raw.get(key), key, where):
        if not word.startswith("@"):
            words.append(word)
        elif word[1:] in word_groups():
            words.extend(_tuple(word_groups()[word[1:]], word[1:], "data/woordgroepen.toml"))
        else:
            known = ", ".join(f"@{name}" for name in sorted(word_groups()))
            raise ConfigError(
                f"{where}: '{key}' noemt de woordgroep '{word}', die bestaat niet. Kies uit: {known}."
            )
    return tuple(w.lower() for w in words)


def _bool(value, key: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: '{key}' moet true of false zijn.")
    return value


#: the readers an entry's word is ordinary for (``audience``): "it", developers and IT specialists
AUDIENCES = ("it",)


def _audience(value, where: str) -> str | None:
    if value is not None and value not in AUDIENCES:
        raise ConfigError(
            f"{where}: 'audience' kan alleen \"it\" zijn (een gewoon woord voor ontwikkelaars)."
        )
    return value


def parse_lexicon(data: dict, source: str) -> Lexicon:
    """Validate one parsed TOML word list. Raises ConfigError with a Dutch message naming the entry."""
    header = data.get("lexicon", {})
    unknown = set(header) - HEADER_KEYS
    if unknown:
        raise ConfigError(f"{source}: onbekende sleutel(s) in [lexicon]: {', '.join(sorted(unknown))}.")
    from .rules.registry import check_choice, check_rule_code, check_severity

    if "category" not in header:
        raise ConfigError(f"{source}: [lexicon] mist 'category'. Kies uit: {', '.join(LEXICON_CATEGORIES)}.")
    category = check_choice(
        header.get("category"), LEXICON_CATEGORIES, "Onbekende categorie", f"in [lexicon] van {source}"
    )
    rule = header.get("rule", DEFAULT_RULES[category])
    if "rule" in header:  # an organisation's own list may name the rule its words report under
        check_rule_code(rule, f"in [lexicon] van {source}")
    lexicon = Lexicon(category, rule, header.get("description", ""), source)
    replace_default = _bool(header.get("replace", True), "replace", f"[lexicon] van {source}")
    extra = set(data) - {"lexicon", "entry"}
    if extra:
        raise ConfigError(f"{source}: onbekende tabel(len): {', '.join(sorted(extra))}. Gebruik [[entry]].")
    for i, raw in enumerate(data.get("entry", []), start=1):
        where = f"{source}, woord {i} ({raw.get('term', '?')!r})"
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            raise ConfigError(f"{where}: onbekende sleutel(s): {', '.join(sorted(unknown))}.")
        term = raw.get("term")
        if not isinstance(term, str) or not term.strip():
            raise ConfigError(f"{where}: 'term' ontbreekt of is leeg.")
        alternatives = _tuple(raw.get("alternatives"), "alternatives", where)
        if not alternatives:
            raise ConfigError(f"{where}: geef minstens één alternatief in 'alternatives'.")
        reason = raw.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{where}: 'reason' ontbreekt (een korte uitleg in het Nederlands).")
        severity = raw.get("severity")
        if severity is not None:
            check_severity(severity, f"bij 'severity' in {where}")
        verb = raw.get("verb")
        if verb is not None and (not isinstance(verb, str) or verb.lower() not in term.lower().split()):
            raise ConfigError(f"{where}: 'verb' moet een van de woorden van 'term' zijn.")
        fix = raw.get("fix")
        if fix is not None and fix != "safe":
            raise ConfigError(f"{where}: 'fix' kan alleen \"safe\" zijn (veilig automatisch te vervangen).")
        replace = _bool(raw.get("replace", replace_default), "replace", where)
        if fix == "safe" and not replace:
            raise ConfigError(f"{where}: 'fix = \"safe\"' kan niet samen met 'replace = false'.")
        pos = _tuple(raw.get("pos"), "pos", where)
        next_pos = _tuple(raw.get("unless_next_pos"), "unless_next_pos", where)
        for key, classes in (("pos", pos), ("unless_next_pos", next_pos)):
            if any(p not in UPOS for p in classes):
                raise ConfigError(
                    f"{where}: '{key}' kent alleen deze woordsoorten: {', '.join(sorted(UPOS))}."
                )
        lexicon.entries.append(
            LexiconEntry(
                term=" ".join(term.split()),
                alternatives=alternatives,
                reason=reason.strip(),
                category=category,
                rule=rule,
                source=source,
                verb=verb.lower() if verb else None,
                pos=pos,
                unless_before=_words(raw, "unless_before", where),
                unless_after=_words(raw, "unless_after", where),
                unless_listed=_bool(raw.get("unless_listed", False), "unless_listed", where),
                unless_negated=_bool(raw.get("unless_negated", False), "unless_negated", where),
                unless_document=_words(raw, "unless_document", where),
                unless_in_sentence=_words(raw, "unless_in_sentence", where),
                audience=_audience(raw.get("audience"), where),
                unless_subject=_words(raw, "unless_subject", where),
                **{
                    key: _bool(raw.get(key, False), key, where)
                    for key in (
                        "unless_person_subject",
                        "unless_participle",
                        "only_before_number",
                        "unless_passive",
                    )
                },
                unless_dependent=_words(raw, "unless_dependent", where),
                still_if_object=_words(raw, "still_if_object", where),
                unless_head=_words(raw, "unless_head", where),
                unless_next_pos=next_pos,
                unless_plural=_bool(raw.get("unless_plural", False), "unless_plural", where),
                unless_determiner=_bool(raw.get("unless_determiner", False), "unless_determiner", where),
                unless_exception=_bool(raw.get("unless_exception", False), "unless_exception", where),
                writer_only=_bool(raw.get("writer_only", False), "writer_only", where),
                unless_doer=_bool(raw.get("unless_doer", False), "unless_doer", where),
                unless_reflexive=_bool(raw.get("unless_reflexive", False), "unless_reflexive", where),
                verb_of_subject=_bool(raw.get("verb_of_subject", False), "verb_of_subject", where),
                severity=severity,
                example=raw.get("example"),
                fine=_tuple(raw.get("fine"), "fine", where),
                note=raw.get("note"),
                fix=fix,
                exact=_bool(raw.get("exact", False), "exact", where),
                replace=replace,
                compounds=_bool(raw.get("compounds", True), "compounds", where),
                alternatives_if=_alternatives_if(raw.get("alternatives_if"), term, where),
                alternatives_if_in_sentence=_alternatives_if(
                    raw.get("alternatives_if_in_sentence"), term, where, "alternatives_if_in_sentence"
                ),
                alternatives_if_before=_alternatives_if(
                    raw.get("alternatives_if_before"), term, where, "alternatives_if_before"
                ),
                alternatives_if_people=_tuple(
                    raw.get("alternatives_if_people"), "alternatives_if_people", where
                ),
                alternatives_if_clause=_tuple(
                    raw.get("alternatives_if_clause"), "alternatives_if_clause", where
                ),
                alternatives_if_task=_tuple(raw.get("alternatives_if_task"), "alternatives_if_task", where),
                **{
                    key: _tuple(raw.get(key), key, where)
                    for key in (
                        "alternatives_if_infinitive",
                        "alternatives_if_unaddressed",
                        "alternatives_if_compound",
                        "alternatives_if_after_noun",
                        "alternatives_if_duration",
                        "alternatives_if_after_determiner",
                        "alternatives_if_attributive",
                        "alternatives_if_negated",
                        "alternatives_if_before_adjective",
                    )
                },
            )
        )
    return lexicon


def _alternatives_if(
    value, term: str, where: str, key: str = "alternatives_if"
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``alternatives_if = { behoefte = ["voldoen aan"] }``: per word (governed, or in the sentence), the
    alternatives there."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{where}: '{key}' moet een tabel zijn: een woord met een lijst alternatieven.")
    out = []
    for word, alternatives in value.items():
        alts = _tuple(alternatives, key, where)
        if not alts or any(a.strip().lower() == term.strip().lower() for a in alts):
            raise ConfigError(f"{where}: '{key}' bij '{word}' moet andere woorden noemen dan de term.")
        out.append((word.lower(), alts))
    return tuple(out)


def read_lexicon_file(path: str | Path) -> Lexicon:
    from .fileio import read_toml

    return parse_lexicon(read_toml(path, "De woordenlijst"), str(path))


@functools.lru_cache(maxsize=16)
def load_lexicons(extra: tuple[str, ...] = (), builtin: bool = True) -> tuple[Lexicon, ...]:
    """The bundled word lists (unless ``builtin`` is false), then the organisation's own (paths), in that order."""
    files = sorted(lexicon_dir().glob("*.toml")) if builtin else []
    return tuple(read_lexicon_file(f) for f in [*files, *map(Path, extra)])


def builtin_lexicons_for(code: str) -> tuple[Lexicon, ...]:
    """The bundled word lists whose words report under rule ``code``. Only their ``[lexicon]`` table is read of
    the other lists, so ``beleidstaal explain BT101`` does not parse every list."""
    from .fileio import TOMLDecodeError, loads_toml

    found = []
    for f in sorted(lexicon_dir().glob("*.toml")):
        try:
            header = loads_toml(f.read_text(encoding="utf-8").partition("\n[[entry]]")[0]).get("lexicon", {})
            rule = header.get("rule", DEFAULT_RULES.get(header.get("category")))
        except (OSError, UnicodeDecodeError, TOMLDecodeError, AttributeError):
            rule = code  # read it whole: its own error message says what is wrong
        if rule == code:
            found.append(read_lexicon_file(f))
    return tuple(found)


def all_entries(extra: tuple[str, ...] = ()) -> list[LexiconEntry]:
    return [e for lex in load_lexicons(extra) for e in lex.entries]
