"""What a new user meets first tells the truth (issue 21, "Why" items 4 and 5): the rule table fits 80 columns,
severities in Dutch, --version, the model hint only for names, summaries count only what was read, diagnostics on
standard error, each suggestion once per line."""

from __future__ import annotations

import os
import subprocess

from typer.testing import CliRunner

from beleidstaal import __version__
from beleidstaal.cli import app


def beleidstaal(*args, cwd=None, columns=80):
    """The command line in-process (CliRunner keeps stdout and stderr apart), ``columns`` wide, run from ``cwd``."""
    old = os.getcwd()
    os.chdir(cwd or old)
    try:
        result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def test_rules_table_fits_80_columns_in_dutch():
    proc = beleidstaal("rules")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not [line for line in lines if "…" in line or line.rstrip().endswith(":")]
    row = next(line for line in lines if line.lstrip().startswith("BT303"))
    assert "veel-lijdende-vorm" in row and "let op" in row and "warning" not in proc.stdout
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


def test_summary_counts_only_what_was_read_and_errors_go_to_stderr(tmp_path):
    (tmp_path / "goed.md").write_text("Wij halen het afval op.\n", encoding="utf-8")
    missing = beleidstaal("check", "weg.md", cwd=tmp_path)
    assert missing.returncode == 2
    assert "Geen meldingen" not in missing.stdout and "1 bestand" not in missing.stdout
    assert "weg.md" in missing.stderr and "weg.md" not in missing.stdout
    both = beleidstaal("check", "goed.md", "weg.md", cwd=tmp_path)
    assert both.returncode == 2
    assert "Geen meldingen in 1 bestand." in both.stdout and "weg.md" not in both.stdout
    assert "1 bestand kon niet worden gecontroleerd" in both.stderr


def test_each_suggestion_once_per_line(root):
    proc = beleidstaal("check", "--no-cache", str(root / "voorbeelden" / "beleidsnota.md"), columns=400)
    lines = [line for line in proc.stdout.splitlines() if ": BT" in line]
    assert len(lines) > 20
    for line in lines:
        head, _, tail = line.rpartition(" — ")
        if not head:
            continue
        twice = [s for s in tail.split(" / ") if f"'{s.lower()}'" in head.lower()]
        assert not twice, line


def test_stats_writes_numbers_the_dutch_way_and_fits_80_columns(root):
    import re

    proc = beleidstaal("stats", str(root / "voorbeelden" / "beleidsnota.md"))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"Gemiddelde zinslengte\W+\d+,\d\b", proc.stdout), proc.stdout
    assert not re.search(r"\b\d+\.\d+\b", proc.stdout.replace("beleidsnota.md", "")), proc.stdout
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if "Regel" in line and "Begin" in line)
    assert all(col in header for col in ("Woorden", "Zinslengte", "Douma", "Moeilijk", "Niveau")), header


def test_dutch_numbers():
    from beleidstaal.numbers import decimal, dutch_number

    assert (
        dutch_number(1234) == "1.234" and dutch_number(1234.56, 1) == "1.234,6" and decimal(15.24) == "15,2"
    )
