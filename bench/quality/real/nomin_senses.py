"""Signals of what a firing nominalisation names (task nomin19): counts, right / wrong, over every judged BT201
row that fires today and over the annotated sentences (as ``nomin_study.py`` collects them).

Signals tested (on top of ``nomin_study``'s):

- ``det_anaphoric``: a demonstrative or possessive determiner (*deze verkenning*, *onze aanpak*);
- ``no_complement``: no *van*-phrase and no other phrase after the noun (*De opstelling biedt ...*);
- ``enum3``: the noun is one of three or more coordinated noun phrases (*uitbreiding, invulling en herontwikkeling*);
- ``weak_subject_transitive``: the weak kind, the noun the active subject of a weak verb with an object;
- ``plur_N``/``van_N`` (tenths) and ``sense_result``/``sense_act`` (plural share 0.2 or more / less): how the noun is
  used in the corpus (the plans and pages, without the reserved ones, never opened): share of plural forms among
  its forms, share of its singular followed by *van*.

    python bench/quality/real/nomin_senses.py            # counts of what fires today
    python bench/quality/real/nomin_senses.py --drawn    # counts of every labelled candidate (as drawn)
    python bench/quality/real/nomin_senses.py --list     # and every row with its signals
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import nomin_study  # noqa: E402
from common import HERE, corpus_root, sheet_files  # noqa: E402

_WORDS: Counter | None = None
_VAN: Counter | None = None


def corpus_counts() -> tuple[Counter, Counter]:
    """Word counts and counts of word + *van* over the corpus, leaving out the reserved plans (never opened)."""
    global _WORDS, _VAN
    if _WORDS is None:
        reserved = sheet_files([HERE / "reserve14-files.tsv"])
        root = corpus_root()
        words, van = Counter(), Counter()
        for path in sorted(root.rglob("*.md")):
            rel = path.relative_to(root).as_posix()
            if rel in reserved:
                continue
            toks = re.findall(r"[a-zà-ÿ]+", path.read_text(encoding="utf-8", errors="replace").lower())
            words.update(toks)
            van.update(a for a, b in zip(toks, toks[1:], strict=False) if b == "van")
        _WORDS, _VAN = words, van
    return _WORDS, _VAN


POSS = ("mijn", "jouw", "uw", "zijn", "haar", "ons", "onze", "hun", "jullie")
DEM = ("deze", "die", "dit", "dat", "zulke", "zo'n")


def extra(c, sent) -> set[str]:
    from beleidstaal.language.grammar import known_verbs
    from beleidstaal.language.nominalisation import noun_verb
    from beleidstaal.language.nominals import plural

    out = set(_orig(c, sent))
    noun, anchor = c.noun, c.anchor
    dets = [t for t in noun.lefts if t.dep_ in ("det", "nmod:poss")] + [
        t for t in anchor.lefts if t.dep_ in ("det", "nmod:poss")
    ]
    if any(t.lower_ in DEM for t in dets):
        out.add("det_dem")
    if any(t.lower_ in POSS or "Poss=Yes" in str(t.morph) for t in dets):
        out.add("det_poss")
    if {"det_dem", "det_poss"} & out:
        out.add("det_anaphoric")
    if (
        c.kind == "zwak"
        and anchor.dep_ == "nsubj"
        and any(t.dep_ == "obj" and t.i != anchor.i for t in anchor.head.children)
    ):
        out.add("weak_subject_transitive")
    if c.van_head is None and not any(t.dep_ in ("nmod", "acl", "acl:relcl") for t in noun.rights):
        out.add("no_complement")
    top = anchor
    members, todo = [], [top]
    while todo:
        t = todo.pop()
        members.append(t)
        todo.extend(x for x in t.children if x.dep_ == "conj")
    if len(members) >= 3:
        out.add("enum3")
        if all(m.pos_ == "NOUN" for m in members):
            out.add("enum3_nouns")
        if anchor is not noun:
            out.add("enum3_later")
        events = [m for m in members if m.pos_ == "NOUN" and noun_verb(m.lemma_ or m.lower_)]
        if len(events) == len(members) and all(m.lower_ not in known_verbs() for m in members):
            out.add("enum3_all_events")
        if sum(
            1
            for m in members
            if m.pos_ in ("NOUN", "VERB")
            and m.lower_.endswith("en")
            and m.i > 0
            and m.doc[m.i - 1].lower_ == "het"
        ) == len(members):
            out.add("enum3_all_inf")
    if len(members) == 2:
        out.add("enum2")
    low = (noun.lemma_ or noun.lower_).lower()
    found = noun_verb(low)
    if c.kind != "infinitief" and found:
        words, van = corpus_counts()
        tail = low[len(found[1]) :] if found[1] else low
        sing, plur = words[tail], words[plural(tail)]
        if sing + plur >= 20:
            share = plur / (sing + plur)
            vshare = van[tail] / sing if sing else 0
            out.add(f"plur_{min(4, int(share * 10))}")
            out.add(f"van_{min(6, int(vshare * 10))}")
            out.add("sense_result" if share >= 0.2 else "sense_act")
    return out


_orig = nomin_study._extra_signals
nomin_study._extra_signals = extra


def main() -> int:
    from beleidstaal.language import nominalisation

    today = frozenset(nominalisation.BLOCKERS)
    nominalisation.worth_reporting = lambda sig: True
    cands, targets = nomin_study.collect(corpus_root())
    drawn = "--drawn" in sys.argv  # every labelled candidate, also those today's blockers keep silent
    fire = [c for c in cands if c.label and (c.reportable if drawn else nomin_study.selected(c, today))]
    sigs = sorted({s for c in fire for s in c.signals})
    print("| signal | sheets right / wrong (firing today) | blind13+docs13 | annotated right / wrong |")
    print("|---|---|---|---|")
    for s in sigs:
        a = [c for c in fire if s in c.signals]
        sh = [
            c for c in a if c.group.startswith(("blind", "dev", "replacements", "warnings", "docs", "comp"))
        ]
        new = [c for c in sh if c.group in ("blind13", "docs13")]
        ann = [c for c in a if c not in sh]
        f = lambda xs: f"{sum(c.label == 'TP' for c in xs)} / {sum(c.label == 'FP' for c in xs)}"  # noqa: E731
        print(f"| {s} | {f(sh)} | {f(new)} | {f(ann)} |")
    if "--list" in sys.argv:
        for c in fire:
            print(
                c.group,
                c.label,
                c.text[:60],
                sorted(
                    s for s in c.signals if s.startswith(("det_", "no_c", "enum", "plur", "van_", "sense"))
                ),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
