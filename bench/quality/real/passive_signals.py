"""Which passives both measures agree on: the judged passive rows of every scored sheet (TP against FP/?) and the
passives an editor marked in the annotated sets (positives) against the passives the detector finds outside the
marked spans (negatives), each with the signals of its parse.

Every passive the detector finds is made a finding (``worth_reporting`` is switched off for the run and its own
decision, with the reason it gives, is kept as a signal), so a selection over the signals can be scored on both:

- per sheet (leave-one-sheet-out: the selection is chosen on the other sheets), the precision of the judged rows that
  still fire, and the TPs kept;
- on ``annotated-real.tsv`` the recall per marked span as ``score_real.py`` counts it, and on ``annotated.tsv`` /
  ``heldout.tsv`` the recall per sentence marked *passief*.

Run from the repository root (load the rows once, then study):

    python bench/quality/real/passive_signals.py --dump /tmp/passive-rows.json   # parse everything (minutes)
    python bench/quality/real/passive_signals.py --load /tmp/passive-rows.json   # the tables
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, corpus_root  # noqa: E402
from passive_replay import judged_rows, paragraph  # noqa: E402

QUALITY = REPO / "bench" / "quality"
RULES = ("BT301", "BT302")
FIRST_PERSON = frozenset({"wij", "we", "ons", "onze"})
ORGANISATIONS = ("gemeente", "college", "raad", "provincie", "waterschap", "rijk", "minister")
PLAN_WORDS = ("plan", "bestemmingsplan", "regels", "regeling", "verbeelding", "toelichting")


def reason_dropped(verb, pass_aux, auxes, impersonal) -> str:
    """Why ``worth_reporting`` leaves the passive out (``left_out_because``), or for a passive it reports
    ``keep-agent`` (a door-phrase), ``keep-zijn-long`` (a long *zijn*-passive) or ``keep``."""
    from beleidstaal.language import passive_worth
    from beleidstaal.language.passive import aux_kind, find_agent

    left_out_because = _ORIGINAL.get("left_out_because", passive_worth.left_out_because)
    reason = left_out_because(verb, pass_aux, auxes, impersonal)
    if reason is not None:
        return reason
    if find_agent(verb) is not None:
        return "keep-agent"
    return "keep-zijn-long" if aux_kind(pass_aux) == "zijn" else "keep"


def signals(verb, pass_aux, auxes, impersonal) -> dict:
    """The signals of one passive, from its parse."""
    from beleidstaal.language import passive_clauses as pc
    from beleidstaal.language import passive_worth as pw
    from beleidstaal.language.grammar import MODAL_FORMS, infinitive
    from beleidstaal.language.passive import aux_kind, find_agent, subject
    from beleidstaal.language.passive_hidden_doer import _has_modal, hidden_doer
    from beleidstaal.rules.passive_guards import not_an_actor

    doc, sent = verb.doc, verb.sent
    agent = find_agent(verb)
    subj = subject(verb, auxes)
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    heads = [*auxes, *(a.head for a in auxes), verb.head]
    clause = [t for t in verb.subtree if not (t.is_punct or t.is_space)]
    marks = [m.lower_ for m in pc.clause_openers(verb)]
    last = [t for t in sent if not t.is_space][-1].text if len(sent) else ""
    para_words = {t.lower_ for t in doc}
    subj_text = " ".join(t.lower_ for t in subj.subtree) if subj is not None else ""
    reason = reason_dropped(verb, pass_aux, auxes, impersonal)
    return {
        "reason": reason,
        "worth": reason.startswith("keep"),
        "lemma": infinitive(verb),
        "participle": verb.lower_,
        "aux": pass_aux.lower_,
        "kind": aux_kind(pass_aux),
        "past": pass_aux.lower_ in ("werd", "werden", "was", "waren"),
        "impersonal": impersonal,
        "agent": agent is not None,
        "agent_thing": agent is not None and not_an_actor(agent),
        "modal": _has_modal(heads, frozenset(MODAL_FORMS)),
        "duty": _has_modal(heads, pw._lv("duty_modals")),
        "permission": _has_modal(heads, pw._lv("permission_modals")),
        "hidden": hidden_doer(verb, auxes) if agent is None else "agent",
        "subject": subj is not None,
        "subject_plan": any(w in subj_text.split() for w in PLAN_WORDS),
        "subject_pronoun": subj is not None and subj.pos_ == "PRON",
        "mark": marks[0] if marks else "",
        "subordinate": any(c.dep_ == "mark" for c in verb.children) or pc._in_relative_clause(verb),
        "relative": pc._in_relative_clause(verb),
        "condition": any(m in pw._lv("condition_marks") or m == "wanneer" for m in marks),
        "complement": pc._complement_clause(verb),
        "purpose": pc._purpose_phrase(verb),
        "observation": infinitive(verb) in pw._lv("observation_verbs"),
        "reporting": infinitive(verb) in pw._lv("reporting_verbs"),
        "first_person_para": bool(para_words & FIRST_PERSON),
        "organisation_para": any(w.startswith(ORGANISATIONS) for w in para_words),
        "sent_words": len(words),
        "clause_words": len(clause),
        "lower_start": bool(words) and words[0].text[:1].islower(),
        "end": last if last in (".", ";", ":", ",", "?", "!") else "none",
        "sent_start_verb": bool(words) and words[0].i in (pass_aux.i, verb.i),
    }


#: the decision of ``passive_worth`` before ``Recorder`` replaced it (the signals still name its reason)
_ORIGINAL: dict = {}


class Recorder:
    """Switches ``worth_reporting`` off for the run and puts each passive's signals in its finding's data. The rule
    asks ``left_out_because`` (imported when it runs), so that is what is replaced: it records and keeps all."""

    def __init__(self) -> None:
        self.last: dict | None = None

    def install(self) -> None:
        from beleidstaal.language import passive_worth
        from beleidstaal.rules import registry

        def worth(verb, pass_aux, auxes, impersonal):
            self.last = signals(verb, pass_aux, auxes, impersonal)
            return True

        def left_out(verb, pass_aux, auxes, impersonal):
            self.last = signals(verb, pass_aux, auxes, impersonal)
            return None

        _ORIGINAL.setdefault("left_out_because", passive_worth.left_out_because)
        passive_worth.worth_reporting = worth
        passive_worth.left_out_because = left_out
        original = registry.Rule.finding

        def finding(rule, start, end, message, **kwargs):
            if rule.code in RULES and self.last is not None:
                kwargs["data"] = {**(kwargs.get("data") or {}), "signals": self.last}
            return original(rule, start, end, message, **kwargs)

        registry.Rule.finding = finding


def _passives(findings) -> list:
    return [f for f in findings if f.rule in RULES and f.data and "signals" in f.data]


def sheet_rows(root: Path) -> list[dict]:
    """Each judged passive row with the signals of the passive that overlaps it most (none: not detected now)."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_path, check_text

    config = Config(min_severity="info")
    texts: dict[str, str] = {}
    whole: dict[str, list] = {}
    out = []
    for row in judged_rows(RULES):
        rel, s, e = row["file"], int(row["offset"]), int(row["end_offset"])
        if not rel.endswith(".md"):
            if rel not in whole:
                result = check_path(root / rel, config=config)
                whole[rel] = [] if result.error else _passives(result.findings)
            cands = [(f.offset, f.end_offset, f) for f in whole[rel]]
        else:
            if rel not in texts:
                texts[rel] = (root / rel).read_text(encoding="utf-8", errors="replace")
            base, para = paragraph(texts[rel], s, e, section=True)
            found = _passives(check_text(para, config=config, kind="markdown"))
            cands = [(base + f.offset, base + f.end_offset, f) for f in found]
        best, overlap = None, 0
        for fs, fe, f in cands:
            size = min(e, fe) - max(s, fs)
            if size > overlap and (f.rule == row["rule"] or best is None):
                best, overlap = f, size
        out.append(
            {
                "set": "sheet",
                "group": row["sheet"],
                "id": f"{row['sheet']}:{row['id']}",
                "label": row["verdict"] == "TP",
                "rule": row["rule"],
                "corpus": rel.split("/")[0],
                "text": row["sentence"][:300],
                "span": row["span"],
                "reason_judged": row.get("reason", "")[:200],
                "signals": best.data["signals"] if best is not None else None,
            }
        )
    return out


def annotated_real_rows() -> list[dict]:
    """Per marked passive span of ``annotated-real.tsv``, the signals of each detected passive overlapping it; and
    each detected passive that overlaps no marked span as a negative."""
    sys.path.insert(0, str(QUALITY))
    from score_real import load, overlaps, places

    from beleidstaal.config import Config
    from beleidstaal.core import check_text

    config = Config(min_severity="info")
    out = []
    for item in load():
        found = _passives(check_text(item.sentence, config=config))
        spans = item.spans.get("passief", [])
        used: set[int] = set()
        for span in spans:
            where = places(item.sentence, span)
            hits = [i for i, f in enumerate(found) if overlaps(f, where)]
            used.update(hits)
            out.append(
                {
                    "set": "real",
                    "group": "annotated-real",
                    "id": f"{item.id}:{span}",
                    "label": True,
                    "text": item.sentence[:300],
                    "span": span,
                    "candidates": [found[i].data["signals"] for i in hits],
                }
            )
        for i, f in enumerate(found):
            if i not in used:
                out.append(
                    {
                        "set": "real",
                        "group": "annotated-real",
                        "id": f"{item.id}:-",
                        "label": False,
                        "text": item.sentence[:300],
                        "span": f.text,
                        "candidates": [f.data["signals"]],
                    }
                )
    return out


def annotated_written_rows() -> list[dict]:
    """``annotated.tsv`` and ``heldout.tsv`` (written sentences, one label per sentence): a sentence marked
    *passief* is a positive (found when any of its detected passives is kept), every detected passive in a sentence
    without the mark a negative."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_text

    config = Config(min_severity="info")
    out = []
    for name in ("annotated.tsv", "heldout.tsv"):
        for n, line in enumerate((QUALITY / name).read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            cats, sentence = line.split("\t", 1)
            marked = "passief" in cats.split(",")
            found = _passives(check_text(sentence, config=config))
            if marked:
                out.append(
                    {
                        "set": "written",
                        "group": name,
                        "id": f"{name}:{n}",
                        "label": True,
                        "text": sentence,
                        "candidates": [f.data["signals"] for f in found],
                    }
                )
            else:
                out += [
                    {
                        "set": "written",
                        "group": name,
                        "id": f"{name}:{n}",
                        "label": False,
                        "text": sentence,
                        "candidates": [f.data["signals"]],
                    }
                    for f in found
                ]
    return out


# --------------------------------------------------------------------------------------------------------------
# Selections: a function of the signals -> report or not. ``current`` is ``worth_reporting`` as on main.


def current(s: dict) -> bool:
    return s["worth"]


def fires(row: dict, select) -> bool:
    if row["set"] == "sheet":
        return row["signals"] is not None and select(row["signals"])
    return any(select(s) for s in row["candidates"])


def score(rows: list[dict], select) -> dict:
    """Counts of one selection: per sheet TP/wrong firing, annotated recall, negatives reported."""
    out: dict = defaultdict(Counter)
    for r in rows:
        key = r["group"] if r["set"] == "sheet" else r["set"]
        f = fires(r, select)
        out[key][("tp" if r["label"] else "fp") + ("_fire" if f else "_gone")] += 1
    return out


def describe(counts: Counter, sheet: bool) -> str:
    tp, fp = counts["tp_fire"], counts["fp_fire"]
    if sheet:
        return f"{tp}/{tp + fp} = {tp / max(1, tp + fp):.2f} (TP {tp} of {tp + counts['tp_gone']})"
    pos = tp + counts["tp_gone"]
    return f"recall {tp}/{pos} = {tp / max(1, pos):.2f}, negatives reported {fp} of {fp + counts['fp_gone']}"


def signal_table(rows: list[dict]) -> str:
    """Per drop reason and per binary signal: judged TP/wrong over all sheets, and annotated positives/negatives."""
    lines = [
        "| value | sheets TP | sheets wrong | sheet precision | real marked | real unmarked | written + | written - |"
    ]
    lines.append("|---|---|---|---|---|---|---|---|")

    def first(r):
        if r["set"] == "sheet":
            return r["signals"]
        return r["candidates"][0] if r["candidates"] else None

    def add(table, key, r):
        s = first(r)
        if s is None:
            return
        col = {"sheet": "s", "real": "r", "written": "w"}[r["set"]] + ("+" if r["label"] else "-")
        table[key][col] += 1

    table: dict = defaultdict(Counter)
    for r in rows:
        s = first(r)
        if s is None:
            continue
        add(table, f"reason={s['reason']}", r)
        for k, v in s.items():
            if isinstance(v, bool) and v:
                add(table, k, r)
        add(table, f"hidden={s['hidden']}", r)
        add(table, f"kind={s['kind']}", r)
        add(table, f"end={s['end']}", r)
        add(table, f"mark={s['mark']}", r)
        add(
            table,
            f"sent_words={'<=15' if s['sent_words'] <= 15 else '16-25' if s['sent_words'] <= 25 else '>25'}",
            r,
        )
    for key in sorted(table):
        c = table[key]
        lines.append(
            f"| {key} | {c['s+']} | {c['s-']} | {c['s+'] / max(1, c['s+'] + c['s-']):.2f} | {c['r+']} | {c['r-']} "
            f"| {c['w+']} | {c['w-']} |"
        )
    return "\n".join(lines)


#: the moves a selection is built from, each a test on the signals (no word lists fitted to rows): ``drop`` moves
#: leave out a kind of passive that ``worth_reporting`` keeps, ``keep`` moves report a kind that it leaves out
DROPS = {
    "zijn without door": lambda s: s["kind"] == "zijn" and not s["agent"],
    "dat/of-clause without door": lambda s: s["complement"] and not s["agent"],
    "condition (als, indien, wanneer)": lambda s: s["condition"],
    "sentence in lower case": lambda s: s["lower_start"],
    "question": lambda s: s["end"] == "?",
    "pronoun subject without door": lambda s: s["subject_pronoun"] and not s["agent"],
    "short sentence (<= 12 words) without door or duty": lambda s: (
        s["sent_words"] <= 12 and not s["agent"] and not s["duty"]
    ),
    "first person in the paragraph": lambda s: s["first_person_para"],
    "door + a thing": lambda s: s["agent_thing"],
    "subject plus modal without door, no duty": lambda s: (
        s["subject"] and s["modal"] and not s["duty"] and not s["agent"]
    ),
    "plain doer advice, subject, no door": lambda s: s["hidden"] == "doer" and s["subject"],
    "subordinate clause without door": lambda s: s["subordinate"] and not s["agent"],
    "verb first in the sentence": lambda s: s["sent_start_verb"],
}


def _reason_is(reason: str, s: dict) -> bool:
    return s["reason"] == reason


KEEPS = {
    f"report '{r}'": functools.partial(_reason_is, r)
    for r in (
        "relative", "zijn-short", "er-subject", "past", "permission", "zijn-modal", "indefinite", "generic",
        "observation", "condition", "purpose", "effect", "list-item", "zijn-complement", "reference",
        "indirect-question", "natural-impersonal", "spatial", "legal-basis", "usual",
    )
}  # fmt: skip


def selection(drops: tuple[str, ...] = (), keeps: tuple[str, ...] = ()):
    def select(s: dict) -> bool:
        if any(KEEPS[k](s) for k in keeps):
            return not any(DROPS[d](s) for d in drops)
        return s["worth"] and not any(DROPS[d](s) for d in drops)

    return select


def totals(rows: list[dict], select, sheets: set[str] | None = None) -> tuple[int, int, int, int, int, int]:
    """(TP firing, wrong firing, TPs, real found, written found) over the chosen sheets."""
    tp = fp = tps = real = written = 0
    for r in rows:
        f = fires(r, select)
        if r["set"] == "sheet":
            if sheets is not None and r["group"] not in sheets:
                continue
            tps += r["label"]
            tp += f and r["label"]
            fp += f and not r["label"]
        elif r["set"] == "real" and r["label"]:
            real += f
        elif r["set"] == "written" and r["label"]:
            written += f
    return tp, fp, tps, real, written, 0


def choose(rows: list[dict], sheets: set[str], max_steps: int = 4):
    """Greedy: from ``worth_reporting``, add the move that raises the precision of the chosen sheets most while
    annotated recall does not fall and no more than a tenth of the sheets' firing TPs is lost; or, at equal
    precision, raises recall (neither annotated set may lose a passive). Stops when no move helps."""
    base = totals(rows, current, sheets)
    base_prec = base[0] / max(1, base[0] + base[1])
    drops: tuple[str, ...] = ()
    keeps: tuple[str, ...] = ()
    best = (base_prec, base[3])
    for _ in range(max_steps):
        found = None
        for kind, names in (("drop", DROPS), ("keep", KEEPS)):
            for name in names:
                if name in drops or name in keeps:
                    continue
                d = drops + (name,) if kind == "drop" else drops
                k = keeps + (name,) if kind == "keep" else keeps
                tp, fp, _, real, written, _ = totals(rows, selection(d, k), sheets)
                prec = tp / max(1, tp + fp)
                if real < base[3] or written < base[4] or tp < 0.9 * base[0]:
                    continue
                if (prec, real) > best and (found is None or (prec, real) > found[0]):
                    found = ((prec, real), d, k)
        if found is None or found[0][0] < best[0] + 0.005 and found[0][1] <= best[1]:
            break
        best, drops, keeps = found
    return drops, keeps


def study(rows: list[dict]) -> str:
    """Each move alone over all sheets, then leave-one-sheet-out."""
    sheets = sorted({r["group"] for r in rows if r["set"] == "sheet"})
    out = [
        "| move | sheets: TP firing | wrong firing | precision | annotated-real found (of 82) | written found |"
    ]
    out.append("|---|---|---|---|---|---|")
    tp, fp, _, real, written, _ = totals(rows, current)
    out.append(f"| worth_reporting (main) | {tp} | {fp} | {tp / max(1, tp + fp):.3f} | {real} | {written} |")
    for kind, names in (("drop", DROPS), ("keep", KEEPS)):
        for name in names:
            sel = selection((name,), ()) if kind == "drop" else selection((), (name,))
            tp, fp, _, real, written, _ = totals(rows, sel)
            out.append(f"| {kind} {name} | {tp} | {fp} | {tp / max(1, tp + fp):.3f} | {real} | {written} |")
    out += [
        "",
        "| held-out sheet | chosen on the others | precision main -> chosen | TPs firing main -> chosen |",
    ]
    out.append("|---|---|---|---|")
    for held in sheets:
        drops, keeps = choose(rows, set(sheets) - {held})
        a = totals(rows, current, {held})
        b = totals(rows, selection(drops, keeps), {held})
        moves = ", ".join([f"drop {d}" for d in drops] + [k for k in keeps]) or "(none)"
        out.append(
            f"| {held} | {moves} | {a[0] / max(1, a[0] + a[1]):.2f} ({a[0]}/{a[0] + a[1]}) -> "
            f"{b[0] / max(1, b[0] + b[1]):.2f} ({b[0]}/{b[0] + b[1]}) | {a[0]} -> {b[0]} |"
        )
    drops, keeps = choose(rows, set(sheets))
    tp, fp, _, real, written, _ = totals(rows, selection(drops, keeps))
    out.append(
        f"\nChosen on all sheets: {', '.join([f'drop {d}' for d in drops] + list(keeps)) or '(none)'}: "
        f"{tp}/{tp + fp} = {tp / max(1, tp + fp):.3f}, annotated-real {real}/82, written {written}"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="folder with bestemmingsplannen/ and docs-as-code/")
    parser.add_argument("--dump", help="parse every row and write them to this JSON file")
    parser.add_argument("--load", help="read the rows from this JSON file")
    parser.add_argument("--study", action="store_true", help="each move alone, and leave-one-sheet-out")
    args = parser.parse_args(argv)
    if args.load:
        rows = json.loads(Path(args.load).read_text(encoding="utf-8"))
    else:
        Recorder().install()
        rows = sheet_rows(corpus_root(args.corpus)) + annotated_real_rows() + annotated_written_rows()
        if args.dump:
            Path(args.dump).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    if args.study:
        print(study(rows))
        return 0
    print(signal_table(rows))
    counts = score(rows, current)
    print()
    for key in sorted(counts):
        print(f"{key}: {describe(counts[key], key not in ('real', 'written'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
