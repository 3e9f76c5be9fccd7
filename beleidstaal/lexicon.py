"""Word lists as data: loading and validating the TOML lexicons in ``lexicons/`` and the organisation's own lists.

The schema is documented in ``lexicons/README.md``. Every entry becomes a ``LexiconEntry``; the matcher in
``rules/lexicon.py`` compiles them into an index.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .errors import ConfigError
from .lexicon_entry import (
    DEFAULT_RULES,
    ENTRY_KEYS,
    HEADER_KEYS,
    LEXICON_CATEGORIES,
    UPOS,
    Lexicon,
    LexiconEntry,
)


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
                        "only_with_content",
                        "legal_test",
                    )
                },
                unless_dependent=_words(raw, "unless_dependent", where),
                still_if_object=_words(raw, "still_if_object", where),
                unless_head=_words(raw, "unless_head", where),
                unless_antecedent=_words(raw, "unless_antecedent", where),
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
                        "alternatives_if_fragment",
                        "alternatives_if_fronted",
                    )
                },
            )
        )
    return lexicon


def _alternatives_if(
    value, term: str, where: str, key: str = "alternatives_if"
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``alternatives_if = { behoefte = ["voldoen aan"] }``: per word (governed, or in the sentence), the
    alternatives there. A key of several words with commas gives each the same alternatives (``{ "herstructurering,
    transformatie" = [...] }``): one advice written once."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{where}: '{key}' moet een tabel zijn: een woord met een lijst alternatieven.")
    out = []
    for word, alternatives in value.items():
        alts = _tuple(alternatives, key, where)
        if not alts or any(a.strip().lower() == term.strip().lower() for a in alts):
            raise ConfigError(f"{where}: '{key}' bij '{word}' moet andere woorden noemen dan de term.")
        out.extend((w.strip().lower(), alts) for w in word.split(",") if w.strip())
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
