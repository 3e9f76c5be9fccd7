"""Settings: defaults, then ``.beleidstaal.toml`` or ``[tool.beleidstaal]`` in ``pyproject.toml`` (the nearest one
above the checked file), then command-line options.

Example ``.beleidstaal.toml``::

    select = ["ambtelijk", "jargon", "BT2"]     # codes, code prefixes, categories or rule names
    ignore = ["BT106"]
    min-severity = "info"
    fail-level = "warning"
    max-sentence-words = 25
    allow = ["maatwerk"]                        # words never to flag
    exclude = ["concepten/", "*.oud.md"]        # files and folders a check of a folder skips
    lexicons = ["taal/gemeente.toml"]           # the organisation's own word lists
    builtin-lexicons = true                     # false: only the organisation's own lists
    model = "nl_core_news_md"                   # another installed spaCy pipeline
    actor = "de gemeente"                       # who acts in this text: passive sentences are rewritten with it
    organisation = "0363"                       # whose text this is: reuse of its own documents is info (BT801)
    organisation-pattern = "{organisatie}/**"   # the organisation of each document in the reference index

    [severity]
    BT106 = "info"

    [[overrides]]                               # other settings for some files (later blocks win)
    files = ["brieven/**", "*.brief.md"]        # globs relative to the folder of this settings file
    max-sentence-words = 18
    severity = { BT101 = "error" }

In ``pyproject.toml`` the same goes under ``[tool.beleidstaal]`` and ``[[tool.beleidstaal.overrides]]``.
An override replaces the settings it names (lists too); ``severity`` is added to the severities above it.
An unknown setting gives a warning on standard error (once) and is ignored; the other settings still apply.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError
from .fileio import read_toml

CONFIG_FILES = (".beleidstaal.toml", "beleidstaal.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: str = "info"
    fail_level: str = "warning"
    max_sentence_words: int = 25
    very_long_sentence_words: int = 40
    allow: tuple[str, ...] = ()
    #: globs (relative to the settings file's folder) of files and folders that a check of a folder skips
    exclude: tuple[str, ...] = ()
    lexicons: tuple[str, ...] = ()
    #: false: use only the lists in ``lexicons``, not the word lists that come with beleidstaal
    builtin_lexicons: bool = True
    model: str | None = None
    #: who acts in the text ("de gemeente"): a passive without a door-phrase is rewritten with this subject
    actor: str | None = None
    reference: tuple[str, ...] = ()
    #: the organisation the checked texts belong to (BT801: reuse of its own documents is info, not a warning)
    organisation: str | None = None
    #: where the organisation of a reference document is in its path: a glob with ``{organisatie}`` or a regular
    #: expression with one group (``organisation_regex`` turns it into a regular expression)
    organisation_pattern: str | None = None
    quote_sources: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    #: where the settings came from (a file path), for messages
    source: str | None = None
    #: the folder relative paths in the settings are resolved against
    root: str | None = None
    #: per-glob overrides: ((glob, ...), ((setting, value), ...)), in file order
    overrides: tuple = ()
    #: the globs of the overrides that ``for_file`` applied, for ``beleidstaal config``
    applied: tuple[str, ...] = ()

    def with_options(self, **options) -> Config:
        """A copy with the given options set; None values are ignored."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        if not p.is_absolute() and self.root:
            p = Path(self.root) / p
        return p

    def for_file(self, path: str | Path) -> Config:
        """The settings for one file: this Config with every override whose globs match the file applied."""
        if not self.overrides:
            return self
        rel = _relative(path, self.root)
        config = self
        for globs, values in self.overrides:
            if not any(glob_match(rel, g) for g in globs):
                continue
            changes = dict(values)
            if "severity" in changes:
                merged = dict(config.severity)
                merged.update(dict(changes["severity"]))
                changes["severity"] = tuple(merged.items())
            config = replace(config, **changes, applied=(*config.applied, ", ".join(globs)))
        return config

    def excludes(self, path: str | Path) -> bool:
        """Whether ``exclude`` names this file or a folder it lies in (globs relative to ``root``)."""
        if not self.exclude:
            return False
        parts = _relative(path, self.root).split("/")
        prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
        return any(glob_match(p, g) for g in self.exclude for p in prefixes)

    @property
    def severity_overrides(self) -> dict[str, str]:
        return dict(self.severity)


_KEYS = {
    f.name.replace("_", "-"): f.name
    for f in fields(Config)
    if f.name not in ("source", "root", "overrides", "applied")
}
_warned: set[tuple[str | None, str]] = set()


def warn_unknown(key: str, where: str, source: str | None) -> None:
    """Print a Dutch warning about an unknown setting on standard error, once per file and key."""
    if (source, key) in _warned:
        return
    _warned.add((source, key))
    from .rules.registry import did_you_mean

    names = sorted({k for k in _KEYS if "_" not in k} | {"overrides"})
    print(
        f"Let op: onbekende instelling '{key}'{where} wordt overgeslagen.{did_you_mean(key, names)} "
        f"Bekende instellingen: {', '.join(names)}.",
        file=sys.stderr,
    )


def _relative(path: str | Path, root: str | None) -> str:
    p = Path(path).resolve() if root else Path(path)
    if root:
        try:
            return p.relative_to(Path(root)).as_posix()
        except ValueError:
            return p.as_posix()
    return p.as_posix()


def glob_match(path: str, pattern: str) -> bool:
    """Match a relative path (with /) against a glob: ``*`` within a folder, ``**`` over folders, ``?`` one
    character. A glob without ``/`` matches the file name in any folder (``*.md``)."""
    return re.fullmatch(glob_regex(pattern), path) is not None


#: the place of the organisation in a glob of ``organisation-pattern``
ORGANISATION_FIELD = "{organisatie}"


def glob_regex(pattern: str, *, field: bool = False) -> str:
    """The regular expression of a glob (see ``glob_match``). With ``field``, ``{organisatie}`` is a group named
    ``organisatie`` that matches one folder or file name part."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if "/" not in pattern.rstrip("/"):
        pattern = "**/" + pattern
    if pattern.endswith("/"):
        pattern += "**"
    regex = ""
    i = 0
    while i < len(pattern):
        if field and pattern.startswith(ORGANISATION_FIELD, i):
            regex += "(?P<organisatie>[^/]+?)"
            i += len(ORGANISATION_FIELD)
        elif pattern.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            regex += ".*"
            i += 2
        elif pattern[i] == "*":
            regex += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            regex += "[^/]"
            i += 1
        else:
            regex += re.escape(pattern[i])
            i += 1
    return regex


def organisation_regex(pattern: object, where: str = "") -> re.Pattern:
    """The regular expression of an ``organisation-pattern``: a glob with ``{organisatie}`` once (matched against
    the whole path), or else a regular expression with one group (searched in the path). Its group
    ``organisatie`` (or its only group) is the organisation. ConfigError (Dutch) for anything else."""
    example = (
        'Schrijf bijvoorbeeld "{organisatie}/**" (de eerste map is de organisatie) of een reguliere expressie '
        'met één groep tussen haakjes, zoals "gemeente-([a-z]+)".'
    )
    if not isinstance(pattern, str) or not pattern.strip():
        raise ConfigError(f"De instelling 'organisation-pattern'{where} moet een patroon zijn. {example}")
    if ORGANISATION_FIELD in pattern:
        if pattern.count(ORGANISATION_FIELD) > 1:
            raise ConfigError(
                f"Het patroon '{pattern}' bij 'organisation-pattern'{where} noemt {ORGANISATION_FIELD} meer dan "
                "één keer. Noem het één keer."
            )
        return re.compile("^" + glob_regex(pattern, field=True) + r"\Z")
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        raise ConfigError(
            f"Het patroon '{pattern}' bij 'organisation-pattern'{where} is geen geldige reguliere expressie "
            f"({exc.msg}). {example}"
        ) from None
    if regex.groups != 1 and "organisatie" not in regex.groupindex:
        raise ConfigError(
            f"Het patroon '{pattern}' bij 'organisation-pattern'{where} moet precies één groep tussen haakjes "
            f"hebben: dat stuk van het pad is de organisatie (nu: {regex.groups}). {example}"
        )
    return regex


def check_organisation(value: object, where: str = "") -> str:
    """An ``organisation`` setting: a name or code of a few words, or ConfigError (Dutch)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise ConfigError(
            f"De instelling 'organisation'{where} moet de naam of code van uw organisatie zijn, zoals \"0363\" "
            'of "gemeente Utrecht".'
        )
    return value.strip()


def _parse_overrides(value, where: str, source: str | None, root: str | None) -> tuple:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(
            f"'overrides'{where} moet een lijst met tabellen zijn: [[overrides]] met files = [...]."
        )
    result = []
    for n, block in enumerate(value, start=1):
        block = dict(block)
        globs = block.pop("files", None)
        if isinstance(globs, str):
            globs = [globs]
        if (
            not globs
            or not isinstance(globs, list)
            or not all(isinstance(g, str) and g.strip() for g in globs)
        ):
            raise ConfigError(
                f"Blok {n} van [[overrides]]{where} mist 'files': een lijst met patronen, zoals [\"brieven/**\"]."
            )
        if "overrides" in block:
            raise ConfigError(f"Blok {n} van [[overrides]]{where} mag zelf geen 'overrides' bevatten.")
        sub = parse_config(block, source=source, root=root)
        names = [_KEYS.get(k) or _KEYS.get(k.replace("_", "-")) for k in block]
        values = tuple((name, getattr(sub, name)) for name in names if name)
        result.append((tuple(globs), values))
    return tuple(result)


def parse_config(data: dict, *, source: str | None = None, root: str | None = None) -> Config:
    """Validate a settings table (keys with - or _) and build a Config. Rule names, categories and severities go
    through the rules registry's resolver: a typo is an error with the closest valid values, not a silent no-op."""
    from .rules.registry import check_selectors, check_severity

    values: dict = {}
    where = f" in {source}" if source else ""
    for key, value in data.items():
        if key == "overrides":
            values["overrides"] = _parse_overrides(value, where, source, root)
            continue
        name = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if name is None:
            warn_unknown(key, where, source)
            continue
        if name in ("select", "ignore", "allow", "exclude", "lexicons", "reference", "quote_sources"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"De instelling '{key}'{where} moet een lijst met woorden zijn.")
            value = tuple(value)
            if name == "exclude" and not all(v.strip() for v in value):
                raise ConfigError(f"De instelling '{key}'{where} mag geen leeg patroon bevatten.")
            if name in ("select", "ignore"):
                check_selectors(value, f"in de instelling '{key}'{where}")
        elif name in ("min_severity", "fail_level"):
            check_severity(value, f"in de instelling '{key}'{where}")
        elif name in ("max_sentence_words", "very_long_sentence_words"):
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"De instelling '{key}'{where} moet een heel getal boven 0 zijn.")
        elif name == "severity":
            if not isinstance(value, dict):
                raise ConfigError(
                    f"De tabel [severity]{where} moet regels koppelen aan 'error', 'warning' of 'info'."
                )
            for rule, level in value.items():
                check_selectors([rule], f"in de tabel [severity]{where}")
                check_severity(level, f"bij {rule} in de tabel [severity]{where}")
            value = tuple(sorted(value.items()))
        elif name == "builtin_lexicons" and not isinstance(value, bool):
            raise ConfigError(f"De instelling '{key}'{where} moet true of false zijn.")
        elif name == "model" and value is not None and not isinstance(value, str):
            raise ConfigError(f"De instelling 'model'{where} moet een naam of map zijn.")
        elif name == "actor" and (not isinstance(value, str) or not value.strip() or len(value.split()) > 6):
            raise ConfigError(
                f"De instelling 'actor'{where} moet zeggen wie er handelt, in een paar woorden, zoals \"de gemeente\"."
            )
        elif name == "organisation":
            value = check_organisation(value, where)
        elif name == "organisation_pattern":
            organisation_regex(value, where)
        values[name] = value
    return Config(**values, source=source, root=root)


def load_config_file(path: str | Path) -> Config:
    p = Path(path)
    data = read_toml(p, "Het instellingenbestand")
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("beleidstaal", {})
    return parse_config(data, source=str(p), root=str(p.parent.resolve()))


def find_config_file(start: str | Path) -> Path | None:
    """The nearest settings file in ``start`` (a folder or file) or a folder above it."""
    p = Path(start).resolve()
    if not p.is_dir():
        p = p.parent
    for folder in (p, *p.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml":
                    try:
                        text = candidate.read_text(encoding="utf-8")
                    except (OSError, UnicodeDecodeError):
                        continue
                    if "[tool.beleidstaal" not in text:
                        continue
                return candidate
    return None


def config_for(path: str | Path | None) -> Config:
    """The settings that apply to a file (defaults when no settings file is found)."""
    found = find_config_file(path if path is not None else Path.cwd())
    config = load_config_file(found) if found else Config()
    if path is not None and config.overrides and not Path(path).is_dir():
        config = config.for_file(path)
    return config
