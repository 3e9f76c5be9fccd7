"""Where the documents of a batch come from: folders, globs, single files, and Parquet or JSONL tables.

The client only *describes* the work: a ``Partition`` lists files, or points at a slice of a table (a Parquet row
group, a byte range of a JSONL file). Workers read their own partition, so the texts of a big archive never pass
through the client.

A table has one document per row: ``id``, then ``text`` or ``path`` (relative paths are taken from the table's
folder), and optionally ``kind`` (text, markdown, docx). Every other column is metadata (organisation, year, ...),
carried through to ``documents/`` and ``findings/``.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..discovery import iter_files
from ..errors import InputError
from ..readers import SUFFIXES

TABLE_SUFFIXES = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: columns with a fixed meaning in a source table
TABLE_COLUMNS = {"id", "text", "path", "kind"}


@dataclass
class SourceDoc:
    """One document as a worker sees it: its id, and its text or the file to read."""

    id: str
    path: str | None = None
    text: str | None = None
    kind: str | None = None
    metadata: dict = field(default_factory=dict)
    #: a Dutch message when the row itself is unusable (no id, no text)
    error: str | None = None


@dataclass
class Partition:
    """A unit of work: a list of files, or a slice of a table."""

    index: int
    files: list[str] = field(default_factory=list)
    table: str | None = None
    table_kind: str | None = None  # parquet or jsonl
    row_groups: list[int] = field(default_factory=list)
    byte_range: tuple[int, int] | None = None
    #: rough size, for balancing and the progress bar
    size: int = 0
    #: number of documents, when known in advance (files)
    count: int | None = None


@dataclass
class Plan:
    partitions: list[Partition]
    problems: list[tuple[str, str]]  # (source, Dutch message)
    documents: int | None  # total when known


def _is_glob(arg: str) -> bool:
    return any(ch in arg for ch in "*?[")


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def plan(sources: list[str], *, partitions_hint: int = 8, max_partition_bytes: int = 2 * 1024 * 1024) -> Plan:
    """Turn the SOURCE arguments into partitions. Missing or unreadable sources become Dutch problems."""
    files: list[str] = []
    tables: list[tuple[str, str]] = []
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add_file(f: str) -> None:
        if f not in seen:
            seen.add(f)
            files.append(f)

    for arg in sources:
        p = Path(arg)
        suffix = p.suffix.lower()
        if suffix in TABLE_SUFFIXES and p.is_file():
            tables.append((arg, TABLE_SUFFIXES[suffix]))
        elif p.is_dir():
            found = [str(f) for f in iter_files(p)]
            if not found:
                problems.append(
                    (arg, "In deze map staan geen bestanden die beleidstaal kan lezen (.md, .txt, .docx).")
                )
            for f in found:
                add_file(f)
        elif p.is_file():
            add_file(arg)
        elif _is_glob(arg):
            matched = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            readable = [m for m in matched if Path(m).suffix.lower() in SUFFIXES]
            table_hits = [m for m in matched if Path(m).suffix.lower() in TABLE_SUFFIXES]
            if not readable and not table_hits:
                problems.append((arg, "Dit patroon past op geen enkel bestand dat beleidstaal kan lezen."))
            for m in readable:
                add_file(m)
            tables.extend((m, TABLE_SUFFIXES[Path(m).suffix.lower()]) for m in table_hits)
        else:
            problems.append((arg, "Dit bestand of deze map bestaat niet. Controleer de naam."))

    parts: list[Partition] = []
    total: int | None = len(files)
    if files:
        parts.extend(balanced(files, partitions_hint, max_partition_bytes))
    for table, kind in tables:
        try:
            if kind == "parquet":
                new = _parquet_partitions(table, len(parts))
            else:
                new = _jsonl_partitions(table, len(parts), max_partition_bytes, partitions_hint)
        except InputError as exc:
            problems.append((table, str(exc)))
            continue
        parts.extend(new)
        total = (
            None
            if total is None or any(p.count is None for p in new)
            else total + sum(p.count or 0 for p in new)
        )
    return Plan(parts, problems, total)


def balanced(files: list[str], hint: int, max_bytes: int) -> list[Partition]:
    """Files in ``hint`` partitions of about equal size (at least one per ``max_bytes``, at most one per file): the
    largest file first, each into the partition with the least text so far. The size in bytes stands in for the
    number of words, which the client cannot count without reading every file. Partitions with equal sizes end
    together, so no worker waits at the end for one that got the big plans."""
    import heapq

    sizes = {f: _file_size(f) for f in files}
    total = sum(sizes.values())
    n = max(1, min(len(files), max(hint, -(-total // max(1, max_bytes)))))
    heap = [(0, i) for i in range(n)]  # (bytes so far, partition)
    members: list[list[str]] = [[] for _ in range(n)]
    for f in sorted(files, key=lambda f: (-sizes[f], f)):
        load, i = heapq.heappop(heap)
        members[i].append(f)
        heapq.heappush(heap, (load + sizes[f], i))
    return [Partition(i, files=m, size=sum(sizes[f] for f in m), count=len(m)) for i, m in enumerate(members)]


def _parquet_partitions(table: str, start: int) -> list[Partition]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(table)
    except Exception as exc:  # pyarrow raises several kinds
        raise InputError(f"Dit Parquet-bestand kan niet worden gelezen: {exc}") from None
    names = set(pf.schema_arrow.names)
    _check_columns(names)
    out = []
    for rg in range(pf.num_row_groups):
        rows = pf.metadata.row_group(rg).num_rows
        if rows:
            out.append(Partition(start + len(out), table=table, table_kind="parquet", row_groups=[rg], size=rows,
                                 count=rows))  # fmt: skip
    return out


def _check_columns(names: set[str]) -> None:
    if "id" not in names:
        raise InputError("De tabel heeft geen kolom 'id'. Geef elk document een id.")
    if "text" not in names and "path" not in names:
        raise InputError(
            "De tabel heeft geen kolom 'text' en geen kolom 'path'. Geef de tekst of het bestand."
        )


def _jsonl_partitions(table: str, start: int, max_bytes: int, hint: int) -> list[Partition]:
    try:
        size = os.stat(table).st_size
        with open(table, "rb") as fh:
            first = fh.readline()
    except OSError as exc:
        raise InputError(f"Dit JSONL-bestand kan niet worden gelezen ({exc.strerror or exc}).") from None
    if first.strip():
        try:
            row = json.loads(first)
        except ValueError:
            raise InputError("De eerste regel van dit JSONL-bestand is geen geldige JSON.") from None
        if isinstance(row, dict):
            _check_columns(set(row))
    target = max(64 * 1024, min(max_bytes, size // max(1, hint)))
    out = []
    pos = 0
    with open(table, "rb") as fh:
        while pos < size:
            fh.seek(min(size, pos + target))
            fh.readline()  # move to the end of the line
            end = min(size, fh.tell()) if pos + target < size else size
            out.append(Partition(start + len(out), table=table, table_kind="jsonl", byte_range=(pos, end),
                                 size=end - pos))  # fmt: skip
            pos = end
    return out


def iter_documents(part: Partition) -> Iterator[SourceDoc]:
    """The documents of one partition (runs on a worker)."""
    if part.files:
        for f in part.files:
            yield SourceDoc(id=f, path=f)
        return
    assert part.table is not None
    base = Path(part.table).parent
    if part.table_kind == "parquet":
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(part.table).read_row_groups(part.row_groups).to_pylist()
        for i, row in enumerate(rows):
            yield _row_doc(row, base, f"{part.table}#{part.row_groups[0]}:{i}")
    else:
        begin, end = part.byte_range or (0, 0)
        with open(part.table, "rb") as fh:
            fh.seek(begin)
            line_no = 0
            while fh.tell() < end:
                raw = fh.readline()
                if not raw:
                    break
                line_no += 1
                if not raw.strip():
                    continue
                where = f"{part.table}@{begin}:{line_no}"
                try:
                    row = json.loads(raw)
                except ValueError:
                    yield SourceDoc(id=where, error="Deze regel is geen geldige JSON.")
                    continue
                if not isinstance(row, dict):
                    yield SourceDoc(id=where, error="Deze regel is geen JSON-object met 'id' en 'text'.")
                    continue
                yield _row_doc(row, base, where)


def _row_doc(row: dict, base: Path, where: str) -> SourceDoc:
    raw_id = row.get("id")
    metadata = {k: v for k, v in row.items() if k not in TABLE_COLUMNS}
    kind = row.get("kind") if row.get("kind") in ("text", "markdown", "docx") else None
    if raw_id is None or str(raw_id) == "":
        return SourceDoc(id=where, metadata=metadata, error="Dit document heeft geen id.")
    doc_id = str(raw_id)
    text = row.get("text")
    if isinstance(text, str):
        return SourceDoc(id=doc_id, text=text, kind=kind or "text", metadata=metadata)
    path = row.get("path")
    if isinstance(path, str) and path:
        p = Path(path)
        if not p.is_absolute():
            p = base / p
        return SourceDoc(id=doc_id, path=str(p), kind=kind, metadata=metadata)
    return SourceDoc(
        id=doc_id, metadata=metadata, error="Dit document heeft geen tekst ('text') en geen bestand ('path')."
    )
