"""Which files a run checks: files named on the command line, and the readable files inside folders."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .readers import SUFFIXES

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", "site-packages"}


def iter_files(path: Path):
    """Supported files under a folder, in a stable order; hidden folders and symlink loops are skipped."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        try:
            st = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop or a folder reached twice
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith((".", "~$")):
                yield Path(root) / name


def expand_paths(
    paths: list[str], excluded: Callable[[str], bool] | None = None, *, force_exclude: bool = False
) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to check, and (path, Dutch error) for arguments that give nothing to check. ``excluded`` (a file's
    path → skip it) leaves out files found in a folder; a file named on its own only with ``force_exclude`` (as
    ruff: a pre-commit hook names every file, and the settings' ``exclude`` should still hold there)."""
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    for arg in paths:
        if arg == "-":
            files.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = [str(f) for f in iter_files(p)]
            kept = [f for f in found if excluded is None or not excluded(f)]
            if not found:
                problems.append(
                    (
                        arg,
                        "In deze map staan geen bestanden die beleidstaal kan lezen (.md, .txt, .docx, .odt).",
                    )
                )
            elif not kept:
                problems.append(
                    (
                        arg,
                        "Alle bestanden in deze map vallen onder 'exclude' (in de instellingen of bij --exclude). "
                        "Er is dus niets gecontroleerd.",
                    )
                )
            files.extend(kept)
        elif p.exists() or p.is_symlink():
            if not (force_exclude and excluded is not None and excluded(arg)):
                files.append(arg)
        else:
            problems.append((arg, "Dit bestand of deze map bestaat niet. Controleer de naam."))
    return files, problems
