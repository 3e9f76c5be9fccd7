"""Build the verb data for the grammar rules from the UD Dutch treebanks and wordfreq.

Writes two generated files (do not edit them by hand; edit the exceptions instead and run this again):

- ``lexicons/data/werkwoorden.toml``: Dutch verbs (infinitives) known to exist: every VERB lemma in the UD
  treebanks, plus every verb derived from a nominalisation below that Dutch text shows as a verb (its infinitive
  and its present-tense third person are both common enough in wordfreq).
  It also maps participles to infinitives as the treebanks annotate them (*gestegen* → *stijgen*).
- ``lexicons/data/nominalisaties.toml``: noun → verb for nouns of the suffix families (-ing, -atie, -tie, -sie,
  -ment, -age) and bare verb-stem nouns with a prefix (*aanschaf*, *inzet*, *beheer*), whose verb exists, and the
  hand-kept nouns of neither kind (``kale_stammen.toml``, ``other_nouns``: *controle* → *controleren*).

Hand-kept exceptions (lexicalised nouns such as *woning*, *regering*) are in
``lexicons/data/nominalisatie_uitzonderingen.toml`` and are applied at run time, not here.

Run: ``python bench/quality/build_verb_data.py [/path/to/ud-dutch]``
"""

from __future__ import annotations

import glob
import sys
from collections import Counter
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from beleidstaal.language.grammar import candidate_verbs, is_infinitive_shape, present, stem_to_infinitive

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "lexicons" / "data"
UD = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/ud-dutch")

#: prefixes of bare-stem nominalisations (aanschaf, inzet, beheer, onderhoud)
PREFIXES = (
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "toe", "uit", "voor", "terug",
    "be", "ge", "ver", "ont", "her",
)  # fmt: skip
MIN_INF, MIN_3SG, MIN_NOUN = 2.5, 1.5, 2.0


def ud_lemmas() -> tuple[Counter, Counter, dict[str, Counter]]:
    verbs: Counter = Counter()
    nouns: Counter = Counter()
    participles: dict[str, Counter] = {}
    for f in sorted(glob.glob(str(UD / "*.conllu"))):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4 or not cols[0].isdigit():
                    continue
                lemma = cols[2].replace("_", "").lower()
                if not lemma.isalpha():
                    continue
                if cols[3] == "VERB" and not is_infinitive_shape(lemma):
                    continue  # an annotation slip (a past tense as lemma)
                if cols[3] == "VERB":
                    verbs[lemma] += 1
                    if "VerbForm=Part" in cols[5] and cols[1].isalpha():
                        participles.setdefault(cols[1].lower(), Counter())[lemma] += 1
                elif cols[3] == "NOUN":
                    nouns[lemma] += 1
    return verbs, nouns, participles


LATINATE = ("atie", "isering", "ificering", "uering", "ctie")


def verb_exists(verb: str, ud_verbs: Counter, noun: str = "") -> bool:
    if verb in ud_verbs:
        return True
    if noun.endswith(LATINATE) and verb.endswith("eren") and zipf_frequency(verb, "nl") >= MIN_INF - 0.5:
        return True  # Latinate verbs (digitaliseren) are no noun plurals; their 3sg is rare in text
    return zipf_frequency(verb, "nl") >= MIN_INF and zipf_frequency(present(verb, False), "nl") >= MIN_3SG


def load_list(path: Path, key: str) -> list[str]:
    import tomllib

    with open(path, "rb") as fh:
        return [w.lower() for w in tomllib.load(fh).get(key, [])]


def load_table(path: Path, key: str) -> dict[str, str]:
    import tomllib

    with open(path, "rb") as fh:
        return {k.lower(): v for k, v in tomllib.load(fh).get(key, {}).items()}


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    ud_verbs, ud_nouns, ud_participles = ud_lemmas()
    if not ud_verbs:
        sys.exit(f"Geen UD-bestanden gevonden in {UD}.")
    words = [w for w in top_n_list("nl", 200_000) if w.isalpha() and w.islower()]
    suffixed = {w for w in words if w.endswith(("ing", "atie", "tie", "sie", "ment", "age"))}
    suffixed |= {n for n in ud_nouns if n.endswith(("ing", "atie", "tie", "sie", "ment", "age"))}
    nouns: dict[str, str] = {}
    for noun in sorted(suffixed):
        if zipf_frequency(noun, "nl") < MIN_NOUN and noun not in ud_nouns:
            continue
        for verb in candidate_verbs(noun):
            if verb != noun and verb_exists(verb, ud_verbs, noun):
                nouns[noun] = verb
                break
    # bare stems: the noun is the verb stem (aanschaf → aanschaffen); only nouns and verbs seen as such in the
    # treebanks (wordfreq cannot tell a plural noun, *gezichten*, from a verb)
    hand = load_list(OUT / "kale_stammen.toml", "nouns")
    for noun in sorted(set(ud_nouns) | set(hand)):
        if noun in nouns or len(noun) < 5 or not noun.startswith(PREFIXES):
            continue
        if noun not in hand and noun.endswith(("en", "er", "heid", "ing")):
            continue
        if zipf_frequency(noun, "nl") < 2.5 and noun not in hand:
            continue
        for verb in candidate_verbs(noun) + stem_to_infinitive(noun):
            known = verb in ud_verbs or (noun in hand and verb_exists(verb, ud_verbs))
            if known and zipf_frequency(verb, "nl") >= 3.0:
                nouns[noun] = verb
                break
    nouns.update(load_table(OUT / "kale_stammen.toml", "other_nouns"))  # controle → controleren
    verbs = sorted(set(ud_verbs) | set(nouns.values()))
    OUT.mkdir(parents=True, exist_ok=True)
    header = "# Generated by bench/quality/build_verb_data.py from the UD Dutch treebanks and wordfreq. Do not edit.\n"
    with open(OUT / "werkwoorden.toml", "w", encoding="utf-8") as fh:
        fh.write(header + "verbs = [\n")
        for v in verbs:
            fh.write(f"  {toml_str(v)},\n")
        fh.write("]\n\n# participle → infinitive, as annotated in the treebanks\n[participles]\n")
        for form in sorted(ud_participles):
            lemma = ud_participles[form].most_common(1)[0][0]
            if lemma != form and lemma.endswith("n"):
                fh.write(f"{toml_str(form)} = {toml_str(lemma)}\n")
    with open(OUT / "nominalisaties.toml", "w", encoding="utf-8") as fh:
        fh.write(header + "[nouns]\n")
        for n in sorted(nouns):
            fh.write(f"{toml_str(n)} = {toml_str(nouns[n])}\n")
    print(f"{len(verbs)} werkwoorden, {len(nouns)} naamwoorden met een werkwoord → {OUT}")


if __name__ == "__main__":
    main()
