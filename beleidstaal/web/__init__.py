"""``beleidstaal web``: a page in the browser to check a draft without a terminal, and an HTTP API.

``create_app(config)`` builds the Starlette app; ``beleidstaal web`` serves it with uvicorn. Nothing is stored:
uploads are read in memory and dropped after the response.
"""

from __future__ import annotations

from .app import DEFAULT_MAX_CHARS, DEFAULT_MAX_UPLOAD, create_app

__all__ = ["DEFAULT_MAX_CHARS", "DEFAULT_MAX_UPLOAD", "create_app"]
