"""``--format json``: one object ``{"findings": [...], "files": [...]}`` (the JSON contract): one finding per
occurrence, and per file its ``summary`` (taalniveau, counts per category and severity, grouped repeats and the
priorities, see ``summary.py``); null for a file that could not be checked."""

from __future__ import annotations

import json

from ..config import Config
from ..result import FileResult


def as_dict(results: list[FileResult]) -> dict:
    return {
        "findings": [f.to_dict() for r in results for f in r.findings],
        "files": [
            {"path": r.path, "words": r.words, "error": r.error, "summary": _summary(r)} for r in results
        ],
    }


def render(results: list[FileResult], config: Config | None = None) -> str:
    return json.dumps(as_dict(results), ensure_ascii=False, indent=2) + "\n"


def _summary(result: FileResult) -> dict | None:
    summary = result.summary
    return summary.to_dict() if summary is not None else None
