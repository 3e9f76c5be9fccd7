"""The copy view of one document, for the HTML report and the web page alike: how much of the text is copied and
from where (the document-level BT801 finding where there is one), a legend of the kinds of reuse
(``rules.copy_kinds.KINDS``), and the text with each copied passage marked by its kind.

Styles in ``web/static/copy.css`` (classes only: the web page allows no inline styles). Colour is never the only
sign: every kind has its own line style, and every marked passage starts with a visible label (its number and
kind) that is a link to its finding, so it can be reached with the keyboard.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding
from ..rules.copy import percent
from ..rules.copy_kinds import KINDS, WARNING_KINDS

CSS_PATH = Path(__file__).resolve().parent.parent / "web" / "static" / "copy.css"
#: how many sources the view names
TOP = 3


def css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class CopyMark:
    """One copied passage: its span in the text that is shown, the number of its finding, the finding."""

    at: int
    to: int
    number: int
    finding: Finding

    @property
    def kind(self) -> str:
        return self.finding.data["kind"]


def is_copy(f: Finding) -> bool:
    """A passage the copy view marks: a BT801/BT802 finding with a kind of reuse (not the document-level one)."""
    return bool(f.data) and f.data.get("kind") in KINDS and not f.data.get("summary")


def _summary(findings: list[Finding]) -> dict | None:
    return next((f.data for f in findings if f.data and f.data.get("summary") and f.rule == "BT801"), None)


def _header(marks: list[CopyMark], summary: dict | None, words: int) -> str:
    passages = len(marks)
    if summary is not None:
        share = summary["share"]
        line = f"{percent(share)}% van deze tekst staat ook in {summary['sources']} andere documenten."
        top = summary["top"]
    else:
        copied = sum(m.finding.data.get("words", 0) for m in marks)
        share = min(1.0, copied / words) if words else 0.0
        line = (
            f"{passages} {'passage' if passages == 1 else 'passages'} ({percent(share)}% van de tekst) "
            f"{'staat' if passages == 1 else 'staan'} ook in een ander document of eerder in deze tekst."
        )
        sizes: Counter = Counter()
        for m in marks:
            if m.kind != "herhaling" and m.finding.data.get("source_relpath"):
                sizes[m.finding.data["source_relpath"]] += m.finding.data.get("words", 0)
        top = [label for label, _ in sizes.most_common(TOP)]
    sources = ""
    if top:
        items = "".join(f"<li>{_e(label)}</li>" for label in top)
        sources = f'<p class="cv-sub">De grootste {"bron" if len(top) == 1 else "bronnen"}:</p><ol class="cv-top">{items}</ol>'
    return f'<p class="cv-share">{_e(line)}</p>{sources}'


def _legend(marks: list[CopyMark], heading_id: str) -> str:
    counts = Counter(m.kind for m in marks)
    items = []
    for kind, name in KINDS.items():
        level = "waarschuwing" if kind in WARNING_KINDS else "info"
        n = counts.get(kind, 0)
        none = "" if n else ' class="cv-none"'
        items.append(
            f'<li{none}><span class="cv-sample kind-{_e(kind)}">{_e(kind)}</span> '
            f"{_e(name)} ({level}): {n} {'passage' if n == 1 else 'passages'}</li>"
        )
    return (
        f'<p class="cv-sub" id="{heading_id}">Soorten overname</p>'
        f'<ul class="cv-legend" aria-labelledby="{heading_id}">{"".join(items)}</ul>'
    )


def marked_text(text: str, marks: list[CopyMark], link: Callable[[int], str]) -> str:
    """The text as HTML with each copied passage in a ``<mark>`` of its kind; a passage that overlaps the one
    before it starts where that one ends. Each mark starts with its label: a link to its finding."""
    out: list[str] = []
    pos = 0
    for m in sorted(marks, key=lambda m: (m.at, -m.to, m.number)):
        at, to = max(m.at, pos), min(m.to, len(text))
        if to <= at:
            continue
        name = KINDS[m.kind]
        out.append(_e(text[pos:at]))
        out.append(
            f'<mark class="cv kind-{_e(m.kind)}" data-kind="{_e(m.kind)}">'
            f'<a class="cv-tag" href="{_e(link(m.number))}">{m.number}\u00a0{_e(m.kind)}'
            f'<span class="sr-only"> (melding {m.number}: {_e(name)})</span></a>{_e(text[at:to])}</mark>'
        )
        pos = to
    out.append(_e(text[pos:]))
    return "".join(out)


def copy_view_html(
    text: str | None,
    marks: list[CopyMark],
    findings: list[Finding],
    words: int,
    *,
    prefix: str,
    link: Callable[[int], str],
    heading_tag: str = "h3",
) -> str:
    """The copy view, or "" when the document has no copied passages. ``marks`` are the passages in ``text``
    (``is_copy``), ``findings`` all findings of the document (for the document-level one), ``link`` the address of
    a finding by its number."""
    if not marks:
        return ""
    body = ""
    if text is not None:
        body = (
            f'<details class="cv-details" open><summary>De tekst met de overgenomen stukken</summary>'
            f'<div class="cv-text" lang="nl">{marked_text(text, marks, link)}</div></details>'
        )
    return (
        f'<section class="copyview" aria-labelledby="{prefix}-kop"><{heading_tag} id="{prefix}-kop">Overgenomen '
        f"tekst</{heading_tag}>{_header(marks, _summary(findings), words)}{_legend(marks, f'{prefix}-soorten')}"
        f"{body}</section>"
    )
