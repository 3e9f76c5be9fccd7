"""The file format of the reference collection: its SQLite schema, name and version, and the error for a file that is
not a usable index.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BeleidstaalError

SCHEMA_NAME = "beleidstaal-referentie-index"
#: 2: the words of a document in blocks (table ``blocks``) instead of one blob; 3: the fingerprints as one row per
#: hash with all its places in a blob (table ``places``) instead of one row per place (table ``fp``); 4: each block
#: holds its words' stems after its words (``records.pack_blocks``), so a check does not stem stored words; 5: the
#: stems as numbers of a vocabulary (table ``vocab``, made at build time): each block holds its words as text and
#: their stems' numbers, not compressed (``records.pack_ids``), so a check reads the numbers of a window as they are
SCHEMA_VERSION = 5
#: a block's row id is its document's id times this plus its number (so one document's blocks are one id range)
BLOCK_ID = 1 << 20


class IndexFileError(BeleidstaalError):
    """A reference index that cannot be used (missing, corrupt, another kind of file, an older version)."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    root TEXT NOT NULL,
    relpath TEXT NOT NULL,
    title TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha1 TEXT NOT NULL,
    words INTEGER NOT NULL,
    lines BLOB NOT NULL,
    breaks BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (id INTEGER PRIMARY KEY, stems BLOB NOT NULL, text BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS vocab (id INTEGER PRIMARY KEY, stem TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS places (hash INTEGER PRIMARY KEY, places BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS phrases (hash INTEGER PRIMARY KEY, words INTEGER, docs INTEGER, text TEXT);
"""


def _not_an_index(path: str, why: str) -> IndexFileError:
    return IndexFileError(
        f"'{path}' is geen bruikbare referentie-index van beleidstaal ({why}). "
        f"Maak een nieuwe met: beleidstaal index build MAP --output {path}"
    )


def is_index_file(path: str | Path) -> bool:
    """Whether a file is an SQLite database (a reference index or another one: ``open`` checks the schema)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
