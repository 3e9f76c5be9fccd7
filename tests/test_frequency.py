"""The kept copy of wordfreq's Dutch table gives every word the Zipf value wordfreq gives it, and a check reads it
without importing wordfreq (issue 20: the cold start of a check)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

#: plain words (looked up in the copy) and others (sent to wordfreq), known and unknown
WORDS = [
    "de", "gemeente", "faciliteren", "middels", "bestemmingsplan", "café", "coördinatie", "reïntegratie",
    "geëvalueerd", "één", "crèche", "ingeburgerd", "xqzvwp", "gemeenteraadsvergaderingsagenda", "a", "z", "ñ",
    "Gemeente", "GEMEENTE", "e-mail", "zo'n", "2024", "covid-19", "straße", "ĳs", "naïef", "", " de",
]  # fmt: skip


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """A fresh copy in an empty cache folder (and the package's caches cleared before and after)."""
    from beleidstaal.language import frequency

    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path))
    for cached in (frequency._table, frequency._entry, frequency.zipf):
        cached.cache_clear()
    yield frequency
    for cached in (frequency._table, frequency._entry, frequency.zipf):
        cached.cache_clear()


def test_every_word_gets_wordfreqs_value(copy):
    from wordfreq import get_frequency_list, zipf_frequency

    table = copy._table()
    assert table is not None and len(table) > 250_000
    assert (copy.cache_dir() / copy.FOLDER / f"{copy.store_key()}.marshal").exists()
    for word in WORDS:
        assert copy.zipf(word) == zipf_frequency(word, "nl"), word
    plain = [w for band in get_frequency_list("nl") for w in band if copy.PLAIN.fullmatch(w)]
    for word in plain[::40]:  # every band of the table, from *de* to the rarest
        assert table.zipf(word) == zipf_frequency(word, "nl"), word
    assert copy.zipf("gemeente") > 5 > copy.zipf("faciliteren") > 3 > copy.zipf("xqzvwp") == 0


@pytest.mark.slow  # heavy (builds the table of 250,000 words from wordfreq again); not in the quick loop
def test_the_copies_of_other_installs_stay(copy):
    """Two installs (two virtual environments) share the user's cache folder: each keeps its own copy, so that
    neither builds one at every check; only copies beyond the newest ``KEEP`` go."""
    import os

    folder = copy.cache_dir() / copy.FOLDER
    folder.mkdir(parents=True)
    others = [folder / f"other{i}.marshal" for i in range(copy.KEEP + 1)]
    for i, other in enumerate(others):
        other.write_bytes(b"")
        os.utime(other, (1_000_000 + i, 1_000_000 + i))
    copy._table()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{copy.store_key()}.marshal", *(p.name for p in others[-(copy.KEEP - 1) :])]
    )


@pytest.mark.slow  # heavy (builds the table of 250,000 words from wordfreq again); not in the quick loop
def test_a_damaged_copy_is_built_again(copy):
    path = copy.cache_dir() / copy.FOLDER / f"{copy.store_key()}.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00 not a table")
    assert copy._table().zipf("gemeente") == 5.35  # wordfreq 3.1's value
    assert path.read_bytes() != b"\x00 not a table"


PROBE = """
import sys
from beleidstaal.language.frequency import zipf
print(zipf({word!r}), "wordfreq" in sys.modules)
"""


@pytest.mark.slow  # heavy (builds the table of 250,000 words from wordfreq again); not in the quick loop
def test_a_plain_word_is_looked_up_without_importing_wordfreq(tmp_path):
    env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(tmp_path)}

    def run(word: str) -> list[str]:
        proc = subprocess.run(
            [sys.executable, "-c", PROBE.format(word=word)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        return proc.stdout.split()

    assert run("gemeente") == ["5.35", "True"]  # the first process builds the copy with wordfreq
    assert run("gemeente") == ["5.35", "False"]  # the next ones read it
    assert run("Gemeente") == ["5.35", "True"]  # not a plain word: wordfreq itself


def test_a_band_outside_the_table_asks_wordfreq(copy, monkeypatch):
    """The bands are checked word by word (checking all 300,000 at every start cost 6 ms): a word whose band is
    not in a (damaged) copy gets wordfreq's value, never another word's or an error."""
    from wordfreq import zipf_frequency

    table = copy._table()
    parts = (table.words, table.starts.tobytes(), table.bands.tobytes())
    damaged = copy.Table(*parts, table.values[:1], 0.0, table.points.tobytes())
    assert damaged.zipf("gemeente") is None
    with monkeypatch.context() as patched:  # undone before the fixture clears the caches
        patched.setattr(copy, "_table", lambda: damaged)
        copy.zipf.cache_clear()
        copy._entry.cache_clear()
        assert copy.zipf("gemeente") == zipf_frequency("gemeente", "nl")


def test_the_copy_counts_hyphenation_points_as_pyphen(copy):
    """The copy holds pyphen's count of hyphenation points for every word from ``SYLLABLE_ZIPF`` on (compared here,
    all of them), and no count for a rarer one; the syllables of the readability figures are the same with and
    without it."""
    from beleidstaal.language.hyphenation import hyphenator
    from beleidstaal.stats import syllables

    table = copy._table()
    pyphen = hyphenator()
    counted = [i for i in range(len(table)) if table.points[i] != copy.NO_COUNT]
    assert 20_000 < len(counted) < len(table) - 100_000
    for i in counted:
        word = table[i]
        assert table.points[i] == len(pyphen.positions(word)), word
        assert table.zipf(word) >= copy.SYLLABLE_ZIPF, word
    rarer = set(range(len(table))).difference(counted)
    assert all(table.zipf(table[i]) < copy.SYLLABLE_ZIPF for i in rarer)
    # a counted word (and its capitalised form), a rare one, one outside the table, and words that are not plain
    for word in ("gemeente", "Gemeente", "afvalstoffenheffing", "xqzvwpgemeente", "e-mailadres", "één"):
        syllables.cache_clear()
        assert syllables(word) == len(pyphen.positions(word.lower())) + 1, word
    assert copy.hyphenation_points("gemeente") == 2  # ge-meen-te
    assert copy.hyphenation_points("Gemeente") is None  # not plain: pyphen counts it
