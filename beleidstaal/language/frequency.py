"""How often a word occurs in Dutch text: wordfreq's Zipf value, from a kept copy of wordfreq's Dutch table.

A check asks for the frequency of a few dozen words (the B1 share, rare long words, the word lists' noun plurals),
but importing wordfreq (with ftfy, langcodes and regex) and reading its Dutch table into a dict of 311,000 words
costs about 0.25 s in every new process. So the table is kept in the cache folder (``frequenties/``) as three
flat values in ``marshal`` format (reading them runs no code and takes milliseconds): the words in sorted order,
joined by newlines, the start of each word, and each word's Zipf value as wordfreq gives it. A word is looked up by
bisection.

Only a *plain* word (lower-case letters, with or without an accent: ``PLAIN``) is looked up there: wordfreq leaves
such a word as it is (NFC, case folding and its tokenizer change nothing), so its value is the one wordfreq gives
the word in the table, or wordfreq's value for a word it does not know. Any other word (a capital, a digit, a
hyphen, an apostrophe) goes to wordfreq itself, as before. Each stored value was computed by wordfreq at build time
(one word per frequency band: every word of a band has the same frequency). The copy is used only when wordfreq's
code and Dutch tables (size and time) and this module are the ones it was made from; anything else builds it anew.
A copy that cannot be read or written is skipped (the check then reads wordfreq's table as before).
``tests/test_frequency.py`` compares the copy with wordfreq word by word.

The copy also holds, for each word at least as frequent as ``SYLLABLE_ZIPF`` (29,000 words), the number of
hyphenation points pyphen's Dutch patterns give it (``language.hyphenation``; the readability figures count
syllables as those points + 1): found in the same bisection as the word's frequency, so a check runs pyphen only for
a rarer word, a word outside the table or one that is not plain. The bound weighs the build against the check:
counting all 300,000 words took about 7 s CPU at build time (once per install, but also once per test session),
the 102,000 from Zipf 2.0 on 2.2 s, these 29,000 about 0.7 s, and on distinct zoning-plan text the rarer words save
little more (``bench/RESULTS-speed.md``). ``tests/test_frequency.py`` compares the counts with pyphen's for every such
word.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import importlib.util
import re
from pathlib import Path

from ..fileio import cache_dir, fingerprint, kept

FORMAT = 2
FOLDER = "frequenties"
#: how many copies stay in the folder (one per install of beleidstaal and wordfreq; about 5 MB each)
KEEP = 4
LANGUAGE = "nl"
#: the words looked up in the copy: lower-case letters a-z and the accented ones of Dutch and its loanwords (all
#: NFC and unchanged by case folding, and one token for wordfreq's tokenizer)
PLAIN = re.compile(r"[a-zàáâäçèéêëìíîïñòóôöùúûü]+")
#: the words whose hyphenation points the copy holds: those with at least this Zipf value
SYLLABLE_ZIPF = 3.0
#: the stored count of a word below ``SYLLABLE_ZIPF``: pyphen counts it at the check
NO_COUNT = 255


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "nl")``: 0 for an unknown word, about 7.5 for *de*."""
    value = _entry(word)[0]
    if value is not None:
        return value
    from wordfreq import zipf_frequency

    return zipf_frequency(word, LANGUAGE)


def hyphenation_points(word: str) -> int | None:
    """How many hyphenation points pyphen's Dutch patterns give a plain lower-case word, from the copy; None when
    the copy does not hold the word's count (ask pyphen)."""
    return _entry(word)[1]


@functools.lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[float | None, int | None]:
    """The copy's Zipf value and hyphenation points of a plain word, from one bisection: (None, None) for any other
    word or without a copy."""
    table = _table() if PLAIN.fullmatch(word) else None
    return table.entry(word) if table is not None else (None, None)


class Table:
    """The kept copy: sorted words in one string, where each starts, and each word's Zipf value."""

    def __init__(
        self, words: str, starts: bytes, bands: bytes, values: list[float], unknown: float, points: bytes
    ) -> None:
        self.words = words
        self.starts = array.array("I")
        self.starts.frombytes(starts)
        self.bands = array.array("H")
        self.bands.frombytes(bands)
        self.values = values
        self.unknown = unknown
        self.points = array.array("B")
        self.points.frombytes(points)
        if len(self.starts) != len(self.bands) + 1 or len(self.points) != len(self.bands):
            raise ValueError("a damaged frequency table")

    def __len__(self) -> int:
        return len(self.bands)

    def __getitem__(self, i: int) -> str:
        return self.words[self.starts[i] : self.starts[i + 1] - 1]

    def zipf(self, word: str) -> float | None:
        """The word's value; None when its band is not in the table (a damaged copy: ask wordfreq). The bands are
        checked here, word by word, not all 300,000 when the copy loads."""
        return self.entry(word)[0]

    def entry(self, word: str) -> tuple[float | None, int | None]:
        """The word's value (as ``zipf``) and its hyphenation points (None when the copy does not hold them)."""
        i = bisect.bisect_left(self, word)
        if i < len(self) and self[i] == word:
            band, points = self.bands[i], self.points[i]
            return (self.values[band] if band < len(self.values) else None), (
                points if points != NO_COUNT else None
            )
        return self.unknown, None


@functools.cache
def _table() -> Table | None:
    with contextlib.suppress(Exception):  # no cache folder, or a copy that cannot be made: wordfreq as before
        cache_dir()
        _, *fields = kept(FOLDER, store_key(), build, keep=KEEP, check=_usable)
        return Table(*fields)
    return None


def _usable(value) -> bool:
    """A kept copy of this format whose parts fit together; anything else (cut short, written by other code) is built
    again."""
    with contextlib.suppress(Exception):
        form, *fields = value
        return form == FORMAT and Table(*fields) is not None
    return False


def build() -> tuple:
    """The copy of wordfreq's Dutch table, as plain data (see the module docstring)."""
    from wordfreq import get_frequency_list, zipf_frequency

    from .hyphenation import hyphenator

    band_of: dict[str, int] = {}
    for band, words in enumerate(get_frequency_list(LANGUAGE)):
        for word in words:
            band_of[word] = band  # as wordfreq's own dict: a word listed twice keeps its last band
    plain = sorted(w for w in band_of if PLAIN.fullmatch(w))
    values: dict[int, float] = {}  # band -> the Zipf value wordfreq gives its words
    for word in plain:
        if band_of[word] not in values:
            values[band_of[word]] = zipf_frequency(word, LANGUAGE)
    numbers = {band: i for i, band in enumerate(sorted(values))}
    starts = array.array("I", [0])
    for word in plain:
        starts.append(starts[-1] + len(word) + 1)
    bands = array.array("H", [numbers[band_of[w]] for w in plain])
    assert "qqqxqqq" not in band_of
    unknown = zipf_frequency("qqqxqqq", LANGUAGE)  # no such Dutch word: wordfreq's value for an unknown one
    text = "".join(w + "\n" for w in plain)
    hyphenate = hyphenator().positions
    points = array.array(
        "B",
        [len(hyphenate(w)) if values[band_of[w]] >= SYLLABLE_ZIPF else NO_COUNT for w in plain],
    )
    return (
        FORMAT, text, starts.tobytes(), bands.tobytes(), [values[b] for b in sorted(values)], unknown,
        points.tobytes(),
    )  # fmt: skip


def store_key() -> str:
    """A hash of what the copy depends on: wordfreq's code and Dutch tables, pyphen's code and Dutch patterns, and
    this module and ``hyphenation``."""
    code = [Path(__file__), Path(__file__).with_name("hyphenation.py")]
    head = repr((FORMAT, LANGUAGE, PLAIN.pattern, SYLLABLE_ZIPF))
    return fingerprint(head, [*code, *frequency_files(), *hyphenation_files()])


def hyphenation_files() -> list[Path]:
    """pyphen's code and its Dutch patterns (found without importing pyphen)."""
    return _package_files("pyphen", "dictionaries", f"hyph_{LANGUAGE}*.dic")


def frequency_files() -> list[Path]:
    """wordfreq's code and its Dutch tables (found without importing wordfreq, which is what a kept copy saves)."""
    return _package_files("wordfreq", "data", f"*_{LANGUAGE}.*")


def _package_files(package: str, data: str, pattern: str) -> list[Path]:
    """A package's ``__init__.py`` and its data files in the folder ``data`` that match ``pattern``; none when the
    package is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent
    return [Path(spec.origin), *sorted((folder / data).glob(pattern))]
