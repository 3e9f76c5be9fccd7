"""The verbs of real text that the generated verb data lacks (task verbs50): on the dev half, every participle and
infinitive the parser tags VERB/AUX or that stands right beside a form of *worden*/*zijn*, and every noun in *-ing*
with a *van*-phrase, whose verb is not in ``werkwoorden.toml`` (for the nouns: no verb by ``noun_verb`` and not a
hand-kept lexicalised noun). Prints the counts and the most frequent missing words.

Run from the repository root (the files of ``new_findings.py --part dev``: the dev docs and 12 plans, seed 18):

    PYTHONPATH=$PWD python bench/quality/verb_gap.py [--plans 12] [--top 40] [--hunspell /path/nl_NL]

With ``--hunspell`` (``hunspell_verbs.py``) only the words whose verb the OpenTaal list knows as an infinitive count:
the tagger's slips (a noun tagged VERB) drop out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_root  # noqa: E402
from hunspell_verbs import hunspell_infinitives  # noqa: E402
from new_entries import files_of  # noqa: E402

from beleidstaal.language.data import word_set  # noqa: E402
from beleidstaal.language.grammar import candidate_verbs, infinitive, known_verbs, participle_shape  # noqa: E402
from beleidstaal.language.morph_base import irregular_verbs  # noqa: E402
from beleidstaal.language.nominal_verb import exceptions, noun_verb  # noqa: E402
from beleidstaal.nlp import get_analyser  # noqa: E402
from beleidstaal.readers import kind_for, read_bytes  # noqa: E402

AUX = ("worden", "zijn")


def beside_aux(tok) -> bool:
    doc = tok.doc
    near = [doc[j] for j in (tok.i - 1, tok.i + 1) if tok.sent.start <= j < tok.sent.end]
    return any(n.lemma_.lower() in AUX for n in near) or any(
        c.dep_.startswith("aux") and c.lemma_.lower() in AUX for c in tok.children
    )


def verb_candidate(tok) -> bool:
    low = tok.lower_
    if not low.isalpha() or not low.islower() or len(low) < 5 or tok.lemma_.lower() in AUX:
        return False
    forms = set(tok.morph.get("VerbForm"))
    if tok.pos_ in ("VERB", "AUX") and forms & {"Part", "Inf"}:
        return True
    # a participle the tagger read as an adjective beside *worden*/*zijn* (*is aangescherpt*, *wordt begroeid*)
    shaped = participle_shape(low) and low.endswith(("d", "t", "en"))
    return tok.pos_ == "ADJ" and shaped and beside_aux(tok)


def van_phrase(tok) -> bool:
    return any(c.dep_.startswith("nmod") and any(g.lower_ == "van" for g in c.children) for c in tok.children)


def tail_verbs(noun: str) -> list[str]:
    """The verbs a noun in *-ing* or one of its last parts could be made of (*milieuzonering* → *zoneren*)."""
    return [v for i in range(len(noun) - 6) for v in candidate_verbs(noun[i:])]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", type=int, default=12)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument(
        "--hunspell", help="nl_NL (.dic/.aff) without extension: count only verbs it knows (bench-only)"
    )
    args = ap.parse_args(argv)
    root = corpus_root()
    real = hunspell_infinitives(args.hunspell) if args.hunspell else None
    verbs = known_verbs() | frozenset(irregular_verbs())
    analyser = get_analyser()
    lexicalised = exceptions() | word_set("nominalisatie_uitzonderingen", "lexicalised_alone")
    seen, missing = Counter(), Counter()
    nouns_seen, nouns_missing = Counter(), Counter()
    for rel in files_of(root, "dev", args.plans, args.seed, False):
        path = root / rel
        analysis = analyser.analyse(
            read_bytes(path.read_bytes(), kind=kind_for(path) or "text", path=str(path))
        )
        for ap_ in analysis.paragraphs:
            for tok in ap_.doc:
                low = tok.lower_
                if verb_candidate(tok):
                    seen[low] += 1
                    verb = infinitive(tok)
                    if verb not in verbs and (real is None or verb in real):
                        missing[(low, verb)] += 1
                elif tok.pos_ == "NOUN" and low.endswith("ing") and low.isalpha() and van_phrase(tok):
                    nouns_seen[low] += 1
                    lemma = tok.lemma_.lower()
                    unknown = noun_verb(lemma) is None and noun_verb(low) is None
                    if (
                        unknown
                        and not ({lemma, low} & lexicalised)
                        and (real is None or real & set(tail_verbs(low)))
                    ):
                        nouns_missing[low] += 1
    print(
        f"participles/infinitives: {sum(seen.values())} tokens ({len(seen)} forms); without a known verb: "
        f"{sum(missing.values())} tokens ({len(missing)} forms)"
    )
    for (form, verb), n in missing.most_common(args.top):
        print(f"  {n:4d}  {form}  (lemma {verb})")
    print(
        f"-ing nouns with a van-phrase: {sum(nouns_seen.values())} tokens ({len(nouns_seen)} forms); no verb and "
        f"not lexicalised: {sum(nouns_missing.values())} tokens ({len(nouns_missing)} forms)"
    )
    for noun, n in nouns_missing.most_common(args.top):
        print(f"  {n:4d}  {noun}")


if __name__ == "__main__":
    main()
