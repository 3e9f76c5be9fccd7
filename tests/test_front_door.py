"""What a new user meets first tells the truth (issue 21, "Why" items 4 and 5): the rule table fits 80 columns,
severities in Dutch, --version, the model hint only for names, summaries count only what was read, diagnostics on
standard error, each suggestion once per line."""

from __future__ import annotations

import os
import subprocess
import sys

from beleidstaal import __version__


def beleidstaal(*args, cwd=None, columns=80):
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run(
        [sys.executable, "-m", "beleidstaal", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def test_rules_table_fits_80_columns_in_dutch():
    proc = beleidstaal("rules")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not [line for line in lines if "…" in line or line.rstrip().endswith(":")]
    row = next(line for line in lines if line.lstrip().startswith("BT101"))
    assert "ambtelijke-taal" in row and "let op" in row and "warning" not in proc.stdout
    assert any("BT701" in line and "tip" in line for line in lines)


def test_explain_names_the_severity_in_dutch():
    proc = beleidstaal("explain", "BT401")
    assert proc.returncode == 0 and "niveau: tip" in proc.stdout and "info" not in proc.stdout.split("\n")[0]


def test_version():
    proc = beleidstaal("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"beleidstaal {__version__}"


def test_model_hint_only_for_names(tmp_path):
    (tmp_path / "nota.md").write_text("Wij halen het afval op.\n", encoding="utf-8")
    folder = beleidstaal("check", "nota.md", "--model", "./map/", cwd=tmp_path)
    assert folder.returncode == 2 and "spacy download" not in folder.stderr and "De map" in folder.stderr
    name = beleidstaal("check", "nota.md", "--model", "nl_bestaat_niet", cwd=tmp_path)
    assert name.returncode == 2 and "python -m spacy download nl_bestaat_niet" in " ".join(
        name.stderr.split()
    )
