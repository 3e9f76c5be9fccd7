"""The output folder of a batch run: layout, versions, and safe Parquet writing and reading.

Layout of DIR::

    documents/part-<run>-<n>.parquet   one row per document (written last: it marks a partition complete)
    findings/part-<run>-<n>.parquet    one row per finding
    passages/part-<run>-<n>.parquet    passages with their MinHash signature (input for copy detection)
    phrase_counts/part-<run>-<n>.parquet  the most frequent word groups of the partition
    copies/part-0.parquet              near-identical passages across documents
    phrases/part-0.parquet             stock phrases found in the most documents
    beleidstaal-batch.json             what the last run did

Every file is written under a temporary name (``.name.<random>.tmp``) and renamed when complete. A partition is
complete when its ``documents/`` file exists; other files of a partition without one are left-overs of an
interrupted run and are removed at the start of the next run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path

from ..config import Config

DOCUMENTS = "documents"
FINDINGS = "findings"
PASSAGES = "passages"
PHRASE_COUNTS = "phrase_counts"
COPIES = "copies"
PHRASES = "phrases"
PART_TABLES = (FINDINGS, PASSAGES, PHRASE_COUNTS)  # written before DOCUMENTS
MANIFEST = "beleidstaal-batch.json"
LOCK = ".beleidstaal-batch.lock"


def part_name(run: str, index: int) -> str:
    return f"part-{run}-{index:05d}.parquet"


def write_table_atomic(table, path: Path) -> None:
    """Write a pyarrow Table to ``path`` through a temporary name in the same folder; replace atomically.
    Writing the same partition twice (a task run again after a worker died) gives the same file once."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def part_files(out: Path, table: str) -> list[Path]:
    folder = out / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("part-*.parquet") if p.is_file())


def read_table(out: Path, table: str, columns: list[str] | None = None):
    """All parts of one table as one pyarrow Table (schemas unified by name; missing columns are null)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = []
    for f in part_files(out, table):
        if columns is not None:
            names = set(pq.read_schema(f).names)
            t = pq.read_table(f, columns=[c for c in columns if c in names])
        else:
            t = pq.read_table(f)
        tables.append(t)
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="permissive")


def clean_leftovers(out: Path) -> int:
    """Remove temporary files and parts of partitions that never completed. Returns how many were removed."""
    removed = 0
    complete = {p.name for p in part_files(out, DOCUMENTS)}
    for table in (DOCUMENTS, *PART_TABLES, COPIES, PHRASES):
        folder = out / table
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            stale = p.name.endswith(".tmp") and p.name.startswith(".")
            if table in PART_TABLES and p.name.startswith("part-") and p.name not in complete:
                stale = True
            if stale:
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


def versions(config: Config) -> dict[str, str]:
    """The versions that decide whether an earlier result can be kept (the same as the result cache of check)."""
    from ..cache import versions as cache_versions

    return cache_versions(config)


def check_key(doc_id: str, content_hash: str, vers: dict[str, str]) -> str:
    h = hashlib.sha256()
    for part in (doc_id, content_hash, vers["model_version"], vers["lexicon_version"], vers["beleidstaal_version"],
                 vers["settings"]):  # fmt: skip
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def write_manifest(out: Path, data: dict) -> None:
    from ..fileio import atomic_write_text

    atomic_write_text(out / MANIFEST, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_manifest(out: Path) -> dict | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
