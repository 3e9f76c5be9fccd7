#!/usr/bin/env bash
# Reproduce the bundled Dutch pipeline from ../shared/ud-dutch (relative to the repo root), one thread:
#   prepare corpora -> stage 1: train from scratch (config.cfg) -> stage 2: continue on the corpus + synthetic
#   sentences (config_finetune.cfg) -> add the verb-lemma backstop + Dutch tokenizer fixes + package -> evaluate
#   + benchmark.  (prepare.py --harmonise-more and stage 3, config_stage3.cfg, are measured options: README.)
# Usage (from anywhere):  bash training/train.sh        (about 1.5 h on one free CPU core)
set -euo pipefail
cd "$(dirname "$0")"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
UD="${UD:-../../shared/ud-dutch}"
PKG=../beleidstaal/models/nl_beleidstaal
mkdir -p output
python prepare.py --ud "$UD" --out output/corpus --upweight-2025 2 --augment | tee output/prepare.log
python -m spacy train config.cfg --output output/stage1 \
    --paths.train output/corpus/train.spacy --paths.dev output/corpus/dev.spacy 2>&1 | tee output/stage1.log
python -m spacy train config_finetune.cfg --output output/stage2 --paths.stage1 output/stage1/model-best \
    --paths.train output/corpus/train_aug.spacy --paths.dev output/corpus/dev.spacy 2>&1 | tee output/stage2.log
python package.py output/stage2/model-best --lemmatizer-from output/stage1/model-best \
    --train-conllu output/corpus/train.conllu --out "$PKG"
python evaluate.py "$PKG" --ud "$UD" --json output/eval.json | tee output/eval.md
for f in nl_alpino-ud-test nl_lassysmall-ud-test; do
    python -m spacy evaluate "$PKG" "output/corpus/$f.spacy" | tee "output/spacy-evaluate-$f.txt"
done
python ../bench/model_speed.py "$PKG" | tee output/speed.txt
