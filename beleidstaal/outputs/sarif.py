"""``--format sarif``: SARIF 2.1.0 for code-scanning tools in CI, with every rule and its Dutch help text.

Columns are counted in characters (``columnKind: unicodeCodePoints``), as everywhere in beleidstaal. For a Word
file, ``startLine`` is the paragraph number. A suggestion that can replace the flagged words as they stand is given
as a SARIF ``fix``. Files that could not be read are tool notifications with level ``error``.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..config import Config
from ..findings import CATEGORIES
from ..result import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str | None) -> str:
    """A relative path stays relative (with forward slashes); an absolute path becomes a file URI."""
    if not path or path == "-":
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return p.as_posix()


def _rule_descriptor(rule) -> dict:
    example = ""
    if rule.bad or rule.good:
        example = "\n\nVoorbeeld: " + " / ".join(rule.bad) + "\nBeter: " + " / ".join(rule.good)
    help_text = f"{rule.what}\n\nWaarom is dit lastig voor de lezer? {rule.why}{example}"
    markdown = (
        f"**{rule.title}**\n\n{rule.what}\n\n**Waarom is dit lastig voor de lezer?** {rule.why}"
        + ("\n\n**Voorbeeld:** " + " / ".join(f"*{b}*" for b in rule.bad) if rule.bad else "")
        + ("\n\n**Beter:** " + " / ".join(f"*{g}*" for g in rule.good) if rule.good else "")
        + f"\n\nMeer uitleg: `beleidstaal explain {rule.code}`"
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.what},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": not rule.opt_in},
        "properties": {"category": rule.category, "tags": [rule.category, CATEGORIES.get(rule.category, "")]},
    }


def _result(f, rule_index: dict[str, int]) -> dict:
    uri = artifact_uri(f.path)
    region = {
        "startLine": max(1, f.line),
        "startColumn": max(1, f.column),
        "endLine": max(1, f.end_line or f.line),
        "endColumn": max(1, f.end_column or f.column),
        "charOffset": f.offset,
        "charLength": max(0, f.end_offset - f.offset),
        "snippet": {"text": f.text},
    }
    message = f.message
    if f.new_suggestions:  # the replacements the message does not name yet; all of them stay in ``fixes``
        message += " Suggestie: " + " / ".join(f.new_suggestions) + "."
    result = {
        "ruleId": f.rule,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {"beleidstaal/v1": f"{f.rule}:{f.text.lower()}:{f.line}"},
        "properties": {"category": f.category},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.replaceable and f.suggestions:
        result["fixes"] = [
            {
                "description": {"text": f"Vervang '{f.text}' door '{s}'."},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "startLine": region["startLine"],
                                    "startColumn": region["startColumn"],
                                    "endLine": region["endLine"],
                                    "endColumn": region["endColumn"],
                                },
                                "insertedContent": {"text": s},
                            }
                        ],
                    }
                ],
            }
            for s in f.suggestions
        ]
    return result


def as_sarif(results: list[FileResult], config: Config | None = None) -> dict:
    from ..rules.registry import all_rules

    rules = all_rules()
    rule_index = {r.code: i for i, r in enumerate(rules)}
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)}}}],
            "descriptor": {"id": "invoer"},
        }
        for r in results
        if r.error
    ]
    run = {
        "tool": {
            "driver": {
                "name": "beleidstaal",
                "fullName": "beleidstaal: controle van Nederlandse beleidsteksten",
                "version": __version__,
                "semanticVersion": __version__,
                "language": "nl",
                "rules": [_rule_descriptor(r) for r in rules],
            }
        },
        "invocations": [
            {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
        ],
        "columnKind": "unicodeCodePoints",
        "language": "nl",
        "results": [_result(f, rule_index) for r in results for f in r.findings],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: list[FileResult], config: Config | None = None) -> str:
    return json.dumps(as_sarif(results, config), ensure_ascii=False, indent=2) + "\n"
