"""Filters after the rules: select/ignore, severity overrides and minimum, allow list, inline suppression.

Inline suppression, in any text or Markdown file (in Markdown inside an HTML comment, so it is not shown):
- ``<!-- beleidstaal: negeer -->`` at the end of a line: no findings on that line;
- on a line of its own: no findings on the next line;
- ``beleidstaal: negeer BT101, jargon``: only those codes, categories or rule names;
- ``beleidstaal: uit`` … ``beleidstaal: aan``: nothing in between;
- ``beleidstaal: negeer-bestand``: nothing in the whole file.

The same in the common linter style (also in any text or Markdown file):
- ``<!-- beleidstaal-disable BT101|jargon -->`` … ``<!-- beleidstaal-enable -->``: those codes, categories or
  rule names (separated by ``|``, ``,`` or spaces) are off in between; without codes everything is off.
  ``beleidstaal-enable BT101`` switches only BT101 back on;
- ``<!-- beleidstaal-disable-next-line BT101 -->``: the next line (all rules when no codes are given);
- ``<!-- beleidstaal-disable-line -->`` at the end of a line: that line;
- ``<!-- beleidstaal-disable-file -->``: the whole file.

In plain text, write the directive on a line of its own, with or without a comment sign in front of it:
``# beleidstaal-disable-next-line BT101`` or ``beleidstaal: negeer BT101``. A directive at the end of a line of
text (``... middels deze brief. <!-- beleidstaal: negeer -->``) applies to that line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .config import Config
from .document import Document
from .document import line_starts as document_line_starts
from .findings import SEVERITY_RANK, Finding, Hit
from .rules.registry import Rule, matches_selector

_DIRECTIVE = re.compile(
    r"beleidstaal:\s*(?P<verb>negeer-bestand|negeer|uit|aan)\b(?P<codes>[ \t]+[\w, \t-]+?)?(?:\s*-->|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_LINTER_DIRECTIVE = re.compile(
    r"beleidstaal-(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])"
    r"(?P<codes>[ \t]+[\w,| \t-]+?)?[ \t]*(?:-->|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: the linter-style verbs in terms of the Dutch ones
_VERBS = {"disable-next-line": "negeer-volgende", "disable-line": "negeer-regel", "disable-file": "negeer-bestand",
          "disable": "uit", "enable": "aan"}  # fmt: skip


def severity_for(hit: Hit, config: Config) -> str:
    """The severity of a hit after the overrides in the settings (the last matching selector wins)."""
    severity = hit.severity
    for selector, override in config.severity_overrides.items():
        if matches_selector(selector, hit):
            severity = override
    return severity


def min_severity_kept(findings: Iterable[Finding], config: Config) -> list[Finding]:
    """The findings at ``min_severity`` or above."""
    limit = SEVERITY_RANK[config.min_severity]
    return [f for f in findings if SEVERITY_RANK[f.severity] >= limit]


_FENCE = re.compile(r"^[ ]{0,3}(```|~~~)", re.MULTILINE)


def _quoted(source: str, line_starts: list[int], pos: int) -> bool:
    """A directive shown as an example (in `inline code` or a fenced code block) is not a directive."""
    line_start = line_starts[bisect.bisect_right(line_starts, pos) - 1]
    if source.count("`", line_start, pos) % 2:
        return True
    return len(_FENCE.findall(source, 0, line_start)) % 2 == 1


def suppressed_lines(source: str) -> tuple[bool, dict[int, set[str] | None]]:
    """Parse suppression directives: (whole file off, {line number: codes or None for all})."""
    lines: dict[int, set[str] | None] = {}
    line_starts = document_line_starts(source)
    off_since: int | None = None  # everything off since this line
    codes_since: dict[str, int] = {}  # these codes off since a line

    def add(line: int, codes: set[str] | None) -> None:
        if codes is None or (line in lines and lines[line] is None):
            lines[line] = None
        else:
            lines[line] = (lines.get(line) or set()) | codes

    def close_all(until: int) -> None:
        nonlocal off_since
        if off_since is not None:
            for n in range(off_since, until + 1):
                add(n, None)
            off_since = None
        for code, since in list(codes_since.items()):
            for n in range(since, until + 1):
                add(n, {code})
        codes_since.clear()

    directives = [(m, m.group("verb").lower()) for m in _DIRECTIVE.finditer(source)]
    directives += [(m, _VERBS[m.group("verb").lower()]) for m in _LINTER_DIRECTIVE.finditer(source)]
    directives = [d for d in directives if not _quoted(source, line_starts, d[0].start())]
    directives.sort(key=lambda d: d[0].start())
    for m, verb in directives:
        line = bisect.bisect_right(line_starts, m.start())  # 1-based
        codes = {c.strip() for c in re.split(r"[,|\s]+", m.group("codes") or "") if c.strip()} or None
        if verb == "negeer-bestand":
            return True, {}
        if verb == "uit":
            if codes is None:
                if off_since is None:
                    off_since = line
            else:
                for code in codes:
                    codes_since.setdefault(code, line)
        elif verb == "aan":
            if codes is None:
                close_all(line)
            else:
                for code in codes:
                    since = codes_since.pop(code, None)
                    if since is not None:
                        for n in range(since, line + 1):
                            add(n, {code})
        elif verb == "negeer-volgende":
            add(line + 1, codes)
        elif verb == "negeer-regel":
            add(line, codes)
        else:
            start_of_line = line_starts[line - 1]
            before = source[start_of_line : m.start()]
            own_line = not re.sub(r"<!--|#|//|\s", "", before)
            add(line + 1 if own_line else line, codes)
    close_all(len(line_starts))
    return False, lines


def apply_suppressions(findings: list[Finding], document: Document) -> list[Finding]:
    if "beleidstaal:" not in document.source and "beleidstaal-" not in document.source:
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


def drop_in_headings(findings: list[Hit], document: Document, rules: Iterable[Rule]) -> list[Hit]:
    """No finding on the document's own title or headings (a title is short on purpose and named by the writer),
    except from a rule about headings."""
    headings = [(p.start, p.end) for p in document.paragraphs if p.kind == "heading"]
    if not headings:
        return findings
    starts = [h[0] for h in headings]
    for_headings = {r.code for r in rules if r.headings}
    kept = []
    for f in findings:
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and f.start < headings[i][1] and f.rule not in for_headings:
            continue
        kept.append(f)
    return kept


def apply_allow(findings: list[Finding], config: Config) -> list[Finding]:
    if not config.allow:
        return findings
    allowed = {a.lower() for a in config.allow}
    return [f for f in findings if f.text.lower() not in allowed and (f.term or "").lower() not in allowed]
