"""An alternative the word lists offer is never itself a word the lists report.

Advice that says 'write X' where X gets its own finding sends the writer in a circle (*vorenstaande* advised
'het bovenstaande', which the noun entry of *bovenstaande* reports; *adresseren* advised 'aan de orde stellen').
Every alternative of every entry is checked on its own line, with only the word-list rules on."""

from __future__ import annotations

import sys
from pathlib import Path

from beleidstaal import Config, check_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
LEXICON_RULES = ("BT101", "BT102", "BT103", "BT104", "BT105", "BT106", "BT108", "BT109", "BT202")


def _alternatives() -> dict[str, list[str]]:
    """alternative -> the terms that offer it."""
    offered: dict[str, list[str]] = {}
    for path in sorted((ROOT / "lexicons").glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("entry", []):
            for alternative in entry.get("alternatives", []):
                offered.setdefault(alternative, []).append(entry["term"])
    return offered


def test_no_alternative_is_reported_by_the_word_lists():
    offered = _alternatives()
    lines = sorted(offered)
    # one paragraph per alternative, so a finding's line says which alternative it is in
    text = "\n\n".join(f"{alternative}." for alternative in lines)
    findings = check_text(text, config=Config(select=LEXICON_RULES))
    reported = sorted(
        {(lines[(f.line - 1) // 2], f.text, tuple(offered[lines[(f.line - 1) // 2]])) for f in findings}
    )
    assert len(lines) > 1500
    assert reported == []


def test_the_check_sees_a_reported_alternative():
    # the check above would pass on nothing: an alternative that is itself listed is found
    findings = check_text("aan de orde stellen.\n\nbespreken.", config=Config(select=LEXICON_RULES))
    assert [(f.line, f.text) for f in findings] == [(1, "aan de orde")]
