"""The batch job hands the largest partitions to the workers first, so no worker ends the run alone on a big one."""

from __future__ import annotations

from beleidstaal.batch.job import submission_order
from beleidstaal.batch.sources import Partition, plan


def test_largest_partitions_are_submitted_first(tmp_path):
    sizes = {"a.md": 300, "b.md": 5_000, "c.md": 200, "d.md": 900, "e.md": 250}
    for name, size in sizes.items():
        (tmp_path / name).write_text("Dit is een zin. " * (size // 16), encoding="utf-8")
    the_plan = plan([str(tmp_path)], partitions_hint=4)
    assert len(the_plan.partitions) >= 3
    order = submission_order(the_plan.partitions)
    assert sorted(p.index for p in order) == [p.index for p in the_plan.partitions]  # each one once
    assert [p.size for p in order] == sorted((p.size for p in order), reverse=True)
    assert order[0].files == [str(tmp_path / "b.md")]  # the big plan does not wait until the end


def test_equal_sizes_keep_their_plan_order():
    parts = [Partition(i, files=[f"{i}.md"], size=100) for i in range(4)]
    assert [p.index for p in submission_order(parts)] == [0, 1, 2, 3]
