"""How fast the command line starts: `beleidstaal --help`, `explain BT101`, `rules`, `info` and the cold start of a
one-paragraph `check` (no result cache), each the median of N runs in fresh processes.

Usage: python bench/cli_startup.py [--runs 10] [--before FOLDER] [--only WORD]
Goals (issue 20): --help, explain, rules and info <= 0.3 s, one-paragraph check <= 1.0 s. No assertions: the numbers
go in the closing note, with the machine's load (printed at the start and the end).

``--before FOLDER`` compares with other code in the same run: FOLDER holds another version of the source tree (for
example ``git archive <commit> | tar -x -C FOLDER``); each case then runs alternately with that code (``python -m
beleidstaal`` with FOLDER first on PYTHONPATH) and with this one (``python -m beleidstaal`` as installed), so both
see the same load. All runs start in an empty folder, so that the current folder does not decide which code runs.
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


def timed(cmd: list[str], env: dict, cwd: str | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run. On a busy machine the CPU time is the steadier figure:
    it is close to the wall time the same run takes on a quiet one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--before", type=Path, help="a source tree of other code to compare with, run by run")
    parser.add_argument("--only", help="run only the cases whose name holds this word (for example: check)")
    args = parser.parse_args()
    exe = shutil.which("beleidstaal")
    base = [exe] if exe else [sys.executable, "-m", "beleidstaal"]
    print(f"load before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "alinea.md"
        note.write_text(PARAGRAPH, encoding="utf-8")
        env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(Path(tmp) / "cache")}
        versions = {"": (base, env)}
        if args.before:
            path = os.pathsep.join([str(args.before.resolve()), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
            before_env = {**env, "PYTHONPATH": path, "BELEIDSTAAL_CACHE_DIR": str(Path(tmp) / "cache-before")}
            module = [sys.executable, "-m", "beleidstaal"]
            versions = {"before": (module, before_env), "after": (module, env)}
        cases = {
            "beleidstaal --help": ["--help"],
            "beleidstaal explain BT101": ["explain", "BT101"],
            "beleidstaal rules": ["rules"],
            "beleidstaal info": ["info"],
            "beleidstaal check (one paragraph, cold, --no-cache)": ["check", "--no-cache", str(note)],
        }
        cases = {name: case for name, case in cases.items() if not args.only or args.only in name}
        for cmd, run_env in versions.values():
            timed([*cmd, "--help"], run_env, tmp)  # warm the file system cache once
        for name, case in cases.items():
            runs: dict[str, list[tuple[float, float]]] = {label: [] for label in versions}
            for _ in range(args.runs):  # alternately, so that both versions see the same load
                for label, (cmd, run_env) in versions.items():
                    runs[label].append(timed([*cmd, *case], run_env, tmp))
            for label, measured in runs.items():
                wall, cpu = [w for w, _ in measured], [c for _, c in measured]
                print(f"{name}{f' [{label}]' if label else ''}: wall median {statistics.median(wall):.3f} s "
                      f"(min {min(wall):.3f} s), CPU median {statistics.median(cpu):.3f} s (n={args.runs})")  # fmt: skip
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
