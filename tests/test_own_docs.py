"""The project's own Dutch documentation passes its own linter (as the pre-commit hook runs it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from beleidstaal import check_text
from beleidstaal.cli import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = ["README.md", "docs", "lexicons/README.md"]


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_own_documentation_has_no_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", *DOCS, "--format", "json", "--no-cache"])
    data = json.loads(result.stdout)
    assert data["files"], "no documentation files were checked"
    assert all(f["error"] is None for f in data["files"]), data["files"]
    bad = [f for f in data["findings"] if f["severity"] in ("warning", "error")]
    listing = "\n".join(f"{f['path']}:{f['line']}:{f['column']}: {f['rule']} {f['message']}" for f in bad)
    assert not bad, f"{len(bad)} findings at warning level or higher:\n{listing}"
    assert result.exit_code == 0, result.output[-2000:]


def test_directive_quoted_as_example_is_not_a_directive() -> None:
    # A page that documents the suppression syntax must not switch its own checks off.
    quoted = "Zet alles uit met `<!-- beleidstaal-disable-file -->`.\n\nWij doen dit middels een brief.\n"
    assert any(f.rule == "BT101" for f in check_text(quoted, kind="markdown"))
    fenced = "Voorbeeld:\n\n```\n<!-- beleidstaal-disable -->\n```\n\nWij doen dit middels een brief.\n"
    assert any(f.rule == "BT101" for f in check_text(fenced, kind="markdown"))
    real = "<!-- beleidstaal-disable-file -->\n\nWij doen dit middels een brief.\n"
    assert not check_text(real, kind="markdown")


def test_help_screens_use_dutch_labels() -> None:
    runner = CliRunner()
    top = runner.invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert top.exit_code == 0
    assert "Opdrachten" in top.stdout and "Opties" in top.stdout
    web = runner.invoke(app, ["web", "--help"], env={"COLUMNS": "120"})
    assert "[standaard: 8765]" in web.stdout and "[default" not in web.stdout
    missing = runner.invoke(app, ["explain"], env={"COLUMNS": "120"})
    assert missing.exit_code == 2
    assert "Fout" in missing.output
