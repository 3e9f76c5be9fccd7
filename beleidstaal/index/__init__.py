"""The reference collection: fingerprints of documents, stored in SQLite, to find copied passages and stock phrases.

- ``normalise``: the cheap word normaliser (lower case, punctuation off, light stemmer);
- ``noise``: what counts as prose (navigation, headers, table rows and labels do not);
- ``fingerprint``: word K-gram hashes and winnowing;
- ``store``: the SQLite file (``ReferenceIndex``), its write side in ``writer``; ``build``: a new index file, renamed
  into place (``build_index``);
- ``match``: copied passages between a draft and the index, and within a draft;
- ``phrases``: stock phrases mined across documents;
- ``reference``: the indexes named in the configuration (files, or folders indexed on the fly).

Nothing here imports spaCy.
"""

from __future__ import annotations

import importlib

__all__ = ["IndexFileError", "ReferenceIndex", "UpdateReport", "build_index", "is_index_file"]

#: where each name of ``__all__`` lives: imported on first use, so a check that only reads an index does not load
#: the modules that build one
_HOME = {
    "IndexFileError": "schema", "ReferenceIndex": "store", "UpdateReport": "records", "build_index": "build",
    "is_index_file": "schema",
}  # fmt: skip


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
