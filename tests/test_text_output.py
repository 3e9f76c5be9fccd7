"""The text output of one document: a summary that fits one screen above the findings, and a repeated finding
listed once with its count (issue #19)."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from beleidstaal.cli import app

FINDING = re.compile(r"^(?P<path>\S+):(?P<line>\d+):(?P<col>\d+): (?P<rule>BT\d+) ")


def test_example_nota_summary_fits_one_screen_above_the_findings(root, tmp_path, monkeypatch):
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    nota = root / "voorbeelden" / "beleidsnota.md"
    result = CliRunner().invoke(app, ["check", "--no-cache", str(nota)])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == str(nota)
    first_finding = next(i for i, line in enumerate(lines) if FINDING.match(line))
    summary = lines[1:first_finding]
    assert len(summary) <= 12  # with the file name: well within one screen of 24 lines
    assert re.match(r"  Taalniveau (A2|B1|B2|C1) · \d+ woorden · \d+ meldingen \(\d+ let op", summary[0])
    assert summary[1].startswith("  Per soort: jargon ")
    assert summary[2] == "  Eerst verbeteren"
    priorities = [line for line in summary if re.match(r"  \d\. ", line)]
    assert [p[2] for p in priorities] == ["1", "2", "3", "4", "5"]
    assert all(" — regel " in p and " → " in p for p in priorities)
    assert summary[-1] == ""

    findings = [line for line in lines[first_finding:] if FINDING.match(line)]
    # 'wijze' occurs three times in the nota: one line, with the count and the other lines
    wijze = [line for line in findings if "'wijze'" in line]
    assert len(wijze) == 1 and "(3 keer; ook op regel 24)" in wijze[0]
    # the nota's title (line 6) has no finding
    assert not [line for line in findings if FINDING.match(line)["line"] == "6"]
    # the closing count still counts every occurrence
    total = int(re.search(r"^(\d+) meldingen in 1 bestand", result.output, re.M).group(1))
    assert total > len(findings)


def test_a_finding_without_a_replacement_shows_its_advice(tmp_path, monkeypatch):
    # the advice that depends on the sentence (a need is met: 'voldoen aan') is what the writer needs on the line
    monkeypatch.setenv("BELEIDSTAAL_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    draft = tmp_path / "plan.md"
    draft.write_text(
        "Het nieuwe plan voorziet in de behoefte aan woningen voor starters.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["check", "--no-cache", str(draft)])
    [line] = [line for line in result.output.splitlines() if FINDING.match(line) and " BT101 " in line]
    assert line.endswith("— Kies wat hier past, bijvoorbeeld 'voldoen aan' of 'inspelen op'.")
