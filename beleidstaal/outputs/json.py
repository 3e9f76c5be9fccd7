"""``--format json``: one object ``{"findings": [...], "files": [...]}`` (the JSON contract)."""

from __future__ import annotations

import json

from ..core import FileResult


def as_dict(results: list[FileResult]) -> dict:
    return {
        "findings": [f.to_dict() for r in results for f in r.findings],
        "files": [{"path": r.path, "words": r.words, "error": r.error} for r in results],
    }


def render(results: list[FileResult]) -> str:
    return json.dumps(as_dict(results), ensure_ascii=False, indent=2) + "\n"
