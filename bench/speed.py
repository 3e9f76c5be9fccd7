"""Speed of `beleidstaal check` next to the bare spaCy pipeline, cold start, cached re-run and peak memory.

Usage: python bench/speed.py [--words 200000] [--jobs 1] [--skip 0] [--repeats] [--quick] [--warm-bare]
Reads Markdown files from ../shared/corpus/ (real municipal policy prose) until it has enough words and writes them
to a temporary folder. By default the text is distinct: a block (the text between blank lines) that occurred in
an earlier file or earlier in the same file is left out, so the linter's paragraph cache gets no hits that the bare
pipeline does not get (zoning plans copy a lot of boilerplate from each other); ``--repeats`` keeps the files as
they are. The bare pipeline parses the same distinct paragraph texts the linter parses. Prints one line per
measurement, with the load average. No assertions: the numbers go in bench/RESULTS-speed.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from profile_check import WARM_UP, reserved

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bestemmingsplannen"


def pick_files(words: int, folder: Path, *, distinct: bool = True, skip: int = 0) -> int:
    total = 0
    seen: set[str] = set()
    blind = reserved()
    for f in sorted(CORPUS.glob("*.md"))[skip:]:
        if f.name in blind:
            continue  # reserved for blind judging: never timed
        if not distinct:
            n = len(f.read_text(encoding="utf-8", errors="replace").split())
            shutil.copy(f, folder / f.name)
        else:
            kept = []
            for block in re.split(r"\n[ \t]*\n", f.read_text(encoding="utf-8", errors="replace")):
                key = " ".join(block.split())
                if key and key not in seen:
                    seen.add(key)
                    kept.append(block)
            text = "\n\n".join(kept) + "\n"
            n = len(text.split())
            (folder / f.name).write_text(text, encoding="utf-8")
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


def distinct_paragraphs(folder: Path) -> list[str]:
    """The paragraphs the linter parses in the Markdown files of ``folder``: each distinct paragraph text once, in
    file order (the linter's cache parses a repeated paragraph once too)."""
    from beleidstaal.readers import read_path

    texts = []
    for f in sorted(folder.glob("*.md")):
        doc = read_path(f)
        texts.extend(doc.paragraph_text(p) for p in doc.paragraphs if len(doc.paragraph_text(p)) <= 100_000)
    return list(dict.fromkeys(texts))


def bare_pipeline(folder: Path) -> tuple[int, float, float]:
    """Words per second of the bare pipeline over the paragraphs the linter parses (``distinct_paragraphs``)."""
    from beleidstaal.model import load_model

    texts = distinct_paragraphs(folder)
    nlp = load_model(None)
    words = sum(len(t.split()) for t in texts)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words, time.perf_counter() - start, time.process_time() - cpu


def lint_in_process(folder: Path) -> tuple[float, float]:
    """Seconds for ``check_document`` over every file in this process, after the model and the word lists are
    loaded (what the CLI adds on top is its start-up)."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_document, check_text
    from beleidstaal.nlp import get_analyser
    from beleidstaal.readers import read_path

    check_text(WARM_UP)  # load the model, word lists and rules
    get_analyser(None)._cache.clear()
    config = Config()
    start, cpu = time.perf_counter(), time.process_time()
    for f in sorted(folder.glob("*.md")):
        check_document(read_path(f), config)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--skip", type=int, default=0, help="start at this file of the sorted corpus")
    parser.add_argument("--repeats", action="store_true", help="keep repeated paragraphs (whole plan files)")
    parser.add_argument("--quick", action="store_true", help="only the bare pipeline and the in-process lint")
    parser.add_argument(
        "--warm-bare", action="store_true",
        help="after the lint, time the bare pipeline once more over the same texts: the first run also pays the "
        "one-time work of the process (the tokenizer's special cases, new words in the vocabulary, the "
        "lemmatiser's cache), which the lint after it finds done",
    )  # fmt: skip
    args = parser.parse_args()
    exe = shutil.which("beleidstaal") or sys.executable
    base = [exe] if exe.endswith("beleidstaal") else [exe, "-m", "beleidstaal"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        cache = Path(tmp) / "cache"
        env = {**os.environ, "BELEIDSTAAL_CACHE_DIR": str(cache), "OMP_NUM_THREADS": "1"}
        words = pick_files(args.words, folder, distinct=not args.repeats, skip=args.skip)
        files = len(list(folder.glob("*.md")))
        kind = "whole files" if args.repeats else "distinct blocks only"
        print(f"corpus: {files} files, {words} words (whitespace-separated), {kind}")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        bw, bt, bc = bare_pipeline(folder)
        print(
            f"bare spaCy pipeline: {bw} words in {bt:.1f} s = {bw / bt:,.0f} words/s, CPU {bc:.1f} s (one process)"
        )
        lt, lc = lint_in_process(folder)
        print(
            f"check_document in process: {lt:.1f} s, CPU {lc:.1f} s; lint / bare pipeline (same run): "
            f"{bt / lt:.2f}x wall, {bc / lc:.2f}x CPU time"
        )
        if args.warm_bare:
            _, _, bc2 = bare_pipeline(folder)
            print(
                f"bare spaCy pipeline again (warm): CPU {bc2:.1f} s; lint / warm bare pipeline: {bc2 / lc:.2f}x CPU time"
            )
        print(f"load average: {os.getloadavg()[0]:.1f}")
        if args.quick:
            return

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
