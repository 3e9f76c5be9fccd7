"""A typo in a rule code, category, name, severity or output format is an error in every front end, with the
closest valid values, never a silent no-op (issues 20 and 21). The one resolver lives in the rules registry."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from typer.testing import CliRunner

from beleidstaal.cli import app
from beleidstaal.config import Config, parse_config
from beleidstaal.errors import ConfigError
from beleidstaal.rules.registry import check_choice, check_rule_code, check_selectors, closest, did_you_mean

TEXT = "Wij halen het afval op dinsdag op.\n"


def beleidstaal(*args, cwd):
    """The command line in-process (CliRunner keeps stdout and stderr apart), run from ``cwd``."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def flat(text: str) -> str:
    return " ".join(text.split())


# -- the resolver ---------------------------------------------------------------------------------------------


def test_resolver_knows_codes_prefixes_categories_and_names():
    assert check_selectors(["BT101", "BT1", "bt4", "jargon", "lange-zin", "ALL"], "hier") == (
        "BT101", "BT1", "bt4", "jargon", "lange-zin", "ALL",
    )  # fmt: skip
    for typo in ("ambtelijke", "BT999", "jargn", "", "B"):
        with pytest.raises(ConfigError):
            check_selectors([typo], "hier")


def test_resolver_names_the_closest_values():
    assert closest("ambtelijke", ["ambtelijk", "jargon", "vaag"]) == ["ambtelijk"]
    assert did_you_mean("warn", ["info", "warning", "error"]) == " Bedoelde u: warning?"
    assert did_you_mean("xyz", ["info", "warning", "error"]) == ""
    with pytest.raises(ConfigError, match="Bedoelde u: jargon"):
        check_selectors(["jargn"], "bij --select")
    with pytest.raises(ConfigError, match="Bedoelde u: json"):
        check_choice("jsno", ["text", "json"], "Onbekende uitvoervorm", "bij --format")
    with pytest.raises(ConfigError, match="Bestaande codes: BT101"):
        check_rule_code("BT999", "in [lexicon]")


# -- every front end ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "ambtelijke"], "Bedoelde u: ambtelijk"),
        (["--select", "BT999"], "Onbekende regel 'BT999' bij --select"),
        (["--ignore", "jargn"], "Bedoelde u: jargon"),
        (["--min-severity", "warn"], "Bedoelde u: warning"),
        (["--format", "jsno"], "Bedoelde u: json"),
    ],
)
def test_cli_options(args, expected, tmp_path):
    (tmp_path / "nota.md").write_text(TEXT, encoding="utf-8")
    proc = beleidstaal("check", "nota.md", *args, cwd=tmp_path)
    assert proc.returncode == 2 and expected in flat(proc.stderr), proc.stderr
    assert "Geen meldingen" not in proc.stdout


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ('select = ["ambtelijke"]\n', "Bedoelde u: ambtelijk"),
        ('ignore = ["BT999"]\n', "Onbekende regel 'BT999'"),
        ('fail-level = "fout"\n', "Kies uit: info, warning, error"),
        ('[severity]\njargn = "error"\n', "Bedoelde u: jargon"),
        ('[severity]\njargon = "hoog"\n', "Onbekend niveau 'hoog'"),
        ('[[overrides]]\nfiles = ["*.md"]\nignore = ["passiefe"]\n', "Bedoelde u: passief"),
    ],
)
def test_config_file(settings, expected, tmp_path):
    (tmp_path / "nota.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".beleidstaal.toml").write_text(settings, encoding="utf-8")
    proc = beleidstaal("check", "nota.md", cwd=tmp_path)
    assert proc.returncode == 2 and expected in flat(proc.stderr), proc.stderr


def test_organisation_word_list_with_unknown_rule(tmp_path):
    (tmp_path / "nota.md").write_text("Wij zoeken synergie.\n", encoding="utf-8")
    (tmp_path / "eigen.toml").write_text(
        '[lexicon]\ncategory = "jargon"\nrule = "BT999"\n\n[[entry]]\nterm = "synergie"\n'
        'alternatives = ["samenwerking"]\nreason = "Vaag woord."\n',
        encoding="utf-8",
    )
    (tmp_path / ".beleidstaal.toml").write_text('lexicons = ["eigen.toml"]\n', encoding="utf-8")
    proc = beleidstaal("check", "nota.md", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Onbekende regelcode 'BT999'" in flat(proc.stderr) and "eigen.toml" in proc.stderr


def test_lsp_settings():
    from beleidstaal.lsp.settings import merge_settings

    with pytest.raises(ConfigError, match="Bedoelde u: ambtelijk"):
        merge_settings(Config(), {"select": ["ambtelijke"]})
    with pytest.raises(ConfigError, match="Bedoelde u: warning"):
        merge_settings(Config(), {"minSeverity": "warn"})
    assert merge_settings(Config(), {"ignore": ["jargon"]}).ignore == ("jargon",)


def test_config_parser_is_the_shared_gate():
    with pytest.raises(ConfigError, match="Bedoelde u: ambtelijk"):
        parse_config({"select": ["ambtelijke"]}, source="x.toml")


def test_web_api_format():
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from beleidstaal.web import create_app

    with TestClient(create_app(Config())) as client:
        response = client.post("/api/check", json={"text": TEXT, "format": "markdwn"})
    assert response.status_code == 400
    assert "Bedoelde u: markdown?" in response.json()["error"]


def test_batch_select(tmp_path):
    pytest.importorskip("dask")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nota.md").write_text(TEXT, encoding="utf-8")
    proc = beleidstaal("batch", "docs", "--output", "uit", "--select", "ambtelijke", cwd=tmp_path)
    assert proc.returncode == 2 and "Bedoelde u: ambtelijk" in flat(proc.stderr), proc.stderr
    assert not (tmp_path / "uit").exists()


def test_valid_selectors_still_select(tmp_path):
    (tmp_path / "nota.md").write_text("Wij informeren u middels deze brief.\n", encoding="utf-8")
    proc = beleidstaal("check", "nota.md", "--select", "ambtelijk", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert {f["rule"] for f in json.loads(proc.stdout)["findings"]} == {"BT101"}


def test_unknown_setting_warns_with_the_closest_name(tmp_path):
    (tmp_path / "nota.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".beleidstaal.toml").write_text('selct = ["jargon"]\n', encoding="utf-8")
    proc = beleidstaal("config", "nota.md", cwd=tmp_path)
    assert proc.returncode == 0 and "onbekende instelling 'selct'" in flat(proc.stderr)
    assert "Bedoelde u: select?" in flat(proc.stderr)


def test_word_list_category_and_severity_name_the_closest_value():
    from beleidstaal.lexicon import parse_lexicon

    with pytest.raises(ConfigError, match="Bedoelde u: jargon"):
        parse_lexicon({"lexicon": {"category": "jargn"}}, "eigen.toml")
    entry = {"term": "synergie", "alternatives": ["samenwerking"], "reason": "Vaag.", "severity": "warn"}
    with pytest.raises(ConfigError, match="Bedoelde u: warning"):
        parse_lexicon({"lexicon": {"category": "jargon"}, "entry": [entry]}, "eigen.toml")
