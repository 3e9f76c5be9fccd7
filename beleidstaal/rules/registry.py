"""The rule registry. A Rule is the one source of its facts: code, Dutch name, category, severity, scope, style
(Dutch label and colour, from its category), a one-line summary for the rule tables, and its documentation in the
four parts of ``beleidstaal explain``: *Wat het doet*, *Waarom is dit lastig voor de lezer?*, *Voorbeeld*, *Beter*.

Rule modules register themselves with ``register``. ``all_rules`` imports every family in ``FAMILIES`` once; a
module that is missing is an import error, never a rule that silently disappears.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..findings import SEVERITIES, STYLES, Finding, Style

if TYPE_CHECKING:
    from ..config import Config
    from ..nlp import Analysis

#: the rule family modules (every one must exist)
FAMILIES = (
    "lexicon",
    "sentence_length",
    "nominalisation",
    "passive",
    "tang",
    "readability",
    "quotation",
    "copy",
    "stray",
)

#: what a rule looks at: one sentence, one paragraph, or the whole document (the editor re-checks the last kind
#: over the whole text when the user stops typing)
SCOPES = ("sentence", "paragraph", "document")


@dataclass
class RuleContext:
    """What a rule gets besides the analysis: the configuration and shared, lazily built resources."""

    config: Config
    resources: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rule:
    code: str
    name: str
    category: str
    severity: str
    title: str
    what: str
    why: str
    bad: list[str]
    good: list[str]
    #: one line for the rule tables (README, docs/regels.md), in Dutch
    summary: str = ""
    scope: str = "sentence"
    check: Callable[[Analysis, RuleContext], Iterable[Finding]] | None = None
    #: rules that run only when asked for (e.g. kopie needs a reference collection)
    opt_in: bool = False
    #: extra lines for ``explain`` (e.g. the size of a word list)
    extra: Callable[[], str] | None = None

    def __post_init__(self) -> None:
        if self.category not in STYLES:
            raise ValueError(f"unknown category {self.category!r} for {self.code}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r} for {self.code}")
        if self.scope not in SCOPES:
            raise ValueError(f"unknown scope {self.scope!r} for {self.code}")
        if not self.summary:
            raise ValueError(f"no summary for {self.code}")

    @property
    def style(self) -> Style:
        return STYLES[self.category]

    def finding(self, start: int, end: int, message: str, **kwargs: Any) -> Finding:
        kwargs.setdefault("severity", self.severity)
        return Finding(
            rule=self.code,
            name=self.name,
            category=self.category,
            message=message,
            start=start,
            end=end,
            **kwargs,
        )


def one_pass(compute: Callable[[Analysis, RuleContext], Iterable[Finding]]):
    """For a family whose rules come from one shared pass: ``compute`` runs once per analysis, and
    ``check_for(code)`` is the check of one rule, picking its own findings from that pass."""
    key = f"one_pass:{compute.__module__}.{compute.__qualname__}"

    def findings(analysis: Analysis, ctx: RuleContext) -> list[Finding]:
        cached = ctx.resources.get(key)
        if cached is None or cached[0] is not analysis:
            cached = ctx.resources[key] = (analysis, list(compute(analysis, ctx)))
        return cached[1]

    def check_for(code: str):
        def check(analysis: Analysis, ctx: RuleContext) -> list[Finding]:
            return [f for f in findings(analysis, ctx) if f.rule == code]

        return check

    check_for.findings = findings
    return check_for


REGISTRY: dict[str, Rule] = {}
_loaded = False


def register(rule: Rule) -> Rule:
    if rule.code in REGISTRY and REGISTRY[rule.code] is not rule:
        raise ValueError(f"rule code {rule.code} registered twice")
    REGISTRY[rule.code] = rule
    return rule


def all_rules() -> list[Rule]:
    global _loaded
    if not _loaded:
        for family in FAMILIES:
            importlib.import_module(f"{__package__}.{family}")
        _loaded = True
    return sorted(REGISTRY.values(), key=lambda r: r.code)


def get_rule(code: str) -> Rule | None:
    all_rules()
    code = code.strip()
    for rule in REGISTRY.values():
        if code.upper() == rule.code or code.lower() == rule.name:
            return rule
    return None
