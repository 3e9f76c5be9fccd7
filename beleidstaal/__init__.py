"""beleidstaal: controleer Nederlandse beleidsteksten op holle en moeilijke taal.

The public API: ``check_text``, ``check_path``, ``check_document`` and ``Finding``.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .core import FileResult, check_document, check_path, check_text
from .findings import Finding

__all__ = ["Config", "FileResult", "Finding", "__version__", "check_document", "check_path", "check_text"]
