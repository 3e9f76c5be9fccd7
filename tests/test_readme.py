"""The README stays true: CI runs its test command, and it lists every rule."""

from __future__ import annotations

import re

from beleidstaal.rules.registry import all_rules


def _sh_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_ci_runs_exactly_the_readme_test_command(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Snel beginnen", 1)[1].split("\n## ", 1)[0]
    install_and_run, tests = _sh_blocks(setup)[:2]
    assert "beleidstaal check voorbeelden/beleidsnota.md" in install_and_run
    assert "pytest" in tests
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_readme_lists_every_rule(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in all_rules() if f"| {r.code} |" not in readme]
    assert not missing, f"README mist deze regels: {missing}"
