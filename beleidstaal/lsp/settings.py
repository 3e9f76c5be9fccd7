"""Settings for the language server: the project's config file merged with the editor's ``beleidstaal`` section,
and adding a word to the allow list of the project's config file.

Editor settings use the same keys as ``.beleidstaal.toml`` (``min-severity``, ``ignore``, ``allow`` ...), in
kebab-case, snake_case or camelCase. An editor setting replaces the project's value, except ``allow`` and
``lexicons``: those lists are joined. Two settings are for the server only: ``debounce-ms`` (wait this long after
typing before the whole-document rules run, default 1000; the changed paragraph is checked at once) and ``max-document-kb`` (larger documents are not checked while typing,
default 1024).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import _KEYS, CONFIG_FILES, Config, find_config_file, parse_config
from ..errors import ConfigError
from ..fileio import TOMLDecodeError, loads_toml, toml_error_in_dutch

DEFAULT_DEBOUNCE_MS = 1000
DEFAULT_MAX_DOCUMENT_KB = 1024
_PATH_LISTS = ("lexicons", "reference", "quote_sources")
_JOINED = ("allow", "lexicons")


@dataclass(frozen=True)
class ServerOptions:
    debounce_ms: int | None = DEFAULT_DEBOUNCE_MS
    max_document_kb: int | None = DEFAULT_MAX_DOCUMENT_KB


def _kebab(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "-" + m.group(1).lower(), key).replace("_", "-").lower()


def split_settings(raw: Any) -> tuple[dict, dict]:
    """Split an editor settings object into core settings (kebab-case keys) and server options."""
    if not isinstance(raw, dict):
        return {}, {}
    core: dict = {}
    server: dict = {}
    for key, value in raw.items():
        if not isinstance(key, str) or value is None:
            continue
        k = _kebab(key)
        if k in ("debounce-ms", "max-document-kb"):
            server[k] = value
        else:
            core[k] = value
    return core, server


def server_options(*sources: Any, base: ServerOptions | None = None) -> ServerOptions:
    """Server options from initialization options and settings; later sources win, and what ``base`` sets
    explicitly (the command line) wins over all of them. Bad values are ignored."""
    options = ServerOptions()
    for source in sources:
        _, server = split_settings(source)
        debounce = server.get("debounce-ms")
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10_000:
            options = replace(options, debounce_ms=int(debounce))
        size = server.get("max-document-kb")
        if isinstance(size, (int, float)) and not isinstance(size, bool) and size >= 1:
            options = replace(options, max_document_kb=int(size))
    if base is not None:
        options = replace(options, **{k: v for k, v in vars(base).items() if v is not None})
    return options


def merge_settings(base: Config, raw: Any, *, root: str | Path | None = None) -> Config:
    """The project's settings with the editor's settings on top. Raises ConfigError (Dutch) for bad settings."""
    core, _ = split_settings(raw)
    # editors add their own keys to the section (VS Code: trace.server); those are not ours to judge
    core = {k: v for k, v in core.items() if k in _KEYS}
    if not core:
        return base
    editor = parse_config(core, source="de instellingen van de editor")
    changes: dict = {}
    for key in core:
        name = _KEYS.get(key)
        if name is None:
            continue
        value = getattr(editor, name)
        if name in _PATH_LISTS and root is not None:
            value = tuple(str(Path(root) / v) if not Path(v).expanduser().is_absolute() else v for v in value)
        if name in _JOINED:
            value = tuple(dict.fromkeys((*getattr(base, name), *value)))
        changes[name] = value
    return replace(base, **changes)


# -- the allow list in the project's config file ---------------------------------------------------------------


def allow_file_for(document_path: str | Path, workspace_root: str | Path | None = None) -> Path:
    """The config file that gets the word: the nearest existing one, else a new ``.beleidstaal.toml`` in the
    workspace folder that holds the document (or the document's own folder)."""
    doc = Path(document_path)
    found = find_config_file(doc.parent)
    if found is not None:
        return found
    if workspace_root is not None:
        root = Path(workspace_root).resolve()
        try:
            doc.resolve().relative_to(root)
            return root / CONFIG_FILES[0]
        except ValueError:
            pass
    return doc.parent / CONFIG_FILES[0]


_HEADER = re.compile(r"^[ \t]*\[", re.M)
_TOOL_HEADER = re.compile(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*beleidstaal[ \t]*\][ \t]*(#.*)?$", re.M)
_ALLOW_KEY = re.compile(r"^[ \t]*(?:allow|\"allow\"|'allow')[ \t]*=[ \t]*", re.M)


def _value_end(text: str, start: int) -> int:
    """The end of the TOML value that starts at ``start`` (an array, a string or anything up to the line end)."""
    if start < len(text) and text[start] == "[":
        depth, i = 0, start
        while i < len(text):
            ch = text[i]
            if ch in "\"'":
                close = text.find(ch, i + 1) if ch == "'" else _basic_string_end(text, i)
                i = (close if close >= 0 else len(text) - 1) + 1
                continue
            if ch == "#":
                nl = text.find("\n", i)
                i = nl if nl >= 0 else len(text)
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return len(text)
    if start < len(text) and text[start] in "\"'":
        q = text[start]
        close = text.find(q, start + 1) if q == "'" else _basic_string_end(text, start)
        return close + 1 if close >= 0 else len(text)
    nl = text.find("\n", start)
    return nl if nl >= 0 else len(text)


def _basic_string_end(text: str, start: int) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"' or text[i] == "\n":
            return i
        i += 1
    return -1


def _toml_list(words: list[str]) -> str:
    return "[" + ", ".join(json.dumps(w, ensure_ascii=False) for w in words) + "]"


def add_allowed_word(text: str, word: str, *, pyproject: bool = False) -> str:
    """``text`` (a settings file) with ``word`` added to ``allow``. Unchanged when the word is already allowed.
    Raises ConfigError when the file is not valid TOML or the result would not be."""
    try:
        data = loads_toml(text)
    except TOMLDecodeError as exc:
        raise ConfigError(
            f"Het instellingenbestand is geen geldige TOML: {toml_error_in_dutch(exc)}"
        ) from None
    table = data.get("tool", {}).get("beleidstaal") if pyproject else data
    current = table.get("allow", []) if isinstance(table, dict) else []
    if isinstance(current, str):
        current = [current]
    if not isinstance(current, list):
        raise ConfigError("De instelling 'allow' moet een lijst met woorden zijn.")
    if word.lower() in (str(w).lower() for w in current):
        return text
    words = [*map(str, current), word]
    value = _toml_list(words)

    if pyproject:
        header = _TOOL_HEADER.search(text)
        if header is None:
            sep = "" if not text or text.endswith("\n") else "\n"
            new = f"{text}{sep}\n[tool.beleidstaal]\nallow = {value}\n"
            return _checked(new, words, pyproject)
        region_start = header.end() + 1 if header.end() < len(text) else len(text)
    else:
        region_start = 0
    nxt = _HEADER.search(text, region_start)
    region_end = nxt.start() if nxt else len(text)
    key = _ALLOW_KEY.search(text, region_start, region_end)
    if key is not None:
        end = _value_end(text, key.end())
        new = text[: key.end()] + value + text[end:]
    elif pyproject:
        prefix = text[:region_start] if text[:region_start].endswith("\n") else text[:region_start] + "\n"
        new = prefix + f"allow = {value}\n" + text[region_start:]
    else:
        before = text[:region_end]
        if before and not before.endswith("\n"):
            before += "\n"
        new = before + f"allow = {value}\n" + ("\n" if nxt else "") + text[region_end:]
    return _checked(new, words, pyproject)


def _checked(new: str, words: list[str], pyproject: bool) -> str:
    try:
        data = loads_toml(new)
    except TOMLDecodeError:
        raise ConfigError(
            "Het woord kan niet veilig aan het instellingenbestand worden toegevoegd."
        ) from None
    table = data.get("tool", {}).get("beleidstaal", {}) if pyproject else data
    if table.get("allow") != words:
        raise ConfigError("Het woord kan niet veilig aan het instellingenbestand worden toegevoegd.")
    return new
