"""bench/quality/real/new_findings.py: a finding is new where the base commit's code gives none at its place (file,
rule, start, end); it is grouped by its term, or by rule and span."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))

import new_findings  # noqa: E402
from common import Row  # noqa: E402

FILE = "docs-as-code/handreiking/stappen.md"


def _row(offset: int, rule: str, span: str, term: str = "") -> Row:
    sentence = "Wij monitoren de wachttijd en het formulier wordt door ons gecontroleerd."
    return Row(FILE, offset, offset + len(span), 1, sentence, span, rule, "melding", "", "info", "", term)


def test_a_finding_is_grouped_by_its_term_else_by_rule_and_span():
    assert new_findings.group(_row(4, "BT102", "monitoren", "monitoren")) == "monitoren"
    assert new_findings.group(_row(40, "BT301", "Wordt Gecontroleerd")) == "BT301:wordt gecontroleerd"


def test_only_findings_the_base_lacks_are_listed(monkeypatch, capsys, tmp_path):
    old, new = _row(4, "BT102", "monitoren", "monitoren"), _row(40, "BT301", "wordt door ons gecontroleerd")
    monkeypatch.setattr(new_findings, "files_of", lambda *a: [FILE])
    monkeypatch.setattr(new_findings, "base_places", lambda base, root, files: {(FILE, "BT102", 4, 13): ""})
    monkeypatch.setattr(new_findings, "lint_file", lambda root, rel, config: [old, new])
    monkeypatch.setattr(new_findings, "words_in", lambda root, rel: 11)
    assert new_findings.main(["--base", "abc1234", "--part", "dev", "--list", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "BT301:wordt door ons gecontroleerd: 1" in out
    assert "'monitoren'" not in out
    assert "1 nieuwe bevindingen (van 2 vandaag, 1 bij abc1234)" in out


def test_with_changed_a_finding_whose_offer_changed_is_listed_too(monkeypatch, capsys, tmp_path):
    same, other = (
        _row(4, "BT102", "monitoren", "monitoren"),
        _row(40, "BT301", "wordt door ons gecontroleerd"),
    )
    other.suggestion = "Wij controleren het formulier"
    base = {(FILE, "BT102", 4, 13): "", (FILE, "BT301", 40, 68): "advies: Zeg wie het doet."}
    monkeypatch.setattr(new_findings, "files_of", lambda *a: [FILE])
    monkeypatch.setattr(new_findings, "base_places", lambda base_, root, files: base)
    monkeypatch.setattr(new_findings, "lint_file", lambda root, rel, config: [same, other])
    monkeypatch.setattr(new_findings, "words_in", lambda root, rel: 11)
    args = ["--base", "abc1234", "--part", "dev", "--list", "--corpus", str(tmp_path)]
    assert new_findings.main(args) == 0
    assert "0 nieuwe bevindingen" in capsys.readouterr().out  # same places: nothing new without --changed
    assert new_findings.main([*args, "--changed"]) == 0
    out = capsys.readouterr().out
    assert "BT301:wordt door ons gecontroleerd: 1" in out and "'monitoren'" not in out
