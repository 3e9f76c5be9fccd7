"""Parse the policy corpora once and keep the tokens, for ``mine_candidates.py``.

Reads every Markdown file under ``../shared/corpus/`` with beleidstaal's own reader (so only prose is parsed), runs
the bundled pipeline and writes one line per token: file number, sentence number, token number, text, lemma (whole
word, with the particle of a separable verb), part of speech, dependency label and head token number.

    python lexicons/tools/parse_corpus.py --out /tmp/corpus-tokens.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from beleidstaal.nlp import full_lemmas, get_analyser, normalise_lemmas
from beleidstaal.readers import read_path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.md") if p.name != "README.md" or p.parent != root)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--part", help="only the files under this folder of the corpus (file numbers stay the same)"
    )
    args = ap.parse_args(argv)
    analyser = get_analyser()
    files = corpus_files(args.corpus)
    with gzip.open(args.out, "wt", encoding="utf-8") as out:
        for n, path in enumerate(files):
            if args.part and args.part not in path.relative_to(args.corpus).parts:
                continue
            document = read_path(path)
            texts = [document.paragraph_text(p) for p in document.paragraphs]
            texts = [t for t in texts if len(t) <= analyser.MAX_CHARS]
            s = 0
            for doc in analyser.nlp.pipe(texts, batch_size=64):
                doc = normalise_lemmas(doc)
                lemmas = full_lemmas(doc)
                for sent in doc.sents:
                    for t in sent:
                        if t.is_space:
                            continue
                        text = t.text.replace("\t", " ")
                        out.write(f"{n}\t{s}\t{t.i}\t{text}\t{lemmas[t.i]}\t{t.pos_}\t{t.dep_}\t{t.head.i}\n")
                    s += 1
            print(f"{n + 1}/{len(files)} {path.name}", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
