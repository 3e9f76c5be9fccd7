"""A result cache in the user's cache folder, so that a second run over unchanged files skips the NLP.

Key: the file's bytes, its path and kind, the effective settings, the versions of beleidstaal and the model, a hash
of every word list in use, and the size and time of every module of the package (so an edited checkout does not reuse
results of its older code). Value: the file's findings and document figures as JSON. SQLite in WAL mode with short
transactions makes it safe for several processes at once; a cache that cannot be opened or written is skipped
silently (the run is then just slower), never an error for the user.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .config import Config
from .fileio import cache_dir, fingerprint, package_modules
from .findings import Finding
from .lexicon import lexicon_version
from .result import FileResult

SCHEMA = 4  # 3: the source and the document figures; the summary is derived from them; 4: paragraph figures

_lexicon_version = functools.lru_cache(maxsize=8)(lexicon_version)  # once per process for the result cache


@functools.lru_cache(maxsize=8)
def model_version(model: str | None) -> str:
    from .model import model_info

    info = model_info(model)
    return f"{info['name']}-{info['version']}"


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """The package's own modules (size and time): results of other code are not reused, also within one version
    number (an edited or updated checkout)."""
    return fingerprint(__version__, package_modules())


def versions(config: Config, *, cached: bool = False) -> dict[str, str]:
    """What decides whether an earlier result still holds: the model, the word lists, beleidstaal itself and the
    settings. The result cache of ``check`` and the batch store both keep results by these."""
    extra = tuple(str(config.resolve(p)) for p in config.lexicons)
    return {
        "model_version": model_version(config.model),
        "lexicon_version": (_lexicon_version if cached else lexicon_version)(extra),
        "beleidstaal_version": __version__,
        "code_version": code_version(),
        "settings": hashlib.sha256(repr(config).encode()).hexdigest()[:16],
    }


def _reference_state(config: Config) -> str:
    """Size and modification time of every reference file, so a rebuilt index invalidates cached results."""
    parts = []
    for ref in (*config.reference, *config.quote_sources):
        p = config.resolve(ref)
        files = [p] if not p.is_dir() else sorted(f for f in p.rglob("*") if f.is_file())
        for f in files:
            try:
                st = f.stat()
                parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{f}:-")
    return "|".join(parts)


def result_key(data: bytes, path: str, config: Config) -> str:
    h = hashlib.sha256()
    for part in (str(SCHEMA), *versions(config, cached=True).values(), path, _reference_state(config)):
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


class ResultCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or cache_dir()) / "resultaten.sqlite"
        self._db: sqlite3.Connection | None = None
        self.disabled = False

    def _conn(self) -> sqlite3.Connection | None:
        if self.disabled:
            return None
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.commit()
                self._db = db
            except (sqlite3.Error, OSError):
                self.disabled = True
                return None
        return self._db

    def get(self, key: str, path: str) -> FileResult | None:
        db = self._conn()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            from .stats import Figures

            value = json.loads(row[0])
            findings = [Finding(start=0, end=0, **f) for f in value["findings"]]
            from .summary import ParagraphHeat

            paragraphs = [ParagraphHeat(**p) for p in value["paragraphs"]]
            return FileResult(
                path, findings, value["source"], Figures(**value["figures"]), paragraphs=paragraphs
            )
        except (ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, result: FileResult) -> None:
        db = self._conn()
        if db is None or result.figures is None:
            return
        value = {
            "findings": [f.to_dict() for f in result.findings],
            "source": result.source,
            "figures": result.figures.to_dict(),
            "paragraphs": [asdict(p) for p in result.paragraphs],
        }
        value = json.dumps(value, ensure_ascii=False)
        try:
            with db:
                db.execute("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", (key, value))
        except sqlite3.Error:
            pass
