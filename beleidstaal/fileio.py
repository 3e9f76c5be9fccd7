"""Reading TOML with a Dutch error, and safe writing: a temp file in the same folder, then an atomic rename. A user's
file is never half-written."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import ConfigError

TOMLDecodeError = tomllib.TOMLDecodeError


def cache_dir() -> Path:
    """The user's cache folder for beleidstaal (``BELEIDSTAAL_CACHE_DIR`` if set): the result cache and the compiled
    word lists."""
    env = os.environ.get("BELEIDSTAAL_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("beleidstaal"))


def loads_toml(text: str) -> dict:
    """TOML text as a dict (raises ``TOMLDecodeError``); the one place that picks tomllib or tomli."""
    return tomllib.loads(text)


def read_toml(path: str | Path, what: str) -> dict:
    """A TOML file as a dict, or ConfigError with a Dutch message naming ``what`` it is ('De woordenlijst')."""
    p = Path(path)
    try:
        return loads_toml(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{what} '{p}' bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{what} '{p}' kan niet worden gelezen: {exc}") from None
    except TOMLDecodeError as exc:
        raise ConfigError(f"{what} '{p}' is geen geldige TOML: {toml_error_in_dutch(exc)}") from None


#: the TOML parser's messages (English, fixed strings in tomllib) and what they mean, in Dutch
_TOML_ERRORS = (
    (r"Invalid value", "de waarde klopt niet (tekst hoort tussen aanhalingstekens, een lijst tussen [ en ])"),
    (r"Cannot (overwrite|declare|redefine|mutate)|Duplicate", "deze sleutel of tabel staat er twee keer in"),
    (r"Expected '=' after a key", "na een sleutel hoort een '=' met een waarde"),
    (r"Expected '\]\]'", "de naam van de tabel mist ']]' aan het eind"),
    (r"Expected '\]'", "de naam van de tabel mist ']' aan het eind"),
    (r"Invalid statement", "deze regel is geen 'sleutel = waarde' en geen [tabel]"),
    (r"Invalid initial character for a key", "een sleutel begint met een teken dat niet mag"),
    (r"Unclosed array", "een lijst mist de ']' aan het eind"),
    (r"Unclosed inline table", "een tabel tussen { en } mist de '}' aan het eind"),
    (r"Unterminated string|Expected [\"']{1,3}[\"']", "een tekst mist het aanhalingsteken aan het eind"),
    (r"Unescaped", "een \\ in een tekst: schrijf \\\\ of zet de tekst tussen enkele aanhalingstekens"),
    (r"Expected newline", "na de waarde staat nog iets op dezelfde regel"),
    (r"Invalid date", "de datum klopt niet"),
    (
        r"Invalid hex|Escaped character|Illegal character|invalid character",
        "er staat een teken in dat niet mag",
    ),
)


def toml_error_in_dutch(exc: Exception) -> str:
    """'Invalid value (at line 3, column 5)' → 'de waarde klopt niet (...), op regel 3, kolom 5'."""
    import re

    text = str(exc)
    m = re.match(r"(.*?) \((?:at line (\d+), column (\d+)|at end of document)\)$", text, re.S)
    detail = m.group(1) if m else text
    where = (
        f"op regel {m.group(2)}, kolom {m.group(3)}" if m and m.group(2) else "aan het eind van het bestand"
    )
    meaning = next((nl for pattern, nl in _TOML_ERRORS if re.search(pattern, detail)), "de opbouw klopt niet")
    return f"{meaning}, {where}."


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:  # a new file gets the usual permissions, not mkstemp's private 0600
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def package_modules() -> list[Path]:
    """Every module of the package, sorted: what a kept result or copy depends on besides its data (the result
    cache, the compiled word lists)."""
    return sorted(Path(__file__).resolve().parent.rglob("*.py"))


def fingerprint(head: str, paths) -> str:
    """A short hash of ``head`` and of the size and time of every file in ``paths`` (a missing one counts too): the
    name of a kept copy (compiled word lists, a frequency table) that stays valid while those files do."""
    import hashlib

    h = hashlib.sha256(head.encode())
    for p in paths:
        try:
            st = Path(p).stat()
            h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{p}:?\n".encode())
    return h.hexdigest()[:24]


def kept(folder: str, key: str, build, keep: int = 4, check=None):
    """A value kept in the cache folder (``cache_dir()/folder/key.marshal``) as ``marshal`` data, so that the next
    process reads it instead of making it again: read when it is there and ``check(value)`` (if given) accepts it,
    otherwise ``build()`` and stored. Reading marshal data runs no code, whoever wrote it. A copy that is missing,
    cut short, written by other code or refused by ``check`` is built again; one that cannot be written is only not
    kept. The newest ``keep`` copies stay in the folder (one per install or version of the data); older ones go.
    ``key`` must change whenever what ``build`` depends on changes (``fingerprint``)."""
    try:
        path = cache_dir() / folder / f"{key}.marshal"
    except Exception:  # no cache folder can be named here: make the value each time
        return build()
    with contextlib.suppress(Exception):
        value = marshal.loads(path.read_bytes())
        if check is None or check(value):
            return value
    value = build()
    with contextlib.suppress(OSError, ValueError):
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        copies = sorted(path.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in copies[keep:]:
            old.unlink()
    return value
