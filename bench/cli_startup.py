"""How fast the command line starts: `beleidstaal --help`, `beleidstaal explain BT101` and the cold start of a
one-paragraph `check` (no result cache), each the median of N runs in fresh processes.

Usage: python bench/cli_startup.py [--runs 10]
Goals (issue 20): --help and explain <= 0.3 s, one-paragraph check <= 1.0 s. No assertions: the numbers go in the
closing note, with the machine's load (printed at the start and the end).
"""

from __future__ import annotations

import argparse
import os
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


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


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
            times = [timed(cmd, env) for _ in range(args.runs)]
            print(f"{name}: median {statistics.median(times):.3f} s, min {min(times):.3f} s "
                  f"(n={args.runs})")  # fmt: skip
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
