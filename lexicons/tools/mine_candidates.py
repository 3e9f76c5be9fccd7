"""Rank the words, lemmas, phrases and support-verb pairs that policy writers over-use, for the word lists.

Input: the token file of ``parse_corpus.py`` (both parts of ``../shared/corpus/``). Output: a TSV of candidates,
best first, in three kinds:

- ``lemma``: a lemma (with its most frequent written forms) that is more frequent in the corpus than in general
  Dutch (``wordfreq``). Score: count × log2(corpus frequency / general frequency), the share of the corpus it
  explains, so a word needs both a high count and a high ratio.
- ``phrase``: a run of 2–5 words inside a sentence, scored the same way against the frequency general Dutch would
  give the words side by side (the product of their ``wordfreq`` frequencies); a phrase must hold at least one
  word that is not a function word, and it must not be only part of a longer phrase with the same count.
- ``steunwerkwoord``: a noun (with its preposition, if any) and a light verb that governs it in the parse, scored by
  log-likelihood (G²) of the pair against the nouns and verbs seen apart.

Every candidate must occur in at least ``--min-docs`` files, so one plan's own name cannot rank high. Candidates
whose term is already a word-list entry are marked ``in lijst``. The last three columns (decision, alternatives,
reason) are the editor's judgement; mining again keeps them for candidates that are still listed.

    python lexicons/tools/mine_candidates.py --tokens /tmp/plans.tsv.gz /tmp/docs.tsv.gz --out lexicons/tools/candidates.tsv
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import word_frequency

from beleidstaal.lexicon import all_entries

try:
    from parse_corpus import CORPUS, corpus_files
except ImportError:  # run as a module
    from .parse_corpus import CORPUS, corpus_files

WORD = re.compile(r"^[a-zà-ÿ][a-zà-ÿ'-]*\.?$|^[a-z](\.[a-z])+\.?$")
#: verbs that carry little meaning of their own next to a noun (een besluit nemen, onderzoek instellen)
LIGHT_VERBS = {
    "geven", "nemen", "maken", "doen", "brengen", "stellen", "houden", "hebben", "krijgen", "komen", "vinden",
    "voeren", "leggen", "zetten", "treffen", "verlenen", "plaatsen", "leveren", "dragen", "instellen",
    "verrichten", "uitvoeren", "plegen", "bieden", "verschaffen", "gaan", "trekken", "vragen",
    "opnemen", "aangaan", "toepassen", "bewerkstelligen", "verkrijgen", "ondergaan", "uitbrengen", "voorzien",
    "scheppen", "verstrekken", "uitoefenen", "ondernemen", "kennen", "hanteren", "inzetten",
}  # fmt: skip
#: function words: a phrase of only these says nothing about policy language
FUNCTION = {
    "de", "het", "een", "en", "of", "van", "in", "op", "te", "voor", "met", "aan", "door", "bij", "naar", "om",
    "uit", "tot", "over", "als", "dat", "die", "dit", "deze", "er", "is", "zijn", "wordt", "worden", "niet", "ook",
    "zal", "kan", "moet", "heeft", "hebben", "wat", "wie", "welke", "waar", "hier", "daar", "nog", "al", "maar",
    "dan", "zo", "ze", "zij", "we", "wij", "u", "je", "ik", "hij", "hun", "haar", "zich", "geen", "meer", "werd",
    "was", "waren", "kunnen", "moeten", "zullen", "wel", "na", "tegen", "onder", "binnen", "zoals",
}  # fmt: skip
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV", "ADP", "SCONJ", "AUX", "PRON", "DET", "CCONJ", "NUM", "PROPN"}


@dataclass
class Candidate:
    kind: str
    term: str
    count: int
    docs: int
    score: float
    forms: list[str] = field(default_factory=list)


def read_sentences(paths: list[Path]):
    """(file number, tokens) per sentence; a token is (text, lemma, pos, dep, index, head)."""
    for path in paths:
        yield from _read_sentences(path)


def _read_sentences(path: Path):
    current = None
    tokens: list[tuple[str, str, str, str, int, int]] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in _lines(f):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 8:
                continue
            n, s, i, text, lemma, pos, dep, head = parts
            key = (int(n), int(s))
            if key != current:
                if tokens:
                    yield current[0], tokens
                current, tokens = key, []
            tokens.append((text, lemma, pos, dep, int(i), int(head)))
    if tokens:
        yield current[0], tokens


def _lines(f):
    """The lines of the token file; a file still being written ends early instead of failing."""
    try:
        yield from f
    except EOFError:
        return


def general(word: str) -> float:
    return max(word_frequency(word, "nl"), 1e-8)


def keyness(count: int, total: int, reference: float) -> float:
    return count * math.log2((count / total) / reference)


def g2(k11: int, k12: int, k21: int, k22: int) -> float:
    def h(*ks: int) -> float:
        n = sum(ks)
        return sum(k * math.log(k / n) for k in ks if k > 0)

    return 2 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))


DETERMINERS = {"de", "het", "een", "dit", "deze", "die", "dat", "onze", "uw", "hun", "zijn", "haar"}


def mine(tokens_path: list[Path], min_docs: int, files: set[int]) -> dict[str, list[Candidate]]:
    lemma_count: Counter[str] = Counter()
    lemma_docs: dict[str, set[int]] = defaultdict(set)
    lemma_forms: dict[str, Counter[str]] = defaultdict(Counter)
    gram_count: Counter[tuple[str, ...]] = Counter()
    gram_docs: dict[tuple[str, ...], set[int]] = defaultdict(set)
    pair_count: Counter[tuple[str, str]] = Counter()
    pair_docs: dict[tuple[str, str], set[int]] = defaultdict(set)
    noun_count: Counter[str] = Counter()
    verb_count: Counter[str] = Counter()
    total = 0
    for doc, sent in read_sentences(tokens_path):
        if doc not in files:
            continue
        words = [t[0].lower() for t in sent]
        by_index = {t[4]: t for t in sent}
        for text, lemma, pos, dep, i, head in sent:
            low = text.lower()
            if not WORD.match(low) or pos in ("PROPN", "PUNCT", "NUM", "SYM", "X") and "." not in low:
                continue
            total += 1
            lemma_count[lemma] += 1
            lemma_docs[lemma].add(doc)
            lemma_forms[lemma][low] += 1
            if pos == "NOUN" and head in by_index:
                verb = by_index[head]
                if verb[2] in ("VERB", "AUX"):
                    verb_count[verb[1]] += 1
                    noun_count[lemma] += 1
                    if verb[1] in LIGHT_VERBS and dep in ("obj", "obl", "nsubj:pass", "xcomp", "obl:arg"):
                        case = [t[1] for t in sent if t[5] == i and t[3] == "case" and t[4] < i]
                        noun = " ".join([*case[:1], lemma])
                        pair_count[noun, verb[1]] += 1
                        pair_docs[noun, verb[1]].add(doc)
        for n in range(2, 6):
            for k in range(len(words) - n + 1):
                gram = tuple(words[k : k + n])
                if all(WORD.match(w) for w in gram) and any(w not in FUNCTION for w in gram):
                    if (
                        gram[0] in DETERMINERS
                        or gram[0] in ("en", "of")
                        or gram[-1] in DETERMINERS | {"en", "of"}
                    ):
                        continue
                    gram_count[gram] += 1
                    gram_docs[gram].add(doc)
    form_count = Counter()
    for forms in lemma_forms.values():
        form_count.update(forms)
    result: dict[str, list[Candidate]] = {}
    lemmas = []
    for lemma, c in lemma_count.items():
        if c < 10 or len(lemma_docs[lemma]) < min_docs or not WORD.match(lemma) or lemma in FUNCTION:
            continue
        forms = lemma_forms[lemma]
        reference = sum(general(f) for f in forms) or general(lemma)
        score = keyness(c, total, reference)
        if score > 0 and c / total >= 4 * reference:
            top = [f for f, _ in forms.most_common(4)]
            lemmas.append(Candidate("lemma", lemma, c, len(lemma_docs[lemma]), score, top))
    result["lemma"] = sorted(lemmas, key=lambda x: -x.score)
    phrases = []
    for gram, c in gram_count.items():
        if c < 8 or len(gram_docs[gram]) < min_docs:
            continue
        reference = math.prod(general(w) for w in gram)
        phrases.append(
            Candidate("phrase", " ".join(gram), c, len(gram_docs[gram]), keyness(c, total, reference))
        )
    # a phrase that only occurs inside one longer phrase adds nothing: keep the longer one
    counts = {p.term: p.count for p in phrases}
    contained = set()
    for p in phrases:
        ws = p.term.split()
        for sub in (" ".join(ws[1:]), " ".join(ws[:-1])):
            if counts.get(sub) is not None and counts[sub] <= p.count * 1.1:
                contained.add(sub)
    result["phrase"] = sorted((p for p in phrases if p.term not in contained), key=lambda x: -x.score)
    n_pairs = sum(verb_count.values())
    pairs = []
    for (noun, verb), c in pair_count.items():
        if c < 5 or len(pair_docs[noun, verb]) < min_docs:
            continue
        head_noun = noun.split()[-1]
        k12 = noun_count[head_noun] - c
        k21 = verb_count[verb] - c
        k22 = n_pairs - c - max(k12, 0) - max(k21, 0)
        score = g2(c, max(k12, 0), max(k21, 0), max(k22, 0))
        expected = noun_count[head_noun] * verb_count[verb] / n_pairs
        if c > expected:
            pairs.append(Candidate("steunwerkwoord", f"{noun} {verb}", c, len(pair_docs[noun, verb]), score))
    result["steunwerkwoord"] = sorted(pairs, key=lambda x: -x.score)
    return result


COLUMNS = ["rank", "kind", "candidate", "part", "count", "files", "score", "forms", "in_list"]
#: filled in by hand: houden (an entry was written), in lijst (an entry covers it), vakterm (never flag), gewoon
DECISION_COLUMNS = ["decision", "alternatives", "reason"]


def read_decisions(path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """The decisions already written in an earlier candidate list, so that mining again keeps them."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {
        (r["kind"], r["candidate"]): tuple(r.get(k) or "" for k in DECISION_COLUMNS)
        for r in rows
        if r.get("decision")
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", type=Path, nargs="+", required=True, help="token files of parse_corpus.py")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-docs", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus that parse_corpus.py read")
    ap.add_argument(
        "--top",
        default="lemma=320+100,phrase=320+100,steunwerkwoord=180+10",
        help="how many of each kind, from the zoning plans + from docs-as-code",
    )
    args = ap.parse_args(argv)
    known = {e.term.lower() for e in all_entries()}
    files = corpus_files(args.corpus)
    parts = [
        (
            "bestemmingsplannen",
            {n for n, p in enumerate(files) if "bestemmingsplannen" in p.parts},
            args.min_docs,
        ),
        (
            "docs-as-code",
            {n for n, p in enumerate(files) if "docs-as-code" in p.parts},
            max(2, args.min_docs // 2),
        ),
    ]
    mined = [(name, mine(args.tokens, min_docs, part)) for name, part, min_docs in parts]
    quota = {k: [int(n) for n in v.split("+")] for k, v in (x.split("=") for x in args.top.split(","))}
    judged = read_decisions(args.out)
    seen: set[tuple[str, str]] = set()
    with args.out.open("w", encoding="utf-8") as out:
        out.write("\t".join([*COLUMNS, *DECISION_COLUMNS]) + "\n")
        rank = 0
        for kind, per_part in quota.items():
            for (name, result), n in zip(mined, per_part, strict=True):
                taken = 0
                for c in result[kind]:
                    if taken == n:
                        break
                    if (kind, c.term) in seen:
                        continue
                    seen.add((kind, c.term))
                    taken += 1
                    rank += 1
                    in_list = "in lijst" if c.term in known else ""
                    decision = judged.get((kind, c.term), ("", "", ""))
                    row = [
                        rank,
                        c.kind,
                        c.term,
                        name,
                        c.count,
                        c.docs,
                        f"{c.score:.0f}",
                        ",".join(c.forms),
                        in_list,
                    ]
                    out.write("\t".join(map(str, [*row, *decision])) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
