"""Findings per 1,000 words at ``warning`` (and above) with the default settings, as a writer sees them with
``beleidstaal check`` and no options (issue #19: at most 15 per 1,000 words on real text).

    python bench/warning_density.py [--plans 10] [--json out.json]

Corpora: every tenth-and-a-half plan of ``shared/corpus/bestemmingsplannen`` (ten plans spread over the sorted
list, the same ten every run) and every Markdown file of ``shared/corpus/docs-as-code``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from beleidstaal.core import check_path
from beleidstaal.findings import SEVERITY_RANK

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus")


def corpora(plans: int) -> dict[str, list[Path]]:
    all_plans = sorted((CORPUS / "bestemmingsplannen").glob("*.md"))
    step = max(1, len(all_plans) // plans)
    return {
        "bestemmingsplannen": all_plans[::step][:plans],
        "docs-as-code": sorted((CORPUS / "docs-as-code").rglob("*.md")),
    }


def measure(paths: list[Path]) -> dict:
    words = 0
    by_severity: Counter = Counter()
    warnings_by_rule: Counter = Counter()
    findings_by_rule: Counter = Counter()
    errors = 0
    for path in paths:
        result = check_path(path)
        if result.error:
            errors += 1
            continue
        words += result.words
        for f in result.findings:
            by_severity[f.severity] += 1
            findings_by_rule[f.rule] += 1
            if SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"]:
                warnings_by_rule[f.rule] += 1
    warnings = sum(warnings_by_rule.values())
    return {
        "files": len(paths),
        "errors": errors,
        "words": words,
        "findings": sum(by_severity.values()),
        "warnings": warnings,
        "warnings_per_1000": round(1000 * warnings / max(words, 1), 1),
        "findings_per_1000": round(1000 * sum(by_severity.values()) / max(words, 1), 1),
        "warnings_by_rule": dict(warnings_by_rule.most_common()),
        "findings_by_rule": dict(findings_by_rule.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    out = {}
    for name, paths in corpora(args.plans).items():
        t = time.perf_counter()
        out[name] = measure(paths)
        out[name]["seconds"] = round(time.perf_counter() - t, 1)
        r = out[name]
        print(
            f"{name}: {r['files']} files, {r['words']} words, {r['warnings']} warnings = "
            f"{r['warnings_per_1000']} per 1,000 words (all findings {r['findings_per_1000']}); "
            f"warnings by rule {r['warnings_by_rule']}; all findings by rule {r['findings_by_rule']}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
