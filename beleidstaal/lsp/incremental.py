"""Fast re-checks while typing: run the core's rules on the changed paragraphs only.

A full check (``core.check_document``) runs every rule over the whole document; in a document of 10,000 words that
takes a second or more, even though the core re-parses only the paragraphs whose text changed. While the user types,
the server does a *quick check* instead: it finds the part of the text that changed (common prefix and suffix of the
old and new text), builds the core's Document for the new text, and calls the core's ``run_rules`` on an Analysis
that holds only the paragraphs that touch the change. Findings of the other paragraphs are taken over from the last
check (moved by the length difference when they come after the change), and the suppression comments of the new
text are applied to all of them. Rules that look at the document as a whole (copies, readability, rare words) are
left out of the quick check; when the user stops typing, the server runs just those rules over the whole text
(``scope_check``). A change to a suppression comment (``beleidstaal: ...``) always gets a full check.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..config import Config
from ..core import check_document, run_rules
from ..document import Document
from ..filters import apply_suppressions
from ..findings import Finding
from ..nlp import AnalysedParagraph, Analysis, get_analyser
from ..readers import document_from_text
from ..rules.audience import developer_text
from ..rules.registry import all_rules, rule_enabled

#: above this share of changed paragraphs a quick check is no quicker: do a full one
MAX_CHANGED_SHARE = 0.5


def document_scope() -> frozenset[str]:
    """Codes of the rules that need the whole document (``Rule.scope``: copies within it, readability compared
    with the whole, rare words marked once per document); they run over the whole text once the user stops
    typing."""
    return frozenset(r.code for r in all_rules() if r.scope == "document")


class Cancelled(Exception):
    """A whole-document check stopped because the text it was checking has changed."""


@dataclass
class Snapshot:
    """The findings for one exact text, with the source span of every paragraph."""

    source: str
    findings: list[Finding]
    spans: list[tuple[int, int]] = field(default_factory=list)
    config: Config | None = None
    full: bool = True
    #: the core's Document of ``source``, for the whole-document check that follows a quick check
    document: Document | None = field(default=None, repr=False, compare=False)
    #: after a quick check: the findings moved down from the last check (by the identity of the new finding) on a
    #: line the edit left as it was, and how many lines they moved (None: not known, e.g. around a lone \r)
    moved: dict[int, Finding] = field(default_factory=dict, repr=False, compare=False)
    moved_lines: int | None = None


def paragraph_spans(document: Document) -> list[tuple[int, int]]:
    spans = []
    for p in document.paragraphs:
        loc = document.locate(p.start, p.end)
        spans.append((loc.offset, loc.end_offset))
    return spans


def full_check(text: str, kind: str, path: str | None, config: Config) -> Snapshot:
    if not text.strip():
        return Snapshot(text, [], [], config)
    document = document_from_text(text, kind=kind, path=path)
    result = check_document(document, config)
    return Snapshot(text, result.findings, paragraph_spans(document), config, document=document)


def common_affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and the common suffix of ``a`` and ``b`` (not overlapping)."""
    limit = min(len(a), len(b))
    lo, hi = 0, limit
    while lo < hi:  # binary search: slice comparison runs in C
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, lo


def _touches_directive(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return "beleidstaal" in text[line_start : line_end if line_end >= 0 else len(text)]


def quick_check(prev: Snapshot, text: str, kind: str, path: str | None, config: Config) -> Snapshot | None:
    """The findings for ``text`` from ``prev`` plus the rules over the changed paragraphs; None when a full check
    is needed (other settings, no earlier check, or most of the text changed)."""
    if prev.config != config or not prev.spans:
        return None
    if text == prev.source:
        return prev
    prefix, suffix = common_affixes(prev.source, text)
    old_end, new_end = len(prev.source) - suffix, len(text) - suffix
    if _touches_directive(prev.source, prefix, old_end) or _touches_directive(text, prefix, new_end):
        return None  # a suppression comment changed: its effect can reach far, so check everything
    document = document_from_text(text, kind=kind, path=path)
    before = prev.document or document_from_text(prev.source, kind=kind, path=path)
    if developer_text(before) != developer_text(document):
        return None  # it became (or stopped being) a text for developers: word-list findings elsewhere change
    spans = paragraph_spans(document)
    if not spans:
        return None
    changed = [i for i, (s, e) in enumerate(spans) if s <= new_end and e >= prefix]
    if len(changed) > max(4, MAX_CHANGED_SHARE * len(spans)):
        return None

    analyser = get_analyser(config.model)
    paragraphs = [document.paragraphs[i] for i in changed]
    docs = analyser.parse([document.paragraph_text(p) for p in paragraphs])
    sub = Analysis(document, [AnalysedParagraph(p, d) for p, d in zip(paragraphs, docs, strict=True)])
    fresh = run_rules(sub, replace(config, ignore=(*config.ignore, *sorted(document_scope()))))

    delta = len(text) - len(prev.source)
    starts = [s for s, _ in prev.spans]
    kept: list[Finding] = []
    moved: dict[int, Finding] = {}
    # a finding that starts after the line where the change ends keeps its line's text, so only its line moves
    change_line_end = prev.source.find("\n", old_end)
    lines_known = (
        "\r" not in prev.source[max(0, prefix - 1) : old_end + 1] + text[max(0, prefix - 1) : new_end + 1]
    )
    moved_lines = (
        text.count("\n", prefix, new_end) - prev.source.count("\n", prefix, old_end) if lines_known else None
    )
    for f in prev.findings:
        i = bisect.bisect_right(starts, f.offset) - 1
        if i >= 0 and prev.spans[i][0] <= f.offset <= prev.spans[i][1]:
            lo, hi = prev.spans[i]
        else:
            lo, hi = f.offset, f.end_offset
        if hi < prefix:
            kept.append(f)
        elif lo > old_end:
            offset, end = f.offset + delta, f.end_offset + delta
            line, column = document.line_column(offset)
            end_line, end_column = document.line_column(end)
            shifted = replace(
                f,
                offset=offset,
                end_offset=end,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
            )
            kept.append(shifted)
            if lines_known and 0 <= change_line_end < f.offset:
                moved[id(shifted)] = f
        # else: the finding's paragraph touches the change; the fresh findings replace it
    findings = apply_suppressions(kept + fresh, document)
    findings.sort(key=lambda f: f.sort_key)
    return Snapshot(
        text, findings, spans, config, full=False, document=document, moved=moved, moved_lines=moved_lines
    )


def scope_check(
    snapshot: Snapshot,
    kind: str,
    path: str | None,
    config: Config,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Snapshot:
    """Bring the whole-document rules of a quick check up to date: run only those rules over the whole text.
    Between its steps it asks ``cancelled`` and raises Cancelled when the answer is yes."""

    def step() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    whole = document_scope()
    scoped = [r for r in all_rules() if r.code in whole and rule_enabled(r, config)]
    if not scoped or not snapshot.source.strip():
        return replace(snapshot, full=True)
    others = tuple(r.code for r in all_rules() if r.code not in whole)
    step()
    document = snapshot.document
    if document is None or document.source != snapshot.source or document.kind != kind:
        document = document_from_text(snapshot.source, kind=kind, path=path)
        step()
    analysis = get_analyser(config.model).analyse(document)  # parsed paragraphs come from the cache
    step()
    # the same settings with the other rules switched off (select stays as it is: some rules look at it)
    fresh = run_rules(analysis, replace(config, ignore=(*config.ignore, *others)), checkpoint=step)
    findings = [f for f in snapshot.findings if f.rule not in whole] + fresh
    findings.sort(key=lambda f: f.sort_key)
    return Snapshot(snapshot.source, findings, snapshot.spans, config, full=True, document=document)
