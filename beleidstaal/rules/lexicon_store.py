"""Word-list rules, kept: the compiled index of the word lists (``lexicon_compile``) stored in the user's cache
folder, so that a check does not compile it again in every new process.

Compiling costs more than parsing a paragraph: every list is read and validated, and every form of every word is
made (the plural of a noun is chosen by word frequency, which loads wordfreq's table). A stored index is used only
when it was compiled from the same word lists (their bytes), with the same allowed words, by the same code (the
size and time of every module of the package) and the same frequency data; anything else compiles anew and
stores the result. A store that cannot be read or written is skipped silently (the check is then only slower).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import pickle
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from ..fileio import atomic_write_bytes, cache_dir
from ..lexicon import lexicon_version, load_lexicons
from .lexicon_compile import CompiledLexicon, compile_lexicons

#: raise when the stored form changes in a way the code fingerprint would not notice
FORMAT = 1
FOLDER = "woordenlijsten"


def compiled_lexicons(extra: tuple[str, ...], allow: Iterable[str], builtin: bool = True) -> CompiledLexicon:
    """``compile_lexicons(extra, allow, builtin)``, from the store when it holds this exact index."""
    allow = tuple(allow)
    path = cache_dir() / FOLDER / f"{store_key(extra, allow, builtin)}.pickle"
    with contextlib.suppress(Exception):  # missing, half-written by an old version, unreadable: compile
        with path.open("rb") as fh:
            stored = pickle.load(fh)
        if isinstance(stored, CompiledLexicon):
            return stored
    load_lexicons.cache_clear()  # the key holds the lists as they are now: compile them as they are now
    compiled = compile_lexicons(extra, allow, builtin)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    return compiled


def store_key(extra: tuple[str, ...], allow: tuple[str, ...], builtin: bool) -> str:
    """A hash of everything the compiled index depends on."""
    h = hashlib.sha256()
    h.update(repr((FORMAT, __version__, lexicon_version(extra), extra, allow, builtin)).encode())
    for p in [*_package_modules(), *_frequency_files()]:
        try:
            st = p.stat()
            h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{p}:?\n".encode())
    return h.hexdigest()[:24]


def _package_modules() -> list[Path]:
    """Every module of the package: the forms of a word come from code spread over the language floor, and the
    validation of a list asks the rule registry."""
    package = Path(__file__).resolve().parent.parent
    return sorted(package.rglob("*.py"))


def _frequency_files() -> list[Path]:
    """wordfreq's code and its Dutch tables (found without importing wordfreq, which is what the store saves)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent
    return [Path(spec.origin), *sorted((folder / "data").glob("*_nl.*"))]
