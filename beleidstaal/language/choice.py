"""How Dutch joins a choice of words: commas, the last with *of*. No language data: ``explain`` and ``rules`` use it
without loading what a check needs."""

from __future__ import annotations


def or_list(words, quote: bool = True) -> str:
    """Alternatives quoted and joined as Dutch joins a choice: commas, the last with *of* (*'met', 'volgens' of
    'op basis van'*); ``quote=False``: without the quotes (*BT101, BT102 of BT103*)."""
    shown = [f"'{w}'" if quote else str(w) for w in words]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " of " + shown[-1]
