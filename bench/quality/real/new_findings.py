"""The findings that today's code gives and the code of a base commit does not, on real text: to read them while
changing how the rules find words (dev half), and to judge them blind afterwards (blind half, never read while
changing).

Run from the repository root:

    python bench/quality/real/new_findings.py --base 62e85c0 --part dev --list
    python bench/quality/real/new_findings.py --base 62e85c0 --part blind --office --seed 19 --total 120 \\
        --out bench/quality/real/new19-sheet.tsv

``new_entries.py`` counts a finding as new when its word-list term is new; here a finding is new when the base
commit's code does not give it: a finding of today whose (file, rule, start, end) no finding of the base has (a new
form of an old word, a new entry, a rule that reads more). The base's code is an export of that commit (``git
archive BASE``, kept in the temporary folder for the next run) that runs in a subprocess with ``PYTHONPATH`` set to
it, over the same files with the same settings (every severity); today's code is this checkout. The files and the
other options are those of ``new_entries.py`` (``--part``, ``--plans``, ``--seed``, ``--office``, ``--list``,
``--out``, ``--total``, ``--per-term``, ``--exclude-rows``). With ``--changed`` a finding also counts when the base
gives it at the same place with another first replacement or advice (what a change to the offers did). A group (``--list``, ``--per-term``) is the finding's
word-list term, or for a rule without terms (passive, nominalisation) the rule and its span in lower case.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, Row, clean, corpus_root, lint_file, words_in  # noqa: E402
from new_entries import add_sample_options, files_of, judged_places, print_groups, write_sample  # noqa: E402

#: run inside the base commit's export (its ``beleidstaal`` on ``PYTHONPATH``): the places of its findings, as JSON
WORKER = """
import json, sys
from pathlib import Path
import beleidstaal
from beleidstaal.config import Config
from beleidstaal.core import check_path

job = json.load(sys.stdin)
if not Path(beleidstaal.__file__).resolve().is_relative_to(Path(job["code"]).resolve()):
    sys.exit(f"beleidstaal komt niet uit {job['code']}: {beleidstaal.__file__}")
root, config, places = Path(job["root"]), Config(min_severity="info"), []
for rel in job["files"]:
    result = check_path(root / rel, config=config)
    if result.error:
        print(f"  {rel}: {result.error}", file=sys.stderr)
    places += [
    [rel, f.rule, f.offset, f.end_offset,
     f.suggestions[0] if f.suggestions else ("advies: " + f.advice[0] if f.advice else "")]
    for f in result.findings
]
    print(f"basis: {rel}: {len(result.findings)}", file=sys.stderr)
json.dump(places, sys.stdout)
"""

Place = tuple[str, str, int, int]


def export(base: str) -> Path:
    """The files of ``base`` in a folder of the temporary folder, made once per commit."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{base}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    folder = Path(tempfile.gettempdir()) / f"beleidstaal-base-{commit[:12]}"
    done = folder / ".exported"
    if not done.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        done.write_text(commit + "\n")
    return folder


def base_places(base: str, root: Path, files: list[str]) -> dict[Place, str]:
    """(file, rule, start, end) of every finding the base commit's code gives on these files, with its first
    replacement or advice."""
    code = export(base)
    env = {**os.environ, "PYTHONPATH": str(code)}
    job = json.dumps({"code": str(code), "root": str(root.resolve()), "files": files})
    done = subprocess.run(
        [sys.executable, "-c", WORKER],
        cwd=code,
        env=env,
        input=job,
        stdout=subprocess.PIPE,  # its progress and errors go to this run's stderr
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"De code van {base} liep niet (uitkomst {done.returncode}); zie de fout hierboven.")
    # the first replacement or advice as the sheet shows it (``common.lint_file``: spaces folded)
    return {(f, rule, start, end): clean(text) for f, rule, start, end, text in json.loads(done.stdout)}


def group(row: Row) -> str:
    """The word-list term of a finding, else its rule and its span in lower case (*BT301:wordt gebouwd*)."""
    return row.term.lower() or f"{row.rule}:{row.span.lower()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit whose code's findings are not new")
    parser.add_argument(
        "--changed",
        action="store_true",
        help="also a finding the base gives at the same place with another first replacement or advice",
    )
    add_sample_options(parser)
    args = parser.parse_args(argv)

    from beleidstaal.config import Config

    judged = judged_places(args.exclude_rows)
    root = corpus_root(args.corpus)
    files = files_of(root, args.part, args.plans, args.seed, args.office)
    started = time.time()
    print(f"de code van {args.base} over {len(files)} bestanden ...", file=sys.stderr)
    old = base_places(args.base, root, files)
    config = Config(min_severity="info")
    by_group: dict[str, list[Row]] = defaultdict(list)
    words, total, today = 0, 0, set()
    for i, rel in enumerate(files, 1):
        rows = lint_file(root, rel, config)
        total += len(rows)
        today |= {(r.file, r.rule, r.offset, r.end_offset) for r in rows}
        new = [
            r
            for r in rows
            if (
                (r.file, r.rule, r.offset, r.end_offset) not in old
                or (args.changed and old[r.file, r.rule, r.offset, r.end_offset] != r.suggestion)
            )
            and (r.file, r.offset, r.end_offset) not in judged
        ]
        for row in new:
            by_group[group(row)].append(row)
        words += words_in(root, rel)
        print(f"[{i}/{len(files)}] {rel}: {len(new)} nieuwe", file=sys.stderr)
    counts = {term: len(rows) for term, rows in by_group.items()}
    if args.list:
        print_groups(by_group)
        print(
            f"\n{sum(counts.values())} nieuwe bevindingen (van {total} vandaag, {len(old)} bij {args.base}) in "
            f"{len(counts)} groepen, {len(files)} bestanden ({words} woorden); {len(old.keys() - today)} bevindingen van "
            f"{args.base} geeft de code van vandaag niet meer"
        )
    if args.out:
        meta = {"findings_today": total, "findings_base": len(old), "seconds": round(time.time() - started)}
        write_sample(args, by_group, files, words, meta, "new", "findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
