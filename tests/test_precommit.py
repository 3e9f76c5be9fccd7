"""The pre-commit snippet of README.md works as written (issue 21): the test copies it into a fresh document
repository, points ``repo:`` at a local clone of this project, and runs ``pre-commit run --all-files``. It blocks
a text with *middels* and lets plain text pass. While the clone has no tag for ``rev:``, the test pins to a commit,
as the README says. The first run builds the hook's environment (package index needed; about two minutes here)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

pytestmark = [
    pytest.mark.git,
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("git") is None, reason="git ontbreekt: de pre-commit-test heeft git nodig"
    ),
]

PLAIN = "# Afval\n\nWe halen het afval op dinsdag op. Zet de container voor acht uur aan de straat.\n"
STIFF = "# Afval\n\nMiddels deze brief laten wij u weten dat wij het afval ophalen, teneinde de straat schoon te houden.\n"
ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
       "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip


def readme_section(root) -> str:
    readme = (root / "README.md").read_text(encoding="utf-8")
    return readme.split("## pre-commit", 1)[1].split("\n## ", 1)[0]


def readme_snippet(root) -> str:
    return re.findall(r"```yaml\n(.*?)```", readme_section(root), re.S)[0]


def test_readme_says_how_to_pin_and_what_the_first_run_needs(root):
    section = " ".join(readme_section(root).split())
    assert "git ls-remote" in section  # how to pin to a commit while there is no tag
    assert "pakketbron" in section and "minuten" in section  # the first run needs the package index
    assert "zonder internet" in section and "repo: local" in section  # and how to work offline afterwards


def git(*args, cwd, env):
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def docs_repo(tmp_path_factory, root):
    """A document repository with the README's snippet, pointed at a local clone of this project."""
    env = {**os.environ, **ENV, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}
    clone = tmp_path_factory.mktemp("bron") / "beleidstaal"
    git("clone", "--quiet", "--no-local", str(root), str(clone), cwd=root, env=env)
    snippet = readme_snippet(root)
    rev = re.search(r"^\s*rev:\s*(\S+)", snippet, re.M).group(1)
    tags = git("tag", "--list", rev, cwd=clone, env=env).split()
    if rev not in tags:  # no published version yet: pin to a commit, as the README says
        assert "git ls-remote" in readme_section(root), "README: say how to pin to a commit"
        commit = git("rev-parse", "HEAD", cwd=clone, env=env).strip()
        snippet = re.sub(r"^(\s*rev:\s*)\S+", lambda m: m.group(1) + commit, snippet, count=1, flags=re.M)
    snippet = re.sub(r"^(\s*- repo:\s*)\S+", lambda m: m.group(1) + str(clone), snippet, count=1, flags=re.M)
    repo = tmp_path_factory.mktemp("documenten")
    git("init", "-q", cwd=repo, env=env)
    (repo / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")
    return repo, env


def pre_commit_run(repo, env, text):
    (repo / "nota.md").write_text(text, encoding="utf-8")
    git("add", "-A", cwd=repo, env=env)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=1500,
    )  # fmt: skip


def test_readme_snippet_blocks_officialese(docs_repo):
    repo, env = docs_repo
    proc = pre_commit_run(repo, env, STIFF)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Failed" in out and "BT101" in out
    assert "middels" in out.lower() and "teneinde" in out.lower()


def test_readme_snippet_passes_plain_text(docs_repo):
    repo, env = docs_repo
    proc = pre_commit_run(repo, env, PLAIN)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_the_hook_keeps_to_the_settings_exclude(docs_repo):
    """pre-commit names every file; the hook passes --force-exclude, so ``exclude`` holds there as in a check of a
    folder: a stiff draft under an excluded folder does not block the commit."""
    repo, env = docs_repo
    (repo / "concepten").mkdir(exist_ok=True)
    (repo / "concepten" / "schets.md").write_text(STIFF, encoding="utf-8")
    (repo / ".beleidstaal.toml").write_text('exclude = ["concepten/"]\n', encoding="utf-8")
    try:
        proc = pre_commit_run(repo, env, PLAIN)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    finally:  # the module's other tests share this repository
        (repo / ".beleidstaal.toml").unlink()
        (repo / "concepten" / "schets.md").unlink()
        git("add", "-A", cwd=repo, env=env)
