"""The pre-commit hook as a document repository uses it: the real `pre-commit try-repo` against this checkout."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def _repo(tmp_path, text):
    repo = tmp_path / "docs"
    repo.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "nota.md").write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "nota.md"], cwd=repo, check=True, env=env)
    return repo, env


def _try_repo(root, repo, env, home):
    env = {**env, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(root), "beleidstaal", "--files", "nota.md"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=1500,
    )  # fmt: skip


def test_hook_fails_on_officialese(tmp_path, root, pre_commit_home):
    repo, env = _repo(tmp_path, STIFF)
    proc = _try_repo(root, repo, env, pre_commit_home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Failed" in out
    assert "middels" in out.lower() and "teneinde" in out.lower()


def test_hook_passes_on_plain_text(tmp_path, root, pre_commit_home):
    repo, env = _repo(tmp_path, PLAIN)
    proc = _try_repo(root, repo, env, pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout
