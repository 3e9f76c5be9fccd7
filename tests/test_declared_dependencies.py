"""Declared dependencies = imported dependencies: every third-party module the package imports belongs to a
distribution named in pyproject.toml (core or an extra), and every declared core dependency is imported."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "beleidstaal"
# declared for what they bring, not imported by name: model data that spaCy reads, a marker for old Pythons
NOT_IMPORTED = {"spacy-lookups-data", "tomli"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for reqs in project["optional-dependencies"].values() for r in reqs}
    return core, extras - {"beleidstaal"}


def _imported_modules() -> set[str]:
    modules: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in sys.stdlib_module_names and m != "beleidstaal"}


def _distributions(module: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in packages_distributions().get(module, [])}


def test_every_imported_module_is_declared():
    core, extras = _declared()
    undeclared = {
        m: _distributions(m)
        for m in _imported_modules()
        if not (_distributions(m) | {m})
        & (core | extras)  # {m}: a module of an old Python's backport (tomli)
    }
    assert undeclared == {}


def test_every_core_dependency_is_imported():
    core, _ = _declared()
    imported = set().union(*(_distributions(m) for m in _imported_modules()))
    assert core - imported - NOT_IMPORTED == set()
