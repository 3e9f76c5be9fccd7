"""``exclude``: files and folders that a check of a folder skips (settings and ``--exclude``), as in ruff: a file
named on its own is still checked, unless ``--force-exclude`` (what a pre-commit hook passes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app
from beleidstaal.config import Config, config_for, parse_config
from beleidstaal.errors import ConfigError

runner = CliRunner()

#: one stiff word per file, so every checked file has exactly one finding
TEXT = "Wij beantwoorden uw vraag middels een brief.\n"


@pytest.fixture()
def project(tmp_path):
    (tmp_path / ".beleidstaal.toml").write_text('exclude = ["concepten/", "*.oud.md"]\n', encoding="utf-8")
    for name in (
        "nota.md",
        "concepten/schets.md",
        "archief/plan.oud.md",
        "archief/plan.md",
        "x/concepten/y.md",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    return tmp_path


def checked(args: list[str]) -> tuple[int, list[str], str]:
    result = runner.invoke(app, ["check", *args, "--format", "json", "--no-cache"])
    files = json.loads(result.stdout)["files"] if result.stdout.strip().startswith("{") else []
    return result.exit_code, sorted(Path(f["path"]).as_posix() for f in files), result.stderr


def test_settings_exclude_skips_folders_and_name_globs_in_a_folder_check(project, monkeypatch):
    monkeypatch.chdir(project)
    code, files, _ = checked(["."])
    assert files == ["archief/plan.md", "nota.md"]
    assert code == 1  # the two files checked still have their finding


def test_a_file_named_on_its_own_is_checked_unless_force_exclude(project, monkeypatch):
    monkeypatch.chdir(project)
    assert checked(["concepten/schets.md"])[1] == ["concepten/schets.md"]
    code, files, stderr = checked(["concepten/schets.md", "nota.md", "--force-exclude"])
    assert (code, files) == (1, ["nota.md"])
    code, files, stderr = checked(["concepten/schets.md", "--force-exclude"])
    assert (code, files) == (0, [])
    assert "Niets gecontroleerd" in stderr


def test_exclude_option_adds_globs_relative_to_the_current_folder(project, monkeypatch):
    monkeypatch.chdir(project)
    assert checked([".", "--exclude", "archief"])[1] == ["nota.md"]
    code, files, _ = checked([".", "--exclude", "nota.md", "--exclude", "archief/*.md"])
    assert (code, files) == (2, ["."])  # nothing left: the folder itself is reported


def test_a_folder_whose_files_are_all_excluded_is_an_error_not_silence(project, monkeypatch):
    monkeypatch.chdir(project)
    code, files, stderr = checked(["concepten", "nota.md"])
    assert code == 2
    assert files == ["concepten", "nota.md"]  # the folder with its error, the other file still checked
    result = runner.invoke(app, ["check", "concepten", "--no-cache"])
    assert result.exit_code == 2
    assert "vallen onder 'exclude'" in result.output


def test_an_empty_pattern_is_a_dutch_error():
    with pytest.raises(ConfigError, match="leeg patroon"):
        parse_config({"exclude": ["docs/", " "]})
    result = runner.invoke(app, ["check", ".", "--exclude", " "])
    assert result.exit_code == 2
    assert "Bij --exclude hoort een patroon" in result.output


def test_excludes_reads_globs_relative_to_the_settings_folder(project):
    config = config_for(project / "nota.md")
    assert config.exclude == ("concepten/", "*.oud.md")
    assert config.excludes(project / "concepten" / "schets.md")
    assert config.excludes(project / "x" / "concepten" / "y.md")  # a glob without '/' holds in any folder
    assert config.excludes(project / "archief" / "plan.oud.md")
    assert not config.excludes(project / "archief" / "plan.md")
    assert not config.excludes(project / "nota.md")
    assert not Config().excludes("concepten/schets.md")
    rooted = Config(exclude=("archief/*.md",), root=str(project))
    assert rooted.excludes(project / "archief" / "plan.md")
    assert not rooted.excludes(project / "x" / "archief" / "plan.md")  # a glob with '/' starts at the root


def test_stats_skips_what_exclude_names_as_check_does(project, monkeypatch):
    monkeypatch.chdir(project)

    def measured(*args: str) -> list[str]:
        result = runner.invoke(app, ["stats", *args, "--format", "json", "--no-paragraphs"])
        assert result.exit_code == 0, result.output
        return sorted(Path(f["path"]).as_posix() for f in json.loads(result.stdout)["files"])

    assert measured(".") == ["archief/plan.md", "nota.md"]
    assert measured(".", "--exclude", "archief") == ["nota.md"]
    assert measured("concepten/schets.md", "nota.md") == ["concepten/schets.md", "nota.md"]
    assert measured("concepten/schets.md", "nota.md", "--force-exclude") == ["nota.md"]
