"""How fast the command line starts: `beleidstaal --help`, `beleidstaal explain BT101` and the cold start of a
one-paragraph `check` (no result cache), each the median of N runs in fresh processes.

Usage: python bench/cli_startup.py [--runs 10]
Goals (issue 20): --help and explain <= 0.3 s, one-paragraph check <= 1.0 s. No assertions: the numbers go in the
closing note, with the machine's load (printed at the start and the end).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "Middels deze nota informeert het college de raad over de voortgang van het project. "
    "Er wordt ingezet op een betere samenwerking met de partners in de wijk.\n"
)


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run. On a busy machine the CPU time is the steadier figure:
    it is close to the wall time the same run takes on a quiet one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    exe = shutil.which("beleidstaal")
    base = [exe] if exe else [sys.executable, "-m", "beleidstaal"]
    print(f"load before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "alinea.md"
        note.write_text(PARAGRAPH, encoding="utf-8")
        env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(Path(tmp) / "cache")}
        cases = {
            "beleidstaal --help": [*base, "--help"],
            "beleidstaal explain BT101": [*base, "explain", "BT101"],
            "beleidstaal check (one paragraph, cold, --no-cache)": [*base, "check", "--no-cache", str(note)],
        }
        timed(cases["beleidstaal --help"], env)  # warm the file system cache once
        for name, cmd in cases.items():
            runs = [timed(cmd, env) for _ in range(args.runs)]
            wall, cpu = [w for w, _ in runs], [c for _, c in runs]
            print(f"{name}: wall median {statistics.median(wall):.3f} s (min {min(wall):.3f} s), "
                  f"CPU median {statistics.median(cpu):.3f} s (n={args.runs})")  # fmt: skip
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
