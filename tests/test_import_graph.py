"""The house: no import cycles, and no import from a lower floor to a higher one.

The floors, lowest first: the base (errors, findings, settings, word lists, the Document, the model), reading and
NLP, the language floor, the figures and the result, the rules, the filters, the core, the outputs, and the front
ends (cli, lsp, web, batch). A module may import from its own floor and the floors below. This counts every import,
also one inside a function (a lazy import is still a dependency); a cycle counts only imports that run when a module
is imported.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "beleidstaal"

#: the floors, lowest first; a name is the first part after ``beleidstaal.`` ("" is the package face itself, which
#: only gives ``__version__`` and names it imports on first use)
FLOORS = [
    (
        "",
        "errors",
        "findings",
        "limits",
        "numbers",
        "fileio",
        "config",
        "lexicon",
        "lexicon_entry",
        "document",
        "lemma_index",
        "model",
        "sentence_starts",
        "lazy_tokenizer",
    ),
    ("readers", "nlp", "index", "discovery"),
    ("language",),
    ("stats", "summary", "result"),
    ("rules",),
    ("filters",),
    ("core", "cache", "fix"),
    ("outputs",),
    ("cli", "lsp", "web", "batch", "__main__"),
]

#: imports that go up a floor on purpose, with the reason
ALLOWED_UP = {
    # a rule code, category or name in the settings or an organisation's word list is checked against the rules
    # when the file is read, so that a typo is a Dutch error with the closest valid codes (issue 20)
    ("beleidstaal.config", "beleidstaal.rules.registry"),
    ("beleidstaal.lexicon", "beleidstaal.rules.registry"),
    # the tagger backstop (task tagger21) corrects the model's word classes once, right after parsing, so that every
    # reader of a parsed paragraph (word lists, detectors, figures, the cache) sees the same tags; it needs the
    # morphology layer's dictionary
    ("beleidstaal.nlp", "beleidstaal.language.morph_tags"),
}

#: the contracts named in issue 20: (from, to) prefixes that must never import each other in that direction
FORBIDDEN = [
    ("beleidstaal.core", "beleidstaal.outputs"),
    ("beleidstaal.rules", "beleidstaal.filters"),
    ("beleidstaal.language", "beleidstaal.rules"),
    ("beleidstaal.outputs", "beleidstaal.core"),
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "models" not in p.relative_to(PACKAGE).parts}


@functools.cache  # each module is parsed once (_tree) and walked once for all the tests below
def _imports(path: Path, *, at_import_time: bool) -> frozenset[str]:
    """The package modules this file imports (not under ``if TYPE_CHECKING``; with ``at_import_time`` also not
    inside a function)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def known(target: str) -> str | None:
        while target and target not in MODULES:
            target = target.rsplit(".", 1)[0] if "." in target else ""
        return target or None

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, (ast.Import, ast.ImportFrom)) and not (at_import_time and in_function):
                if isinstance(child, ast.Import):
                    targets = [a.name for a in child.names]
                else:
                    if child.level:
                        base = package.split(".")[: len(package.split(".")) - child.level + 1]
                        module = ".".join(base + ([child.module] if child.module else []))
                    else:
                        module = child.module or ""
                    targets = [
                        f"{module}.{a.name}" if f"{module}.{a.name}" in MODULES else module
                        for a in child.names
                    ]
                for target in targets:
                    resolved = known(target)
                    if resolved and resolved != name:
                        found.add(resolved)
            visit(child, inner)

    visit(_tree(path), False)
    return frozenset(found)


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _floor(module: str) -> int:
    part = module.split(".")[1] if "." in module else ""
    for i, names in enumerate(FLOORS):
        if part in names:
            return i
    raise AssertionError(f"{module} has no floor in tests/test_import_graph.py: add it to FLOORS")


def test_every_module_has_a_floor():
    for module in MODULES:
        _floor(module)


def test_no_import_cycles():
    graph = {m: _imports(p, at_import_time=True) for m, p in MODULES.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def strong(v: str) -> None:  # Tarjan's strongly connected components
        order[v] = low[v] = len(order)
        stack.append(v)
        for w in graph[v]:
            if w not in order:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in order:
            strong(v)
    assert not cycles, f"import cycles: {cycles}"


def test_no_import_from_a_lower_floor_to_a_higher_one():
    wrong = []
    for module, path in MODULES.items():
        for target in _imports(path, at_import_time=False):
            if _floor(target) > _floor(module) and (module, target) not in ALLOWED_UP:
                wrong.append(f"{module} (floor {_floor(module)}) imports {target} (floor {_floor(target)})")
    assert not wrong, "\n".join(sorted(wrong))


def test_the_contracts_of_issue_20():
    wrong = []
    for module, path in MODULES.items():
        for target in _imports(path, at_import_time=False):
            for low, high in FORBIDDEN:
                if module.startswith(low) and target.startswith(high):
                    wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(sorted(wrong))


def test_the_graph_sees_lazy_and_relative_imports():
    sample = PACKAGE / "language" / "words.py"
    imports = _imports(sample, at_import_time=False)
    assert all(_floor(t) <= _floor("beleidstaal.language.words") for t in imports)
    assert "beleidstaal.core" in _imports(PACKAGE / "cli" / "check.py", at_import_time=False)
    assert "beleidstaal.core" not in _imports(PACKAGE / "cli" / "check.py", at_import_time=True)
