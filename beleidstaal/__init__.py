"""beleidstaal: controleer Nederlandse beleidsteksten op holle en moeilijke taal.

The public API: ``check_text``, ``check_path``, ``check_document`` and ``Finding``.
The names are imported on first use (PEP 562), so ``import beleidstaal`` (and the command line's ``--help``,
``rules``, ``explain`` and ``info``) does not load spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_LAZY = {
    "Config": ".config",
    "FileResult": ".result",
    "check_document": ".core",
    "check_path": ".core",
    "check_text": ".core",
    "Finding": ".findings",
}

__all__ = ["Config", "FileResult", "Finding", "__version__", "check_document", "check_path", "check_text"]

if TYPE_CHECKING:
    from .config import Config
    from .core import FileResult, check_document, check_path, check_text
    from .findings import Finding


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
