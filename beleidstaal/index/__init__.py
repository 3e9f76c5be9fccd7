"""The reference collection: fingerprints of documents, stored in SQLite, to find copied passages and stock phrases.

- ``normalise``: the cheap word normaliser (lower case, punctuation off, light stemmer);
- ``noise``: what counts as prose (navigation, headers, table rows and labels do not);
- ``fingerprint``: word K-gram hashes and winnowing;
- ``store``: the SQLite file (``ReferenceIndex``); ``build``: a new index file, renamed into place (``build_index``);
- ``match``: copied passages between a draft and the index, and within a draft;
- ``phrases``: stock phrases mined across documents;
- ``reference``: the indexes named in the configuration (files, or folders indexed on the fly).

Nothing here imports spaCy.
"""

from __future__ import annotations

from .build import build_index
from .records import UpdateReport
from .schema import IndexFileError, is_index_file
from .store import ReferenceIndex

__all__ = ["IndexFileError", "ReferenceIndex", "UpdateReport", "build_index", "is_index_file"]
