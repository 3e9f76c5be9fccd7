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

from ..findings import CATEGORIES, SEVERITIES, STYLES, Finding, Hit, Style

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
    "foreign",
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
    check: Callable[[Analysis, RuleContext], Iterable[Hit]] | None = None
    #: rules that run only when asked for (e.g. kopie needs a reference collection)
    opt_in: bool = False
    #: extra lines for ``explain`` (e.g. the size of a word list)
    extra: Callable[[], str] | None = None
    #: True for a rule about headings; any other rule's findings on a title or heading are dropped by the core
    headings: bool = False

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

    def finding(self, start: int, end: int, message: str, **kwargs: Any) -> Hit:
        """A hit of this rule; the core makes the Finding from it."""
        kwargs.setdefault("severity", self.severity)
        return Hit(
            rule=self.code,
            name=self.name,
            category=self.category,
            message=message,
            start=start,
            end=end,
            **kwargs,
        )


def one_pass(compute: Callable[[Analysis, RuleContext], Iterable[Hit]]):
    """For a family whose rules come from one shared pass: ``compute`` runs once per analysis, and
    ``check_for(code)`` is the check of one rule, picking its own findings from that pass."""
    key = f"one_pass:{compute.__module__}.{compute.__qualname__}"

    def findings(analysis: Analysis, ctx: RuleContext) -> list[Hit]:
        cached = ctx.resources.get(key)
        if cached is None or cached[0] is not analysis:
            cached = ctx.resources[key] = (analysis, list(compute(analysis, ctx)))
        return cached[1]

    def check_for(code: str):
        def check(analysis: Analysis, ctx: RuleContext) -> list[Hit]:
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


def matches_selector(selector: str, finding_or_rule: Finding | Hit | Rule) -> bool:
    """A selector is a rule code or code prefix (``BT1``), a category (``jargon``) or a rule name."""
    s = selector.strip()
    code = finding_or_rule.code if isinstance(finding_or_rule, Rule) else finding_or_rule.rule
    if not s:
        return False
    if s.upper() == "ALL":
        return True
    return code.startswith(s.upper()) or s.lower() in (finding_or_rule.category, finding_or_rule.name)


def opt_in_note(rule: Rule) -> str:
    """The line that tells a reader how to switch on a rule that does not run by default (``explain``, the rule
    catalogue)."""
    return f"Deze regel staat niet standaard aan: u zet hem aan met --select {rule.code}."


def rule_enabled(rule: Rule, config: Config) -> bool:
    if config.select:
        if not any(matches_selector(s, rule) for s in config.select):
            return False
    elif rule.opt_in:
        return False
    return not any(matches_selector(s, rule) for s in config.ignore)


def get_rule(code: str) -> Rule | None:
    all_rules()
    code = code.strip()
    for rule in REGISTRY.values():
        if code.upper() == rule.code or code.lower() == rule.name:
            return rule
    return None


# -- the one resolver of names a user types: rule selectors, severities, output formats -----------------------
# Every front end (command line, settings files, organisation word lists, editor settings, web API, batch) calls
# these, so a typo is the same Dutch error everywhere, with the closest valid values, instead of a silent no-op.


def closest(value: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The valid values nearest to a typo, best first (case-insensitive)."""
    import difflib

    by_lower: dict[str, str] = {}
    for c in choices:
        by_lower.setdefault(c.lower(), c)
    found = difflib.get_close_matches(value.strip().lower(), list(by_lower), n=n, cutoff=0.6)
    return [by_lower[f] for f in found]


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """' Bedoelde u: ambtelijk?' (or '… x of y?'), or '' when nothing is close."""
    near = closest(value, choices)
    if not near:
        return ""
    from ..language.choice import or_list

    return f" Bedoelde u: {or_list(near, quote=False)}?"


def _selector_targets() -> list[str]:
    rules = all_rules()
    return [*(r.code for r in rules), *(r.name for r in rules), *sorted(CATEGORIES)]


def is_known_selector(selector: str) -> bool:
    """A rule code, the start of a code (``BT1``), a category, a rule name, or ``ALL``."""
    s = selector.strip()
    if not s:
        return False
    if s.upper() == "ALL":
        return True
    rules = all_rules()
    if s.lower() in CATEGORIES or any(s.lower() == r.name for r in rules):
        return True
    return len(s) >= 2 and any(r.code.startswith(s.upper()) for r in rules)


def unknown_selector_message(selector: str, where: str) -> str:
    hint = did_you_mean(selector, _selector_targets())
    if not hint and selector.strip().upper().startswith("BT"):
        return f"Onbekende regel '{selector}' {where}. Bestaande codes: {', '.join(r.code for r in all_rules())}."
    return (
        f"Onbekende regel '{selector}' {where}.{hint} Kies een code (BT101), het begin van een code (BT1), "
        "een categorie (jargon) of een naam (lange-zin). Alle regels: beleidstaal rules."
    )


def check_selectors(selectors: Iterable[str], where: str) -> tuple[str, ...]:
    """The selectors, unchanged, or ConfigError (Dutch) naming the first unknown one and the closest valid ones."""
    from ..errors import ConfigError

    selectors = tuple(selectors)
    for s in selectors:
        if not is_known_selector(s):
            raise ConfigError(unknown_selector_message(s, where))
    return selectors


def check_rule_code(code: str, where: str) -> str:
    """An exact rule code (as in an organisation word list's ``rule = "BT101"``), or ConfigError."""
    from ..errors import ConfigError

    codes = [r.code for r in all_rules()]
    if code not in codes:
        raise ConfigError(
            f"Onbekende regelcode '{code}' {where}.{did_you_mean(str(code), codes)} "
            f"Bestaande codes: {', '.join(codes)}."
        )
    return code


def check_choice(value: object, choices: Iterable[str], unknown: str, where: str) -> str:
    """``value`` if it is one of ``choices``, else ConfigError: ``unknown`` ('Onbekend niveau') 'warn' bij
    --fail-level. Bedoelde u: warning? Kies uit: info, warning, error.'"""
    from ..errors import ConfigError

    choices = list(choices)
    if isinstance(value, str) and value in choices:
        return value
    shown = value if isinstance(value, str) else repr(value)
    hint = did_you_mean(shown, choices) if isinstance(value, str) else ""
    raise ConfigError(f"{unknown} '{shown}' {where}.{hint} Kies uit: {', '.join(choices)}.")


def check_severity(value: object, where: str) -> str:
    return check_choice(value, SEVERITIES, "Onbekend niveau", where)
