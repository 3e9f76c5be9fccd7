"""Reading TOML with a Dutch error, and safe writing: a temp file in the same folder, then an atomic rename. A user's
file is never half-written."""

from __future__ import annotations

import contextlib
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
        raise ConfigError(f"{what} '{p}' is geen geldige TOML: {exc}") from None


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
