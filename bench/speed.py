"""Speed of `beleidstaal check` next to the bare spaCy pipeline, cold start, cached re-run and peak memory.

Usage: python bench/speed.py [--words 200000] [--jobs 1]
Reads Markdown files from ../shared/corpus/ (real municipal policy prose) until it has enough words, copies them
to a temporary folder, and prints one line per measurement. No assertions: the numbers go in the closing note.
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

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bestemmingsplannen"


def pick_files(words: int, folder: Path) -> int:
    total = 0
    for f in sorted(CORPUS.glob("*.md")):
        n = len(f.read_text(encoding="utf-8", errors="replace").split())
        shutil.copy(f, folder / f.name)
        total += n
        if total >= words:
            break
    return total


def run(cmd: list[str], env: dict) -> tuple[float, int]:
    """Wall time and peak memory (MB) of a child process."""
    start = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd] if Path("/usr/bin/time").exists() else cmd,
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    peak = 0
    if Path("/usr/bin/time").exists():
        try:
            peak = int(proc.stderr.strip().splitlines()[-1]) // 1024
        except (ValueError, IndexError):
            peak = 0
    if proc.returncode not in (0, 1):
        print(proc.stderr[-2000:], file=sys.stderr)
    return elapsed, peak


def bare_pipeline(folder: Path) -> tuple[int, float]:
    """Words per second of the bare pipeline over the same paragraphs the linter analyses."""
    from beleidstaal.model import load_model
    from beleidstaal.readers import read_path

    texts = []
    for f in sorted(folder.glob("*.md")):
        doc = read_path(f)
        texts.extend(doc.paragraph_text(p) for p in doc.paragraphs if len(doc.paragraph_text(p)) <= 100_000)
    nlp = load_model(None)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    exe = shutil.which("beleidstaal") or sys.executable
    base = [exe] if exe.endswith("beleidstaal") else [exe, "-m", "beleidstaal"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        cache = Path(tmp) / "cache"
        env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(cache), "OMP_NUM_THREADS": "1"}
        words = pick_files(args.words, folder)
        files = len(list(folder.glob("*.md")))
        print(f"corpus: {files} files, {words} words (whitespace-separated)")

        bw, bt = bare_pipeline(folder)
        print(f"bare spaCy pipeline: {bw} words in {bt:.1f} s = {bw / bt:,.0f} words/s (one process)")

        cmd = [*base, "check", str(folder), "--format", "json", "--jobs", str(args.jobs)]
        t, peak = run([*cmd, "--no-cache", "-o", str(Path(tmp) / "out.json")], env)
        print(
            f"beleidstaal check --no-cache --jobs {args.jobs}: {t:.1f} s = {words / t:,.0f} words/s, peak {peak} MB"
        )
        print(f"lint throughput / bare pipeline: {(words / t) / (bw / bt):.0%}")

        run([*cmd, "-o", str(Path(tmp) / "out.json")], env)  # fill the cache
        t2, peak2 = run([*cmd, "-o", str(Path(tmp) / "out2.json")], env)
        print(f"cached re-run of the unchanged folder: {t2:.2f} s, peak {peak2} MB")

        one = Path(tmp) / "alinea.md"
        one.write_text(
            "Wij informeren u middels deze brief over de plannen voor de wijk.\n", encoding="utf-8"
        )
        colds = [run([*base, "check", str(one), "--no-cache"], env)[0] for _ in range(5)]
        print(f"cold start, one-paragraph check: median {statistics.median(colds):.2f} s (5 runs)")


if __name__ == "__main__":
    main()
