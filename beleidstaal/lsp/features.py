"""From findings to what an editor shows: diagnostics, quick fixes, suppression comments and hover text.

Pure functions (no server state), so they are tested directly as well as through a real client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lsprotocol import types

from ..findings import CATEGORIES, Finding
from .positions import LineIndex

SOURCE = "beleidstaal"
ALLOW_COMMAND = "beleidstaal.voegToeAanToegestaneWoorden"

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}

#: categories whose findings are about a word or short phrase, so the allow list makes sense for them
WORD_CATEGORIES = ("ambtelijk", "jargon", "omslachtig", "cliche", "vaag", "nominalisatie", "moeilijk-woord")


def allow_word(finding: Finding) -> str | None:
    """The word that would go on the allow list for this finding, or None when that makes no sense."""
    if finding.category not in WORD_CATEGORIES:
        return None
    word = finding.term or finding.text
    word = " ".join(word.split())
    if not word or len(word.split()) > 4:
        return None
    return word


def to_diagnostic(finding: Finding, index: LineIndex) -> types.Diagnostic:
    data = {
        "rule": finding.rule,
        "text": finding.text,
        "suggestions": list(finding.suggestions),
        "replaceable": bool(finding.replaceable and finding.suggestions),
    }
    word = allow_word(finding)
    if word:
        data["allow"] = word
    return types.Diagnostic(
        range=index.range(finding.offset, finding.end_offset),
        message=finding.message,
        severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Information),
        code=finding.rule,
        source=SOURCE,
        data=data,
    )


def notice_diagnostic(message: str) -> types.Diagnostic:
    """A diagnostic at the start of the document that is not about the text (e.g. 'too large to check')."""
    start = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start=start, end=start),
        message=message,
        severity=types.DiagnosticSeverity.Information,
        source=SOURCE,
    )


@dataclass
class DiagnosticInfo:
    """What a code action needs from one of our diagnostics."""

    diagnostic: types.Diagnostic
    rule: str
    text: str | None
    suggestions: list[str]
    replaceable: bool
    allow: str | None


def read_diagnostic(diagnostic: types.Diagnostic) -> DiagnosticInfo | None:
    """Our data from a diagnostic the editor sends back; None for other tools' diagnostics or bad data."""
    if diagnostic.source not in (None, SOURCE):
        return None
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    rule = data.get("rule") or (diagnostic.code if isinstance(diagnostic.code, str) else None)
    if not isinstance(rule, str) or not re.fullmatch(r"BT\d{3}", rule):
        return None
    suggestions = data.get("suggestions")
    suggestions = [s for s in suggestions if isinstance(s, str)] if isinstance(suggestions, list) else []
    text = data.get("text") if isinstance(data.get("text"), str) else None
    allow = data.get("allow") if isinstance(data.get("allow"), str) else None
    return DiagnosticInfo(diagnostic, rule, text, suggestions, data.get("replaceable") is True, allow)


_DIRECTIVE_ON_LINE = re.compile(
    r"beleidstaal:[ \t]*negeer(?![\w-])(?P<codes>[ \t]+[\w, \t-]+?)?(?=[ \t]*-->|[ \t]*$)", re.IGNORECASE
)


def suppression_edit(source: str, offset: int, code: str, kind: str) -> tuple[int, int, str] | None:
    """The edit (start, end, new text) that makes ``code`` silent on the line of ``offset``: a directive at the
    end of the line (inside an HTML comment for Markdown), or the code added to a directive that is already
    there. None when the line already ignores it. Lines are counted as the filters count them: at ``\\n``."""
    line_start = source.rfind("\n", 0, offset) + 1
    line_end = source.find("\n", offset)
    if line_end < 0:
        line_end = len(source)
    if line_end > line_start and source[line_end - 1] == "\r":
        line_end -= 1
    line = source[line_start:line_end]
    existing = _DIRECTIVE_ON_LINE.search(line)
    if existing:
        codes = existing.group("codes")
        if not codes:
            return None  # the whole line is already ignored
        if code.upper() in {c.strip().upper() for c in re.split(r"[,\s]+", codes) if c.strip()}:
            return None
        at = line_start + existing.end("codes")
        return at, at, f", {code}"
    marker = f"beleidstaal: negeer {code}"
    text = f"<!-- {marker} -->" if kind == "markdown" else marker
    space = "" if not line or line[-1] in " \t" else " "
    return line_end, line_end, space + text


def hover_markdown(finding: Finding, rule, *, markdown: bool = True) -> str:
    """The explanation of a finding's rule, with the example, as Markdown (or plain text)."""
    category = CATEGORIES.get(finding.category, finding.category)
    lines: list[str] = []
    if markdown:
        lines.append(f"**{finding.rule} {finding.name}** · {category}")
    else:
        lines.append(f"{finding.rule} {finding.name} · {category}")
    lines += ["", finding.message]
    if finding.new_suggestions:  # the code actions offer all of them; the hover names only those not said yet
        label = "**Beter:**" if markdown else "Beter:"
        lines += ["", f"{label} " + ", ".join(finding.new_suggestions)]
    if rule is not None:
        heading = (lambda s: f"**{s}**") if markdown else (lambda s: s)
        lines += [
            "",
            heading("Wat het doet"),
            rule.what,
            "",
            heading("Waarom is dit lastig voor de lezer?"),
            rule.why,
        ]
        if rule.bad:
            lines += ["", heading("Voorbeeld")] + [f"- {b}" for b in rule.bad]
        if rule.good:
            lines += ["", heading("Beter")] + [f"- {g}" for g in rule.good]
    return "\n".join(lines)
