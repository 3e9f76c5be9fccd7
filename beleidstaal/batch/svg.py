"""Tiny inline-SVG charts for the batch report: a histogram and a horizontal bar chart. No scripts, no network."""

from __future__ import annotations

import math
from html import escape

from ..numbers import decimal, dutch_number

WIDTH = 640
COLOR = "#1f5f8b"
ACCENT = "#c8553d"


def _fmt(v: float) -> str:
    if abs(v) >= 100 or float(v).is_integer():
        return dutch_number(v)
    return decimal(v)


def histogram_counts(
    values: list[float], *, bins: int = 20, lo: float | None = None, hi: float | None = None
) -> list[tuple[float, float, int]]:
    """(from, to, count) per bin; the chart and its data table both use these. Empty without values."""
    vals = [v for v in values if v is not None and math.isfinite(v)]
    if not vals:
        return []
    lo = min(vals) if lo is None else lo
    hi = max(vals) if hi is None else hi
    if hi <= lo:
        hi = lo + 1
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in vals:
        i = min(bins - 1, max(0, int((v - lo) / width)))
        counts[i] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]


def histogram(values: list[float], *, bins: int = 20, label: str = "", lo: float | None = None,
              hi: float | None = None, marks: dict[str, float] | None = None, alt: str = "") -> str:  # fmt: skip
    """A histogram of ``values`` as an SVG element. ``marks`` draws labelled vertical lines (e.g. a B1 limit);
    ``alt`` names the chart for a screen reader (default: ``label``)."""
    rows = histogram_counts(values, bins=bins, lo=lo, hi=hi)
    if not rows:
        return '<p class="leeg">Geen gegevens voor deze grafiek.</p>'
    lo, hi = rows[0][0], rows[-1][1]
    width = (hi - lo) / bins
    counts = [c for _, _, c in rows]
    top = max(counts) or 1
    top = max(4, -(-top // 4) * 4)  # a multiple of 4, so the grid lines fall on whole numbers
    h, pad_l, pad_b, pad_t = 220, 44, 40, 12
    plot_w, plot_h = WIDTH - pad_l - 12, h - pad_b - pad_t
    bw = plot_w / bins
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {h}" width="{WIDTH}" height="{h}" '
             f'role="img" aria-label="{escape(alt or label)}">']  # fmt: skip
    for k in range(0, 5):
        y = pad_t + plot_h - plot_h * k / 4
        parts.append(f'<line x1="{pad_l}" x2="{WIDTH - 12}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(
            f'<text x="{pad_l - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{_fmt(top * k / 4)}</text>'
        )
    for i, c in enumerate(counts):
        bh = plot_h * c / top
        x = pad_l + i * bw
        tip = f"{_fmt(lo + i * width)} tot {_fmt(lo + (i + 1) * width)}: {c}"
        parts.append(f'<rect x="{x + 1:.1f}" y="{pad_t + plot_h - bh:.1f}" width="{max(1, bw - 2):.1f}" '
                     f'height="{bh:.1f}" fill="{COLOR}"><title>{escape(tip)}</title></rect>')  # fmt: skip
    for k in range(0, 5):
        v = lo + (hi - lo) * k / 4
        x = pad_l + plot_w * k / 4
        parts.append(
            f'<text x="{x:.1f}" y="{h - pad_b + 16}" text-anchor="middle" font-size="11">{_fmt(v)}</text>'
        )
    for name, v in (marks or {}).items():
        if lo <= v <= hi:
            x = pad_l + plot_w * (v - lo) / (hi - lo)
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{pad_t}" y2="{pad_t + plot_h}" stroke="{ACCENT}" '
                         f'stroke-dasharray="4 3"/><text x="{x + 4:.1f}" y="{pad_t + 12}" font-size="11" '
                         f'fill="{ACCENT}">{escape(name)}</text>')  # fmt: skip
    parts.append(f'<text x="{pad_l + plot_w / 2:.1f}" y="{h - 6}" text-anchor="middle" font-size="12">'
                 f"{escape(label)}</text></svg>")  # fmt: skip
    return "".join(parts)


def bars(
    items: list[tuple[str, float]],
    *,
    unit: str = "",
    label_width: int = 220,
    note: list[str] | None = None,
    alt: str = "",
) -> str:
    """Horizontal bars, one per (label, value), largest first as given. ``note`` adds a text after each bar;
    ``alt`` names the chart for a screen reader."""
    if not items:
        return '<p class="leeg">Geen gegevens voor deze grafiek.</p>'
    row, pad = 22, 8
    h = pad * 2 + row * len(items)
    top = max((v for _, v in items), default=0) or 1
    plot_w = WIDTH - label_width - 110
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {h}" width="{WIDTH}" height="{h}" '
        f'role="img" aria-label="{escape(alt)}">'
    ]
    for i, (name, v) in enumerate(items):
        y = pad + i * row
        w = plot_w * max(0.0, v) / top
        limit = label_width // 7
        short = name if len(name) <= limit else name[: limit - 1] + "…"
        parts.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
                     f"<title>{escape(name)}</title>{escape(short)}</text>")  # fmt: skip
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{COLOR}"/>'
        )
        extra = f" {note[i]}" if note else ""
        parts.append(f'<text x="{label_width + w + 4:.1f}" y="{y + 15}" font-size="11">'
                     f"{escape(_fmt(v) + unit + extra)}</text>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)
