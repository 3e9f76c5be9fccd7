"""Which files a run checks: files named on the command line, and the readable files inside folders."""

from __future__ import annotations

import os
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


def expand_paths(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to check, and (path, Dutch error) for arguments that give nothing to check."""
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    for arg in paths:
        if arg == "-":
            files.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = [str(f) for f in iter_files(p)]
            if not found:
                problems.append(
                    (
                        arg,
                        "In deze map staan geen bestanden die beleidstaal kan lezen (.md, .txt, .docx, .odt).",
                    )
                )
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(arg)
        else:
            problems.append((arg, "Dit bestand of deze map bestaat niet. Controleer de naam."))
    return files, problems
