"""The nominalisation study (bench/quality/real/nomin_study.py): how a selection of blocking signals is measured and
chosen. Toy candidates, so the procedures can be checked by hand."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench" / "quality" / "real"))

import nomin_study as study  # noqa: E402


def toy():
    c = study.Cand
    cands = [
        c("blind", "TP", frozenset({"in_pp"}), True),
        c("blind", "FP", frozenset({"plural"}), True),
        c("dev", "FP", frozenset({"plural", "in_pp"}), True),
        c("dev", "TP", frozenset(), True),
        c("real1", "TP", frozenset({"after_adp"}), True),  # a marked span that only after_adp hides
        c("real1", "FP", frozenset({"plural"}), True),
        c("real1", "TP", frozenset({"after_adp"}), False),  # the linter would not report it anyway
    ]
    targets = [study.Target("real1", [4]), study.Target("real1", [6])]
    return cands, targets


def test_measure_counts_only_reported_candidates_and_found_marks():
    cands, targets = toy()
    assert study.measure(cands, targets, frozenset()) == (3, 3, 1, 2)
    assert study.measure(cands, targets, frozenset({"plural", "after_adp"})) == (2, 0, 0, 2)
    assert study.measure(cands, targets, frozenset({"plural"}), ["blind"]) == (1, 0, 0, 0)


def test_pareto_drops_a_blocker_that_only_hides_marks_and_adds_one_that_only_blocks_wrong_rows():
    cands, targets = toy()
    groups = ["blind", "dev", "real1"]
    chosen = study.choose_pareto(
        cands, targets, ["after_adp", "plural", "in_pp"], groups, frozenset({"after_adp"})
    )
    assert chosen == frozenset({"plural"})  # in_pp would block a right row and raise nothing: not taken


def test_held_out_scores_each_group_with_a_selection_chosen_without_it():
    cands, targets = toy()
    seen = []

    def procedure(train):
        seen.append(sorted(train))
        return frozenset({"plural"})

    rows = study.held_out(cands, targets, procedure, ["blind", "dev", "real1"])
    assert seen == [["dev", "real1"], ["blind", "real1"], ["blind", "dev"]]
    assert [r[0] for r in rows] == ["blind", "dev", "real1"]
