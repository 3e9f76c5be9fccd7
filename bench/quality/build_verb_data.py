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

Run: ``python bench/quality/build_verb_data.py [/path/to/ud-dutch]`` (it runs itself a second time, which reads
the verbs the first wrote; a third run changes nothing).
"""

from __future__ import annotations

import glob
import sys
from collections import Counter
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from beleidstaal.language import morphology
from beleidstaal.language.grammar import (
    candidate_verbs,
    infinitive_from_participle,
    is_infinitive_shape,
    present,
    stem_to_infinitive,
)
from beleidstaal.language.morph_base import AMBIGUOUS, INSEPARABLE, PARTICLES, irregular_verbs

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "lexicons" / "data"
ARGS = [a for a in sys.argv[1:] if a != "--once"]
UD = Path(ARGS[0] if ARGS else "/work/shared/ud-dutch")

#: prefixes of bare-stem nominalisations (aanschaf, inzet, beheer, onderhoud)
PREFIXES = (
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "onder", "op", "over", "toe", "uit", "voor", "terug",
    "be", "ge", "ver", "ont", "her",
)  # fmt: skip
MIN_INF, MIN_3SG, MIN_NOUN = 2.5, 1.5, 2.0
#: a prefixed verb (aanscherpen, verrekenen): its infinitive and its participle both seen in Dutch text
MIN_PREFIXED_INF, MIN_PREFIXED_PART = 1.5, 2.0
#: a base verb the treebanks lack (scherpen, schonen): its infinitive and its participle with ge- seen
MIN_BASE_INF, MIN_BASE_PART = 2.0, 1.5


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


def prefixed_participle(prefix: str, base: str) -> str:
    """The participle of ``prefix`` + ``base`` that Dutch text uses most: a separable particle keeps the base's *ge*
    (*aan* + *gescherpt*), an inseparable prefix takes its place (*ver* + *rekend*); a prefix that goes both ways
    (*over*, *door*, *voor*) gets the form seen most often."""
    part = morphology.participle(base)
    forms = []
    if prefix in INSEPARABLE or prefix in AMBIGUOUS:
        forms.append(prefix + (part[2:] if part.startswith("ge") else part))
    if prefix not in INSEPARABLE:
        forms.append(prefix + part)
    return max(forms, key=lambda f: zipf_frequency(f, "nl"))


def other_verb_form(word: str) -> bool:
    """``word`` is a form of another verb: a participle (*overgedragen*) or a past plural (*uitnodigden*)."""
    found = infinitive_from_participle(word)
    return bool(found and found != word) or any(
        pos == "VERB" and lemma != word for lemma, pos in morphology.lemmas(word)
    )


def noun_like(part: str, verb: str, ud_nouns: Counter, with_ge: bool) -> bool:
    """The 'participle' is a noun, and the 'verb' its plural (*weerbericht*, *weerberichten*; *voorbeeld*). A
    participle with *ge* after its particle (*teruggebracht*) is a noun only where the noun data say so for certain:
    the article guess reads the compound's tail (*bracht*)."""
    plural_of = any(pos == "NOUN" and lemma == part for lemma, pos in morphology.lemmas(verb))
    return plural_of or part in ud_nouns or morphology.article(part, certain=with_ge) is not None


def prefixed_verbs(words: list[str], known: set[str], ud_nouns: Counter, adjectives: set[str]) -> set[str]:
    """Verbs made of a prefix and a verb (issue 18, verbs50): *aan* + *scherpen*, *op* + *schonen*, *ver* +
    *rekenen*, *her* + *inrichten*, that the treebanks lack. The base is a known verb, or a word Dutch text shows as
    a verb (infinitive and *ge*-participle common enough, and no form of another verb: *wachtten* is a past
    tense). The prefixed verb counts when its infinitive and its participle are both common enough, and it is
    neither a noun nor an adjective: not a noun of the treebanks (*inkomen*, 'income'), not a form of another verb
    (*uitnodigden*), not a noun's plural whose 'participle' is the noun itself (*voorbeelden*: *voorbeeld*,
    *bestanden*: *bestand*), and its participle not an adjective the detectors already treat as one
    (``adjective_participles``, treebank adjectives)."""
    prefixes = tuple(sorted((set(PARTICLES) | set(INSEPARABLE)) - {"ge"}, key=len, reverse=True))
    extra = set()
    for base in words:
        if (
            base in known
            or len(base) < 5
            or not base.endswith("en")
            or zipf_frequency(base, "nl") < MIN_BASE_INF
        ):
            continue
        part = morphology.participle(base)
        if part != base and zipf_frequency(part, "nl") >= MIN_BASE_PART and not other_verb_form(base):
            extra.add(base)
    found: set[str] = set()
    for verb in words:
        if verb in known or len(verb) < 7 or not verb.endswith("en"):
            continue
        if zipf_frequency(verb, "nl") < MIN_PREFIXED_INF:
            continue
        prefix = next((p for p in prefixes if verb.startswith(p) and len(verb) - len(p) >= 4), "")
        base = verb[len(prefix) :]
        if not prefix or not (base in known or base in extra):
            continue
        part = prefixed_participle(prefix, base)
        if part == verb or zipf_frequency(part, "nl") < MIN_PREFIXED_PART:
            continue
        with_ge = part == prefix + morphology.participle(base) and part[len(prefix) :].startswith("ge")
        if verb in ud_nouns or part in adjectives or noun_like(part, verb, ud_nouns, with_ge):
            continue
        if other_verb_form(verb):
            continue
        found.add(verb)
    return found


def with_trema(verb: str) -> str:
    """The verb as Dutch spells it where two vowels meet: *creatie* gives *cre* + *eren*, written *creëren* (and
    *initiëren*, *kopiëren*); the spelling Dutch text shows more often wins."""
    if not verb.endswith("eren") or verb[-5:-4] not in ("e", "i"):
        return verb
    trema = verb[:-4] + "ëren"
    return trema if zipf_frequency(trema, "nl") > zipf_frequency(verb, "nl") else verb


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
    known = set(ud_verbs) | set(irregular_verbs())
    adjectives = set(load_list(OUT / "grammatica.toml", "adjective_participles")) | set(
        morphology.known_adjectives()
    )
    prefixed = prefixed_verbs(words, known, ud_nouns, adjectives)
    nouns: dict[str, str] = {}
    of_prefixed: set[str] = set()
    for noun in sorted(suffixed):
        if zipf_frequency(noun, "nl") < MIN_NOUN and noun not in ud_nouns:
            continue
        for verb in candidate_verbs(noun):
            verb = with_trema(verb)
            if verb != noun and verb_exists(verb, ud_verbs, noun):
                nouns[noun] = verb
                break
            if verb != noun and verb in prefixed and noun.endswith("ing"):
                nouns[noun] = verb  # aanscherping → aanscherpen, verrekening → verrekenen
                of_prefixed.add(noun)
                break
    # a noun of a *her-* or *door-* verb whose last part is a noun of the table stays out: read as a compound at run
    # time it gets the plainer words (*herinrichting*: *opnieuw inrichten*; *doorontwikkeling*: *verder
    # ontwikkelen*, mend25); a last part that is a hand-kept lexicalised noun gives no verb there (*rekening*)
    lexicalised = set(load_list(OUT / "nominalisatie_uitzonderingen.toml", "lexicalised"))
    for noun in of_prefixed:
        if not noun.startswith(("her", "door")):
            continue
        tail = next(
            (noun[i:] for i in range(2, len(noun) - 4) if noun[i:] in nouns or noun[i:] in lexicalised), ""
        )
        if tail in nouns and tail not in lexicalised:
            del nouns[noun]
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
    verbs = sorted(set(ud_verbs) | prefixed | set(nouns.values()))
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
    print(f"{len(prefixed)} werkwoorden met een voorvoegsel erbij (aanscherpen, verrekenen)")
    print(f"{len(verbs)} werkwoorden, {len(nouns)} naamwoorden met een werkwoord → {OUT}")


if __name__ == "__main__":
    main()
    if "--once" not in sys.argv:
        # the prefixed verbs are checked through the morphology layer, which reads the verb list just written (a
        # past tense of a new verb, *aflasten* of *afgelasten*): a second run reads them and is the fixed point
        import subprocess

        subprocess.run([sys.executable, __file__, *ARGS, "--once"], check=True)
