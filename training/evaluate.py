"""Evaluate a pipeline on the two UD Dutch test files and print the report table.

UPOS, morph, UAS and LAS are spaCy's own scores (spaCy's Scorer, as `spacy evaluate`: raw text through the
pipeline's tokenizer, aligned to the gold tokens; UAS/LAS leave punctuation out). Lemma measures:

* lemma raw           — exact match with the gold lemma as written in the 2025 file (so `uit_voeren` counts wrong
                        against *uitvoeren*);
* lemma (no `_`)      — case-folded match on the tokens whose gold lemma has no `_`;
* VERB+AUX (no `_`)   — the same, on the gold VERB and AUX tokens among them;
* `_` tokens          — the tokens whose gold lemma has `_`, against the whole-word form of that lemma
                        (`whole_word_lemma` in prepare.py; split separable verbs: the verb's own lemma), case folded.

Usage: python training/evaluate.py [MODEL] [--json out.json] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from conllu import read_conllu, sents_to_doc  # noqa: E402
from prepare import TEST_FILES, whole_word_lemma  # noqa: E402


def evaluate_file(nlp, path: Path) -> dict:
    from spacy.scorer import Scorer
    from spacy.training import Example

    sents = read_conllu(path)
    golds = [sents_to_doc(nlp.vocab, [s]) for s in sents]
    t0 = time.perf_counter()
    preds = list(nlp.pipe((g.text for g in golds), batch_size=256))
    elapsed = time.perf_counter() - t0
    examples = [Example(p, g) for p, g in zip(preds, golds, strict=False)]
    scores = Scorer(nlp).score(examples)

    c = {k: [0, 0] for k in ("raw", "nous", "verb", "us", "us_verb")}
    for s, eg in zip(sents, examples, strict=False):
        y2x = eg.alignment.y2x
        x2y = eg.alignment.x2y
        pred = eg.predicted
        for i, tok in enumerate(s.tokens):
            xs = list(y2x[i])
            ok_align = len(xs) == 1 and len(x2y[int(xs[0])]) == 1
            p = pred[int(xs[0])].lemma_ if ok_align else None
            gold = tok.lemma
            c["raw"][1] += 1
            c["raw"][0] += int(p == gold)
            if "_" in gold and gold != "_":
                ww = whole_word_lemma(tok, s)
                c["us"][1] += 1
                c["us"][0] += int(p is not None and p.lower() == ww.lower())
                if tok.upos in ("VERB", "AUX"):
                    c["us_verb"][1] += 1
                    c["us_verb"][0] += int(p is not None and p.lower() == ww.lower())
            else:
                hit = int(p is not None and p.lower() == gold.lower())
                c["nous"][1] += 1
                c["nous"][0] += hit
                if tok.upos in ("VERB", "AUX"):
                    c["verb"][1] += 1
                    c["verb"][0] += hit
    n_words = sum(len(g) for g in golds)
    return {
        "sentences": len(sents),
        "tokens": n_words,
        "upos": scores["pos_acc"],
        "morph": scores["morph_acc"],
        "lemma_raw": c["raw"][0] / c["raw"][1],
        "lemma_no_underscore": c["nous"][0] / c["nous"][1],
        "lemma_verb_aux_no_underscore": c["verb"][0] / c["verb"][1],
        "n_verb_aux_no_underscore": c["verb"][1],
        "lemma_underscore_tokens": c["us"][0] / max(1, c["us"][1]),
        "n_underscore_tokens": c["us"][1],
        "lemma_underscore_verb_aux": c["us_verb"][0] / max(1, c["us_verb"][1]),
        "n_underscore_verb_aux": c["us_verb"][1],
        "spacy_lemma_acc": scores.get("lemma_acc"),
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "sents_f": scores.get("sents_f"),
        "words_per_sec_batch": n_words / elapsed,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", nargs="?", default=str(REPO / "beleidstaal" / "models" / "nl_beleidstaal"))
    ap.add_argument("--ud", default=str(REPO.parent / "shared" / "ud-dutch"))
    ap.add_argument("--json")
    args = ap.parse_args()
    import spacy

    nlp = spacy.load(args.model)
    results = {f.replace("-ud-test.conllu", ""): evaluate_file(nlp, Path(args.ud) / f) for f in TEST_FILES}
    cols = [
        ("UPOS", "upos"),
        ("morph", "morph"),
        ("lemma raw", "lemma_raw"),
        ("lemma no `_` (cf)", "lemma_no_underscore"),
        ("VERB+AUX no `_`", "lemma_verb_aux_no_underscore"),
        ("`_` tokens (whole word)", "lemma_underscore_tokens"),
        ("UAS", "uas"),
        ("LAS", "las"),
    ]
    print("| test file | " + " | ".join(c for c, _ in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, r in results.items():
        print(f"| {name} | " + " | ".join(f"{r[k]:.3f}" for _, k in cols) + " |")
    for name, r in results.items():
        print(
            f"{name}: {r['tokens']} tokens; VERB+AUX no-_ {r['n_verb_aux_no_underscore']}; `_` tokens "
            f"{r['n_underscore_tokens']} (of which VERB/AUX {r['n_underscore_verb_aux']}: "
            f"{r['lemma_underscore_verb_aux']:.3f}); sents_f {r['sents_f']:.3f}; "
            f"{r['words_per_sec_batch']:.0f} words/s"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
