"""The copy sheet of the real-text benchmark (bench/quality/real/copy_sample.py, copy_score.py; issue #24): the
stratified draw, the sheet's text, and the scores of a small hand-made judged sheet."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))

import common  # noqa: E402
import copy_sample  # noqa: E402
import copy_score  # noqa: E402

HEADER = "id\tfile\tkind\tseverity\tpassage\tkind_verdict\tright_kind\tboundary_verdict\treason"
# a hand-made judged sheet: 6 rows, text written for this test
JUDGED = [
    "c-1\ta.md\ttemplate\tinfo\tHet plan past in de omgeving.\tright\t\tok\t",
    "c-2\ta.md\ttemplate\twarning\tArtikel 3.1 luidt als volgt.\twrong\tlaw-quote\tbad\tbegint midden in een zin",
    "c-3\tb.md\tlaw-quote\tinfo\tDe raad stelt het plan vast.\tright\t\tok\t",
    "c-4\tb.md\town-reuse\tinfo\tDe gemeente bouwt hier woningen.\t?\t\t?\tniet te zien",
    "c-5\tb.md\tdocument\twarning\tHet plan past in de omgeving.\tright\t\tok\t",
    "c-6\tc.md\tinternal-repeat\tinfo\tDe weg blijft open.\t\t\t\tnog niet beoordeeld",
]


def _sheet(tmp_path: Path, lines: list[str]) -> list[dict[str, str]]:
    path = tmp_path / "kopie-beoordeeld.tsv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return common.read_sheet(path)


def test_scores_of_a_judged_sheet(tmp_path):
    result = copy_score.score(_sheet(tmp_path, JUDGED))
    assert result.rows == 6
    # kind: 3 right, 1 wrong, 1 ?; the unjudged row is left out
    assert result.kind.counts == Counter({"right": 3, "wrong": 1, "?": 1})
    assert result.kind.strict == 3 / 5 and result.kind.lenient == 3 / 4
    assert result.boundary.counts == Counter({"ok": 3, "bad": 1, "?": 1})
    assert result.boundary.strict == 3 / 5 and result.boundary.lenient == 3 / 4
    assert result.not_judged == ["c-6"]
    assert result.confusion == Counter({("template", "law-quote"): 1})
    # two law quotations: the one the tool got right (info) and the one it called template text at warning
    assert result.law_quotes == 2
    assert result.law_warnings == ["c-2"]
    assert result.law_warning_kinds == ["c-2"]
    template_kind, template_boundary = result.per_kind["template"]
    assert template_kind.counts == Counter({"right": 1, "wrong": 1})
    assert template_boundary.counts == Counter({"ok": 1, "bad": 1})


def test_goals_and_report(tmp_path):
    rows = _sheet(tmp_path, JUDGED)
    goals = copy_score.goals(copy_score.score(rows))
    assert not any(goals.values())  # 5 judged rows, 0.60 right, a law quotation at warning
    good = [f"c-{i}\ta.md\ttemplate\tinfo\tHet plan past.\tright\t\tok\t" for i in range(60)]
    assert all(copy_score.goals(copy_score.score(_sheet(tmp_path, good))).values())
    text = copy_score.report(copy_score.score(rows))
    assert "| **all** | 5 | 3 | 1 | 1 | 0.60 | 0.75 |" in text
    assert "shown as warning: 1 (c-2)" in text
    assert "template -> law-quote: 1" in text


def test_score_cli_refuses_a_sheet_of_another_kind(tmp_path, capsys):
    path = tmp_path / "ander.tsv"
    path.write_text("id\tverdict\nx-1\tTP\n", encoding="utf-8")
    assert copy_score.main([str(path)]) == 2
    assert "geen kopie-blad" in capsys.readouterr().err
    assert copy_score.main([str(tmp_path / "weg.tsv")]) == 2


def _row(file: str, kind: str, n: int) -> dict:
    return {"file": file, "offset": n, "end_offset": n + 10, "kind": kind}


def test_draw_stratifies_over_kind_and_spreads_over_plans():
    rows = [_row(f"plan{p}.md", "template", p * 100 + i) for p in range(4) for i in range(30)]
    rows += [_row("plan0.md", "law-quote", i) for i in range(3)]
    rows += [_row(f"plan{p}.md", "own-reuse", p * 100 + i) for p in range(2) for i in range(20)]
    chosen = copy_sample.draw(rows, 40, 10, seed=24)
    kinds = Counter(r["kind"] for r in chosen)
    assert kinds["law-quote"] == 3  # all it has
    assert kinds["own-reuse"] >= 10 and sum(kinds.values()) == 40
    plans = Counter(r["file"] for r in chosen if r["kind"] == "template")
    assert len(plans) == 4 and max(plans.values()) - min(plans.values()) <= 1
    assert chosen == copy_sample.draw(rows, 40, 10, seed=24)  # same seed, same sheet
    assert len({(r["file"], r["offset"], r["kind"]) for r in chosen}) == 40  # no row twice


def test_kind_and_sources_of_a_finding():
    passage = {
        "data": {
            "kind": "sjabloon", "source_relpath": "t_NL.IMRO.0001.A-VG01.md", "source_line": 5, "source_end_line": 9,
            "also": ["b.md", "c.md", "d.md", "e.md"], "also_at_least": 4,
        }
    }  # fmt: skip
    assert copy_sample.kind_of(passage) == "template"
    assert (
        copy_sample.sources_of(passage)
        == "t_NL.IMRO.0001.A-VG01.md (regels 5-9); ook in 4 andere: b.md, c.md, d.md, …"
    )
    summary = {"data": {"summary": True, "sources": 12, "top": ["a.md", "b.md"], "kind": None}}
    assert copy_sample.kind_of(summary) == "document"
    assert copy_sample.sources_of(summary) == "12 andere documenten; grootste bronnen: a.md, b.md"
    repeat = {"data": {"kind": "herhaling", "repeat": True, "source_line": 3, "source_end_line": 4}}
    assert copy_sample.kind_of(repeat) == "internal-repeat"
    assert copy_sample.sources_of(repeat) == "dit document, regels 3-4"
    assert copy_sample.kind_of({"data": {"kind": "citaat"}}) == "law-quote"


def test_heading_before_a_passage(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(
        "# Inleiding\n\nDe gemeente wil hier huizen bouwen.\n\n## Water\n\nHet water blijft schoon.\n"
    )
    found = copy_sample.headings(plan)
    assert [title for _, title in found] == ["Inleiding", "Water"]
    text = plan.read_text()
    assert copy_sample.heading_before(found, text.index("De gemeente")) == "Inleiding"
    assert copy_sample.heading_before(found, text.index("Het water")) == "Water"
    assert copy_sample.heading_before(found, 0) == ""  # before the first heading's text


def test_plans_are_chosen_from_one_half_and_the_index_holds_all_others(tmp_path):
    plans_dir = tmp_path / "bestemmingsplannen"
    plans_dir.mkdir()
    for i in range(40):
        (plans_dir / f"t_NL.IMRO.{i:04d}.P{i}-VG01.md").write_text("Tekst.\n")
    chosen, others = copy_sample.choose_plans(tmp_path, 24, 5, "blind")
    assert len(chosen) == 5 and all(common.part_of(p) == "blind" for p in chosen)
    assert sorted(chosen + others) == common.corpus_files(tmp_path, "bestemmingsplannen")
    assert (chosen, others) == copy_sample.choose_plans(tmp_path, 24, 5, "blind")
    again, rest = copy_sample.choose_plans(tmp_path, 24, 5, "blind", frozenset(chosen))
    assert not set(again) & set(chosen) and set(chosen) <= set(rest)
