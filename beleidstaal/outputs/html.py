"""``--format html``: one self-contained page (no network) with the text and its findings marked.

At the top: *Eerst verbeteren* (the priorities of the summary), the number of findings per category and the
readability figures. Then, per file, where the text is hardest (one cell per paragraph, and the hardest paragraphs),
and the text with each finding marked: a background colour per category, and (not by colour alone) a
line style per category and a visible label with the number and a short code of the category. Hover, focus or click
(Enter) on a marked passage shows the message and the suggestions. Below the text, the same findings as a numbered
list with links back to the passage; a repeated finding is listed once, with its count and links to its other
places. Screen readers get real text: the label of each mark is read, the explanation is
linked with ``aria-describedby``.
"""

from __future__ import annotations

import html
from collections import Counter

from .. import __version__
from ..config import Config
from ..findings import SEVERITY_LABELS, STYLES, Finding, Style
from ..result import FileResult
from ..rules.registry import get_rule
from .copy_html import CopyMark, copy_view_html, is_copy
from .copy_html import css as copy_css
from .summary_html import css as summary_css
from .summary_html import heat_html, priorities_html, repeat_note

CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
  margin: 0; line-height: 1.55; background: #fafafa; }
header, main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 1px solid var(--line); background: #fff; max-width: none; padding: 0; }
header .inner { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.6rem; margin: .3rem auto; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr));
  gap: .35rem 1rem; }
.legend li { display: flex; gap: .5rem; align-items: baseline; }
.swatch { display: inline-block; min-width: 4.5rem; text-align: center; padding: 0 .3rem; border-radius: .2rem;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; font-weight: 600; }
.top { display: flex; flex-wrap: wrap; gap: 0 3rem; align-items: flex-start; }
.h3 { font-size: 1.1rem; margin: .5rem 0 .25rem; }
.stats { max-width: 30rem; }
.stats dl { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: .5rem 0; }
.stats dt { font-weight: 600; }
.stats dd { margin: 0; }
.text { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: 1rem 1.25rem;
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.9; }
mark.bt { position: relative; color: inherit; border-radius: .15rem; padding: 0 .05rem; cursor: pointer;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 4px;
  text-decoration-color: #333; }
mark.bt > .tag:focus { outline: 3px solid #1a5fb4; outline-offset: 1px; }
mark.bt .tag { font-size: .68rem; font-weight: 700; vertical-align: super; line-height: 0; margin-left: .1rem;
  color: #222; white-space: nowrap; }
mark.bt .tip { display: none; position: absolute; left: 0; top: 1.9em; z-index: 10; width: min(26rem, 80vw);
  background: #fff; color: var(--ink); border: 1px solid #888; border-radius: .35rem; padding: .5rem .7rem;
  box-shadow: 0 4px 14px rgba(0,0,0,.18); white-space: normal; font-size: .92rem; line-height: 1.45;
  text-decoration: none; cursor: auto; }
mark.bt:hover > .tip, mark.bt > .tag:focus ~ .tip, mark.bt.open > .tip { display: block; }
.tip strong, .findings strong { display: inline; }
.sugg { display: block; margin-top: .25rem; }
.findings li { margin: .35rem 0; }
.findings .where { font-variant-numeric: tabular-nums; }
.error { border-left: 4px solid #b00020; background: #fff; padding: .5rem 1rem; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
footer { max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem 2rem; color: var(--muted); font-size: .9rem; }
@media print { mark.bt .tip { display: none !important; } }
"""

SCRIPT = """
function tagOf(mark) { return mark.querySelector(':scope > .tag'); }
function setOpen(mark, open) {
  mark.classList.toggle('open', open);
  tagOf(mark).setAttribute('aria-expanded', open ? 'true' : 'false');
}
document.addEventListener('click', function (e) {
  var mark = e.target.closest('mark.bt');
  if (e.target.closest('.tip')) { return; }
  document.querySelectorAll('mark.bt.open').forEach(function (m) { if (m !== mark) { setOpen(m, false); } });
  if (mark) {
    e.stopPropagation();
    setOpen(mark, !mark.classList.contains('open'));
  }
});
document.addEventListener('keydown', function (e) {
  var tag = e.target.closest && e.target.closest('mark.bt > .tag');
  if (tag && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    setOpen(tag.parentElement, !tag.parentElement.classList.contains('open'));
  }
  if (e.key === 'Escape') {
    document.querySelectorAll('mark.bt.open').forEach(function (m) { setOpen(m, false); });
  }
});
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _category_css() -> str:
    rules = []
    for cat, style in STYLES.items():
        rules.append(f".cat-{cat} {{ background: {style.colour}; text-decoration-style: {style.line}; }}")
    return "\n".join(rules)


def _label(category: str) -> str:
    return STYLES[category].label


def _style(f: Finding) -> Style:
    """The style of the rule that made the finding."""
    return get_rule(f.rule).style


def document_figures(result: FileResult) -> list[tuple[str, str]] | None:
    """The readability figures of the result (computed where the check ran), as (label, value) rows."""
    from ..stats import figure_rows

    return figure_rows(result.figures) if result.figures is not None else None


def _tip(f, n: int, tip_id: str) -> str:
    sugg = ""
    if f.new_suggestions:
        sugg = f'<span class="sugg">Suggestie: {_e(" / ".join(f.new_suggestions))}</span>'
    return (
        f'<span class="tip" role="tooltip" id="{tip_id}"><strong>{n}. {_e(_label(f.category))}</strong> '
        f"({_e(f.rule)}, {_e(SEVERITY_LABELS[f.severity].lower())}): {_e(f.message)}{sugg}</span>"
    )


def highlighted_text(source: str, findings: list, prefix: str) -> str:
    """The source as HTML with a nested ``<mark>`` per finding (a finding that crosses another is cut at its end).
    Each mark ends with its visible label, a text for screen readers and the tip with the message."""
    items = []
    for n, f in enumerate(findings, start=1):
        start, end = max(0, f.offset), min(len(source), f.end_offset)
        if end > start:
            items.append((start, end, n, f))
    items.sort(key=lambda i: (i[0], -i[1], i[2]))
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []  # (end, closing html) of the open marks

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, closing = stack.pop()
            out.append(_e(source[pos:end]))
            pos = end
            out.append(closing)

    for start, end, n, f in items:
        close_until(start)
        if stack:
            end = min(end, stack[-1][0])  # keep marks nested
        out.append(_e(source[pos:start]))
        pos = start
        code = _style(f).code
        tip_id = f"{prefix}-tip-{n}"
        out.append(
            f'<mark class="bt cat-{_e(f.category)} sev-{_e(f.severity)}" id="{prefix}-m-{n}" '
            f'data-rule="{_e(f.rule)}" data-category="{_e(f.category)}">'
        )
        # the label is the button (not the mark: marks nest, and a button may not hold another one)
        closing = (
            f'<span class="tag" role="button" tabindex="0" aria-expanded="false" aria-describedby="{tip_id}">'
            f'{n}\u00a0{_e(code)}<span class="sr"> (melding {n}: {_e(_label(f.category))})</span></span>'
            f"{_tip(f, n, tip_id)}</mark>"
        )
        stack.append((end, closing))
    close_until(len(source))
    out.append(_e(source[pos:]))
    return "".join(out)


def _counts_table(counter: Counter, caption: str) -> str:
    if not counter:
        return f"<p>{_e(caption)}: geen meldingen.</p>"
    rows = "".join(
        f'<tr><th scope="row"><span class="swatch cat-{_e(c)}">{_e(STYLES[c].code)}</span> '
        f'{_e(_label(c))}</th><td class="num">{k}</td></tr>'
        for c, k in counter.most_common()
    )
    total = sum(counter.values())
    return (
        f'<table><caption>{_e(caption)}</caption><thead><tr><th scope="col">Soort</th>'
        f'<th scope="col">Aantal</th></tr></thead><tbody>{rows}</tbody>'
        f'<tfoot><tr><th scope="row">Totaal</th><td class="num">{total}</td></tr></tfoot></table>'
    )


#: the Dutch name of each line style in the legend
LINE_NAMES = {
    "solid": "doorgetrokken",
    "dashed": "gestreepte",
    "dotted": "gestippelde",
    "double": "dubbele",
    "wavy": "golvende",
}


def _legend() -> str:
    items = "".join(
        f'<li><span class="swatch cat-{_e(c)}">{_e(style.code)}</span> {_e(style.label)} '
        f'<span class="muted">({LINE_NAMES[style.line]} lijn)</span></li>'
        for c, style in STYLES.items()
    )
    return (
        '<section class="legend" aria-labelledby="legenda"><h2 id="legenda">Legenda</h2>'
        "<p>Elke melding in de tekst heeft een kleur, een soort lijn en een label met een nummer en een afkorting. "
        "Ga met de muis op een gemarkeerd stuk staan, klik erop of ga erheen met Tab en druk op Enter: dan ziet u "
        "de uitleg en een suggestie.</p>"
        f"<ul>{items}</ul></section>"
    )


def _figures_block(figures: list[tuple[str, str]] | None, heading: str) -> str:
    if not figures:
        return ""
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in figures)
    return (
        f'<div class="stats"><h2 class="h3">{_e(heading)}</h2><dl>{rows}</dl>'
        '<p class="muted">Een schatting uit zinslengte, lettergrepen en woordgebruik. '
        "Laat een belangrijke tekst ook lezen door mensen uit de doelgroep.</p></div>"
    )


def _file_section(index: int, result: FileResult, several: bool, figures) -> str:
    prefix = f"b{index}"
    title = _e(result.path)
    parts = [f'<section class="file" aria-labelledby="{prefix}-h"><h2 id="{prefix}-h">{title}</h2>']
    if result.error:
        parts.append(f'<p class="error" role="alert"><strong>Fout:</strong> {_e(result.error)}</p></section>')
        return "".join(parts)
    counts = Counter(f.category for f in result.findings)
    parts.append(f'<p class="muted">{result.words} woorden, {len(result.findings)} '
                 f'{"melding" if len(result.findings) == 1 else "meldingen"}.</p>')  # fmt: skip
    summary = result.summary
    if several:
        parts.append(priorities_html(summary, f"{prefix}-eerst", "h3"))
        parts.append(_counts_table(counts, "Meldingen per soort in dit bestand"))
        parts.append(_figures_block(figures, "Leesbaarheid van dit bestand"))
        parts.append(heat_html(summary, f"{prefix}-moeilijk", "h3"))
    source = result.source
    parts.append(_copy_view(result, prefix))
    parts.append(f'<h3 id="{prefix}-t">De tekst</h3>')
    if source is None:
        parts.append("<p>De tekst zelf is niet beschikbaar (gelezen van standaardinvoer).</p>")
    else:
        parts.append(
            f'<div class="text" lang="nl" aria-labelledby="{prefix}-t">{highlighted_text(source, result.findings, prefix)}</div>'
        )
    if result.findings:
        items = []
        group_of = summary.group_of() if summary is not None else {}
        for n, f in enumerate(result.findings, start=1):
            group = group_of.get(n - 1)
            if group is not None and group.first != n - 1:  # a repeat: listed with its first occurrence
                continue
            # only the replacements the message does not name yet (*Schrijf liever: 'met'.*): none said twice
            sugg = f" Suggestie: {_e(' / '.join(f.new_suggestions))}." if f.new_suggestions else ""
            where = f"regel {f.line}, kolom {f.column}"
            again = repeat_note(group_of, n - 1, lambda i, prefix=prefix: f"#{prefix}-m-{i + 1}")
            items.append(
                f'<li id="{prefix}-f-{n}" value="{n}"><a class="where" href="#{prefix}-m-{n}">{where}</a>: '
                f"<strong>{_e(_label(f.category))}</strong> ({_e(f.rule)}) — &#8220;{_e(f.text)}&#8221;. "
                f"{_e(f.message)}{sugg}{again}</li>"
            )
        parts.append(
            '<h3>Alle meldingen</h3><p class="muted">Staat hetzelfde vaker in de tekst, dan ziet u het hier één '
            f'keer, met de andere plekken erbij.</p><ol class="findings">{"".join(items)}</ol>'
        )
    parts.append("</section>")
    return "".join(parts)


def _copy_marks(result: FileResult) -> list[CopyMark]:
    return [
        CopyMark(f.offset, f.end_offset, n, f) for n, f in enumerate(result.findings, start=1) if is_copy(f)
    ]


def _copy_view(result: FileResult, prefix: str) -> str:
    """The copy view of one file (``copy_html``): its marks link to the file's list of findings (a repeated
    finding is listed once, with its first occurrence)."""
    group_of = result.summary.group_of() if result.summary is not None else {}

    def link(n: int) -> str:
        group = group_of.get(n - 1)
        return f"#{prefix}-f-{(group.first if group is not None else n - 1) + 1}"

    return copy_view_html(
        result.source, _copy_marks(result), result.findings, result.words, prefix=f"{prefix}-kopie", link=link
    )


def render(results: list[FileResult], config: Config | None = None) -> str:
    total = Counter(f.category for r in results for f in r.findings)
    n = sum(total.values())
    files = len(results)
    summary = (
        f"{n} {'melding' if n == 1 else 'meldingen'} in {files} {'bestand' if files == 1 else 'bestanden'}."
    )
    figures = [None if r.error else document_figures(r) for r in results]
    top_figures = _figures_block(figures[0], "Leesbaarheid") if len(results) == 1 else ""
    top_priorities = ""
    if len(results) == 1:
        top_priorities = priorities_html(results[0].summary, "eerst") + heat_html(
            results[0].summary, "moeilijk"
        )
    body = "".join(
        _file_section(i, r, len(results) > 1, figures[i - 1]) for i, r in enumerate(results, start=1)
    )
    # the copy view's styles only where there is one: a report without copied text stays as it was
    copy_style = copy_css() if any(not r.error and _copy_marks(r) for r in results) else ""
    return (
        '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'\">"
        f"<title>Rapport van beleidstaal</title><style>{CSS}{_category_css()}{summary_css()}{copy_style}</style>"
        "</head><body>"
        f'<header><div class="inner"><h1>Rapport van beleidstaal</h1><p class="summary">{_e(summary)}</p>'
        f'{top_priorities}<div class="top">{_counts_table(total, "Meldingen per soort")}{top_figures}</div>'
        "</div></header>"
        f"<main>{_legend()}{body}</main>"
        f"<footer>Gemaakt met beleidstaal {_e(__version__)}. Deze pagina gebruikt geen internet.</footer>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
