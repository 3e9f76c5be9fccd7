"""The real-text benchmark scripts (bench/quality/real): the split, the stratified draw, the sheet and the scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))

import agreement  # noqa: E402
import common  # noqa: E402
import docs_replay  # noqa: E402
import entries  # noqa: E402
import passive_replay  # noqa: E402
import sample  # noqa: E402
import score  # noqa: E402


def test_split_is_stable_and_uses_both_halves():
    names = [f"docs-as-code/map/bestand{i}.md" for i in range(200)]
    parts = [common.part_of(n) for n in names]
    assert parts == [common.part_of(n) for n in names]
    assert 60 < parts.count("dev") < 140


def test_allocate_gives_every_rule_its_floor_and_fills_the_total():
    counts = {"BT101": 500, "BT201": 300, "BT701": 3, "BT103": 9}
    quota = sample.allocate(counts, 100, 8)
    assert quota["BT701"] == 3  # all it has
    assert quota["BT103"] == 8
    assert sum(quota.values()) == 100
    assert quota["BT101"] > quota["BT201"] > 8
    assert all(quota[r] <= counts[r] for r in counts)


def test_allocate_when_there_are_fewer_findings_than_asked():
    assert sample.allocate({"BT101": 4, "BT102": 2}, 100, 10) == {"BT101": 4, "BT102": 2}


def _row(i: int, rule: str, verdict: str, sv: str) -> dict[str, str]:
    return {
        "id": f"dev-{i:03d}",
        "file": "x.md",
        "offset": "0",
        "end_offset": "4",
        "line": "1",
        "sentence": "Dit is een zin.\tmet tab",
        "span": "Dit",
        "rule": rule,
        "message": "m",
        "suggestion": "s",
        "verdict": verdict,
        "suggestion_verdict": sv,
        "reason": "",
    }


def test_sheet_round_trip_keeps_columns_and_removes_tabs(tmp_path):
    path = tmp_path / "blad.tsv"
    common.write_sheet(path, [_row(1, "BT101", "TP", "good")])
    (row,) = common.read_sheet(path)
    assert row["sentence"] == "Dit is een zin. met tab"
    assert row["verdict"] == "TP" and row["rule"] == "BT101"


def test_precision_strict_and_lenient():
    rows = [_row(1, "BT101", "TP", "good"), _row(2, "BT101", "FP", "bad"), _row(3, "BT101", "?", "none")]
    rows += [_row(4, "BT201", "TP", "hint"), _row(5, "BT201", "", "")]
    table = score.precision_table(rows)
    # BT101: 1 TP of 3 strict, 1 of 2 lenient; 1 good of 2 suggestions
    assert "| BT101 | 3 | 1 | 1 | 1 | 0.33 | 0.50 | 2 | 1 | 0 | 1 | 0.50 |" in table
    assert "| **all** | 4 | 2 | 1 | 1 | 0.50 | 0.67 | 3 | 1 | 1 | 1 | 0.33 |" in table
    assert "Not judged (left out): 1: dev-005" in table


def test_draw_gives_docs_as_code_its_share():
    import random

    def row(corpus: str, i: int) -> common.Row:
        return common.Row(f"{corpus}/f{i}.md", i, i + 1, 1, "zin", "w", "BT101", "m", "")

    rows = [row("bestemmingsplannen", i) for i in range(100)] + [row("docs-as-code", i) for i in range(5)]
    got = sample.draw(random.Random(1), rows, 10, 0.4)
    assert len(got) == 10
    assert sum(r.file.startswith("docs-as-code/") for r in got) == 4
    few = sample.draw(random.Random(1), rows[:3] + rows[-1:], 10, 0.4)
    assert len(few) == 4


def _corpus(tmp_path: Path, names: list[str]) -> Path:
    for name in names:
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Dit is een zin.\n", encoding="utf-8")
    return tmp_path / "corpus"


def test_exclude_sheets_leaves_out_every_file_of_an_earlier_sheet(tmp_path):
    names = [f"bestemmingsplannen/plan{i}.md" for i in range(40)] + [
        f"docs-as-code/d/doc{i}.md" for i in range(40)
    ]
    root = _corpus(tmp_path, names)
    blind = [n for n in names if common.part_of(n) == "blind"]
    seen = blind[:3] + blind[-3:]  # plans and docs that an earlier sheet had
    sheet = tmp_path / "oud-blad.tsv"
    rows = [{**_row(i, "BT101", "TP", "good"), "file": name} for i, name in enumerate(seen)]
    common.write_sheet(sheet, rows)
    excluded = common.sheet_files([sheet])
    assert excluded == frozenset(seen)
    counts = {"bestemmingsplannen": 100, "docs-as-code": 100}
    everything = common.choose_files(root, "blind", 7, counts)
    fresh = common.choose_files(root, "blind", 7, counts, excluded)
    assert set(seen) <= set(everything)
    assert set(fresh) == set(everything) - set(seen)


def test_exclude_sheets_with_nothing_left_is_a_clear_error(tmp_path, capsys):
    names = ["bestemmingsplannen/plan.md", "docs-as-code/doc.md"]
    root = _corpus(tmp_path, names)
    sheet = tmp_path / "oud-blad.tsv"
    common.write_sheet(sheet, [{**_row(i, "BT101", "TP", "good"), "file": n} for i, n in enumerate(names)])
    for part in ("dev", "blind"):
        args = ["--part", part, "--out", str(tmp_path / "nieuw.tsv"), "--corpus", str(root)]
        assert sample.main(args + ["--exclude-sheets", str(sheet)]) == 2
        assert "Geen bestanden over" in capsys.readouterr().err
    assert not (tmp_path / "nieuw.tsv").exists()


def test_recall_at_a_severity_counts_only_what_is_still_shown_at_that_level(monkeypatch):
    judged = [
        {**_row(1, "BT101", "TP", "good"), "offset": "0", "end_offset": "4"},
        {**_row(2, "BT101", "FP", "bad"), "offset": "10", "end_offset": "14"},
        {**_row(3, "BT104", "TP", "good"), "offset": "20", "end_offset": "30"},
    ]

    def lint(root, rel, config):
        return [
            common.Row(rel, 0, 4, 1, "zin", "w", "BT101", "m", "", "warning"),
            common.Row(rel, 10, 14, 1, "zin", "w", "BT101", "m", "", "info"),  # now only a tip
            common.Row(rel, 20, 30, 1, "zin", "w", "BT104", "m", "", "warning"),
        ]

    monkeypatch.setattr(score, "lint_file", lint)
    everything = score.recall(judged, "/nergens")
    assert "| BT101 | 1 | 1 | 0.00 | 1 | 1 | 0.50 | 0.50 |" in everything
    warnings = score.recall(judged, "/nergens", "warning")
    assert "| BT101 | 1 | 1 | 0.00 | 1 | 0 | 0.50 | 1.00 |" in warnings
    assert "| **all** | 2 | 2 | 0.00 | 1 | 0 | 0.67 | 1.00 |" in warnings


def test_only_sheets_draws_only_from_the_files_of_those_sheets(tmp_path, monkeypatch):
    names = [f"bestemmingsplannen/plan{i}.md" for i in range(40)] + [
        f"docs-as-code/d/doc{i}.md" for i in range(40)
    ]
    root = _corpus(tmp_path, names)
    blind_plans = [n for n in names if common.part_of(n) == "blind" and n.startswith("bestemmingsplannen/")]
    listed = blind_plans[:4] + [next(n for n in names if common.part_of(n) == "dev")]
    sheet = tmp_path / "kopie-blad.tsv"
    common.write_sheet(sheet, [{**_row(i, "BT802", "TP", "good"), "file": n} for i, n in enumerate(listed)])
    counts = {"bestemmingsplannen": 100, "docs-as-code": 100}
    only = common.sheet_files([sheet])
    assert common.choose_files(root, "blind", 7, counts, only=only) == sorted(blind_plans[:4])
    # with an exclusion on top, the excluded file is gone too
    assert common.choose_files(root, "blind", 7, counts, frozenset(blind_plans[:1]), only) == sorted(
        blind_plans[1:4]
    )
    # "all" takes the listed files of both halves: a reserved list may hold files of either half
    assert common.choose_files(root, "all", 7, counts, only=only) == sorted(listed)
    read: list[str] = []
    monkeypatch.setattr(sample, "lint_file", lambda _root, rel, _config: read.append(rel) or [])
    out = tmp_path / "nieuw.tsv"
    args = ["--part", "blind", "--out", str(out), "--corpus", str(root), "--docs-share", "0"]
    assert sample.main(args + ["--only-sheets", str(sheet)]) == 0
    assert read == sorted(blind_plans[:4])


def test_only_sheets_without_a_file_of_the_part_is_a_clear_error(tmp_path, capsys):
    names = ["bestemmingsplannen/plan.md", "docs-as-code/doc.md", "bestemmingsplannen/ander.md"]
    root = _corpus(tmp_path, names)
    sheet = tmp_path / "kopie-blad.tsv"
    common.write_sheet(sheet, [{**_row(0, "BT802", "TP", "good"), "file": "bestemmingsplannen/elders.md"}])
    args = ["--part", "blind", "--out", str(tmp_path / "nieuw.tsv"), "--corpus", str(root)]
    assert sample.main(args + ["--only-sheets", str(sheet)]) == 2
    assert "--only-sheets" in capsys.readouterr().err
    assert not (tmp_path / "nieuw.tsv").exists()


def test_passive_replay_checks_a_row_in_its_paragraph_under_its_heading():
    text = "# Water\n\nEerste alinea.\n\n## Bodem\n\nDe grond wordt onderzocht.\nHet plan volgt.\n\nLaatste."
    start = text.index("wordt")
    base, para = passive_replay.paragraph(text, start, start + 5)
    assert para == "## Bodem\n\nDe grond wordt onderzocht.\nHet plan volgt."
    assert para[start - base : start - base + 5] == "wordt"  # offsets map back to the file
    _, first = passive_replay.paragraph(text, 0, 7)
    assert first == "# Water"


def test_passive_replay_with_section_checks_a_row_with_the_paragraphs_before_it():
    # a list of conditions is only seen as one with its earlier items (--section)
    text = "# Water\n\nEerste alinea.\n\n## Regels\n\na. de weg ligt hoger;\n\nb. het water wordt geloosd;\n\nNa."
    start = text.index("wordt")
    base, section = passive_replay.paragraph(text, start, start + 5, section=True)
    assert section == "## Regels\n\na. de weg ligt hoger;\n\nb. het water wordt geloosd;"
    assert section[start - base : start - base + 5] == "wordt"


def test_entries_counts_each_judged_finding_once_per_entry():
    """Precision per word-list entry (entries.py): a finding judged on two sheets counts once; the entry is the
    term today's finding names, else the term quoted in the judged message."""
    rows = [
        {"file": "a.md", "offset": "1", "end_offset": "5", "rule": "BT106", "verdict": "TP",
         "message": "'diverse': Vaag.", "span": "diverse"},
        {"file": "b.md", "offset": "9", "end_offset": "16", "rule": "BT106", "verdict": "FP",
         "message": "'Diverse': Vaag.", "span": "Diverse"},
        {"file": "c.md", "offset": "3", "end_offset": "9", "rule": "BT106", "verdict": "?",
         "message": "'eventuele': Vaag.", "span": "eventuele"},
    ]  # fmt: skip
    found = {
        ("a.md", "1", "5", "BT106"): ("diverse", "info"),
        ("c.md", "3", "9", "BT106"): ("eventueel", "info"),
    }
    table = entries.table(rows, found, min_n=1)
    assert "| BT106 | diverse | 2 | 1 | 1 | 0.50 | 1 | 0 | info 1 |" in table
    assert "| BT106 | eventueel | 1 | 0 | 1 | 0.00 | 0 | 1 | info 1 |" in table
    summary = entries.per_rule(rows, found)
    assert "| BT106 | 3 | 1 | 2 | 0.33 | 1 | 1 | 0.50 |" in summary
    assert entries.quoted_term({"message": "'Hoogwaardige': Vaag."}) == "hoogwaardige"


def test_entries_by_now_rule_splits_a_judged_rule_by_the_rule_it_fires_under_now(tmp_path):
    """A judged BT106 row found today by a finding of BT108 or BT109 (the opt-in parts of its old list) counts
    under that rule; a row that no longer fires counts nowhere."""
    rows = [
        {"file": "a.md", "offset": "1", "end_offset": "5", "rule": "BT106", "verdict": "TP", "sheet": "blind3"},
        {"file": "a.md", "offset": "9", "end_offset": "20", "rule": "BT106", "verdict": "FP", "sheet": "blind9"},
        {"file": "a.md", "offset": "30", "end_offset": "36", "rule": "BT106", "verdict": "TP", "sheet": "dev"},
        {"file": "a.md", "offset": "40", "end_offset": "44", "rule": "BT106", "verdict": "TP", "sheet": "dev"},
    ]  # fmt: skip
    dump = tmp_path / "dump.jsonl"
    findings = [
        dict(file="a.md", rule="BT106", term="veelal", text="veelal", severity="warning", offset=1, end=5),
        dict(
            file="a.md",
            rule="BT108",
            term="in principe",
            text="In principe",
            severity="info",
            offset=9,
            end=20,
        ),
        dict(file="a.md", rule="BT109", term="diverse", text="diverse", severity="info", offset=30, end=36),
    ]
    dump.write_text("\n".join(json.dumps(f) for f in findings) + "\n", encoding="utf-8")
    found = entries.load(rows, dump)
    table = entries.by_now_rule(rows, found)
    assert "| all sheets | BT106 | BT106 | 1 | 0 | 1.00 |" in table
    assert "| all sheets | BT106 | BT108 (opt-in) | 0 | 1 | 0.00 |" in table
    assert "| blind sheets | BT106 | BT108 (opt-in) | 0 | 1 | 0.00 |" in table
    assert "| dev | BT106 | BT109 (opt-in) | 1 | 0 | 1.00 |" in table
    assert "| dev | BT106 | BT106 |" not in table  # the dev row at 40-44 fires under no rule now


def test_compounds_only_keeps_only_the_findings_on_the_last_part_of_a_compound(tmp_path, monkeypatch):
    names = [f"bestemmingsplannen/plan{i}.md" for i in range(6)] + [
        f"docs-as-code/d/doc{i}.md" for i in range(6)
    ]
    root = _corpus(tmp_path, names)

    def lint(root, rel, config):
        return [
            common.Row(rel, 0, 4, 1, "zin", "doelstelling", "BT102", "m", "doel", "info"),
            common.Row(
                rel, 10, 31, 1, "zin", "beleidsdoelstelling", "BT102", "m", "beleidsdoel", "info", "compound"
            ),
        ]

    monkeypatch.setattr(sample, "lint_file", lint)
    out = tmp_path / "samenstellingen.tsv"
    args = ["--part", "dev", "--out", str(out), "--corpus", str(root), "--files", "6", "6"]
    assert sample.main([*args, "--compounds-only"]) == 0
    rows = common.read_sheet(out)
    assert rows and all(r["span"] == "beleidsdoelstelling" for r in rows)
    assert "form" not in rows[0]  # the judge does not see how it was found
    assert sample.main(args) == 0
    assert {r["span"] for r in common.read_sheet(out)} == {"doelstelling", "beleidsdoelstelling"}


def _spy_on_read_sheet(monkeypatch, *modules) -> list[str]:
    """The names of the sheets these modules open from now on (their ``read_sheet`` still reads them)."""
    opened: list[str] = []
    real = common.read_sheet

    def spy(path):
        opened.append(Path(path).name)
        return real(path)

    for module in modules:
        monkeypatch.setattr(module, "read_sheet", spy)
    return opened


def test_the_replays_leave_a_skipped_sheet_unread(monkeypatch):
    """``--skip-sheet`` (passive_replay, entries): a named sheet is never opened, the others still are."""
    opened = _spy_on_read_sheet(monkeypatch, passive_replay, entries)
    for module in (passive_replay, entries):
        opened.clear()
        module.judged_rows(skip=("blind13",))
        assert "blind13-judged.tsv" not in opened and "blind12-judged.tsv" in opened, module.__name__
        opened.clear()
        module.judged_rows()
        assert "blind13-judged.tsv" in opened, module.__name__


def test_docs_replay_reads_only_docs_rows_once_and_never_copy15_or_a_skipped_sheet(monkeypatch):
    opened = _spy_on_read_sheet(monkeypatch, docs_replay)
    rows = docs_replay.docs_rows(frozenset({"blind13"}))
    assert "copy15-judged.tsv" not in opened and "blind13-judged.tsv" not in opened
    assert "docs13-judged.tsv" in opened
    assert rows and all(r["file"].startswith("docs-as-code/") and r["verdict"] for r in rows)
    keys = [(r["file"], r["offset"], r["end_offset"], r["rule"]) for r in rows]
    assert len(keys) == len(set(keys))  # a finding judged on two sheets counts once


def test_agreement_counts_rows_judged_alike_and_kappa():
    def rows(verdicts):
        return [
            {"id": f"r{i}", "rule": "BT101" if i < 4 else "BT301", "verdict": v, "suggestion_verdict": "hint"}
            for i, v in enumerate(verdicts)
        ]

    first = rows(["TP", "TP", "FP", "TP", "TP", "FP", "TP", "?"])
    second = rows(["TP", "FP", "FP", "TP", "TP", "TP", "TP", "FP"])
    second[0]["suggestion_verdict"] = "good"
    table = agreement.compare(first, second)
    # 8 rows, both right 4 (r0, r3, r4, r6), both wrong 2 (r2, r7: '?' counts as not right), 2 differ
    assert "| **all** | 8 | 4 | 2 | 2 | 0.75 |" in table
    assert "| BT101 | 4 | 2 | 1 | 1 | 0.75 |" in table
    assert "Suggestion verdicts the same: 7 of 8" in table and "first hint, second good: 1" in table
    assert agreement.kappa([(True, True), (False, False)]) == 1.0
    assert round(agreement.kappa([(True, True), (True, False), (False, True), (False, False)]), 2) == 0.0
    assert agreement.kappa([(True, True), (True, True)]) is None
