"""The reference collections named in the configuration (``reference = [...]`` or ``--reference``).

An entry is an index file (made with ``beleidstaal index build``), a folder or a single document. A folder or
document is indexed on the fly into a temporary file, once per run; for a big folder, build an index file once and
name that instead.
"""

from __future__ import annotations

import atexit
import contextlib
import fnmatch
import os
import tempfile
import threading
from pathlib import Path

from .store import IndexFileError, ReferenceIndex

_cache: dict[tuple, ReferenceIndex] = {}
#: folder → the temporary index file built for it in this run (inherited by forked worker processes)
_folder_indexes: dict[str, str] = {}


def _remove_later(path: str, owner: int) -> None:
    if os.getpid() == owner:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _folder_index(folder: Path, shown: str) -> str:
    """Build a temporary index file for a folder, once per run. A file (not an in-memory database) so that worker
    processes can open it themselves: an SQLite connection must not be shared across fork."""
    key = str(folder.resolve())
    path = _folder_indexes.get(key)
    if path is None or not os.path.exists(path):
        from .build import build_index

        fd, path = tempfile.mkstemp(prefix="beleidstaal-referentie-", suffix=".sqlite")
        os.close(fd)
        report = build_index([folder], path)
        atexit.register(_remove_later, path, os.getpid())
        check = ReferenceIndex.open(path)
        count = check.document_count
        check.close()
        if count == 0:
            raise IndexFileError(
                f"In de referentiemap '{shown}' staan geen bestanden die beleidstaal kan lezen (.md, .txt, .docx)."
                + (f" {len(report.failed)} bestanden gaven een fout." if report.failed else "")
            )
        _folder_indexes[key] = path
    return path


def open_reference(path: str | Path) -> ReferenceIndex:
    """Open one reference entry: an index file, or a folder (indexed once per run into a temporary file).
    Raises IndexFileError with a Dutch message. Each process and thread gets its own connection (an SQLite
    connection may not cross a fork or, in Python, a thread), so the LSP server and the web app can use it too."""
    from ..readers import kind_for

    p = Path(path)
    if p.is_dir() or (
        p.is_file() and kind_for(p) is not None
    ):  # a folder, or one document (.md, .txt, .docx)
        p = Path(_folder_index(p, str(path)))
    try:
        st = p.stat()
        key: tuple = (os.getpid(), threading.get_ident(), str(p.resolve()), st.st_size, st.st_mtime_ns)
    except OSError:
        key = (os.getpid(), threading.get_ident(), str(path))
    index = _cache.get(key)
    if index is None:
        index = ReferenceIndex.open(p)
        if len(_cache) > 16:
            _cache.clear()
        _cache[key] = index
    return index


def references_for(config) -> list[ReferenceIndex]:
    return [open_reference(config.resolve(entry)) for entry in config.reference]


def is_quote_source(config, path: str, relpath: str) -> bool:
    """Whether a reference document is a source to cite (``quote_sources`` globs: matched against the path
    relative to the indexed folder, the path relative to the settings file, and the full path)."""
    if not config.quote_sources:
        return False
    candidates = {relpath.replace(os.sep, "/"), path.replace(os.sep, "/")}
    if config.root:
        with contextlib.suppress(ValueError):
            candidates.add(os.path.relpath(path, config.root).replace(os.sep, "/"))
    for pattern in config.quote_sources:
        pat = pattern.replace(os.sep, "/")
        for c in candidates:
            if fnmatch.fnmatch(c, pat) or fnmatch.fnmatch(c, "*/" + pat.lstrip("/")):
                return True
    return False
