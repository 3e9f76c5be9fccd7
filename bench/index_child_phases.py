"""Where the extra time of a check with a reference index goes in a process of its own (issue #24 item 5): the
child of ``index_child_cost.py`` split into phases. For each plan, ``python -m beleidstaal check --no-cache --format
json`` without and with ``--reference INDEX``, ``--rounds`` times each, each child with a CPU timer
(``time.process_time``) around:

- ``start``: everything before the command runs (Python, the command line's imports);
- ``open``: opening the reference index before any file is checked (``index.reference.references_for``);
- ``copy``: the copy rules' shared pass (BT801, BT802, BT107), the import of their modules included (they are
  imported inside it, on first use);
- ``check``: the whole check of the file (``core.check_document``; holds ``copy``);
- ``emit``: writing the output (``cli.check.emit``: the summary and the JSON text);
- ``gc``: the garbage collector's walks (``gc.callbacks``);
- ``atexit``: the CPU time when the exit handlers run; ``total``: user + system of the whole process
  (``/usr/bin/time``), so ``total - atexit`` is what the end of the process takes.

Per plan, the round with the least ``total`` of each kind is shown, and the difference. The children run as
``index_child_cost.py --bytecode`` runs them (compiled modules kept in ``--cache``/pycache, a cache folder of their
own). A plan of a reserved list is refused.

    python bench/index_child_phases.py INDEX PLAN.md [PLAN.md ...] --rounds 2
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

PHASES = ("start", "open", "copy", "check", "emit", "gc", "atexit", "total")


def child() -> None:
    """Run the command line with the timers of ``PHASES`` (this file run with ``--child ARGS``)."""
    import atexit
    import gc
    import time

    spent = dict.fromkeys(PHASES[:-1], 0.0)
    gc_start = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_start[0] = time.process_time()
        else:
            spent["gc"] += time.process_time() - gc_start[0]

    def timed(owner, name: str, phase: str) -> None:
        func = getattr(owner, name)

        def wrapper(*args, **kwargs):
            t = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[phase] += time.process_time() - t

        setattr(owner, name, wrapper)

    def report() -> None:
        spent["atexit"] = time.process_time()
        sys.stderr.write("PHASES " + " ".join(f"{k}={v:.4f}" for k, v in spent.items()) + "\n")

    gc.callbacks.append(on_gc)
    import beleidstaal.cli as cli
    import beleidstaal.cli.check as cli_check
    import beleidstaal.core as core
    import beleidstaal.rules.copy as copy

    spent["start"] = time.process_time()
    timed(core, "check_document", "check")
    timed(cli_check, "emit", "emit")
    if "--reference" in sys.argv:  # a check without the index does not import the index's modules
        import beleidstaal.index.reference as reference

        timed(reference, "references_for", "open")
    shared = copy._shared  # the rules look ``_shared`` up when they run

    def copy_pass(code: str):
        check = shared(code)

        def wrapper(*args, **kwargs):
            t = time.process_time()
            try:
                return check(*args, **kwargs)
            finally:
                spent["copy"] += time.process_time() - t

        return wrapper

    copy._shared = copy_pass
    atexit.register(report)
    sys.argv = ["beleidstaal", *sys.argv[2:]]
    cli.main()


def run(cache: Path, args: list[str]) -> dict[str, float]:
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "BELEIDSTAAL_CACHE_DIR": str(cache),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    cmd = ["/usr/bin/time", "-f", "TIME %U %S", sys.executable, __file__, "--child", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode not in (0, 1):
        sys.exit(f"failed: {' '.join(args)}\n{proc.stderr[-2000:]}")
    lines = proc.stderr.splitlines()
    out = {
        k: float(v)
        for k, v in (x.split("=") for x in [x for x in lines if x.startswith("PHASES ")][-1].split()[1:])
    }
    user, system = [x for x in lines if x.startswith("TIME ")][-1].split()[1:]
    out["total"] = float(user) + float(system)
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child()
        return
    from index_scale import reserved

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index")
    ap.add_argument("plans", nargs="+")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cache", default="/tmp/beleidstaal-child-phases", help="the children's cache folder")
    args = ap.parse_args()
    bad = [p for p in args.plans if Path(p).name in reserved()]
    if bad:
        sys.exit(f"reserved plans are never timed: {', '.join(bad)}")
    cache = Path(args.cache)
    plain = ["check", "--no-cache", "--format", "json", "--exit-zero"]
    indexed = [*plain, "--reference", args.index]
    run(
        cache, [*plain, args.plans[0]]
    )  # warm the cache folder: word lists, compiled modules (with the index's)
    run(cache, [*indexed, args.plans[0]])
    print(f"load at the start {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    print(f"{'plan':12} {'':8}" + "".join(f"{p:>8}" for p in PHASES))
    for plan in args.plans:
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for kind, cmd in (("without", plain), ("with", indexed)):
                got = run(cache, [*cmd, plan])
                if kind not in best or got["total"] < best[kind]["total"]:
                    best[kind] = got
        name = Path(plan).name.split(".")[2]
        for kind in ("without", "with"):
            print(f"{name:12} {kind:8}" + "".join(f"{best[kind][p]:8.3f}" for p in PHASES))
        print(
            f"{name:12} {'adds':8}" + "".join(f"{best['with'][p] - best['without'][p]:+8.3f}" for p in PHASES)
        )
    print(f"load at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
