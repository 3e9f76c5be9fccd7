"""pyphen's Dutch patterns kept in the cache folder (language/hyphenation.py): the same hyphenation as pyphen's own
parse of its file, a damaged copy made again, and a second process that does not parse the file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

WORDS = (
    "gemeentehuis", "verbetering", "dienstverlening", "de", "afvalstoffenheffing", "Utrecht", "bestemmingsplan",
    "omgevingsvergunning", "ruimtelijke", "geëvalueerd", "coördinatie", "zeeën", "oo", "", "x", "a-b",
    "PARKEERNORMEN", "ijsbaan", "beleidsnota", "onderzoeksrapport", "aaaaaaaaaaaa", "2024", "zo'n",
)  # fmt: skip


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module with an empty cache folder, and pyphen without the patterns it parsed or was given before."""
    import pyphen

    from beleidstaal.language import hyphenation

    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.hyphenator.cache_clear()
    yield hyphenation
    hyphenation.hyphenator.cache_clear()


def _copy(hyphenation):
    from beleidstaal.fileio import cache_dir

    folder = cache_dir() / hyphenation.FOLDER
    return list(folder.glob("*.marshal"))


def test_the_kept_patterns_hyphenate_as_pyphen(fresh, monkeypatch):
    import pyphen

    own = pyphen.Pyphen(filename=pyphen.LANGUAGES[pyphen.language_fallback("nl")], cache=False)
    monkeypatch.setattr(pyphen, "hdcache", {})  # pyphen put its own parse there
    first = fresh.hyphenator()  # parses the file and keeps the patterns
    assert len(_copy(fresh)) == 1
    monkeypatch.setattr(pyphen, "hdcache", {})
    fresh.hyphenator.cache_clear()
    monkeypatch.setattr(pyphen.HyphDict, "__init__", None)  # the file must not be parsed again
    second = fresh.hyphenator()
    assert second.hd.patterns == own.hd.patterns and second.hd.maxlen == own.hd.maxlen
    for word in WORDS:
        expected = own.positions(word)
        assert first.positions(word) == second.positions(word) == expected, word
        assert [p.data for p in second.positions(word)] == [p.data for p in expected], word
        assert list(second.iterate(word)) == list(own.iterate(word)), word


def test_a_damaged_copy_is_made_again(fresh, monkeypatch):
    import pyphen

    fresh.hyphenator()
    (path,) = _copy(fresh)
    path.write_bytes(b"\x00 geen patronen")
    monkeypatch.setattr(pyphen, "hdcache", {})
    fresh.hyphenator.cache_clear()
    assert fresh.hyphenator().positions("dienstverlening") == [6, 9, 11]  # dienst-ver-le-ning
    assert path.read_bytes() != b"\x00 geen patronen"


def test_without_a_cache_folder_pyphen_parses_its_file(fresh, tmp_path, monkeypatch):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(blocked / "cache"))
    assert fresh.hyphenator().positions("dienstverlening") == [6, 9, 11]  # dienst-ver-le-ning


PROBE = """
import pyphen
calls = []
parse = pyphen.HyphDict.__init__
def counted(self, path):
    calls.append(path)
    parse(self, path)
pyphen.HyphDict.__init__ = counted
from beleidstaal.stats import syllables
print(syllables("dienstverlening"), len(calls))
"""


def test_a_second_process_does_not_parse_the_pattern_file(tmp_path):
    env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
        for _ in range(2)
    ]
    assert [r.stdout.split() for r in runs] == [["4", "1"], ["4", "0"]], [r.stderr for r in runs]
