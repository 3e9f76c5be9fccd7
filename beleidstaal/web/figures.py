"""Readability figures for the top of the result, from the figures the core computed with the check
(``FileResult.figures``). Labels are Dutch (B1); numbers use a decimal comma."""

from __future__ import annotations

from ..numbers import dutch_number


def readability(figures) -> tuple[list[tuple[str, str]], str | None]:
    """(label, value) rows and the explanation of the method (or None). Without words there is nothing to score:
    then only the word count."""
    from ..stats import METHOD, figure_rows

    if figures is None or not figures.words:
        return [("Woorden", dutch_number(figures.words if figures else 0))], None
    return figure_rows(figures), METHOD
