"""Passives whose participle carries a manner, a result or a property (*wordt gasloos gebouwd*, *wordt lager
aangelegd*, *wordt zorgvuldig ingepast*): are they judged right or wrong, per sheet and per kind of passive (a duty,
another modal, the plain present, the past)?

Each judged BT301/BT302 row once (``passive_replay.judged_rows``, copy15 never read), its paragraph checked with
every passive made a finding (``passive_signals.Recorder``); a row counts where the passive still fires today. The
candidate words are the adjectives the parse hangs on the participle as an adverbial or predicate (``advmod``,
``xcomp``, ``amod``, ``obl`` without a preposition) and the adjectives right before the participle that the parse
hung elsewhere. The parse does not tell a manner (*gasloos, zorgvuldig, handmatig*) from a degree, a time or a
judgement (*maximaal, nader, jaarlijks, mogelijk*), nor from the complement of *maken, stellen, achten* (*mogelijk
maken*) or a noun it took for an adjective: the candidates are sorted by the word lists below, read from the rows,
and every candidate is printed so the sorting can be checked.

Run from the repository root (a minute):

    python bench/quality/real/passive_manner.py             # the tables
    python bench/quality/real/passive_manner.py --list      # and every candidate row
    python bench/quality/real/passive_manner.py --dev       # the dev half: a verb of building with an adjective
    python bench/quality/real/passive_manner.py --dev > dev.txt
    python bench/quality/real/passive_manner.py --study dev.txt OUT   # study shape23: A.tsv and B.tsv for editors
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import passive_replay  # noqa: E402
import passive_signals as ps  # noqa: E402
from common import HERE, corpus_files, corpus_root, part_of, sheet_files  # noqa: E402

#: how the act is done or what the thing is like after it (read from the candidates of the judged rows)
MANNER = frozenset({
    "gasloos", "laag", "lag", "neutraal", "hydrologisch", "zorgvuldig", "streng", "apart", "afzonderlijk",
    "handmatig", "letterlijk", "parallel", "zodanig", "onveranderd", "oneigenlijk", "makkelijk", "gemakkelijk",
    "eenvoudig", "visueel", "dynamisch", "bewust", "actief", "scherp", "opzettelijk", "bestuurlijk", "dicht", "goed",
    "veilig", "dodelijk", "open", "aanpandig", "vrijwillig", "kolossaal", "onafhankelijk", "optimaal", "intensief",
    "efficiënt", "effectief", "duurzaam",
})  # fmt: skip
#: what a thing is like afterwards: the adjective is true of the subject (*de woning is gasloos*), unlike a manner
#: of the act (*het groen is zorgvuldig* is not what *zorgvuldig omgaan met het groen* says)
PROPERTY = frozenset({
    "gasloos", "laag", "lag", "neutraal", "open", "aanpandig", "onveranderd", "zodanig", "onafhankelijk", "kolossaal",
})  # fmt: skip
#: the complement of these verbs is what the verb says (*mogelijk maken*, *beschikbaar stellen*), not a manner
COMPLEMENT_VERBS = frozenset({"maken", "stellen", "achten", "houden", "beschouwen", "aanmerken"})

#: verbs of building, laying out or designing (the plan's ``building_verbs`` and more): an adjective on them says what
#: the built thing is like afterwards (*wordt gasloos gebouwd*, *wordt groen ingericht*)
DESIGN_VERBS = frozenset({
    "realiseren", "bouwen", "bijbouwen", "oprichten", "plaatsen", "aanleggen", "toevoegen", "ontwerpen", "uitvoeren",
    "vormgeven", "inrichten", "inpassen", "afwerken", "terugbouwen", "herbouwen",
})  # fmt: skip
#: ``--dev``: paragraphs with a passive-looking group and the participle of a verb of ``DESIGN_VERBS``
DEV_FILTER = re.compile(
    r"\b(wordt|worden|zijn|is|kunnen|kan|moet|moeten)\b[^.;:]{0,60}?\b[a-zë]+\s+(worden\s+|te\s+worden\s+)?"
    r"(gebouwd|aangelegd|ontworpen|uitgevoerd|vormgegeven|ingericht|ingepast|gerealiseerd|opgericht|geplaatst|"
    r"afgewerkt|toegevoegd|teruggebouwd|herbouwd)\b"
)

MODS = ("advmod", "xcomp", "amod", "obl")


def _signals(verb, pass_aux, auxes, impersonal):
    s = _ORIGINAL(verb, pass_aux, auxes, impersonal)
    words = []
    for c in verb.children:
        if c.pos_ == "ADJ" and c.dep_ in MODS and not any(g.dep_ == "case" for g in c.children):
            words.append(c.lemma_.lower())
    for t in verb.doc[max(verb.sent.start, verb.i - 2) : verb.i]:
        if t.pos_ == "ADJ" and t.head.i != verb.i and not (t.dep_ == "amod" and t.i < t.head.i < verb.i):
            words.append(t.lemma_.lower())
    s["adjectives"] = words
    return s


_ORIGINAL = ps.signals


def kind(s: dict) -> str:
    if s["past"]:
        return "past"
    if s["duty"]:
        return "duty"
    return "modal" if s["modal"] else "present"


def sort_word(s: dict) -> str | None:
    """``property``, ``manner`` or None for the first manner word of a passive."""
    if s["lemma"] in COMPLEMENT_VERBS:
        return None
    found = [w for w in s.get("adjectives", []) if w in MANNER]
    if not found:
        return None
    return "property" if any(w in PROPERTY for w in found) else "manner"


def dev_half() -> None:
    """Every passive that fires today on the dev half (outside reserve14) with an adjective on a participle of
    ``DESIGN_VERBS``, each paragraph checked alone: the verb, the kind of passive, the adjectives and the text."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_text

    root, config = corpus_root(), Config(min_severity="info")
    reserved = sheet_files([HERE / "reserve14-files.tsv"])
    seen, count = set(), 0
    for corpus in ("bestemmingsplannen", "docs-as-code"):
        for rel in corpus_files(root, corpus):
            if part_of(rel) != "dev" or rel in reserved:
                continue
            for para in re.split(r"\n\s*\n", (root / rel).read_text(encoding="utf-8", errors="replace")):
                if not DEV_FILTER.search(para):
                    continue
                for f in check_text(para, config=config, kind="markdown"):
                    s = (f.data or {}).get("signals") if f.rule in ("BT301", "BT302") else None
                    if not s or not s["worth"] or not s["adjectives"] or s["lemma"] not in DESIGN_VERBS:
                        continue
                    text = para[max(0, f.offset - 120) : f.end_offset + 80].replace("\n", " ")
                    if (rel, text) in seen:
                        continue
                    seen.add((rel, text))
                    count += 1
                    print(f"{count} {s['lemma']} {kind(s)} {s['adjectives']} | {rel} | {text}")


#: ``--study``: the words of a result or a manner of building (*energieneutraal gebouwd*, *landschappelijk
#: ingepast*) among the ``--dev`` candidates; study shape23 (RESULTS.md, twenty-third round)
RESULT_WORDS = frozenset({
    "landschappelijk", "groen", "gasloos", "los", "energieneutraal", "energie-neutraal", "levensloopgeschiken",
    "levensloopgeschikt", "levensloopbestendig", "duurzaam", "hydrologisch", "klimaatbestendig", "zodanig",
    "ruimtelijk", "karakteristiek", "planmatig", "intensiever",
})  # fmt: skip
STUDY_HEAD = ["id", "file", "line", "sentence", "span", "rule", "message", "suggestion", "verdict",
              "suggestion_verdict", "reason"]  # fmt: skip


def study_sheets(dev_list: Path, out: Path, seed: int = 2323) -> int:
    """Sheets for two editors from a saved ``--dev`` list: per candidate with a word of ``RESULT_WORDS``, the
    sentence that holds it, checked alone, with its first passive finding and advice; each sentence once, in an
    order from ``seed``, rows interleaved over A and B."""
    import ast
    import csv
    import random

    from beleidstaal.core import check_text

    rows, seen = [], set()
    for line in dev_list.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\d+ \w+ \w+ (\[.*?\]) \| (\S+) \| (.*)$", line)
        words = [w for w in ast.literal_eval(m.group(1)) if w in RESULT_WORDS] if m else []
        if not words:
            continue
        stem = words[0].split("-")[0][:6]
        sentences = [
            t.strip() for t in re.split(r"(?<=[.!?])\s+", m.group(3)) if stem in t.lower().replace("\\", "")
        ]
        if not sentences or sentences[0] in seen:
            continue
        sentence = sentences[0]
        found = [f for f in check_text(sentence) if f.rule in ("BT301", "BT302")]
        if not found:
            continue
        seen.add(sentence)
        f = found[0]
        offer = (f.suggestions or ["advies: " + (f.advice[0] if f.advice else f.message)])[0]
        rows.append([m.group(2), "", sentence, sentence[f.start : f.end], f.rule, f.message, offer])
    random.Random(seed).shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("A", rows[0::2]), ("B", rows[1::2])):
        with (out / f"{name}.tsv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerow(STUDY_HEAD)
            writer.writerows([f"{name}-{i:03d}", *row, "", "", ""] for i, row in enumerate(part, 1))
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="every candidate row")
    parser.add_argument(
        "--dev", action="store_true", help="the dev half's passives of DESIGN_VERBS with an adjective"
    )
    parser.add_argument(
        "--study", nargs=2, type=Path, metavar=("DEVLIST", "OUT"), help="sheets of study shape23"
    )
    args = parser.parse_args(argv)
    if args.study:
        print(study_sheets(*args.study), "rows")
        return 0
    ps.signals = _signals
    judged = passive_replay.judged_rows
    ps.judged_rows = lambda rules=None: judged(rules, skip=("copy15",))
    ps.Recorder().install()
    if args.dev:
        dev_half()
        return 0
    rows = ps.sheet_rows(corpus_root())
    per_sheet: dict = defaultdict(Counter)
    per_kind: dict = defaultdict(Counter)
    everything = Counter()
    for r in rows:
        s = r["signals"]
        if s is None or not s["worth"]:
            continue
        verdict = "TP" if r["label"] else "wrong"
        everything[verdict] += 1
        sort = sort_word(s)
        if sort is None:
            if args.list and s.get("adjectives"):
                print(f"  (not manner) {r['id']} {verdict}: {s['adjectives']} | {r['span'][:60]}")
            continue
        per_sheet[r["group"]][(sort, verdict)] += 1
        verb = "design" if s["lemma"] in DESIGN_VERBS else "-"
        per_kind[(sort, verb, kind(s), "door" if s["agent"] else "-")][verdict] += 1
        if args.list:
            print(
                f"{sort} {kind(s)} {r['id']} {verdict}: {s['adjectives']} | {r['span'][:60]} | {r['text'][:120]}"
            )
    print(f"\nall judged rows that fire today: TP {everything['TP']}, wrong {everything['wrong']}")
    print("\n| sheet | manner TP | manner wrong | property TP | property wrong |\n|---|---|---|---|---|")
    for sheet in sorted(per_sheet):
        c = per_sheet[sheet]
        cells = [c[(a, b)] for a in ("manner", "property") for b in ("TP", "wrong")]
        print(f"| {sheet} | " + " | ".join(map(str, cells)) + " |")
    print("\n| word | verb | passive | door-phrase | TP | wrong |\n|---|---|---|---|---|---|")
    for key in sorted(per_kind):
        print(f"| {' | '.join(key)} | {per_kind[key]['TP']} | {per_kind[key]['wrong']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
