"""Build the training corpora from ../shared/ud-dutch.

* train pool: both 2017 training files (harmonised to the 2025 conventions by harmonise.py) + both 2025 dev files;
* every sentence whose token sequence occurs in either test file is removed (README: 775 + 615 overlaps);
* 2017 sentences that also occur in a 2025 dev file are dropped in favour of the 2025 annotation;
* lemmas written with `_` (2025 compounds and separable verbs) become whole words (see `whole_word_lemma`);
* a random slice of the pool is held back for early stopping;
* test files are converted one sentence per doc, with their gold annotation as is.

Usage: python training/prepare.py [--ud ../shared/ud-dutch] [--out training/output/corpus] [--no-harmonise]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conllu import Sentence, Token, read_conllu, sents_to_doc, write_conllu  # noqa: E402

TEST_FILES = ["nl_alpino-ud-test.conllu", "nl_lassysmall-ud-test.conllu"]
DEV_2025 = ["nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu"]
TRAIN_2017 = ["nl_alpino-ud-train-2017-partial.conllu", "nl_lassysmall-ud-train-2017.conllu"]


def whole_word_lemma(tok: Token, sent: Sentence) -> str:
    """`uit_voeren` -> `uitvoeren`; `jeugd_gezondheid_zorg` (jeugdgezondheidszorg) -> `jeugdgezondheidszorg`.

    Split separable verbs (*zet ... in*, lemma `in_zetten`) keep the verb's own lemma (*zetten*): the particle is
    in the parse as `compound:prt`, and the lemma stays a function of the word form.
    """
    lemma = tok.lemma
    if "_" not in lemma or lemma == "_" or tok.upos == "PUNCT":
        return lemma
    parts = [p for p in lemma.split("_") if p]
    if not parts:
        return lemma
    joined = "".join(parts)
    form_l = tok.form.lower()
    if joined.lower() == form_l:
        return joined
    if tok.upos in ("VERB", "AUX"):
        prt_children = [c for c in sent.children(tok.id) if c.deprel == "compound:prt"]
        head_part = "".join(parts[:-1]).lower()
        if prt_children and not form_l.startswith(head_part):
            return parts[-1]
        return joined
    last = parts[-1]
    last_l = last.lower()
    for n in range(len(last_l), 1, -1):
        i = form_l.rfind(last_l[:n])
        if i > 0:
            prefix = tok.form[:i]
            if tok.upos != "PROPN":
                prefix = prefix.lower()
            return prefix + last
    return joined


def is_tree(s: Sentence) -> bool:
    """One root, no cycles, no self-loops (a few 2017 sentences have self-loops)."""
    n = len(s.tokens)
    if sum(1 for t in s.tokens if t.head == 0) != 1:
        return False
    for t in s.tokens:
        seen, h = set(), t.id
        while h:
            if h in seen or h > n or h < 0:
                return False
            seen.add(h)
            h = s.tokens[h - 1].head
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default=str(HERE.parent.parent / "shared" / "ud-dutch"))
    ap.add_argument("--out", default=str(HERE / "output" / "corpus"))
    ap.add_argument("--no-harmonise", action="store_true")
    ap.add_argument(
        "--harmonise-more",
        action="store_true",
        help="also the later rules (titles, eerst, mark/cc/expl, meer); measured, not in the shipped pipeline",
    )
    ap.add_argument("--heldout", type=int, default=600)
    ap.add_argument("--sents-per-doc", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--augment",
        action="store_true",
        help="also write train_aug.spacy: train.spacy + the synthetic sentences of augment.py",
    )
    ap.add_argument(
        "--upweight-2025",
        type=int,
        default=1,
        help="repeat the 2025 (dev-file) training sentences this many times",
    )
    args = ap.parse_args()

    import spacy
    from spacy.tokens import DocBin

    ud, out = Path(args.ud), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    test_keys = set()
    for f in TEST_FILES:
        test_keys |= {s.key for s in read_conllu(ud / f)}

    dev_sents: list[Sentence] = []
    for f in DEV_2025:
        dev_sents += read_conllu(ud / f, source=f)
    dev_keys = {s.key for s in dev_sents}

    old_sents: list[Sentence] = []
    for f in TRAIN_2017:
        old_sents += read_conllu(ud / f, source=f)
    n_old = len(old_sents)
    old_sents = [s for s in old_sents if is_tree(s)]
    print(f"2017 sentences that are not trees, dropped: {n_old - len(old_sents)}")
    if not args.no_harmonise:
        from collections import Counter

        from harmonise import fix_punct, harmonise_sentence, load_lexicon, pos_lexicon, retag_titles

        lex = load_lexicon(dev_sents)
        counts: Counter = Counter()
        for s in old_sents:
            harmonise_sentence(s, lex, counts, more=args.harmonise_more)
        if args.harmonise_more:
            pos_lex = pos_lexicon(dev_sents + old_sents)
            for s in old_sents:
                retag_titles(s, pos_lex, counts)
        n_before = len(old_sents)
        old_sents = [s for s in old_sents if is_tree(s)]
        counts["not a tree after harmonising, dropped"] = n_before - len(old_sents)
        fix_punct(old_sents, counts)
        for k, v in sorted(counts.items()):
            print(f"harmonise {k}: {v}")

    pool: list[Sentence] = []
    seen: set = set()
    dropped = {"in test": 0, "2017 also in 2025 dev": 0, "duplicate": 0}
    for s in dev_sents + old_sents:
        if s.key in test_keys:
            dropped["in test"] += 1
            continue
        if s.source in TRAIN_2017 and s.key in dev_keys:
            dropped["2017 also in 2025 dev"] += 1
            continue
        if s.key in seen:
            dropped["duplicate"] += 1
            continue
        seen.add(s.key)
        pool.append(s)
    print(
        f"2017 sentences: {n_old}, 2025 dev sentences: {len(dev_sents)}, dropped: {dropped}, pool: {len(pool)}"
    )

    n_us = 0
    for s in pool:
        for t in s.tokens:
            new = whole_word_lemma(t, s)
            if new != t.lemma:
                n_us += 1
                t.lemma = new
    print(f"lemmas with _ made whole words: {n_us}")

    rng = random.Random(args.seed)
    idx = list(range(len(pool)))
    rng.shuffle(idx)
    held = set(idx[: args.heldout])
    train = [s for i, s in enumerate(pool) if i not in held]
    dev = [s for i, s in enumerate(pool) if i in held]
    print(
        f"train sentences: {len(train)} ({sum(len(s.tokens) for s in train)} tokens), held back: {len(dev)}"
    )
    write_conllu(train, out / "train.conllu")
    write_conllu(dev, out / "dev.conllu")

    nlp = spacy.blank("nl")
    k = args.sents_per_doc
    new = [s for s in train if s.source in DEV_2025]
    old = [s for s in train if s.source not in DEV_2025]
    for name, groups in (("train", [old] + [new] * args.upweight_2025), ("dev", [dev])):
        db = DocBin(store_user_data=False)
        for sents in groups:
            for i in range(0, len(sents), k):
                db.add(sents_to_doc(nlp.vocab, sents[i : i + k]))
        db.to_disk(out / f"{name}.spacy")
    print(f"train.spacy: {len(old)} 2017 + {len(new)} x {args.upweight_2025} 2025 sentences")
    # stage 3 adapts to the 2025 conventions only: the 2025 sentences of train and of the held-back slice
    for name, sents in (("train25", new), ("dev25", [s for s in dev if s.source in DEV_2025])):
        db = DocBin(store_user_data=False)
        for i in range(0, len(sents), k):
            db.add(sents_to_doc(nlp.vocab, sents[i : i + k]))
        db.to_disk(out / f"{name}.spacy")
        print(f"{name}.spacy: {len(sents)} sentences in the 2025 annotation")
    if args.augment:
        from augment import generate

        synthetic = generate()
        db = DocBin(store_user_data=False).from_disk(out / "train.spacy")
        for i in range(0, len(synthetic), k):
            db.add(sents_to_doc(nlp.vocab, synthetic[i : i + k]))
        db.to_disk(out / "train_aug.spacy")
        write_conllu(synthetic, out / "augment.conllu")
        print(f"train_aug.spacy: train.spacy + {len(synthetic)} synthetic sentences")
    for f in TEST_FILES:
        db = DocBin(store_user_data=False)
        for s in read_conllu(ud / f):
            db.add(sents_to_doc(nlp.vocab, [s]))
        db.to_disk(out / f.replace(".conllu", ".spacy"))
    print("written to", out)


if __name__ == "__main__":
    main()
