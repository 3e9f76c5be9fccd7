"""Filters after the rules: select/ignore, severity overrides and minimum, allow list, inline suppression.

Inline suppression, in any text or Markdown file (in Markdown inside an HTML comment, so it is not shown):
- ``<!-- beleidstaal: negeer -->`` at the end of a line: no findings on that line;
- on a line of its own: no findings on the next line;
- ``beleidstaal: negeer BT101, jargon``: only those codes, categories or rule names;
- ``beleidstaal: uit`` … ``beleidstaal: aan``: nothing in between;
- ``beleidstaal: negeer-bestand``: nothing in the whole file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .config import Config
from .document import Document
from .findings import SEVERITY_RANK, Finding
from .rules.registry import Rule

_DIRECTIVE = re.compile(
    r"beleidstaal:\s*(?P<verb>negeer-bestand|negeer|uit|aan)\b(?P<codes>[ \t]+[\w, \t-]+?)?(?:\s*-->|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


def matches_selector(selector: str, finding_or_rule: Finding | Rule) -> bool:
    """A selector is a rule code or code prefix (``BT1``), a category (``jargon``) or a rule name."""
    s = selector.strip()
    code = finding_or_rule.rule if isinstance(finding_or_rule, Finding) else finding_or_rule.code
    if not s:
        return False
    if s.upper() == "ALL":
        return True
    return code.startswith(s.upper()) or s.lower() in (finding_or_rule.category, finding_or_rule.name)


def rule_enabled(rule: Rule, config: Config) -> bool:
    if config.select:
        if not any(matches_selector(s, rule) for s in config.select):
            return False
    elif rule.opt_in:
        return False
    return not any(matches_selector(s, rule) for s in config.ignore)


def apply_severity(findings: Iterable[Finding], config: Config) -> list[Finding]:
    overrides = config.severity_overrides
    result = []
    for f in findings:
        for selector, severity in overrides.items():
            if matches_selector(selector, f):
                f.severity = severity
        if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[config.min_severity]:
            result.append(f)
    return result


def suppressed_lines(source: str) -> tuple[bool, dict[int, set[str] | None]]:
    """Parse suppression directives: (whole file off, {line number: codes or None for all})."""
    lines: dict[int, set[str] | None] = {}
    line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    off_since: int | None = None

    def add(line: int, codes: set[str] | None) -> None:
        if codes is None or (line in lines and lines[line] is None):
            lines[line] = None
        else:
            lines[line] = (lines.get(line) or set()) | codes

    for m in _DIRECTIVE.finditer(source):
        verb = m.group("verb").lower()
        line = bisect.bisect_right(line_starts, m.start())  # 1-based
        codes = {c.strip() for c in re.split(r"[,\s]+", m.group("codes") or "") if c.strip()} or None
        if verb == "negeer-bestand":
            return True, {}
        if verb == "uit":
            off_since = line
        elif verb == "aan" and off_since is not None:
            for n in range(off_since, line + 1):
                add(n, None)
            off_since = None
        else:
            start_of_line = line_starts[line - 1]
            before = source[start_of_line : m.start()]
            own_line = not re.sub(r"<!--|#|//|\s", "", before)
            add(line + 1 if own_line else line, codes)
    if off_since is not None:
        for n in range(off_since, len(line_starts) + 1):
            add(n, None)
    return False, lines


def apply_suppressions(findings: list[Finding], document: Document) -> list[Finding]:
    if "beleidstaal:" not in document.source:
        return findings
    whole, lines = suppressed_lines(document.source)
    if whole:
        return []
    kept = []
    for f in findings:
        codes = lines.get(f.line, ...)
        if codes is ... or (codes is not None and not any(matches_selector(c, f) for c in codes)):
            kept.append(f)
    return kept


def apply_allow(findings: list[Finding], config: Config) -> list[Finding]:
    if not config.allow:
        return findings
    allowed = {a.lower() for a in config.allow}
    return [f for f in findings if f.text.lower() not in allowed and (f.term or "").lower() not in allowed]
