"""The rule is the one source of its facts: the README rule table and docs/regels.md are generated from the
registry (python -m beleidstaal.rules.catalogue) and must be up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidstaal.rules import catalogue
from beleidstaal.rules.registry import SCOPES, all_rules

ROOT = Path(__file__).resolve().parent.parent


def test_readme_rule_table_is_generated():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert catalogue.with_readme_table(readme) == readme, "python -m beleidstaal.rules.catalogue"


def test_rules_page_is_generated():
    page = (ROOT / "docs" / "regels.md").read_text(encoding="utf-8")
    assert page == catalogue.rules_page(), "python -m beleidstaal.rules.catalogue"


def test_every_rule_is_in_both():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    page = (ROOT / "docs" / "regels.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| {rule.code} |" in readme
        assert f"## {rule.code} {rule.name}:" in page


def test_check_reports_a_stale_page(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text(
        f"# Test\n\n{catalogue.BEGIN}\n| oud |\n{catalogue.END}\n", encoding="utf-8"
    )
    assert catalogue.main(["--check"], root=tmp_path) == 1
    assert "Niet bijgewerkt" in capsys.readouterr().out
    assert catalogue.main([], root=tmp_path) == 0
    assert catalogue.main(["--check"], root=tmp_path) == 0
    assert "| BT303 | passief | let op |" in (tmp_path / "README.md").read_text(encoding="utf-8")


def test_readme_without_markers_is_an_error():
    with pytest.raises(ValueError, match="markers"):
        catalogue.with_readme_table("# Geen tabel\n")


def test_every_rule_has_its_facts():
    for rule in all_rules():
        assert (
            rule.scope in SCOPES and rule.summary and rule.style.label and rule.style.colour.startswith("#")
        )
