"""Scale of the reference index (issue #24 item 5): build time, peak memory and size of an index, ``index phrases``,
and what a check with the index adds, each measured on the command line in a child process.

Two collections:
- ``--corpus``: the 150 zoning plans of ../shared/corpus/bestemmingsplannen as they are;
- otherwise a synthetic archive of ``--docs`` documents of ``--words`` words (default 6,500 x 13,000: the size of the
  real archive of municipal zoning plans). Each document is Markdown like the plans, so the reader's cost counts: the
  front matter of one plan (navigation, table of contents), then runs of consecutive blocks (headings, prose, lists,
  tables) taken from random plans. In three of four prose blocks the facts change (every number) and about one word
  in twelve is replaced by another word of the corpus; one prose block in five is also reordered (its sentences
  shuffled) with one word in four replaced, so it is new text. The documents are named like plans
  (``t_NL.IMRO.<organisation>.BP<year>...``: 400 organisations, years 2008-2022), so the kind of reuse and the likely
  origin are worked out as for real plans. Generated once into the work folder (``--folder``) and reused.

Measured with ``/usr/bin/time`` around ``python -m beleidstaal ...``: wall time, CPU time (user + system, of the
command and its worker processes) and peak memory (the largest resident set of one process: the command or one of
its workers). Per-check overhead: ``check --no-cache`` of real plans with and without ``--reference INDEX``,
alternating, ``--rounds`` times each (the least CPU time and wall time, the largest memory count), the same plans each
time.

    python bench/index_scale.py --corpus                        # the 150 real plans
    python bench/index_scale.py --docs 650 --folder /tmp/arch650   # a tenth of the archive
    python bench/index_scale.py --folder /tmp/archive              # 6,500 x 13,000 words (about 620 MB of Markdown)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from profile_check import reserved  # the plans reserved for blind judging: one list for every bench

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT.parent / "shared" / "corpus" / "bestemmingsplannen"
if not PLANS.is_dir():
    PLANS = Path("/work/shared/corpus/bestemmingsplannen")

_NUMBER = re.compile(r"\d+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _is_prose(block: str, n_words: int) -> bool:
    return n_words >= 12 and not block.lstrip().startswith(("|", "#", "<", "!["))


class Archive:
    """Synthetic documents recombined from the blocks of the real plans."""

    def __init__(self, plans: list[Path], seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        self.plans: list[list[tuple[str, list[str] | None]]] = []
        vocab: set[str] = set()
        for f in plans:
            blocks = []
            for b in f.read_text(encoding="utf-8").split("\n\n"):
                words = b.split()
                if _is_prose(b, len(words)):
                    blocks.append((b, words))
                    vocab.update(w for w in words if w.isalpha() and len(w) >= 4)
                elif b.strip():
                    blocks.append((b, None))
            self.plans.append(blocks)
        self.vocab = sorted(vocab)

    def _changed(self, words: list[str], rate: float) -> str:
        rng = self.rng
        out = list(words)
        for i in rng.sample(range(len(out)), max(1, round(len(out) * rate))):
            out[i] = rng.choice(self.vocab)
        text = " ".join(out)
        return _NUMBER.sub(lambda m: str(rng.randrange(1, 10 ** len(m.group()))), text)

    def document(self, words: int) -> str:
        rng = self.rng
        base = rng.choice(self.plans)
        parts: list[str] = []
        n = 0
        for b, w in base[
            :80
        ]:  # the front matter: navigation and table of contents, up to the first prose block
            if w is not None:
                break
            parts.append(b)
            n += len(b.split())
        while n < words:
            plan = rng.choice(self.plans)
            start = rng.randrange(0, max(1, len(plan) - 10))
            for b, w in plan[start : start + rng.randint(10, 60)]:
                if w is None:
                    parts.append(b)
                    n += len(b.split())
                    if n >= words:
                        break
                    continue
                r = rng.random()
                if r < 0.25:
                    parts.append(b)  # template text, as it is
                elif r < 0.8:
                    parts.append(self._changed(w, 1 / 12))  # facts and words changed
                else:
                    sentences = _SENTENCE.split(" ".join(w))
                    rng.shuffle(sentences)
                    parts.append(self._changed(" ".join(sentences).split(), 1 / 4))  # new text
                n += len(w)
                if n >= words:
                    break
        return "\n\n".join(parts) + "\n"


def generate(folder: Path, docs: int, words: int) -> Path:
    """The synthetic archive in ``folder/docs`` (generated once: a marker file records its size)."""
    out = folder / "docs"
    marker = folder / "generated.json"
    want = {"docs": docs, "words": words, "version": 1}
    if marker.exists() and json.loads(marker.read_text()) == want:
        print(f"documents: reused {out}", flush=True)
        return out
    need = docs * words * 8
    free = shutil.disk_usage(folder).free
    if free < 3 * need:
        sys.exit(
            f"not enough free disk in {folder}: {free / 1e9:.1f} GB free, about {3 * need / 1e9:.1f} GB needed"
        )
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    archive = Archive(
        sorted(p for p in PLANS.glob("*.md") if p.name not in reserved())
    )  # never a reserved plan
    total = 0
    for i in range(docs):
        sub = out / f"{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = archive.document(words)
        total += len(text.split())
        org = archive.rng.randrange(400)
        year = archive.rng.randrange(2008, 2023)
        (sub / f"t_NL.IMRO.9{org:03d}.BP{year}S{i:05d}-VG01.md").write_text(text, encoding="utf-8")
    marker.write_text(json.dumps(want))
    print(f"documents: generated {docs} documents, {total:,} words (whitespace-separated, markup included) "
          f"in {time.perf_counter() - t:.0f} s", flush=True)  # fmt: skip
    return out


def timed(args: list[str]) -> dict:
    """Run ``python -m beleidstaal ARGS`` under /usr/bin/time: wall s, CPU s (user+sys), peak RSS MB, output."""
    cmd = ["/usr/bin/time", "-f", "TIME %e %U %S %M", sys.executable, "-m", "beleidstaal", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    line = [x for x in proc.stderr.splitlines() if x.startswith("TIME ")][-1].split()
    if proc.returncode not in (0, 1):
        print(proc.stderr[-2000:], file=sys.stderr)
        sys.exit(f"failed: {' '.join(args)}")
    return {"wall": float(line[1]), "cpu": float(line[2]) + float(line[3]), "rss": int(line[4]) / 1024,
            "stdout": proc.stdout}  # fmt: skip


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus", action="store_true", help="index the 150 real plans instead of a synthetic archive"
    )
    ap.add_argument("--docs", type=int, default=6_500)
    ap.add_argument("--words", type=int, default=13_000)
    ap.add_argument("--folder", default="/tmp/beleidstaal-archive", help="work folder (kept, for reuse)")
    ap.add_argument("--checks", type=int, default=4, help="real plans to check with and without the index")
    ap.add_argument(
        "--no-build", action="store_true", help="measure with the index already in the work folder"
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="checks of each plan with and without the index (the least counts)",
    )
    args = ap.parse_args()

    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load {load()}", flush=True)
    source = PLANS if args.corpus else generate(folder, args.docs, args.words)
    index = folder / ("corpus.sqlite" if args.corpus else "archive.sqlite")

    if not args.no_build:
        before = load()
        r = timed(["index", "build", str(source), "--output", str(index)])
        print(f"build: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, peak memory {r['rss']:.0f} MB "
              f"(load before {before}, after {load()})", flush=True)  # fmt: skip
        print("  " + r["stdout"].strip(), flush=True)
    info = json.loads(timed(["index", "info", str(index), "--format", "json"])["stdout"])
    print(f"index: {index.stat().st_size / 1e6:.1f} MB, {info['documents']:,} documents, {info['words']:,} prose "
          f"words, {info['fingerprints']:,} fingerprints, {info['phrases']} stock phrases, "
          f"{index.stat().st_size / max(1, info['words']):.2f} bytes per word", flush=True)  # fmt: skip

    for run in range(2):
        r = timed(["index", "phrases", str(index), "--top", "20", "--format", "json"])
        found = json.loads(r["stdout"])["phrases"]
        print(f"phrases (run {run + 1}): {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, peak memory {r['rss']:.0f} MB, "
              f"top: {', '.join(p['phrase'] for p in found[:3])} (load {load()})", flush=True)  # fmt: skip

    plans = sorted(PLANS.glob("*.md"))
    # never a plan of this round's reserved lists (blind judging): the first unreserved plans of a fixed shuffle
    shuffled = random.Random(24).sample(plans, len(plans))
    picked = [p for p in shuffled if p.name not in reserved()][: args.checks]
    rows = []
    for plan in picked:
        plain = ["check", "--no-cache", "--format", "json", "--exit-zero", str(plan)]
        with_index = plain[:-1] + ["--reference", str(index), str(plan)]
        runs = [(timed(plain), timed(with_index)) for _ in range(max(1, args.rounds))]  # alternating
        a, b = [r[0] for r in runs], [r[1] for r in runs]
        copies = sum(1 for f in json.loads(b[0]["stdout"])["findings"] if f["rule"] in ("BT801", "BT802"))
        row = {
            "plan": plan.name, "words": len(plan.read_text(encoding="utf-8").split()),
            "wall": min(r["wall"] for r in a), "wall_ref": min(r["wall"] for r in b),
            "cpu": min(r["cpu"] for r in a), "cpu_ref": min(r["cpu"] for r in b),
            "rss": max(r["rss"] for r in a), "rss_ref": max(r["rss"] for r in b), "copies": copies,
        }  # fmt: skip
        rows.append(row)
        print(f"check {plan.name} ({row['words']:,} words): without index {row['wall']:.2f} s wall / "
              f"{row['cpu']:.2f} s CPU / {row['rss']:.0f} MB; with {row['wall_ref']:.2f} s / {row['cpu_ref']:.2f} s / "
              f"{row['rss_ref']:.0f} MB: adds {row['wall_ref'] - row['wall']:+.2f} s wall, "
              f"{row['cpu_ref'] - row['cpu']:+.2f} s CPU, {row['rss_ref'] - row['rss']:+.0f} MB; "
              f"{copies} BT801/BT802 findings (load {load()})", flush=True)  # fmt: skip
    if rows:
        n = len(rows)
        print(f"check overhead, mean of {n} plans: {sum(r['wall_ref'] - r['wall'] for r in rows) / n:+.2f} s wall, "
              f"{sum(r['cpu_ref'] - r['cpu'] for r in rows) / n:+.2f} s CPU, "
              f"{sum(r['rss_ref'] - r['rss'] for r in rows) / n:+.0f} MB peak memory", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
