"""Which nominalisations does an editor want reported? Signals from the parse against every judgement we have, with
an honest estimate of a selection (issues #16 and #18, eighth round).

Data, each nominalisation candidate of ``language.nominalisation.nominalisation_candidates`` (every verb made into
a noun that a verb could replace, heavy or not) with its signals:

- every judged BT201 row of every scored sheet (``*-judged.tsv``; each row once, replayed in its paragraph as
  ``passive_replay.py`` does): TP is right, FP or ``?`` wrong;
- ``annotated-real.tsv`` (real sentences an editor marked): a candidate inside a marked nominalisation is right, one
  outside any mark is wrong (one inside a support-verb mark counts neither way); each marked span counts for recall;
- ``annotated.tsv`` and ``heldout.tsv`` (sentences written for the project): a sentence marked *nominalisatie*
  counts for recall; a candidate in a sentence without that mark is wrong.

A selection is a set of blocking signals: a candidate is reported when none of them holds (today's selection is
``nominalisation.BLOCKERS``, round 7's is ``ROUND7``). Three greedy procedures choose one on training data, each
move adding or dropping one blocker:

- *Pareto* (the landed one, over round 7's blockers and ``label``; also over every signal): a move may lower none
  of three parts (precision on the judged sheets, precision on the annotated sentences, recall of the marks) and
  must raise their sum, so a signal is used only where independent judgements agree on it;
- *floor*: the largest sum of the three parts with none below its value under round 7's selection;
- *F1*: the largest F1 of the precision over every labelled candidate and the recall of every mark.

Each is estimated leave-one-group-out: each sheet, each quarter of ``annotated-real.tsv``, ``annotated.tsv`` and
``heldout.tsv`` is held out once; the selection is chosen on the rest and scored on the held-out group. Caveat: a
candidate that an earlier round's selection blocked was never drawn onto a later sheet, so the sheets barely show
what dropping a blocker costs; the annotated sentences (every nominalisation marked) do.

Run from the repository root (about half a minute):

    python bench/quality/real/nomin_study.py              # the held-out table and the selection on all data
    python bench/quality/real/nomin_study.py --signals    # and each signal's counts (right / wrong)
    python bench/quality/real/nomin_study.py --list       # and every candidate with its signals
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import corpus_root  # noqa: E402
from passive_replay import judged_rows, paragraph  # noqa: E402

QUALITY = Path(__file__).resolve().parents[1]


@dataclass
class Cand:
    group: str
    label: str | None  # "TP", "FP" or None (not labelled for precision)
    signals: frozenset[str]
    reportable: bool  # the linter would report it (filters, BT202) if the selection lets it through
    text: str = ""


@dataclass
class Target:
    """Something an editor marked: found when a reportable, selected candidate among ``cands`` is reported."""

    group: str
    cands: list[int] = field(default_factory=list)  # indices into the candidate list
    text: str = ""


def _extra_signals(c, sent) -> set[str]:
    """Signals studied on top of the product's own (``nominalisation.signals``)."""
    from beleidstaal.language.grammar import zipf
    from beleidstaal.language.nominal_candidates import weak_verbs

    out = {f"kind_{c.kind}"}
    noun = c.noun
    low = noun.lower_
    if c.kind == "infinitief":
        out.add("cls_inf")
    elif low.endswith(("ing", "ingen")):
        out.add("cls_ing")
    elif low.endswith(("tie", "sie", "ties", "sies")):
        out.add("cls_tie")
    else:
        out.add("cls_other")  # a bare stem (aanleg, bouw, aanschaf), -ment, -age
    if "Plur" in noun.morph.get("Number"):
        out.add("plural")
    dets = [t for t in noun.lefts if t.dep_ == "det"]
    if not dets:
        out.add("no_det")
    elif dets[0].lower_ in ("een", "geen", "elke", "ieder", "iedere", "enkele", "veel"):
        out.add("indefinite")
    if any(t.dep_ == "amod" and t.pos_ != "ADV" for t in noun.lefts):
        out.add("adjective")
        if "indefinite" not in out:
            out.add("adjective_not_indefinite")  # de concrete uitvoering, ruimtelijke ontwikkelingen
    if any(t.dep_ in ("nmod:poss",) or "Poss=Yes" in str(t.morph) for t in noun.lefts):
        out.add("possessive")
    if any(
        c2.dep_.startswith(("nmod", "obl")) and c2.doc[c2.left_edge.i].lower_ == "door" for c2 in noun.rights
    ):
        out.add("door_agent")
    zn, zv = zipf(low), zipf(c.verb.split()[-1])
    if zn >= 4.5:
        out.add("noun_frequent")
    if zn < 3.5:
        out.add("noun_rare")
    if zn > zv:
        out.add("noun_commoner_than_verb")
    words = sum(1 for t in sent if not t.is_punct)
    if words >= 20:
        out.add("long_sentence")
    if words <= 12:
        out.add("short_sentence")
    head = c.anchor.head
    if head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in weak_verbs() | {"zijn", "worden", "blijven"}):
        out.add("light_verb")
    if c.anchor.dep_ == "ROOT":
        out.add("root")
    if any(t.dep_ == "cop" for t in c.anchor.children):
        out.add("predicate")  # X is het bergen van water: a definition or a classification
    van = c.van_head
    if van is not None and any(
        t.is_title and t.i > sent.start and t.pos_ in ("PROPN", "NOUN") for t in van.subtree
    ):
        out.add("van_capital")
    if van is not None:
        if van.pos_ == "PROPN":
            out.add("van_name")
        if sum(1 for t in c.tokens if t.i > van.i - 8) >= 6:
            out.add("long_object")
    return out


def _candidates(analysis, report_all_findings) -> list[tuple[int, int, frozenset[str], bool, str]]:
    """(start, end, signals, reportable, text) of every candidate in an analysed document."""
    from beleidstaal.language.nominalisation import nominalisation_candidates
    from beleidstaal.rules.common import char_span

    reported = {(f.offset, f.end_offset) for f in report_all_findings if f.rule == "BT201"}
    out = []
    doc = analysis.document
    for sent, off in analysis.sentences():
        cands = nominalisation_candidates(sent)
        for c in cands:
            start, end = char_span(c.tokens, off)
            start, end = doc.source_offset(start), doc.source_offset(end, end=True)
            sig = {k for k, v in c.signals.items() if v} | _extra_signals(c, sent)
            if sum(1 for x in cands if x is not c) >= 1:
                sig.add("dense")
            text = doc.source[start:end]
            out.append((start, end, frozenset(sig), (start, end) in reported, text))
    return out


def collect(root: Path) -> tuple[list[Cand], list[Target]]:
    from beleidstaal.config import Config
    from beleidstaal.core import check_document
    from beleidstaal.readers import document_from_text

    config = Config(min_severity="info", select=("BT201", "BT202"))
    cands: list[Cand] = []
    targets: list[Target] = []

    def run(text: str, kind: str):
        result = check_document(document_from_text(text, kind=kind), config)
        return _candidates(result.analysis, result.findings)

    # the judged sheets
    texts: dict[str, str] = {}
    for row in judged_rows(("BT201",)):
        if not row["file"].endswith(".md"):
            continue
        if row["file"] not in texts:
            texts[row["file"]] = (root / row["file"]).read_text(encoding="utf-8", errors="replace")
        s, e = int(row["offset"]), int(row["end_offset"])
        base, para = paragraph(texts[row["file"]], s, e)
        found = [c for c in run(para, "markdown") if base + c[0] < e and s < base + c[1]]
        label = "TP" if row["verdict"] == "TP" else "FP"
        if not found:
            cands.append(Cand(row["sheet"], label, frozenset({"no_candidate"}), False, row["span"]))
            continue
        best = max(found, key=lambda c: min(e, base + c[1]) - max(s, base + c[0]))
        cands.append(Cand(row["sheet"], label, best[2], best[3], best[4]))

    # annotated real sentences: candidates labelled by the marks, marks counted for recall
    sys.path.insert(0, str(QUALITY))
    from score_real import load, places

    for n, item in enumerate(load()):
        group = f"real{n % 4 + 1}"
        marks = [places(item.sentence, s) for s in item.spans.get("nominalisatie", [])]
        support = [p for s in item.spans.get("steunwerkwoord", []) for p in places(item.sentence, s)]
        mine = [Target(group, text=f"{item.id}: {s}") for s in item.spans.get("nominalisatie", [])]
        for start, end, sig, rep, text in run(item.sentence, "text"):
            hits = [k for k, where in enumerate(marks) if any(start < b and a < end for a, b in where)]
            if hits:
                label = "TP"
            elif any(start < b and a < end for a, b in support):
                label = None
            else:
                label = "FP"
            for k in hits:
                mine[k].cands.append(len(cands))
            cands.append(Cand(group, label, sig, rep, f"{item.id}: {text}"))
        targets += mine

    # the sentences written for the project: recall per marked sentence, candidates elsewhere are wrong
    for name in ("annotated", "heldout"):
        for line in (QUALITY / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cats, sentence = line.split("\t", 1)
            marked = "nominalisatie" in cats.split(",")
            target = Target(name, text=sentence) if marked else None
            for _s, _e, sig, rep, text in run(sentence, "text"):
                if target is not None:
                    target.cands.append(len(cands))
                cands.append(Cand(name, None if marked else "FP", sig, rep, text))
            if target is not None:
                targets.append(target)
    return cands, targets


#: the selection before this round (round 7): a candidate with any of these signals was not reported
ROUND7 = frozenset(
    ("heading", "after_adp", "bij_voor", "list_plain", "appos", "of_noun", "bad_van",
     "weak_owned", "weak_plural", "weak_prefix")
)  # fmt: skip
SHEET_PREFIXES = ("blind", "dev", "replacements", "warnings")


def is_sheet(group: str) -> bool:
    return group.startswith(SHEET_PREFIXES)


def selected(c: Cand, blockers: frozenset[str]) -> bool:
    return c.reportable and not (c.signals & blockers)


def measure(cands: list[Cand], targets: list[Target], blockers: frozenset[str], groups=None):
    """(right, wrong, found, marked) over the groups (all when None)."""
    tp = fp = found = marked = 0
    for c in cands:
        if (groups is None or c.group in groups) and c.label and selected(c, blockers):
            tp += c.label == "TP"
            fp += c.label == "FP"
    for t in targets:
        if groups is None or t.group in groups:
            marked += 1
            found += any(selected(cands[i], blockers) for i in t.cands)
    return tp, fp, found, marked


def f1(cands, targets, blockers, groups) -> float:
    """F1 of the precision over every labelled candidate and the recall over every mark."""
    tp, fp, found, marked = measure(cands, targets, blockers, groups)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / marked if marked else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def parts(cands, targets, blockers, groups) -> tuple[float, float, float]:
    """(precision on the sheets, precision on the annotated sentences, recall of the marks)."""
    a = measure(cands, targets, blockers, [g for g in groups if is_sheet(g)])
    b = measure(cands, targets, blockers, [g for g in groups if not is_sheet(g)])
    return (
        a[0] / (a[0] + a[1]) if a[0] + a[1] else 0.0,
        b[0] / (b[0] + b[1]) if b[0] + b[1] else 0.0,
        b[2] / b[3] if b[3] else 0.0,
    )


def moves(current: frozenset[str], pool) -> list[frozenset[str]]:
    return [current | {s} for s in pool if s not in current] + [current - {s} for s in current]


def choose_f1(cands, targets, pool, groups, start: frozenset[str]) -> frozenset[str]:
    """Greedy: take the move (add or drop one blocker) that raises F1 most, until none does."""
    current, best = start, f1(cands, targets, start, groups)
    while True:
        scored = [(f1(cands, targets, m, groups), -len(m), sorted(m), m) for m in moves(current, pool)]
        if not scored or max(scored)[0] <= best + 1e-9:
            return current
        best, _, _, current = max(scored)


def choose_pareto(cands, targets, pool, groups, start: frozenset[str]) -> frozenset[str]:
    """Greedy, but a move must lower none of the three parts (sheet precision, annotated precision, recall) and
    raise their sum: a signal is used only where independent judgements agree on it."""
    current, base = start, parts(cands, targets, start, groups)
    while True:
        best = None
        for m in moves(current, pool):
            new = parts(cands, targets, m, groups)
            gains = [x - y for x, y in zip(new, base, strict=True)]
            if min(gains) < -1e-9 or sum(gains) <= 1e-9:
                continue
            key = (sum(gains), -len(m), sorted(m))
            if best is None or key > best[0]:
                best = (key, m, new)
        if best is None:
            return current
        _, current, base = best


def choose_floor(cands, targets, pool, groups, start: frozenset[str]) -> frozenset[str]:
    """Greedy on the sum of the three parts, but no part may end below its value under round 7's selection: the
    acceptance of the task (precision up, recall not down, against what was there)."""
    floor = parts(cands, targets, ROUND7, groups)
    current, best = start, sum(parts(cands, targets, start, groups))
    while True:
        options = []
        for m in moves(current, pool):
            new = parts(cands, targets, m, groups)
            if all(x >= y - 1e-9 for x, y in zip(new, floor, strict=True)):
                options.append((sum(new), -len(m), sorted(m), m))
        if not options or max(options)[0] <= best + 1e-9:
            return current
        best, _, _, current = max(options)


def pct(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def held_out(cands, targets, procedure, groups):
    """Leave one group out: (group, measure before, measure after, chosen) per group."""
    out = []
    for g in groups:
        chosen = procedure([x for x in groups if x != g])
        out.append((g, measure(cands, targets, ROUND7, [g]), measure(cands, targets, chosen, [g]), chosen))
    return out


def summary(rows) -> str:
    t = [sum(r[k][i] for r in rows) for k in (1, 2) for i in range(4)]
    s = [sum(r[k][i] for r in rows if is_sheet(r[0])) for k in (1, 2) for i in range(2)]
    return (
        f"sheets {pct(s[0], s[0] + s[1])} -> {pct(s[2], s[2] + s[3])}; all labelled {pct(t[0], t[0] + t[1])} -> "
        f"{pct(t[4], t[4] + t[5])}; recall {pct(t[2], t[3])} -> {pct(t[6], t[7])}"
    )


def main(argv: list[str] | None = None) -> int:
    from beleidstaal.language import nominalisation

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument("--signals", action="store_true", help="each signal's counts")
    parser.add_argument("--list", action="store_true", help="every labelled candidate with its signals")
    args = parser.parse_args(argv)

    today = frozenset(nominalisation.BLOCKERS)
    nominalisation.worth_reporting = lambda sig: True  # every candidate, so that each can be studied
    cands, targets = collect(corpus_root(args.corpus))
    signals = sorted({s for c in cands for s in c.signals} - {"no_candidate"})
    groups = sorted({c.group for c in cands} | {t.group for t in targets})

    if args.signals:
        print("| signal | sheets right / wrong | annotated right / wrong |\n|---|---|---|")
        for s in signals:
            n = {
                (sheet, lab): sum(
                    1
                    for c in cands
                    if c.reportable and c.label == lab and s in c.signals and is_sheet(c.group) == sheet
                )
                for sheet in (True, False)
                for lab in ("TP", "FP")
            }
            print(f"| {s} | {n[True, 'TP']} / {n[True, 'FP']} | {n[False, 'TP']} / {n[False, 'FP']} |")
        print()
    if args.list:
        for c in cands:
            mark = "today" if selected(c, today) else ("round7" if selected(c, ROUND7) else "")
            print(
                c.group,
                c.label,
                "rep" if c.reportable else "---",
                f"{mark:6}",
                c.text[:70],
                sorted(c.signals),
            )

    narrow = sorted(ROUND7 | {"label"})
    procedures = {
        "landed: Pareto over round 7's blockers and `label`": lambda g: choose_pareto(
            cands, targets, narrow, g, ROUND7
        ),
        "Pareto over every signal": lambda g: choose_pareto(cands, targets, signals, g, ROUND7),
        "floor (no part below round 7) over every signal": lambda g: choose_floor(
            cands, targets, signals, g, ROUND7
        ),
        "F1 over every signal": lambda g: max(
            (
                choose_f1(cands, targets, signals, g, frozenset()),
                choose_f1(cands, targets, signals, g, ROUND7),
            ),
            key=lambda b: f1(cands, targets, b, g),
        ),
    }
    for n, (name, procedure) in enumerate(procedures.items()):
        rows = held_out(cands, targets, procedure, groups)
        print(f"\n{name}: held out, round 7 -> chosen: {summary(rows)}")
        print(f"chosen on all data: {' '.join(sorted(procedure(groups) ^ ROUND7))} (changed against round 7)")
        if n:
            continue
        print("\n| held out | precision round 7 | precision today | precision chosen | recall round 7 | recall today "
              "| recall chosen | chosen (changed against round 7) |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|")
        for g, b, a, chosen in rows:
            d = measure(cands, targets, today, [g])
            print(f"| {g} | {pct(b[0], b[0] + b[1])} | {pct(d[0], d[0] + d[1])} | {pct(a[0], a[0] + a[1])} | "
                  f"{pct(b[2], b[3])} | {pct(d[2], d[3])} | {pct(a[2], a[3])} | {' '.join(sorted(chosen ^ ROUND7))} |")  # fmt: skip
    for name, b in (("round 7", ROUND7), ("today", today)):
        tp, fp, f, m = measure(cands, targets, b, None)
        real = measure(cands, targets, b, [g for g in groups if g.startswith("real")])
        print(f"\n{name}: all labelled {pct(tp, tp + fp)}; annotated-real precision {pct(real[0], real[0] + real[1])}, "
              f"recall {pct(real[2], real[3])}; all marks {pct(f, m)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
