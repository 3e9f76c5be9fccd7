"""pyphen's Dutch hyphenation, with its patterns kept in the cache folder.

A syllable count (the Flesch-Douma score, BT601) needs pyphen's Dutch patterns, and pyphen parses its pattern file
(16,000 patterns, line by line) in every new process: about 0.1 s, more than the check of a paragraph. The parsed
patterns are kept in the cache folder (``lettergrepen/``) as ``marshal`` data (``fileio.kept``) and handed to pyphen
through its own cache of parsed files (``pyphen.hdcache``), so pyphen hyphenates as always and only the parsing is
saved. The copy is used while pyphen's code and pattern file and this module are the same (``fileio.fingerprint``);
a damaged copy is made again, and when no copy can be read or made pyphen parses its file as before.
``tests/test_stats.py`` compares the hyphenation with pyphen's own.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from ..fileio import fingerprint, kept

#: raise when the kept form changes in a way the fingerprint would not notice
FORMAT = 1
FOLDER = "lettergrepen"
LANGUAGE = "nl"


@functools.cache
def hyphenator():
    """``pyphen.Pyphen(lang="nl")``, without parsing the pattern file when a kept copy of its patterns is there."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]
    if path not in pyphen.hdcache:
        with contextlib.suppress(Exception):  # no copy can be read or made: pyphen parses its file, as before
            key = fingerprint(repr((FORMAT, str(path))), [Path(__file__), Path(pyphen.__file__), Path(path)])
            pyphen.hdcache[path] = _patterns(kept(FOLDER, key, lambda: _parsed(path), check=_fits))
    return pyphen.Pyphen(lang=LANGUAGE)


def _parsed(path) -> tuple:
    """pyphen's parsed patterns as plain data: ``{pattern: (start, values)}`` with whole numbers as values, and apart
    from them the patterns with a nonstandard hyphenation (pyphen's ``DataInt``: a value with its data)."""
    import pyphen

    hd = pyphen.HyphDict(path)
    plain, special = {}, {}
    for key, (start, values) in hd.patterns.items():
        if any(isinstance(v, pyphen.DataInt) for v in values):
            special[key] = (start, tuple((int(v), getattr(v, "data", None)) for v in values))
        else:
            plain[key] = (start, tuple(int(v) for v in values))
    return FORMAT, plain, special, hd.maxlen


def _fits(value) -> bool:
    return isinstance(value, tuple) and len(value) == 4 and value[0] == FORMAT and isinstance(value[1], dict)


def _patterns(value):
    """A pyphen ``HyphDict`` holding the kept patterns, as pyphen's parser leaves it."""
    import pyphen

    _, plain, special, maxlen = value
    hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hd.patterns = plain
    for key, (start, values) in special.items():
        plain[key] = (start, tuple(pyphen.DataInt(v, data) if data else v for v, data in values))
    hd.cache = {}
    hd.maxlen = maxlen
    return hd
