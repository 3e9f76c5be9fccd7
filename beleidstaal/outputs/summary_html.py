"""The summary of one document as HTML, for the HTML report and the web page alike: *Eerst verbeteren* (the
priorities), and the per-paragraph view of where the text is hardest (a heat strip, one cell per paragraph, and the
hardest paragraphs in words). Styles in ``web/static/summary.css`` (classes only: the web page allows no inline
styles); colour is never the only sign: every cell and row says its level in text."""

from __future__ import annotations

import html
from pathlib import Path

from ..summary import Summary

CSS_PATH = Path(__file__).resolve().parent.parent / "web" / "static" / "summary.css"
LEVELS = ("A2", "B1", "B2", "C1")


def css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _times(n: int) -> str:
    return f"{n} keer" if n > 1 else "1 keer"


def priorities_html(summary: Summary | None, heading_id: str, heading_tag: str = "h2") -> str:
    """*Eerst verbeteren*: a numbered list, each point with its count, an example from the text and the rewrite."""
    if summary is None or not summary.priorities:
        return ""
    items = []
    for p in summary.priorities:
        rewrite = f' <span class="pr-arrow" aria-hidden="true">→</span><span class="sr-only"> beter:</span> ' \
                  f'<span class="pr-rewrite">{_e(p.rewrite)}</span>' if p.rewrite else ""  # fmt: skip
        items.append(
            f'<li><strong class="pr-label">{_e(p.label)}</strong> <span class="pr-count">({_times(p.count)})'
            f'</span><br>regel {p.line}: <q class="pr-example">{_e(p.example)}</q>{rewrite}</li>'
        )
    return (
        f'<section class="priorities" aria-labelledby="{heading_id}">'
        f'<{heading_tag} id="{heading_id}">Eerst verbeteren</{heading_tag}>'
        '<p class="pr-intro">Deze punten verbeteren uw tekst het meest: ze komen vaak voor, en er is een '
        "eenvoudiger woord of zin voor.</p>"
        f'<ol class="pr-list">{"".join(items)}</ol></section>'
    )


def _level_class(score: float) -> str:
    return f"lvl-{min(3, max(0, int(score + 0.5)))}"


def _reasons(p) -> str:
    parts = []
    if p.long_sentences:
        parts.append(f"{p.long_sentences} lange {'zin' if p.long_sentences == 1 else 'zinnen'}")
    if p.passives:
        parts.append(f"{p.passives} keer lijdende vorm")
    if p.nominalisations:
        parts.append(f"{p.nominalisations} zelfstandig gemaakt{'' if p.nominalisations == 1 else 'e'} werkwoord"
                     f"{'' if p.nominalisations == 1 else 'en'}")  # fmt: skip
    if p.rare_words:
        parts.append(
            f"{p.rare_words} moeilijk{'' if p.rare_words == 1 else 'e'} woord{'' if p.rare_words == 1 else 'en'}"
        )
    return ", ".join(parts) or "geen bijzonderheden"


def heat_html(summary: Summary | None, heading_id: str, heading_tag: str = "h2", link=None) -> str:
    """Where the text is hardest: a strip with one cell per paragraph (in document order, coloured and labelled by
    level), and the hardest paragraphs with what makes them hard. ``link(line)`` gives an href for a paragraph."""
    if summary is None or not summary.paragraphs:
        return ""
    cells = []
    for p in summary.paragraphs:
        label = f"regel {p.line}: niveau {p.level}, {p.words} woorden"
        cells.append(f'<li class="heat-cell {_level_class(p.score)}" title="{_e(label)}">'
                     f'<span class="sr-only">{_e(label)}</span></li>')  # fmt: skip
    hardest = []
    for p in summary.hardest():
        where = f"regel {p.line}" if p.line == p.end_line else f"regel {p.line}–{p.end_line}"
        if link is not None:
            where = f'<a href="{_e(link(p.line))}">{where}</a>'
        hardest.append(
            f'<li><span class="heat-level {_level_class(p.score)}">{_e(p.level)}</span> {where}: '
            f"<q>{_e(p.first_words)} …</q> — {_e(_reasons(p))}</li>"
        )
    counts = {lvl: sum(p.level == lvl for p in summary.paragraphs) for lvl in LEVELS}
    told = ", ".join(f"{n} op {lvl}" for lvl, n in counts.items() if n)
    n = len(summary.paragraphs)
    legend = "".join(
        f'<li><span class="heat-level lvl-{i}">{lvl}</span></li>' for i, lvl in enumerate(LEVELS)
    )
    return (
        f'<section class="heat" aria-labelledby="{heading_id}">'
        f'<{heading_tag} id="{heading_id}">Waar is de tekst het moeilijkst?</{heading_tag}>'
        f"<p>Elk blokje is een alinea, van boven naar beneden in de tekst. Hoe donkerder, hoe moeilijker. "
        f"Van de {n} {'alinea' if n == 1 else 'alinea’s'}: {_e(told)}.</p>"
        f'<ol class="heat-strip" aria-label="Niveau per alinea">{"".join(cells)}</ol>'
        f'<ul class="heat-legend" aria-label="Niveaus, van makkelijk naar moeilijk">{legend}</ul>'
        + (f'<p class="heat-sub">De moeilijkste alinea’s</p><ol class="heat-hardest">{"".join(hardest)}</ol>'
           if hardest else "")
        + "</section>"
    )  # fmt: skip


def repeat_note(group_of: dict, index: int, link) -> str:
    """On the first occurrence of a repeated finding: 'Komt 3 keer voor: ook regel 24, regel 31' with links
    (``group_of`` is ``Summary.group_of()``, ``link(i)`` gives the href of finding ``i``); '' otherwise."""
    group = group_of.get(index)
    if group is None or group.count < 2 or group.first != index:
        return ""
    others = ", ".join(
        f'<a href="{_e(link(i))}">regel {line}</a>'
        for i, (line, _col) in zip(group.members[1:], group.locations[1:], strict=True)
    )
    return f'<span class="repeat-note">Komt {group.count} keer voor in de tekst: ook {others}.</span>'
