"""Throughput of ``beleidstaal batch`` with 1 and 2 (or more) Dask workers: the acceptance measurement of issue 23.

Usage::

    python bench/batch_throughput.py --plans 100 --workers 1 2 --rounds 2   # the acceptance run (about 25 min)
    python bench/batch_throughput.py --plans 20 --workers 1 2 --rounds 1    # a quick look (about 4 min)
    python bench/batch_throughput.py --plans 15 --check                      # also the single-process ``check``

``--plans N`` takes N plans spread evenly over ``../shared/corpus/bestemmingsplannen`` (sorted by name, every
150/N-th), read where they are (a folder of links). Every run starts a fresh cluster as ``beleidstaal batch`` does
(``job.local_cluster``, without dashboard) and calls ``run_batch``, copy detection included.
Runs alternate: round 1 goes 1, 2 workers, round 2 goes 2, 1, so a change in the machine's load hits both sides.

The throughput is documents (and words) per second of the *check phase*: from the first task submitted to the
last one finished, with the model already loaded on every worker (``BatchResult.timings["client:check"]``). The
whole run, the start of the cluster with the model load and the copy detection are reported beside it. For each run
the script records the load average, what the workers' tasks cost in CPU seconds (per phase: read, parse, check,
rows, passages, phrases, write), and the CPU that *other* processes used during the check phase (from
``/proc/stat``): on a shared machine a ratio below 1.8 with busy neighbours says little; the CPU share column says
how much of their cores the workers got. Each round starts with the machine's own speed-up (the bare spaCy pipeline
over the same 12,000 words in 1 and in 2 processes at once): two virtual cores on one physical core, or two parsers
sharing caches, give less than 2, and no batch code can beat that figure.

Writes ``bench/RESULTS-batch.md`` (or ``--output``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PHASES = ("read", "parse", "check", "rows", "passages", "phrases", "write")


def corpus_files(plans: int) -> list[str]:
    """``plans`` plans spread evenly over the corpus, the same ones on every machine with the same corpus."""
    from beleidstaal.discovery import iter_files

    files = sorted(str(p) for p in iter_files(CORPUS / "bestemmingsplannen"))
    if plans >= len(files):
        return files
    step = len(files) / plans
    return [files[int(i * step)] for i in range(plans)]


def cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot (Linux); (0, 0) elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
    except OSError:
        return 0, 0
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


_CEILING: dict = {}


def _ceiling_init(barrier) -> None:
    from beleidstaal.model import load_model

    _CEILING["nlp"] = load_model(None)
    _CEILING["barrier"] = barrier


def _parse_work(texts: list[str]) -> float:
    """Seconds for the bare spaCy pipeline over ``texts``, started together with the other processes."""
    _CEILING["barrier"].wait()
    start = time.perf_counter()
    for _ in _CEILING["nlp"].pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - start


def ceiling_texts(files: list[str], words: int = 12_000) -> list[str]:
    """Paragraphs of the first plans, about ``words`` words: the work for the machine's own speed-up."""
    out: list[str] = []
    total = 0
    for f in files:
        for para in Path(f).read_text(encoding="utf-8").split("\n\n"):
            n = len(para.split())
            if n >= 20 and total < words:
                out.append(para.strip())
                total += n
    return out


def machine_ceiling(workers: list[int], texts: list[str]) -> dict[int, float]:
    """What the machine itself gives: the bare spaCy pipeline over the same paragraphs in 1 and in k processes at
    once (the model loaded first, the clocks started together); the speed-up from 1 to k processes is k x the
    time of one alone / the time of the slowest of k together. Two virtual cores that share one physical core,
    caches that two parsers share, or busy neighbours give less than k; no batch code can do better than this."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    alone = None
    out = {}
    for k in sorted(set(workers) | {1}):
        barrier = ctx.Barrier(k)
        with ctx.Pool(k, initializer=_ceiling_init, initargs=(barrier,)) as pool:
            times = pool.map(_parse_work, [texts] * k, chunksize=1)
        if k == 1:
            alone = times[0]
        out[k] = k * alone / max(times)
    return out


def single_process(files: list[str]) -> dict:
    """The plain ``check`` in this process, one file after the other (``--check``)."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_path, check_text

    config = Config()
    check_text("Dit is een zin om het model te laden.", config=config)
    start, cpu = time.perf_counter(), time.process_time()
    words = 0
    for f in files:
        words += check_path(f, config=config).words
    seconds = time.perf_counter() - start
    return {"label": "check (1 proces)", "workers": 0, "check_seconds": seconds, "seconds": seconds,
            "docs": len(files), "words": words, "task_cpu": time.process_time() - cpu}  # fmt: skip


def batch(files: list[str], workers: int, folder: Path) -> dict:
    from distributed import Client

    from beleidstaal.batch import run_batch
    from beleidstaal.batch.job import local_cluster
    from beleidstaal.batch.worker import ModelPlugin
    from beleidstaal.config import Config

    src = folder / "src"
    if not src.exists():
        src.mkdir()
        for f in files:  # a folder of links, so the run sees exactly these files
            os.symlink(f, src / Path(f).name)
    out = folder / f"out-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    cluster = local_cluster(workers, dashboard=False)  # the cluster ``beleidstaal batch`` starts
    client = Client(cluster)
    client.wait_for_workers(workers)
    cluster_ready = time.perf_counter()
    # the model first, as run_batch does it (registering the plugin again there finds it loaded): so the window
    # below holds the check phase, not the model load
    client.register_plugin(ModelPlugin(Config()), name=ModelPlugin.name)
    model_loaded = time.perf_counter()
    marks: dict[str, tuple] = {}

    def progress(kind: str, data: dict) -> None:
        if kind == "start":
            marks["start"] = (time.perf_counter(), cpu_jiffies(), time.process_time())
        elif kind == "phase":
            marks["copies"] = (time.perf_counter(), cpu_jiffies(), time.process_time())

    try:
        result = run_batch([str(src)], out, client=client, config=Config(), progress=progress)
    finally:
        client.close()
        cluster.close()
    end = time.perf_counter()
    shutil.rmtree(out, ignore_errors=True)
    t = result.timings
    check_wall = t["client:check"][0]
    # CPU of the whole machine during the check phase, less this run's own (tasks; client and scheduler)
    (_, (busy0, total0), cpu0), (_, (busy1, total1), cpu1) = marks["start"], marks["copies"]
    cores = os.cpu_count() or 1
    window = marks["copies"][0] - marks["start"][0]
    machine_cores = (busy1 - busy0) / max(1, total1 - total0) * cores if total1 > total0 else float("nan")
    own_cores = (t["task"][1] + (cpu1 - cpu0)) / window
    return {
        "label": f"batch, {workers} worker{'s' if workers > 1 else ''}",
        "workers": workers,
        "seconds": end - start,
        "check_seconds": check_wall,
        "cluster_seconds": cluster_ready - start,
        "model_seconds": model_loaded - cluster_ready,
        "copies_seconds": t.get("client:copies", [0])[0] + t.get("client:phrases", [0])[0],
        "docs": result.checked,
        "words": result.words,
        "errors": result.errors,
        "partitions": result.partitions,
        "task_cpu": t["task"][1],
        "busy_share": t["task"][0] / (check_wall * workers),
        "cpu_share": t["task"][1] / (check_wall * workers),
        "others_cores": max(0.0, machine_cores - own_cores),
        "phases": {p: t[p][1] for p in PHASES if p in t},
        "model_loads": sorted(p["model_loads"] for p in result.worker_processes.values()),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--plans", type=int, default=15, help="number of plans, spread over the corpus (default 15)"
    )
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    ap.add_argument("--rounds", type=int, default=1, help="repeat the worker counts, alternating (default 1)")
    ap.add_argument("--check", action="store_true", help="also time the single-process check")
    ap.add_argument("--output", default=str(ROOT / "bench" / "RESULTS-batch.md"))
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"De map {CORPUS} ontbreekt.")
    files = corpus_files(args.plans)
    started = time.strftime("%Y-%m-%d %H:%M")
    t0 = time.perf_counter()
    rows = []
    if args.check:
        rows.append(single_process(files))
        print(rows[-1], flush=True)
    texts = ceiling_texts(files)
    with tempfile.TemporaryDirectory(prefix="bt-bench-") as tmp:
        for r in range(args.rounds):
            ceiling = machine_ceiling(args.workers, texts)
            print(f"round {r + 1}: the machine's own speed-up {ceiling}", flush=True)
            for w in args.workers if r % 2 == 0 else list(reversed(args.workers)):
                rows.append({**batch(files, w, Path(tmp)), "round": r + 1, "ceiling": ceiling})
                print({k: v for k, v in rows[-1].items() if k != "phases"}, flush=True)
    write_results(args, files, rows, started, time.perf_counter() - t0)


def _ratios(rows: list[dict], base: int, other: int) -> list[float]:
    """Per round: docs/s with ``other`` workers over docs/s with ``base`` workers."""
    out = []
    for r in sorted({x["round"] for x in rows if "round" in x}):
        a = [x for x in rows if x.get("round") == r and x["workers"] == base]
        b = [x for x in rows if x.get("round") == r and x["workers"] == other]
        if a and b:
            out.append(a[0]["check_seconds"] / b[0]["check_seconds"])
    return out


def write_results(args, files, rows, started: str, total_seconds: float) -> None:
    words = max(r["words"] for r in rows)
    command = (
        f"python bench/batch_throughput.py --plans {args.plans} --workers {' '.join(map(str, args.workers))}"
    )
    command += f" --rounds {args.rounds}" + (" --check" if args.check else "")
    lines = [
        "# beleidstaal batch: throughput",
        "",
        f"Measured {started} with `{command}` ({total_seconds / 60:.0f} minutes in all).",
        f"Corpus: {len(files)} plans of `../shared/corpus/bestemmingsplannen/` (spread evenly), {words:,} words, "
        f"{words / max(1, len(files)):,.0f} words per plan on average.",
        f"Machine: {os.cpu_count()} CPU cores, Python {platform.python_version()}, {platform.machine()}.",
        "",
        "The acceptance run of issue 23 (>= 1.8x documents per second from 1 to 2 workers on >= 100 plans) is "
        "`python bench/batch_throughput.py --plans 100 --workers 1 2 --rounds 2`: about 25 minutes on 2 quiet cores.",
        "",
        autogroup_note(),
        "",
        "Check phase: from the first task submitted to the last one finished (model loaded). *CPU share*: the "
        "workers' CPU seconds over (check phase x workers), 1.00 when they had their cores to themselves. "
        "*Busy share*: the seconds the workers spent in tasks over (check phase x workers); below 1.00 is time a "
        "worker waited: for the scheduler, or at the end for the last partition of the other worker. "
        "*Others*: cores that other processes used on average during the run (from `/proc/stat`).",
        "",
        "| round | run | partitions | docs | check phase (s) | docs/s | words/s | busy share | CPU share "
        "| others (cores) "
        "| load before / after | cluster start (s) | model load (s) | copies + phrases (s) | whole run (s) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        cs = r["check_seconds"]
        lines.append(
            f"| {r.get('round', '')} | {r['label']} | {r.get('partitions', '')} | {r['docs']} | {cs:.1f} "
            f"| {r['docs'] / cs:.3f} | {r['words'] / cs:,.0f} | {r.get('busy_share', float('nan')):.2f} "
            f"| {r.get('cpu_share', float('nan')):.2f} "
            f"| {r.get('others_cores', float('nan')):.2f} "
            f"| {r.get('load_before', 0):.1f} / {r.get('load_after', 0):.1f} | {r.get('cluster_seconds', 0):.1f} "
            f"| {r.get('model_seconds', 0):.1f} "
            f"| {r.get('copies_seconds', 0):.1f} | {r['seconds']:.1f} |"
        )
    counts = sorted({r["workers"] for r in rows if r["workers"]})
    lines += ["", "## Scaling", ""]
    for other in counts[1:]:
        ratios = _ratios(rows, counts[0], other)
        if ratios:
            rounds = {r["round"]: r["ceiling"] for r in rows if "ceiling" in r}
            ceilings = [c[other] / c[counts[0]] for c in rounds.values()]
            lines.append(
                f"- {counts[0]} → {other} workers: documents per second x **{statistics.median(ratios):.2f}** "
                f"(median of {len(ratios)} round(s): {', '.join(f'{x:.2f}' for x in ratios)}). The machine itself, "
                f"the bare spaCy pipeline over the same paragraphs in 1 and in {other} processes at once, in the "
                "same rounds: "
                f"x {', '.join(f'{x:.2f}' for x in ceilings)}."
            )
    batch_rows = [r for r in rows if r["workers"]]
    lines += [
        "",
        "## Where the time goes",
        "",
        "CPU seconds of the workers' tasks per phase, summed over the tasks (*parse*: spaCy over the paragraphs of a "
        "group of documents; *check*: the rules, and parsing what the group parse left; *rows*: findings and "
        "document figures as table rows; *passages*: sentence windows and their MinHash signatures for copy "
        "detection; *phrases*: word groups for the stock-phrase ranking; *write*: the Parquet files).",
        "",
        "| round | run | " + " | ".join(PHASES) + " | task | words per CPU second | model loads per worker |",
        "|---:|---|" + "---:|" * (len(PHASES) + 2) + "---|",
    ]
    for r in batch_rows:
        ph = r["phases"]
        lines.append(
            f"| {r['round']} | {r['label']} | "
            + " | ".join(f"{ph.get(p, 0):.1f}" for p in PHASES)
            + f" | {r['task_cpu']:.1f} | {r['words'] / r['task_cpu']:,.0f} | {', '.join(map(str, r['model_loads']))} |"
        )
    lines += night(batch_rows, words / max(1, len(files)))
    lines.append("")
    Path(args.output).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def autogroup_note() -> str:
    """What the scheduler of this machine does with a second worker when other sessions are busy."""
    try:
        enabled = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return "Scheduler: autogroup setting not readable (not Linux?)."
    if not enabled:
        return "Scheduler: Linux without autogroup: every process gets its own share of the CPU."
    return (
        "Scheduler: Linux with autogroup (`/proc/sys/kernel/sched_autogroup_enabled` = 1): every session (a terminal, "
        "a job) gets an equal share of the CPU however many processes it runs. When other sessions keep the cores "
        "busy, two workers get no more CPU than one, so a ratio measured under load says nothing about the batch "
        "code: only a run on quiet cores (others about 0) measures the scaling."
    )


def night(batch_rows: list[dict], words_per_doc: float) -> list[str]:
    """How many cores check one million documents in a night of 8 hours, at the speed a worker had per CPU second
    (what it does on a core of its own) and at the speed it reached here per worker (with the neighbours here)."""
    per_cpu = max(r["words"] / r["task_cpu"] for r in batch_rows)
    per_worker = max(r["words"] / (r["check_seconds"] * r["workers"]) for r in batch_rows)
    lines = [
        "",
        "## One million documents in one night",
        "",
        f"A worker checked {per_cpu:,.0f} words per CPU second (a core of its own); per worker and second of the check "
        f"phase it reached {per_worker:,.0f} words here, with the neighbours this machine had. For one million "
        "documents in a night of 8 hours:",
        "",
    ]
    for size in (2_000, int(words_per_doc)):
        total = 1_000_000 * size
        lines.append(
            f"- documents of {size:,} words ({total / 1e9:.1f} billion words): about **{total / (per_cpu * 8 * 3600):,.0f}"
            f" cores** on cores of their own ({total / (per_worker * 8 * 3600):,.0f} at the speed reached here)."
        )
    lines += [
        "",
        "Assumptions: each worker checks its own partitions and writes its own files, so the speed per core holds on a "
        "cluster; copy detection is the only step across the archive (its time is in the first table); about 1.5 GB "
        "of memory per worker.",
    ]
    return lines


if __name__ == "__main__":
    main()
