"""Positive conditions for BT201 (task nomin20): does the nominalisation hide an event that a verb would say better?
Each condition is measured as a filter on what fires today: a firing row is kept only when the condition holds.
Per sheet: right rows kept (of right rows that fire) and wrong rows silenced (of wrong rows that fire).

The conditions are derived from Dutch grammar, each a class of its own, so that each can be priced apart:

- ``light_support``: the clause's verb is a support verb (``weak_verbs``: *biedt bescherming*, *vindt plaats*);
- ``light_copula``: the noun is the subject or the predicate of a copula, or a phrase of a predicate with a copula
  (*de aanleg is nodig*, *een van de opgaven is de realisatie van*, *is van belang voor de aanleg van*);
- ``light_aspect``: a verb that says only that an event happens, starts or stops (*gebeuren*, *beginnen met*);
- ``light_relation``: a verb that relates two events or says what one needs or consists of (*leiden tot*, *vragen
  om*, *vereisen*, *bestaan uit*, *zorgen voor*);
- ``light_aim``: a verb of aiming or contributing whose object is the event aimed at (*bijdragen aan*, *werken
  aan*, *richten op*, *streven naar*, *inzetten op*, *centraal staan*);
- ``purpose``: the noun in a purpose or means phrase (*ter*, *met het oog op*, *in het kader van*, *door middel
  van*, *ten behoeve van*);
- ``participants``: a *van*-object and an agent (*door*-phrase, possessive, genitive);
- ``arg``: the noun (the first of its coordination) is a subject or an object of the clause, not in a phrase;
- ``anaphoric``, ``conj``, ``defining``: the signs the editors gave for the opposite (a demonstrative, one of a
  coordination, the object of a defining verb): measured as conditions to drop (``not_...``).

    python bench/quality/real/nomin_positive.py          # the table per sheet
    python bench/quality/real/nomin_positive.py --list   # and every firing row with its conditions
    python bench/quality/real/nomin_positive.py --drawn  # the per-sheet table over the rows as drawn
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nomin_study  # noqa: E402
from common import corpus_root  # noqa: E402

ARG_DEPS = ("nsubj", "obj", "obl", "iobj", "csubj", "xcomp", "ccomp")
COPULAS = {"zijn", "worden", "blijven", "lijken", "blijken"}
ASPECT = {"gebeuren", "geschieden", "plaatsvinden", "beginnen", "starten", "stoppen", "doorgaan", "ophouden"}
RELATION = {"leiden", "zorgen", "vragen", "vereisen", "vergen", "noodzaken", "bestaan", "betekenen", "inhouden"}  # fmt: skip
AIM = {"bijdragen", "werken", "richten", "streven", "inzetten", "gericht", "centraal"}
PURPOSE = (
    ("ter",), ("met", "het", "oog", "op"), ("in", "het", "kader", "van"), ("door", "middel", "van"),
    ("ten", "behoeve", "van"), ("t.b.v.",), ("ten", "bate", "van"), ("met", "als", "doel"),
)  # fmt: skip
DEM = {"deze", "die", "dit", "dat", "zulke", "dergelijke"}
DEFINING = {"betekenen", "inhouden", "heten", "bedoelen", "verstaan", "omvatten", "noemen", "definiëren"}

SENT: dict[str, str] = {}


def _predicate(anchor):
    if any(c.dep_ == "cop" for c in anchor.children):
        return anchor
    if anchor.dep_.startswith(ARG_DEPS):
        return anchor.head
    return None


DOERS = {
    "gemeente", "provincie", "rijk", "college", "raad", "waterschap", "initiatiefnemer", "eigenaar", "ontwikkelaar",
    "overheid", "minister", "staat", "bewoner", "ondernemer", "burger", "organisatie", "bedrijf", "medewerker",
}  # fmt: skip


def _doer(t) -> bool:
    if t.dep_ == "obl:agent":
        t = next((c for c in t.children if c.pos_ in ("NOUN", "PROPN", "PRON")), t)
    lemma = (t.lemma_ or t.lower_).lower()
    personal = t.pos_ == "PRON" and t.lower_ in ("wij", "we", "ik", "u", "jij", "je", "zij", "hij", "ze")
    return personal or t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PER", "PERSON") or lemma in DOERS


def conditions(c, sent) -> set[str]:
    from beleidstaal.language.keys import full_lemma
    from beleidstaal.language.nominal_candidates import weak_verbs

    out = set()
    noun, anchor = c.noun, c.anchor
    pred = _predicate(anchor)
    if pred is not None:
        # the full lemma: a verb with a particle is another verb (*bijdragen* is not the support verb *dragen*)
        lemmas = {full_lemma(pred)}
        cop = pred is anchor or any(t.dep_ == "cop" for t in pred.children)
        if cop or (lemmas & COPULAS and pred.pos_ == "AUX"):
            out.add("light_copula")
        if lemmas & weak_verbs() and not cop:
            out.add("light_support")
        if lemmas & ASPECT:
            out.add("light_aspect")
        if lemmas & RELATION:
            out.add("light_relation")
        words = {t.lower_ for t in pred.children} | lemmas
        if words & AIM and pred.pos_ in ("VERB", "ADJ", "AUX"):
            out.add("light_aim")
        if lemmas & DEFINING:
            out.add("defining")
        if anchor.dep_ in ("nsubj", "nsubj:pass", "obj", "csubj"):
            out.add("arg")
        # the clause names a doer beside the noun: a verb can take it as its subject (*de gemeente werkt aan de
        # verbetering van* -> *de gemeente verbetert*); a person, an organisation or a personal pronoun
        subj = [t for t in pred.children if t.dep_ in ("nsubj", "obl:agent") and t.i != anchor.i]
        if any(_doer(t) for t in subj):
            out.add("agent_subject")
    if any(k.startswith("light_") for k in out):
        out.add("light_any")
    if out & {"light_support", "light_aspect", "light_relation", "light_aim"}:
        out.add("light_verb")  # a light verb, not a copula
    doc = noun.doc
    left = doc[anchor.left_edge.i].i
    # the words before the noun's phrase, skipping its determiner and adjectives
    i = noun.i - 1
    while i >= sent.start and doc[i].pos_ in ("DET", "ADJ", "NUM", "ADV") and i > left - 1:
        i -= 1
    before = [t.lower_ for t in doc[max(sent.start, i - 3) : i + 1]]
    if any(tuple(before[-len(p) :]) == p for p in PURPOSE):
        out.add("purpose")
    lefts = list(noun.lefts) + (list(anchor.lefts) if anchor is not noun else [])
    poss = any(t.dep_ == "nmod:poss" or "Poss=Yes" in str(t.morph) for t in lefts)
    door = any(
        r.dep_.startswith(("nmod", "obl")) and doc[r.left_edge.i].lower_ == "door" for r in noun.rights
    )
    if c.van_head is not None and (poss or door):
        out.add("participants")
    if any(t.dep_ == "det" and t.lower_ in DEM for t in lefts):
        out.add("anaphoric")
    if anchor is not noun or any(t.dep_ == "conj" for t in noun.children):
        out.add("conj")
    if out & {"light_any", "agent_subject"}:
        out.add("light_or_agent")
    if out & {"light_any", "purpose", "participants", "agent_subject"}:
        out.add("positive_any")
    SENT[c.tokens[0].doc.text[c.tokens[0].idx : c.tokens[-1].idx + len(c.tokens[-1])]] = sent.text
    return {"P:" + s for s in out}


_orig = nomin_study._extra_signals
nomin_study._extra_signals = lambda c, sent: set(_orig(c, sent)) | conditions(c, sent)


def main() -> int:
    from beleidstaal.language import nominalisation

    today = frozenset(nominalisation.BLOCKERS)
    nominalisation.worth_reporting = lambda sig: True
    cands, targets = nomin_study.collect(corpus_root())
    # --drawn: every judged row the linter would report without today's blockers (the rows as drawn)
    drawn = "--drawn" in sys.argv
    fire = [
        c
        for c in cands
        if c.label
        and (c.reportable if drawn else nomin_study.selected(c, today))
        and (nomin_study.is_sheet(c.group) or c.group.startswith("docs"))
    ]
    names = sorted({s for c in fire for s in c.signals if s.startswith("P:")})
    sheets = sorted({c.group for c in fire})
    conds = [(n, n) for n in names] + [("not_" + n[2:], n) for n in ("P:anaphoric", "P:conj", "P:defining")]
    print("| condition | all: right kept / wrong silenced | sheets where precision rises / falls | dev TPs kept | "
          + " | ".join(sheets) + " |")  # fmt: skip
    print("|---" * (4 + len(sheets)) + "|")
    for label, n in conds:
        neg = label.startswith("not_")
        holds = (lambda c, n=n: n not in c.signals) if neg else (lambda c, n=n: n in c.signals)  # noqa: E731
        cells, up, down = [], 0, 0
        tot = defaultdict(int)
        for g in sheets:
            rows = [c for c in fire if c.group == g]
            tp = sum(c.label == "TP" for c in rows)
            fp = len(rows) - tp
            kept = sum(c.label == "TP" and holds(c) for c in rows)
            wrong_kept = sum(c.label == "FP" and holds(c) for c in rows)
            tot["tp"] += tp
            tot["fp"] += fp
            tot["kept"] += kept
            tot["wk"] += wrong_kept
            before = tp / max(1, tp + fp)
            after = kept / (kept + wrong_kept) if kept + wrong_kept else before
            up += after > before + 1e-9
            down += after < before - 1e-9
            cells.append(f"{kept}/{tp}, {fp - wrong_kept}/{fp}")
        dev = sum(c.label == "TP" and holds(c) for c in fire if c.group == "dev")
        prec = tot["kept"] / max(1, tot["kept"] + tot["wk"])
        print(f"| {label[2:] if not neg else label} | {tot['kept']}/{tot['tp']}, {tot['fp'] - tot['wk']}/{tot['fp']} "
              f"(p {prec:.2f}) | {up} / {down} | {dev} | " + " | ".join(cells) + " |")  # fmt: skip
    split(cands, targets, names, today)
    if "--list" in sys.argv:
        for c in fire:
            sig = sorted(s[2:] for s in c.signals if s.startswith("P:"))
            print(c.group, c.label, f"«{c.text[:60]}»", sig, "::", SENT.get(c.text, "")[:140])
    return 0


def split(cands, targets, names, today) -> None:
    """Right / wrong where the condition holds and where it does not, on the judged sheets (firing today) and on the
    annotated real sentences (every candidate today's blockers let through; the marks an editor made)."""
    sel = [c for c in cands if c.label and nomin_study.selected(c, today)]
    sheet = [c for c in sel if nomin_study.is_sheet(c.group) or c.group.startswith("docs")]
    recent = [c for c in sheet if c.group in ("blind10", "blind11", "blind12", "blind13", "docs13")]
    real = [c for c in sel if c.group.startswith("real")]
    # as drawn: every judged row with a candidate the linter would report without today's blockers
    drawn = [
        c
        for c in cands
        if c.label and c.reportable and (nomin_study.is_sheet(c.group) or c.group.startswith("docs"))
    ]

    def rw(xs):
        tp = sum(c.label == "TP" for c in xs)
        return f"{tp}/{len(xs) - tp} ({tp / len(xs):.2f})" if xs else "-"

    print("\n| condition | sheets: holds | sheets: not | blind10-13+docs13: holds | not | annotated real: holds "
          "| not | as drawn: holds | not | marks still found if required |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in names:
        found = sum(
            any(nomin_study.selected(cands[i], today) and n in cands[i].signals for i in t.cands)
            for t in targets
            if t.group.startswith("real")
        )
        base = sum(
            any(nomin_study.selected(cands[i], today) for i in t.cands)
            for t in targets
            if t.group.startswith("real")
        )
        marks = sum(1 for t in targets if t.group.startswith("real"))
        cells = [
            rw([c for c in xs if (n in c.signals) == want])
            for xs in (sheet, recent, real, drawn)
            for want in (True, False)
        ]
        print(f"| {n[2:]} | " + " | ".join(cells) + f" | {found} of {base} (of {marks} marks) |")


if __name__ == "__main__":
    sys.exit(main())
