"""Turn a trained pipeline into the shipped one: add the verb-lemma backstop, set the meta, write licence + credits.

Usage: python training/package.py output/model/model-best [--out beleidstaal/models/nl_beleidstaal] [--no-backstop]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

SOURCES = [
    {
        "name": "UD Dutch Alpino (UD_Dutch-Alpino)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Zeman, Daniel; \u017dabokrtsk\u00fd, Zden\u011bk; Bouma, Gosse; van Noord, Gertjan",
    },
    {
        "name": "UD Dutch LassySmall (UD_Dutch-LassySmall)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Bouma, Gosse; van Noord, Gertjan",
    },
    {
        "name": "spacy-lookups-data (Dutch lemma lookup table, verb forms only, for the lemma backstop)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "author": "Explosion",
    },
]

CREDITS = """# nl_beleidstaal — the Dutch pipeline bundled with beleidstaal

A small spaCy {spacy_version} pipeline for Dutch (tok2vec, morphologizer, parser, trainable lemmatiser and a
rule-based verb-lemma backstop), trained for beleidstaal. Load it with `spacy.load(<this folder>)`; no beleidstaal
code is needed. The recipe and the evaluation are in `training/` of the beleidstaal repository.

## Licence

The pipeline's data (the trained weights and the lemma backstop patterns) are derived from the Universal
Dependencies Dutch treebanks and are licensed under the **Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0)**; the full text is in `LICENSE` next to this file.
The backstop patterns also use verb forms from the Dutch lemma lookup table of spacy-lookups-data (MIT licence).

## Credits

Trained on:

* **UD_Dutch-Alpino** (UD 2.16 dev set; 2017 training set, first part) — Gosse Bouma and Gertjan van Noord;
  based on the Alpino Treebank (L. van der Beek, G. Bouma, R. Malouf and G. van Noord, *The Alpino Dependency
  Treebank*, CLIN 2001). CC BY-SA 4.0. https://github.com/UniversalDependencies/UD_Dutch-Alpino
* **UD_Dutch-LassySmall** (UD 2.16 dev set; 2017 / UD 2.0 training set) — Gosse Bouma and Gertjan van Noord;
  based on the Wikipedia section of the Lassy Small Treebank (G. van Noord et al., *Large Scale Syntactic
  Annotation of Written Dutch: Lassy*, 2013). CC BY-SA 4.0. https://github.com/UniversalDependencies/UD_Dutch-LassySmall
* G. Bouma and G. van Noord, *Increasing return on annotation investment: the automatic construction of a
  Universal Dependency treebank for Dutch*, UD Workshop 2017. http://aclweb.org/anthology/W17-0403

Changes made to the data: the 2017 training files were harmonised to the 2025 (UD 2.16) annotation conventions,
lemmas written with `_` were turned into whole words, and every sentence that occurs in the UD test sets was
removed (see `training/harmonise.py` and `training/prepare.py`).
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--out", default=str(REPO / "beleidstaal" / "models" / "nl_beleidstaal"))
    ap.add_argument("--no-backstop", action="store_true")
    ap.add_argument(
        "--lemmatizer-from",
        help="take the trainable lemmatiser from this pipeline (stage 1) and let "
        "it listen to this pipeline's tok2vec instead of keeping its own copy of a tok2vec",
    )
    ap.add_argument("--train-conllu", default=str(HERE / "output" / "corpus" / "train.conllu"))
    ap.add_argument("--description", default="")
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model)
    if args.lemmatizer_from:
        nlp.remove_pipe("trainable_lemmatizer")
        nlp.add_pipe("trainable_lemmatizer", source=spacy.load(args.lemmatizer_from), after="parser")
    if not args.no_backstop:
        from backstop import add_backstop

        n = add_backstop(nlp, Path(args.train_conllu))
        print(f"lemma backstop: {n} patterns")
    nlp.meta.update(
        {
            "name": "beleidstaal",
            "lang": "nl",
            "version": "0.1.0",
            "license": "CC BY-SA 4.0",
            "author": "beleidstaal",
            "description": args.description
            or (
                "Small Dutch pipeline for beleidstaal: tok2vec, morphologizer (UPOS + features), parser "
                "(dependencies + sentence boundaries), trainable lemmatiser with a verb-lemma backstop. Trained on "
                "UD Dutch Alpino and LassySmall (harmonised to UD 2.16), whole-word lemmas."
            ),
            "sources": SOURCES,
            "spacy_version": ">=3.8.0,<3.9.0",
            "url": "",
            "email": "",
        }
    )
    # the same Dutch tokenizer fixes that beleidstaal applies at load time, so that spacy.load(path) agrees
    sys.path.insert(0, str(REPO))
    from beleidstaal.model import dutch_tokenizer

    nlp.tokenizer = dutch_tokenizer(nlp)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    shutil.copyfile(HERE.parent.parent / "shared" / "ud-dutch" / "LICENSE-Alpino.txt", out / "LICENSE")
    (out / "README.md").write_text(CREDITS.format(spacy_version=spacy.__version__), encoding="utf8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"written {out} ({size / 1e6:.1f} MB)")
    print(
        json.dumps(
            {k: nlp.meta.get(k) for k in ("name", "version", "license", "pipeline")}, ensure_ascii=False
        )
    )


if __name__ == "__main__":
    main()
