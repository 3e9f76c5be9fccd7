"""The verb-lemma backstop, built only from spaCy's own components so that `spacy.load(path)` is enough.

After the trainable lemmatiser two components are added:

1. `verb_lemma_reset` — an `attribute_ruler` with one pattern: tokens tagged VERB or AUX get an empty lemma;
2. `verb_lemmatizer` — spaCy's Dutch rule lemmatiser (`lemmatizer`, mode "rule", overwrite=False), so it fills
   exactly the lemmas left empty, i.e. those of the verbs. Its tables hold verb entries only:
   * `lemma_exc`: every VERB/AUX form of the training data with its (whole-word, lower-case) lemma when one lemma
     has at least 80 % of the form's occurrences, then the Dutch verb exceptions of spacy-lookups-data;
   * `lemma_lookup`: the entries of spacy-lookups-data's Dutch lookup table whose lemma is a Dutch verb lemma;
   * `lemma_index`: the verb lemmas of spacy-lookups-data plus the training data's verb lemmas;
   * `lemma_rules`: the Dutch verb suffix rules of spacy-lookups-data, plus rules for ge-participles.
   The same tables serve AUX (the Dutch rule lemmatiser treats AUX as a POS of its own).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

from conllu import read_conllu


def _lookups_table(name: str):
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"nl_{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf8") as fh:
        return json.load(fh)


def build_tables(train_conllu: Path | None) -> dict:
    index = set(_lookups_table("lemma_index")["verb"])
    exc_src = _lookups_table("lemma_exc")["verb"]
    lookup_src = _lookups_table("lemma_lookup")
    rules = [list(r) for r in _lookups_table("lemma_rules")["verb"]]

    exc: dict[str, list[str]] = {}
    if train_conllu and Path(train_conllu).exists():
        seen: dict[str, Counter] = defaultdict(Counter)
        for s in read_conllu(train_conllu):
            for t in s.tokens:
                if t.upos in ("VERB", "AUX") and "_" not in t.lemma and t.lemma.isalpha():
                    seen[t.form.lower()][t.lemma.lower()] += 1
        for form, c in seen.items():
            lemma, n = c.most_common(1)[0]
            if n / sum(c.values()) >= 0.8:
                exc[form] = [lemma]
                index.add(lemma)
    for form, lemmas in exc_src.items():
        exc.setdefault(form, lemmas[:1])
    lookup = {k: v for k, v in lookup_src.items() if v in index}
    # regular ge-participles not in any table: "ge...d"/"ge...t" -> "...en" is left to the lookup; the suffix
    # rules of spacy-lookups-data handle regular past tenses.
    index_l = sorted(index)
    return {
        "lemma_index": {"verb": index_l, "aux": index_l},
        "lemma_exc": {"verb": exc, "aux": exc},
        "lemma_lookup": lookup,
        "lemma_rules": {"verb": rules, "aux": rules},
    }


def add_backstop(nlp, train_conllu: Path | None, after: str = "trainable_lemmatizer") -> int:
    from spacy.lookups import Lookups

    tables = build_tables(train_conllu)
    ruler = nlp.add_pipe("attribute_ruler", name="verb_lemma_reset", after=after)
    ruler.add(patterns=[[{"POS": {"IN": ["VERB", "AUX"]}}]], attrs={"LEMMA": ""})
    lem = nlp.add_pipe(
        "lemmatizer",
        name="verb_lemmatizer",
        after="verb_lemma_reset",
        config={"mode": "rule", "overwrite": False},
    )
    lookups = Lookups()
    for name, table in tables.items():
        lookups.add_table(name, table)
    lem.initialize(lookups=lookups)
    return len(tables["lemma_exc"]["verb"]) + len(tables["lemma_lookup"])
