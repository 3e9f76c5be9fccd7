"""``check --fix`` on ten zoning plans of the blind half of the corpus (issue #17): the diff for a blind judge, and a
count of the findings that a new check gives at the changed places and the old text did not have there.

Each plan is copied to a temporary folder; the corpus is never written. The diff (``fix-diff.txt``) shows every
changed line; a judge marks each changed sentence correct Dutch or not.

Run: ``python bench/quality/real/fix_diff.py [--seed 17] [--files 10] [--out bench/quality/real/fix-diff.txt]``
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import choose_files, corpus_root, sheet_files  # noqa: E402

from beleidstaal.config import Config  # noqa: E402
from beleidstaal.core import check_path  # noqa: E402
from beleidstaal.fix import fix_file, new_findings  # noqa: E402


def introduced(edits, before, after) -> list[tuple]:
    """Findings of the new text at a changed place whose rule had no finding at that place before."""
    return [(edits[k].old, edits[k].new, f.rule, f.text) for k, f in new_findings(edits, before, after)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "fix-diff.txt"))
    ap.add_argument("--part", choices=("dev", "blind", "all"), default="blind", help="half to choose from")
    ap.add_argument(
        "--only-sheets",
        nargs="+",
        metavar="BLAD",
        help="choose only plans that have a row in these sheets (TSV), such as a reserved list of files",
    )
    ap.add_argument(
        "--nota", action="store_true", help="also fix the example nota (voorbeelden/beleidsnota.md), first"
    )
    args = ap.parse_args()
    root = corpus_root(args.corpus)
    only = sheet_files([Path(p) for p in args.only_sheets]) if args.only_sheets else None
    counts = {"bestemmingsplannen": args.files, "docs-as-code": 0}
    files = choose_files(root, args.part, args.seed, counts, only=only)
    files = [f for f in files if f.startswith("bestemmingsplannen/")]  # --fix writes Markdown and text only
    sources = [(root / rel, rel) for rel in files]
    if args.nota:
        nota = Path(__file__).resolve().parents[3] / "voorbeelden" / "beleidsnota.md"
        sources.insert(0, (nota, "voorbeelden/beleidsnota.md"))
    config = Config()
    chunks, total, new = [], 0, []
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for source, rel in sources:
            path = Path(tmp) / Path(rel).name
            shutil.copy(source, path)
            before = check_path(path, config=config).findings
            outcome = fix_file(path, before, config, write=True)
            total += len(outcome.edits)
            diff = outcome.diff.replace(f"a/{path}", f"a/{rel}").replace(f"b/{path}", f"b/{rel}")
            chunks.append(diff)
            if outcome.edits:
                after = check_path(path, config=config).findings
                new += [(rel, *x) for x in introduced(outcome.edits, before, after)]
            print(f"{rel}: {len(outcome.edits)} vervangingen", file=sys.stderr)
    words = [x for x in new if len(x[4]) <= len(x[2]) + 40]  # a finding on the changed words themselves
    clauses = [x for x in new if x not in words]  # a clause or sentence that holds a change
    header = [
        f"# check --fix on {len(files)} zoning plans ({args.part} half, seed {args.seed})"
        + (" and the example nota" if args.nota else "")
        + f": {total} replacements",
        f"# new findings on the changed words: {len(words)}",
        *[f"#   {rel}: '{old}' -> '{new_}': {rule} on '{text}'" for rel, old, new_, rule, text in words],
        f"# new findings on a clause or sentence that holds a change (the old text had none of that rule there;"
        f" the clause itself is not new): {len(clauses)}",
        *[f"#   {rel}: '{old}' -> '{new_}': {rule} on '{text}'" for rel, old, new_, rule, text in clauses],
        f"# {time.time() - t0:.0f} s",
        "",
    ]
    Path(args.out).write_text("\n".join(header) + "".join(chunks), encoding="utf-8")
    print(
        f"{total} replacements, {len(new)} new findings at changed places; written to {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
