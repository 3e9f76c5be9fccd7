"""Settings: defaults, then ``.beleidstaal.toml`` or ``[tool.beleidstaal]`` in ``pyproject.toml`` (the nearest one
above the checked file), then command-line options.

Example ``.beleidstaal.toml``::

    select = ["ambtelijk", "jargon", "BT2"]     # codes, code prefixes, categories or rule names
    ignore = ["BT106"]
    min-severity = "info"
    fail-level = "warning"
    max-sentence-words = 25
    allow = ["maatwerk"]                        # words never to flag
    lexicons = ["taal/gemeente.toml"]           # the organisation's own word lists
    builtin-lexicons = true                     # false: only the organisation's own lists
    model = "nl_core_news_md"                   # another installed spaCy pipeline

    [severity]
    BT106 = "info"
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import ConfigError
from .findings import SEVERITIES

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
    lexicons: tuple[str, ...] = ()
    #: false: use only the lists in ``lexicons``, not the word lists that come with beleidstaal
    builtin_lexicons: bool = True
    model: str | None = None
    reference: tuple[str, ...] = ()
    quote_sources: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    #: where the settings came from (a file path), for messages
    source: str | None = None
    #: the folder relative paths in the settings are resolved against
    root: str | None = None

    def with_options(self, **options) -> Config:
        """A copy with the given options set; None values are ignored."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        if not p.is_absolute() and self.root:
            p = Path(self.root) / p
        return p

    @property
    def severity_overrides(self) -> dict[str, str]:
        return dict(self.severity)

    def cache_key(self) -> str:
        return repr(
            (self.allow, self.lexicons, self.model, self.max_sentence_words, self.very_long_sentence_words)
        )


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Config) if f.name not in ("source", "root")}


def parse_config(data: dict, *, source: str | None = None, root: str | None = None) -> Config:
    """Validate a settings table (keys with - or _) and build a Config."""
    values: dict = {}
    where = f" in {source}" if source else ""
    for key, value in data.items():
        name = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if name is None:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"Onbekende instelling '{key}'{where}. Bekende instellingen: {known}.")
        if name in ("select", "ignore", "allow", "lexicons", "reference", "quote_sources"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"De instelling '{key}'{where} moet een lijst met woorden zijn.")
            value = tuple(value)
        elif name in ("min_severity", "fail_level"):
            if value not in SEVERITIES:
                raise ConfigError(f"De instelling '{key}'{where} moet 'error', 'warning' of 'info' zijn.")
        elif name in ("max_sentence_words", "very_long_sentence_words"):
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"De instelling '{key}'{where} moet een heel getal boven 0 zijn.")
        elif name == "severity":
            if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
                raise ConfigError(
                    f"De tabel [severity]{where} moet regels koppelen aan 'error', 'warning' of 'info'."
                )
            value = tuple(sorted(value.items()))
        elif name == "builtin_lexicons" and not isinstance(value, bool):
            raise ConfigError(f"De instelling '{key}'{where} moet true of false zijn.")
        elif name == "model" and value is not None and not isinstance(value, str):
            raise ConfigError(f"De instelling 'model'{where} moet een naam of map zijn.")
        values[name] = value
    return Config(**values, source=source, root=root)


def load_config_file(path: str | Path) -> Config:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Het instellingenbestand '{p}' bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Het instellingenbestand '{p}' kan niet worden gelezen: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Het instellingenbestand '{p}' is geen geldige TOML: {exc}") from None
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
    return load_config_file(found) if found else Config()
