"""Reading time of large Markdown files: it must grow linearly with the size (issue 23, point 0).

Usage: python bench/read_speed.py [--repeat 3]
Builds a 1 MB and a 4 MB Markdown file from distinct zoning plans of ../shared/corpus/bestemmingsplannen (each
plan once, no repeats) in a temporary folder and times ``read_path`` (wall and CPU time; CPU time is what a shared machine's load
changes least) (bytes from disk to a Document with its offset
map), median of --repeat runs. No assertions: the numbers go in bench/RESULTS-read.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from beleidstaal.readers import read_path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bestemmingsplannen"


def build(size: int, folder: Path, plans: list[Path]) -> Path:
    parts, total = [], 0
    for plan in plans:
        data = plan.read_bytes()
        parts.append(data)
        total += len(data) + 2
        if total >= size:
            break
    data = b"\n\n".join(parts)[:size]
    path = folder / f"plan-{size // 1_000_000}mb.md"
    path.write_bytes(data[: len(data.decode("utf-8", "ignore").encode("utf-8"))])
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plans = sorted(CORPUS.glob("*.md"))
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}, cores: {os.cpu_count()}")
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (1_000_000, 4_000_000):
            path = build(size, Path(tmp), plans)
            runs, cpu = [], []
            for _ in range(args.repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                doc = read_path(path)
                runs.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            times[size] = statistics.median(cpu)
            print(
                f"{path.stat().st_size / 1e6:.1f} MB: wall {statistics.median(runs):.3f} s, "
                f"CPU {times[size]:.3f} s (medians of {args.repeat}), "
                f"{len(doc.paragraphs)} paragraphs, {len(doc.text.split())} words"
            )
    print(f"4 MB / 1 MB (CPU time): {times[4_000_000] / times[1_000_000]:.2f}x")


if __name__ == "__main__":
    main()
