"""Speed work must not change what the linter finds: the findings over a fixed text (written for this test, in
tests/data/snelheid-tekst.md) are compared with the findings recorded before the speed work of issue 23: which
rule fires where (rule, start, end). Wording, severity and suggestions are tuned often on purpose and are not
compared.

A deliberate change to a rule or a word list can move or add findings too. Then look at the difference, and if it
is what you meant, record the new findings: ``python tests/test_findings_unchanged.py --write``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
TEXT = DATA / "snelheid-tekst.md"
RECORDED = DATA / "snelheid-tekst.findings.json"


def current() -> list[dict]:
    from beleidstaal import check_text

    findings = check_text(TEXT.read_text(encoding="utf-8"), kind="markdown", path="snelheid-tekst.md")
    return [f.to_dict() for f in findings]


def where(findings: list[dict]) -> list[tuple[str, int, int]]:
    return [(f["rule"], f["offset"], f["end_offset"]) for f in findings]


def test_findings_on_the_fixed_text_are_as_recorded():
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    now = current()
    assert len(now) > 30  # the text is written to give findings of most rules
    # its one long sentence (26 words in two halves of 13) is just over the limit in short parts: no BT401 (#16)
    assert {f["rule"] for f in now} >= {"BT101", "BT104", "BT201", "BT301", "BT501"}
    assert where(now) == where(recorded)


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    RECORDED.write_text(json.dumps(current(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
