"""Numbers written the Dutch way, for every output: a dot between thousands and a decimal comma."""

from __future__ import annotations


def dutch_number(value: float, digits: int = 0) -> str:
    """``1234`` → ``1.234``; ``1234.56`` with one digit → ``1.234,6``."""
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def decimal(value: float, digits: int = 1) -> str:
    """A decimal comma, no thousands separator: ``12.5`` → ``12,5``."""
    return f"{value:.{digits}f}".replace(".", ",")
