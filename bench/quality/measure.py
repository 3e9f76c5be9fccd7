"""Precision and recall of the grammar rules on the annotated sentences in ``annotated.tsv``.

Scored per sentence and category: a sentence counts as found for a category when at least one finding of that
category's rules is in it. The support-verb part of ``omslachtig`` is scored on its own (``steunwerkwoord``, rule
BT202), so the word lists of BT104 do not count there.

Run: ``python bench/quality/measure.py [--errors] [--write]`` (``--write`` also writes RESULTS.md next to it).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORY_RULES = {
    "nominalisatie": {"BT201"},
    "passief": {"BT301", "BT302"},
    "steunwerkwoord": {"BT202"},
    "tangconstructie": {"BT501"},
    "moeilijk-woord": {"BT601"},
}
TARGETS = {"nominalisatie": (0.90, 0.85), "passief": (0.90, 0.85), "steunwerkwoord": (0.90, 0.85)}


def load(path: Path) -> list[tuple[set[str], str]]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cats, sentence = line.split("\t", 1)
        labels = set() if cats.strip() == "-" else {c.strip() for c in cats.split(",")}
        unknown = labels - set(CATEGORY_RULES)
        if unknown:
            sys.exit(f"Onbekende categorie {unknown} in: {sentence}")
        items.append((labels, sentence))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="toon de fouten per categorie")
    parser.add_argument("--write", action="store_true", help="schrijf RESULTS.md")
    parser.add_argument("--data", default=str(HERE / "annotated.tsv"))
    args = parser.parse_args()

    from beleidstaal import check_text
    from beleidstaal.config import Config
    from beleidstaal.model import model_info

    items = load(Path(args.data))
    config = Config(min_severity="info")
    counts = {c: defaultdict(int) for c in CATEGORY_RULES}
    errors: dict[str, list[str]] = defaultdict(list)
    for labels, sentence in items:
        findings = check_text(sentence, config=config)
        for cat, rules in CATEGORY_RULES.items():
            hits = [f for f in findings if f.rule in rules]
            gold = cat in labels
            if hits and gold:
                counts[cat]["tp"] += 1
            elif hits:
                counts[cat]["fp"] += 1
                errors[cat].append(f"FP {sentence}  ← {[f.text for f in hits]}")
            elif gold:
                counts[cat]["fn"] += 1
                errors[cat].append(f"FN {sentence}")
    rows = []
    for cat, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        target = TARGETS.get(cat)
        ok = "" if target is None else ("ja" if p >= target[0] and r >= target[1] else "NEE")
        rows.append((cat, tp + fn, tp, fp, fn, p, r, ok))
    info = model_info(None)
    lines = [
        f"Annotated sentences: {len(items)} ({sum(1 for labels, _ in items if not labels)} clean)",
        f"Model: {info.get('name')} {info.get('version') or ''}",
        "",
        "| category | gold | tp | fp | fn | precision | recall | target met (P≥0.90, R≥0.85) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for cat, gold, tp, fp, fn, p, r, ok in rows:
        lines.append(f"| {cat} | {gold} | {tp} | {fp} | {fn} | {p:.2f} | {r:.2f} | {ok or 'geen doel'} |")
    out = "\n".join(lines)
    print(out)
    if args.errors:
        for cat, errs in errors.items():
            print(f"\n## {cat}")
            print("\n".join(errs))
    if args.write:
        text = (
            "# Quality of the grammar rules\n\n"
            f"Measured {datetime.date.today().isoformat()} with `python bench/quality/measure.py --write` on "
            "`bench/quality/annotated.tsv` (scored per sentence and category; see the script).\n\n"
            + out + "\n\n## Errors\n\n"
            + "\n".join(f"### {cat}\n\n" + "\n".join(f"- {e}" for e in errs) + "\n" for cat, errs in errors.items())
        )
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
        (HERE / "results.json").write_text(json.dumps({r[0]: {"precision": r[5], "recall": r[6]} for r in rows}, indent=2))


if __name__ == "__main__":
    main()
