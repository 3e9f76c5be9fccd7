"""Shared fixtures: paths, and a config that uses the core's own small test word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidstaal.config import Config

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    """The quick inner loop (``-m "not slow"``): see tests/quick_loop.py."""
    import quick_loop

    quick_loop.QUICK = "not slow" in (config.option.markexpr or "")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never touch the user's own result cache."""
    import os

    os.environ["BELEIDSTAAL_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def kern_config() -> Config:
    """Only the core's test word list plus the grammar rules: stable whatever the big lists hold."""
    return Config(lexicons=(str(ROOT / "tests" / "data" / "kern_lexicon.toml"),), builtin_lexicons=False)
