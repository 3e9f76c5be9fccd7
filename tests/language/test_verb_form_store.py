"""The form index of the known verbs (language/morphology.py) kept in the cache folder: the same index as made
anew, a damaged copy made again, and a second process that reads it instead of making it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from beleidstaal.fileio import cache_dir
from beleidstaal.language import morphology


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path))
    morphology._verb_form_index.cache_clear()
    yield morphology
    morphology._verb_form_index.cache_clear()


def _copies():
    return list((cache_dir() / morphology.VERB_FORMS_FOLDER).glob("*.marshal"))


def test_the_kept_index_is_the_index(fresh, monkeypatch):
    made = fresh._build_verb_form_index()
    assert fresh._verb_form_index() == made and len(_copies()) == 1
    fresh._verb_form_index.cache_clear()
    monkeypatch.setattr(fresh, "_build_verb_form_index", None)  # the copy alone must answer now
    kept = fresh._verb_form_index()
    assert kept == made and all(type(v) is tuple for v in kept.values())
    assert ("lopen", "VERB") in fresh.lemmas("liep")
    assert ("vaststellen", "VERB") in fresh.lemmas("vastgesteld")


def test_a_damaged_copy_is_made_again(fresh):
    fresh._verb_form_index()
    (path,) = _copies()
    path.write_bytes(b"\x00 geen werkwoorden")
    fresh._verb_form_index.cache_clear()
    assert "lopen" in fresh._verb_form_index()["liep"]
    assert path.read_bytes() != b"\x00 geen werkwoorden"


PROBE = """
from beleidstaal.language import morphology
calls = []
build = morphology._build_verb_form_index
morphology._build_verb_form_index = lambda: calls.append(1) or build()
print(morphology.lemmas("liep", "VERB"), len(calls))
"""


def test_a_second_process_reads_the_kept_index(tmp_path):
    env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
        for _ in range(2)
    ]
    assert [r.stdout.split()[-1] for r in runs] == ["1", "0"], [r.stderr for r in runs]
    assert runs[0].stdout == runs[1].stdout.replace(" 0\n", " 1\n")
