"""The README stays true: CI runs its test command, it lists every rule, and its sample output and options table
are what the program prints (python -m beleidstaal.cli.readme writes them)."""

from __future__ import annotations

import re

import pytest

from beleidstaal.rules.registry import all_rules


def _sh_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, re.S)]


def test_ci_runs_exactly_the_readme_test_command(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Snel beginnen", 1)[1].split("\n## ", 1)[0]
    blocks = _sh_blocks(setup)
    install_and_run = next(b for b in blocks if "beleidstaal check" in b)
    tests = next(b for b in blocks if "pytest" in b)
    assert (
        "git clone" in blocks[0] and "venv" in blocks[0]
    )  # a true start: clone, venv, then the two commands
    assert "beleidstaal check voorbeelden/beleidsnota.md" in install_and_run
    assert "pytest" in tests
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_readme_lists_every_rule(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in all_rules() if f"| {r.code} |" not in readme]
    assert not missing, f"README mist deze regels: {missing}"


@pytest.mark.slow  # heavy (a process, the whole model or a browser); not in the quick loop
def test_sample_output_and_options_table_are_generated(root):
    from beleidstaal.cli import readme as generated

    text = (root / "README.md").read_text(encoding="utf-8")
    assert generated.with_generated_parts(text) == text, "python -m beleidstaal.cli.readme"


def test_options_table_is_complete(root):
    import typer

    from beleidstaal.cli import app

    text = (root / "README.md").read_text(encoding="utf-8")
    check = typer.main.get_command(app).commands["check"]
    options = [o for p in check.params if p.param_type_name == "option" for o in p.opts if o.startswith("--")]
    assert {"--exit-zero", "--no-cache", "--jobs", "--stdin-filename", "--reference"} <= set(options)
    missing = [o for o in options if f"`{o}`" not in text.split("<!-- opties:begin -->")[1]]
    assert not missing, missing


def test_readme_says_how_it_is_used(root):
    text = (root / "README.md").read_text(encoding="utf-8")
    for needed in ("beleidstaal --version", "`.odt`", "--no-cache", "BELEIDSTAAL_CACHE_DIR", "`null`"):
        assert needed in text, needed


def test_hooks_take_every_file_kind_the_readers_take(root):
    from beleidstaal.readers import SUFFIXES

    hooks = (root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    patterns = re.findall(r"^\s*files: (\S+)$", hooks + "\n" + readme, re.M)
    assert len(patterns) >= 3
    for pattern in patterns:
        assert all(re.search(pattern, f"nota{suffix}") for suffix in SUFFIXES), pattern


def test_sample_output_refuses_a_check_that_printed_nothing(monkeypatch):
    """Exit code 1 means 'findings' to the check, but also 'python could not start it' (no module): an empty sample
    must stop the generator, not be written into the README."""
    import subprocess

    from beleidstaal.cli import readme as generated

    def failed(*args, **kwargs):
        return subprocess.CompletedProcess(args, 1, stdout="", stderr="No module named beleidstaal")

    monkeypatch.setattr(generated.subprocess, "run", failed)
    with pytest.raises(RuntimeError, match="No module named beleidstaal"):
        generated.sample_output()
