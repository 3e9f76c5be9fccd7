"""Shared fixtures and settings: paths, a config that uses the core's own small test word list, a cache folder of
the run, and the quick inner loop."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from beleidstaal.config import Config

ROOT = Path(__file__).resolve().parents[1]
_CACHE = pytest.StashKey[tuple]()


def pytest_configure(config):
    """Before the test modules are imported (some build word lists and the frequency table while they are
    collected): the quick inner loop (``-m "not slow"``, see tests/quick_loop.py), and a cache folder of this run
    only, so that tests never touch the user's own caches and what collection builds is there for the tests."""
    import quick_loop

    quick_loop.QUICK = "not slow" in (config.option.markexpr or "")
    config.stash[_CACHE] = (
        os.environ.get("BELEIDSTAAL_CACHE_DIR"),
        tempfile.mkdtemp(prefix="beleidstaal-tests-"),
    )
    os.environ["BELEIDSTAAL_CACHE_DIR"] = config.stash[_CACHE][1]


def pytest_unconfigure(config):
    before, folder = config.stash[_CACHE]
    if before is None:
        os.environ.pop("BELEIDSTAAL_CACHE_DIR", None)
    else:
        os.environ["BELEIDSTAAL_CACHE_DIR"] = before
    shutil.rmtree(folder, ignore_errors=True)


SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def kern_config() -> Config:
    """Only the core's test word list plus the grammar rules: stable whatever the big lists hold."""
    return Config(lexicons=(str(ROOT / "tests" / "data" / "kern_lexicon.toml"),), builtin_lexicons=False)
