"""Settings: per-glob overrides, ``beleidstaal config PATH``, and a warning (not an error) for unknown keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import check_path
from beleidstaal import config as config_module
from beleidstaal.cli import app
from beleidstaal.config import config_for, glob_match, parse_config
from beleidstaal.errors import ConfigError

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")
runner = CliRunner()

SETTINGS = f"""
lexicons = ["{LEXICON}"]
ignore = ["BT106"]
max-sentence-words = 25

[[overrides]]
files = ["brieven/**"]
max-sentence-words = 12
severity = {{ BT101 = "error" }}

[[overrides]]
files = ["*.concept.md"]
ignore = []
"""
#: a sentence of 16 words: long for letters (12), fine elsewhere (25)
SENTENCE = "Wij sturen u middels deze brief het nieuwe plan voor de wijk en de straat hier."


@pytest.fixture()
def project(tmp_path):
    (tmp_path / ".beleidstaal.toml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "brieven" / "2026").mkdir(parents=True)
    letter = tmp_path / "brieven" / "2026" / "brief.md"
    letter.write_text(SENTENCE + "\n", encoding="utf-8")
    nota = tmp_path / "nota.md"
    nota.write_text(SENTENCE + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("brieven/a.md", "brieven/**", True),
        ("brieven/2026/a.md", "brieven/**", True),
        ("nota/brieven.md", "brieven/**", False),
        ("a.md", "*.md", True),
        ("x/y/a.md", "*.md", True),
        ("x/y/a.txt", "*.md", False),
        ("brieven/a.md", "./brieven/*.md", True),
        ("brieven/2026/a.md", "brieven/*.md", False),
        ("brieven/2026/a.md", "brieven/", True),
        ("a1.md", "a?.md", True),
        ("docs/x/y/z.md", "docs/**/z.md", True),
        ("docs/z.md", "docs/**/z.md", True),
    ],
)
def test_glob_match(path, pattern, expected):
    assert glob_match(path, pattern) is expected


def test_overrides_apply_to_matching_files_only(project):
    letter = config_for(project / "brieven" / "2026" / "brief.md")
    assert letter.max_sentence_words == 12
    assert dict(letter.severity) == {"BT101": "error"}
    assert letter.ignore == ("BT106",) and letter.applied == ("brieven/**",)
    nota = config_for(project / "nota.md")
    assert nota.max_sentence_words == 25 and nota.severity == () and nota.applied == ()
    draft = config_for(project / "x.concept.md")
    assert draft.ignore == () and draft.applied == ("*.concept.md",)


def test_overrides_change_the_findings(project):
    letter = check_path(project / "brieven" / "2026" / "brief.md")
    nota = check_path(project / "nota.md")
    assert any(f.category == "zinslengte" for f in letter.findings)
    assert not any(f.category == "zinslengte" for f in nota.findings)
    assert {f.severity for f in letter.findings if f.rule == "BT101"} == {"error"}
    assert {f.severity for f in nota.findings if f.rule == "BT101"} == {"warning"}


def test_overrides_in_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.beleidstaal]\nmax-sentence-words = 30\n\n'
        '[[tool.beleidstaal.overrides]]\nfiles = ["brieven/**"]\nmax-sentence-words = 15\n',
        encoding="utf-8",
    )
    assert config_for(tmp_path / "brieven" / "a.md").max_sentence_words == 15
    assert config_for(tmp_path / "a.md").max_sentence_words == 30


def test_an_override_needs_files():
    with pytest.raises(ConfigError, match="files"):
        parse_config({"overrides": [{"max-sentence-words": 10}]}, source="x.toml")


def test_unknown_keys_warn_once_and_the_rest_still_applies(capsys, monkeypatch):
    monkeypatch.setattr(config_module, "_warned", set())
    data = {"kleur": "rood", "max-sentence-words": 20, "overrides": [{"files": ["a/**"], "onzin": 1}]}
    config = parse_config(data, source="proef.toml")
    parse_config(data, source="proef.toml")
    assert config.max_sentence_words == 20
    err = capsys.readouterr().err
    assert err.count("onbekende instelling 'kleur'") == 1
    assert err.count("onbekende instelling 'onzin'") == 1
    assert "proef.toml" in err and "max-sentence-words" in err


def test_config_command_shows_the_effective_settings(project):
    letter = project / "brieven" / "2026" / "brief.md"
    result = runner.invoke(app, ["config", str(letter)])
    assert result.exit_code == 0, result.output
    assert ".beleidstaal.toml" in result.output
    assert "brieven/**" in result.output
    assert any(line.split() == ["max-sentence-words", "12"] for line in result.output.splitlines())
    as_json = runner.invoke(app, ["config", str(project / "nota.md"), "--format", "json"])
    data = json.loads(as_json.output)
    assert data["settings"]["max-sentence-words"] == 25 and data["overrides-applied"] == []
    assert data["settings"]["ignore"] == ["BT106"]


def test_config_command_keeps_a_long_path_on_one_line(project):
    deep = project / ("een-map-met-een-heel-lange-naam-" * 4) / "nota.md"
    deep.parent.mkdir()
    deep.write_text("Een korte nota.\n", encoding="utf-8")
    result = runner.invoke(app, ["config", str(deep)], terminal_width=80)
    assert result.exit_code == 0, result.output
    assert f"Instellingen voor: {deep}" in result.output.splitlines()
    assert f"Instellingenbestand: {project / '.beleidstaal.toml'}" in result.output.splitlines()


def test_config_command_with_an_explicit_settings_file(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("elders") / "instellingen.toml"
    other.write_text('[[overrides]]\nfiles = ["**/brief.md"]\nmin-severity = "error"\n', encoding="utf-8")
    letter = project / "brieven" / "2026" / "brief.md"
    data = json.loads(
        runner.invoke(app, ["config", str(letter), "--config", str(other), "-f", "json"]).output
    )
    assert data["config-file"] == str(other)
    assert data["settings"]["min-severity"] == "error"


def test_check_uses_the_overrides_per_file(project):
    result = runner.invoke(app, ["check", str(project), "--format", "json", "--no-cache"])
    data = json.loads(result.output)
    long_in = {Path(f["path"]).name for f in data["findings"] if f["category"] == "zinslengte"}
    assert long_in == {"brief.md"}
