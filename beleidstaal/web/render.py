"""From a checked text to what the page shows: the text with its findings marked, the finding list, the counts
and the readability figures. All user text is escaped here (``markupsafe.escape``) before it becomes markup.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..findings import CATEGORIES, SEVERITIES, SEVERITY_LABELS, Finding
from .service import Checked

#: categories in the order the page lists them
CATEGORY_ORDER = list(CATEGORIES)


@dataclass
class FindingView:
    number: int
    finding: Finding
    category_label: str
    severity_label: str
    title: str = ""
    why: str = ""
    bad: list[str] = field(default_factory=list)
    good: list[str] = field(default_factory=list)
    #: (label, button value) for suggestions that can replace the text as it stands
    replacements: list[tuple[str, str]] = field(default_factory=list)
    #: suggestions that are advice, or that do not fit in place
    advice: list[str] = field(default_factory=list)
    shown: bool = True
    #: the span in the text panel (``Checked.shown``)
    at: int = 0
    to: int = 0
    #: the message as the card shows it: without the sentence that only lists the replacement buttons
    message: str = ""
    #: whether the card quotes the flagged words (not when the message already does)
    quote: bool = True
    #: a repeat of the same finding (same rule, same word): the number of its first card, which explains it
    repeat_of: int | None = None
    #: on the first card of a repeated finding: how often and where else (links to the marks)
    repeats: Markup = Markup("")

    @property
    def marked(self) -> bool:
        return self.to > self.at


def card_message(message: str, labels: list[str]) -> str:
    """The message without a sentence that only names the replacements offered as buttons
    ("Schrijf liever: 'met' of 'via'."), so that a card does not list the same words twice."""
    if not labels:
        return message
    quoted = re.compile("|".join(re.escape(f"'{label}'") for label in labels), re.I)
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", message):
        rest = re.sub(r"\b(?:of|en)\b|[,.:;]", " ", quoted.sub(" ", sentence)).split()
        if quoted.search(sentence) and "'" not in " ".join(rest) and len(rest) <= 3:
            continue
        kept.append(sentence)
    return " ".join(kept) or message


def finding_views(
    checked: Checked, categories: set[str] | None, severities: set[str] | None
) -> list[FindingView]:
    from ..outputs.summary_html import repeat_note
    from ..rules.registry import get_rule

    summary = checked.result.summary
    group_of = summary.group_of() if summary is not None else {}
    views = []
    for i, f in enumerate(checked.result.findings, start=1):
        rule = get_rule(f.rule)
        at, to = checked.shown_span(f)
        view = FindingView(
            number=i,
            finding=f,
            category_label=rule.style.label,
            severity_label=SEVERITY_LABELS[f.severity],
            title=rule.title if rule else f.name,
            why=rule.why if rule else "",
            bad=list(rule.bad) if rule else [],
            good=list(rule.good) if rule else [],
            shown=(categories is None or f.category in categories)
            and (severities is None or f.severity in severities),
            at=at,
            to=to,
            quote=f"'{f.text.lower()}'" not in f.message.lower(),
        )
        in_place = (
            f.replaceable and f.end_offset > f.offset and checked.source[f.offset : f.end_offset] == f.text
        )
        for s in f.suggestions:
            if in_place and s.strip():
                # a Word upload is edited in the file itself (source offsets); other texts in ``editable``
                start, end = (
                    (f.offset, f.end_offset)
                    if checked.docx is not None
                    else (checked.editable_offset(f.offset), checked.editable_offset(f.end_offset))
                )
                value = json.dumps({"o": start, "e": end, "t": f.text, "r": s}, ensure_ascii=False)
                view.replacements.append((s, value))
            else:
                view.advice.append(s)
        view.message = card_message(f.message, [label for label, _ in view.replacements])
        group = group_of.get(i - 1)
        if group is not None and group.first != i - 1:
            view.repeat_of = group.first + 1
        else:
            view.repeats = Markup(repeat_note(group_of, i - 1, lambda j: f"#m{j + 1}"))
        views.append(view)
    return views


def highlight(source: str, views: list[FindingView]) -> Markup:
    """The text of the panel (``Checked.shown``) with every finding wrapped in a ``<mark>``. Overlapping findings nest; where two cross,
    the inner one is closed and opened again. The first piece of each mark carries its number and category as
    text, so a finding never depends on colour alone."""
    spans = sorted((v for v in views if v.marked), key=lambda v: (v.at, -v.to, v.number))
    cuts = sorted({0, len(source), *(v.at for v in spans), *(v.to for v in spans)})
    out: list[str] = []
    stack: list[FindingView] = []  # the marks open now, outermost first
    active: list[FindingView] = []  # the findings that cover the current piece, in nesting order
    nxt = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [v for v in active if v.to > a]
        while nxt < len(spans) and spans[nxt].at <= a:
            if spans[nxt].to > a:
                active.append(spans[nxt])
            nxt += 1
        active.sort(key=lambda v: (v.at, -v.to, v.number))
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        while len(stack) > keep:
            stack.pop()
            out.append("</mark>")
        for v in active[keep:]:
            out.append(_open_mark(v, first=v.at == a))
            stack.append(v)
        out.append(str(escape(source[a:b])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _open_mark(v: FindingView, *, first: bool) -> str:
    f = v.finding
    classes = f"hl cat-{f.category} sev-{f.severity}" + ("" if v.shown else " off")
    attrs = f'class="{escape(classes)}" data-cat="{escape(f.category)}" data-sev="{escape(f.severity)}"'
    if not first:
        return f"<mark {attrs}>"
    tag = (
        f'<a class="tag" href="#f{v.number}" aria-describedby="f{v.number}-msg">'
        f'{v.number}<span class="tag-cat"> {escape(v.category_label)}</span></a>'
    )
    return f'<mark id="m{v.number}" {attrs}>{tag}'


def category_counts(views: list[FindingView]) -> list[tuple[str, str, int]]:
    counts = Counter(v.finding.category for v in views)
    return [(c, CATEGORIES[c], counts[c]) for c in CATEGORY_ORDER if counts.get(c)]


def severity_counts(views: list[FindingView]) -> list[tuple[str, str, int]]:
    counts = Counter(v.finding.severity for v in views)
    return [(s, SEVERITY_LABELS[s], counts[s]) for s in reversed(SEVERITIES) if counts.get(s)]


def focus_after(views: list[FindingView], position: int) -> str | None:
    """The card to put the focus on after a suggestion was applied at ``position`` (a source offset in the new
    text): the first finding from there on, or else the last one before it."""
    if not views:
        return None
    later = [v for v in views if v.finding.offset >= position]
    return f"f{(later[0] if later else views[-1]).number}"
