"""The compiled word lists kept in the cache folder (``rules/lexicon_store.py``): a new process loads the index
instead of compiling it, and gets exactly what compiling gives; a changed list, a broken store or a cache folder
that cannot be written never gives an old or wrong index."""

from __future__ import annotations

import pickle

import pytest

from beleidstaal.errors import ConfigError
from beleidstaal.rules import lexicon_store
from beleidstaal.rules.lexicon_compile import compile_lexicons

OWN_LIST = """[lexicon]
category = "jargon"

[[entry]]
term = "{term}"
alternatives = ["samen doen"]
reason = "Vaag woord; zeg wat u samen doet."

[[entry]]
term = "uitrollen"
alternatives = ["invoeren"]
reason = "Jargon; zeg wat er gebeurt."
"""


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(folder))
    return folder / lexicon_store.FOLDER


def _own_list(tmp_path, term: str) -> tuple[str, ...]:
    path = tmp_path / "eigen.toml"
    path.write_text(OWN_LIST.format(term=term), encoding="utf-8")
    return (str(path),)


def _no_compiling(monkeypatch):
    def refuse(*args):
        raise AssertionError("compiled again, the store was not used")

    monkeypatch.setattr(lexicon_store, "compile_lexicons", refuse)


def test_a_second_run_loads_what_compiling_gives(store, tmp_path, monkeypatch):
    extra = _own_list(tmp_path, "synergie")
    first = lexicon_store.compiled_lexicons(extra, ["uitrollen"], builtin=False)
    assert len(list(store.glob("*.marshal"))) == 1
    _no_compiling(monkeypatch)
    second = lexicon_store.compiled_lexicons(extra, ["uitrollen"], builtin=False)
    assert second is not first and second == first
    monkeypatch.undo()
    assert second == compile_lexicons(extra, ["uitrollen"], builtin=False)
    assert "synergie" in second.single and "uitrollen" in second.allow and "uitrollen" not in second.single


def test_the_builtin_lists_come_back_whole(store, monkeypatch):
    compiled = lexicon_store.compiled_lexicons((), ())
    _no_compiling(monkeypatch)
    assert lexicon_store.compiled_lexicons((), ()) == compiled
    assert "middels" in compiled.single and compiled.verb_forms and compiled.word_forms


def test_a_changed_list_or_other_allowed_words_compile_anew(store, tmp_path):
    extra = _own_list(tmp_path, "synergie")
    before = lexicon_store.compiled_lexicons(extra, (), builtin=False)
    extra = _own_list(tmp_path, "regie")
    after = lexicon_store.compiled_lexicons(extra, (), builtin=False)
    assert "regie" in after.single and "synergie" not in after.single and "synergie" in before.single
    allowed = lexicon_store.compiled_lexicons(extra, ["regie"], builtin=False)
    assert "regie" not in allowed.single
    assert len(list(store.glob("*.marshal"))) == 3


def test_only_the_newest_indexes_stay(store, tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon_store, "KEEP", 2)
    extra = _own_list(tmp_path, "synergie")
    for allowed in ([], ["uitrollen"], ["synergie"]):
        lexicon_store.compiled_lexicons(extra, allowed, builtin=False)
    assert len(list(store.glob("*.marshal"))) == 2
    _no_compiling(monkeypatch)
    assert "uitrollen" not in lexicon_store.compiled_lexicons(extra, ["synergie"], builtin=False).allow


def test_a_broken_store_file_is_compiled_again(store, tmp_path):
    extra = _own_list(tmp_path, "synergie")
    good = lexicon_store.compiled_lexicons(extra, (), builtin=False)
    (kept,) = store.glob("*.marshal")
    kept.write_bytes(b"\x80\x05 half geschreven")
    assert lexicon_store.compiled_lexicons(extra, (), builtin=False) == good
    kept.write_bytes(b"")
    assert lexicon_store.compiled_lexicons(extra, (), builtin=False) == good
    kept.write_bytes(pickle.dumps(good))  # not plain data: never unpickled, compiled again
    assert lexicon_store.compiled_lexicons(extra, (), builtin=False) == good


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(blocked))
    extra = _own_list(tmp_path, "synergie")
    assert "synergie" in lexicon_store.compiled_lexicons(extra, (), builtin=False).single


def test_a_broken_own_list_is_an_error_every_time(store, tmp_path):
    path = tmp_path / "kapot.toml"
    path.write_text('[lexicon]\ncategory = "jargon"\n\n[[entry]]\nterm = "synergie"\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match="alternatief"):
            lexicon_store.compiled_lexicons((str(path),), (), builtin=False)
    assert not list(store.glob("*.marshal"))
