"""Load time and words per second (one core) of the bundled Dutch pipeline.

Usage: python bench/model_speed.py [MODEL_DIR] [--repeat 3]
Text: the sentences of the two UD Dutch test files in ../shared/ud-dutch (relative to the repo root), else the
Markdown/text files under ../shared/corpus.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_MODEL = REPO / "beleidstaal" / "models" / "nl_beleidstaal"


def texts() -> list[str]:
    out: list[str] = []
    ud = SHARED / "ud-dutch"
    for f in sorted(ud.glob("*-ud-test.conllu")):
        out += [
            line[len("# text = ") :].strip()
            for line in f.read_text(encoding="utf8").splitlines()
            if line.startswith("# text = ")
        ]
    if not out:
        for f in sorted((SHARED / "corpus").rglob("*")):
            if f.suffix in (".md", ".txt") and f.is_file():
                out += [p for p in f.read_text(encoding="utf8", errors="ignore").split("\n\n") if p.strip()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=str(DEFAULT_MODEL))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.model = str(Path(args.model).resolve())

    if args.load_only:
        import spacy  # noqa: F401  (import time is not load time)

        t0, c0 = time.perf_counter(), time.process_time()
        spacy.load(args.model)
        print(time.perf_counter() - t0, time.process_time() - c0)
        return

    # load time in fresh processes (spaCy already imported, first load of the pipeline)
    loads = [
        tuple(
            map(
                float,
                subprocess.run(
                    [sys.executable, __file__, args.model, "--load-only"],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
                .split(),
            )
        )
        for _ in range(3)
    ]
    import spacy

    nlp = spacy.load(args.model)
    docs_text = texts()
    list(nlp.pipe(docs_text[:200]))  # warm-up
    best = best_cpu = 0.0
    n_words = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_words = sum(len(d) for d in nlp.pipe(docs_text, batch_size=256))
        best = max(best, n_words / (time.perf_counter() - t0))
        best_cpu = max(best_cpu, n_words / (time.process_time() - c0))
    size = sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file())
    print(f"model: {args.model}")
    print(f"pipeline: {nlp.pipe_names}")
    print(f"size on disk: {size / 1e6:.1f} MB")
    wall = sorted(x[0] for x in loads)[1]
    cpu = sorted(x[1] for x in loads)[1]
    print(f"load time (spacy.load, median of 3 fresh processes): {wall:.2f} s wall clock, {cpu:.2f} s CPU")
    print(
        f"speed (one thread, {len(docs_text)} texts, {n_words} words, best of {args.repeat}): "
        f"{best:,.0f} words/s wall clock, {best_cpu:,.0f} words per CPU second"
    )
    print(f"machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
