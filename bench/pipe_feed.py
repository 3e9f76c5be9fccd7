"""How the lint feeds spaCy: CPU time of ``nlp.pipe`` over the speed bench's distinct paragraphs, by batch size and
order, and a hash over every token's annotation (tag, pos, morph, lemma, dep, head, sentence start) per setting.

Usage: OMP_NUM_THREADS=1 python bench/pipe_feed.py WORDS SKIP SETTINGS [ROUNDS]
SETTINGS: comma-separated ``doc064`` (document order, batch 64: what ``nlp.Analyser.parse`` does), ``sort064``
(shortest paragraph first, results put back in document order), ``rsrt128`` (longest first), any batch size.
One pass first, not timed (the one-time work of new words), then the settings in turn, ROUNDS times, the collector
off. The text is ``bench/speed.py``'s (reserved plans left out). Results: bench/RESULTS-speed.md (speed18).
"""

import gc
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from speed import distinct_paragraphs, pick_files  # noqa: E402

from beleidstaal.model import load_model  # noqa: E402


def main() -> None:
    words, skip, settings = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(",")
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    folder = Path(tempfile.mkdtemp())
    n = pick_files(words, folder, skip=skip)
    texts = distinct_paragraphs(folder)
    nlp = load_model(None)

    def parse(setting: str) -> list:
        order, size = setting[:4], int(setting[4:])
        idx = list(range(len(texts)))
        if order == "sort":
            idx.sort(key=lambda i: len(texts[i]))
        elif order == "rsrt":
            idx.sort(key=lambda i: -len(texts[i]))
        out = [None] * len(texts)
        for i, doc in zip(idx, nlp.pipe((texts[i] for i in idx), batch_size=size), strict=True):
            out[i] = doc
        return out

    def digest(docs: list) -> str:
        h = hashlib.sha256()
        for d in docs:
            for t in d:
                h.update(
                    f"{t.tag_}|{t.pos_}|{t.morph}|{t.lemma_}|{t.dep_}|{t.head.i}|{t.is_sent_start}\0".encode()
                )
            h.update(b"\1")
        return h.hexdigest()[:12]

    print(f"{n} words, {len(texts)} paragraphs, load {os.getloadavg()[0]:.1f}", flush=True)
    gc.disable()
    parse("doc064")
    for r in range(rounds):
        for setting in settings:
            cpu = time.process_time()
            docs = parse(setting)
            cpu = time.process_time() - cpu
            print(
                f"round {r} {setting}: CPU {cpu:.2f} s, hash {digest(docs)}, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            del docs
            gc.collect()


if __name__ == "__main__":
    main()
