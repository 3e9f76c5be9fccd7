"""Building a new reference index file: written beside its final name and renamed into place, so that a failed build
never leaves half an index."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .records import UpdateReport
from .store import ReferenceIndex


def build_index(
    paths: list[str | Path],
    output: str | Path,
    *,
    progress: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> UpdateReport:
    """Build a new index file from the documents under ``paths``. The file is written next to ``output`` and renamed
    into place at the end, so a failed build never leaves half an index."""
    out = Path(output)
    folder = out.parent if str(out.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(tmp)
    try:
        index = ReferenceIndex.create(tmp)
        index.conn.execute("PRAGMA journal_mode = OFF")
        index.conn.execute("PRAGMA synchronous = OFF")
        report = index.update(paths, progress=progress, bulk=True, workers=workers)
        index.close()
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return report
