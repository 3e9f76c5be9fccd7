"""The batch job hands the largest partitions to the workers first, so no worker ends the run alone on a big one."""

from __future__ import annotations

from beleidstaal.batch.job import submission_order
from beleidstaal.batch.sources import Partition, balanced, plan


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


def test_partitions_hold_about_equal_text_whatever_the_file_order(tmp_path):
    # one big file among many small ones, in an order where cutting the list in slices gives unequal slices
    sizes = [9_000, *([1_000] * 18), 6_000, 5_000, 4_000]
    for i, size in enumerate(sizes):
        (tmp_path / f"d{i:02d}.md").write_text("x" * size, encoding="utf-8")
    files = sorted(str(p) for p in tmp_path.glob("*.md"))
    parts = balanced(files, 4, 10**9)
    assert len(parts) == 4
    assert sorted(f for p in parts for f in p.files) == files  # every file exactly once
    assert [p.index for p in parts] == [0, 1, 2, 3]
    assert max(p.size for p in parts) - min(p.size for p in parts) <= 1_000  # the smallest file
    assert all(p.count == len(p.files) for p in parts)


def test_no_partition_is_bigger_than_the_cap_allows_and_none_is_empty(tmp_path):
    for i in range(10):
        (tmp_path / f"d{i}.md").write_text("x" * 1_000, encoding="utf-8")
    files = sorted(str(p) for p in tmp_path.glob("*.md"))
    assert len(balanced(files, 2, 2_500)) == 4  # 10,000 bytes at 2,500 a partition
    assert len(balanced(files, 40, 10**9)) == 10  # never more partitions than files
