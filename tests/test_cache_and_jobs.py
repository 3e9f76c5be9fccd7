"""The result cache and parallel checking give the same findings as a plain run."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

import beleidstaal.core as core
from beleidstaal.cli import app

runner = CliRunner()


@pytest.fixture()
def folder(tmp_path, root):
    shutil.copy(root / "tests" / "data" / "kern_lexicon.toml", tmp_path / "lijst.toml")
    (tmp_path / ".beleidstaal.toml").write_text(
        'lexicons = ["lijst.toml"]\nbuiltin-lexicons = false\n', encoding="utf-8"
    )
    for i in range(4):
        (tmp_path / f"nota{i}.md").write_text(
            f"# Nota {i}\n\nWij informeren u middels deze brief over plan {i}.\n", encoding="utf-8"
        )
    return tmp_path


def _json(*args):
    result = runner.invoke(app, ["check", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_second_run_comes_from_the_cache(folder, monkeypatch):
    code1, first = _json(str(folder), "--jobs", "1")
    assert code1 == 1

    def no_analysis(*a, **k):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(core, "check_document", no_analysis)
    code2, second = _json(str(folder), "--jobs", "1")
    assert (code2, second) == (code1, first)


def test_changed_file_is_checked_again(folder):
    _json(str(folder), "--jobs", "1")
    (folder / "nota0.md").write_text("# Nota\n\nDit is nu een gewone zin.\n", encoding="utf-8")
    _, data = _json(str(folder), "--jobs", "1")
    assert not [f for f in data["findings"] if f["path"].endswith("nota0.md") and f["rule"] == "BT101"]


def test_no_cache_and_parallel_jobs_give_the_same_result(folder):
    _, serial = _json(str(folder), "--jobs", "1", "--no-cache")
    _, parallel = _json(str(folder), "--jobs", "2", "--no-cache")
    assert serial == parallel
    assert len([f for f in serial["findings"] if f["rule"] == "BT101"]) == 4


def test_the_result_key_changes_with_the_code(monkeypatch):
    """Results of other code are not reused, also within one version number (an edited checkout)."""
    from beleidstaal import cache
    from beleidstaal.config import Config

    config = Config()
    before = cache.result_key(b"Een zin.", "nota.md", config)
    assert cache.result_key(b"Een zin.", "nota.md", config) == before
    monkeypatch.setattr(cache, "code_version", lambda: "andere-code")
    assert cache.result_key(b"Een zin.", "nota.md", config) != before
