"""What a check with a reference index adds in a process of its own, as a user runs it (issue #24 item 5), for one
or more source trees side by side: for each plan, ``python -m beleidstaal check`` without and with ``--reference
INDEX``, each tree in turn within every round (the order of the trees turns each round, so that a busy moment falls
on all of them), ``--rounds`` times. Each tree runs from its own folder with its own ``BELEIDSTAAL_CACHE_DIR`` (the
kept word lists of one tree do not push out another's). Reported per tree and plan: the least CPU time (user +
system) without and with the index, their difference, and the spread of the differences of single rounds; and the
load of the machine at the start and end. A plan of a reserved list is refused (``index_scale.reserved``).

With ``--bytecode`` the children run as an installed package does: Python keeps the compiled modules (pip compiles
them at install), here in a folder per tree in its cache folder (``PYTHONPYCACHEPREFIX``, written by the warm-up
runs, with and without the index; the trees themselves are not written to). Without it, where
``PYTHONDONTWRITEBYTECODE`` is set (as in the engineers' shells) and a tree has no compiled modules, every child
compiles the modules it imports from source, and the check with the index compiles the copy rules' and the
index's modules as well (importing them: 0.048 s CPU from source, 0.017 s compiled; 4 Dec 2026, within the noise
of the child figure).

    python bench/index_child_cost.py INDEX PLAN.md [PLAN.md ...] --tree before=/tmp/x --tree after=. --rounds 6

With ``--tree-index NAME=INDEX`` a tree checks against an index of its own (the same documents in the format of its
code, when the index format changed between the trees).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from index_scale import reserved


def timed(tree: Path, cache: Path, args: list[str], bytecode: bool = False, wall: bool = False) -> float:
    """CPU seconds (user + system) of ``python -m beleidstaal ARGS`` run from ``tree``, or with ``wall`` the seconds
    it took on the clock; with ``bytecode``, the compiled modules kept in ``cache``/pycache."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BELEIDSTAAL_CACHE_DIR": str(cache)}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    cmd = ["/usr/bin/time", "-f", "TIME %U %S %e", sys.executable, "-m", "beleidstaal", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tree, env=env)
    if proc.returncode not in (0, 1):
        sys.exit(f"failed ({tree}): {' '.join(args)}\n{proc.stderr[-2000:]}")
    line = [x for x in proc.stderr.splitlines() if x.startswith("TIME ")][-1].split()
    return float(line[3]) if wall else float(line[1]) + float(line[2])


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plans", nargs="+")
    ap.add_argument(
        "--tree", action="append", required=True, help="NAME=FOLDER of a source tree (repeatable)"
    )
    ap.add_argument(
        "--cache", default="/tmp/beleidstaal-child-cost", help="folder for each tree's cache folder"
    )
    ap.add_argument(
        "--tree-index", action="append", default=[], help="NAME=INDEX: this tree's own index (repeatable)"
    )
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument(
        "--bytecode", action="store_true", help="keep compiled modules per tree, as an installed package does"
    )
    ap.add_argument(
        "--wall",
        action="store_true",
        help="clock time (what a user waits for) instead of CPU time; only on a quiet machine",
    )
    args = ap.parse_args()
    unit = "wall" if args.wall else "CPU"
    trees = [(name, Path(folder).resolve()) for name, folder in (t.split("=", 1) for t in args.tree)]
    bad = [p for p in args.plans if Path(p).name in reserved()]
    if bad:
        sys.exit(f"reserved plans are never timed: {', '.join(bad)}")
    caches = {name: Path(args.cache) / name for name, _ in trees}
    indexes = {name: args.index for name, _ in trees} | dict(t.split("=", 1) for t in args.tree_index)
    warm = ["check", "--no-cache", "--format", "json", "--exit-zero", args.plans[0]]
    for name, tree in trees:  # warm each tree's cache folder (compiled word lists, frequency table, modules)
        timed(tree, caches[name], warm, args.bytecode)
        if args.bytecode:  # the modules that only a check with the index imports
            timed(tree, caches[name], [*warm[:-1], "--reference", indexes[name], warm[-1]], True)
    print(f"load at the start {load()}{', compiled modules kept' if args.bytecode else ''}", flush=True)
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for r in range(args.rounds):
        for plan in args.plans:
            plain = ["check", "--no-cache", "--format", "json", "--exit-zero", plan]
            for name, tree in trees[r % len(trees) :] + trees[: r % len(trees)]:
                without = timed(tree, caches[name], plain, args.bytecode, args.wall)
                with_index = timed(
                    tree,
                    caches[name],
                    [*plain[:-1], "--reference", indexes[name], plan],
                    args.bytecode,
                    args.wall,
                )
                runs.setdefault((name, plan), []).append((without, with_index))
        print(f"round {r + 1} done, load {load()}", flush=True)
    for name, _ in trees:
        adds = []
        for plan in args.plans:
            pairs = runs[(name, plan)]
            least = min(p[0] for p in pairs), min(p[1] for p in pairs)
            single = sorted(b - a for a, b in pairs)
            adds.append(least[1] - least[0])
            print(f"{name} {Path(plan).name}: without {least[0]:.2f} s, with {least[1]:.2f} s {unit} (least of "
                  f"{len(pairs)}): adds {least[1] - least[0]:+.2f} s; single rounds {single[0]:+.2f} to "
                  f"{single[-1]:+.2f} s, median {single[len(single) // 2]:+.2f} s")  # fmt: skip
        print(f"{name}: mean of {len(adds)} plans adds {sum(adds) / len(adds):+.2f} s {unit}")
    print(f"load at the end {load()}")


if __name__ == "__main__":
    main()
