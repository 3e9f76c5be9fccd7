"""Shared parts of the real-text benchmark: the corpus files, the dev/blind split, running the linter, the sheet."""

from __future__ import annotations

import hashlib
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
#: the two corpora, relative to the corpus root
CORPORA = ("bestemmingsplannen", "docs-as-code")
#: files per corpus in one run: a fixed random subset of the part, so a run takes minutes, not an hour
DEFAULT_FILES = {"bestemmingsplannen": 14, "docs-as-code": 50}
COLUMNS = (
    "id",
    "file",
    "offset",
    "end_offset",
    "line",
    "sentence",
    "span",
    "rule",
    "message",
    "suggestion",
    "verdict",
    "suggestion_verdict",
    "reason",
)
MAX_SENTENCE = 700


def corpus_root(arg: str | None = None) -> Path:
    """The folder that holds the corpora: ``--corpus``, else $BELEIDSTAAL_CORPUS, else ``../shared/corpus``
    next to the repository (as in every worktree under /work)."""
    if arg:
        return Path(arg)
    if os.environ.get("BELEIDSTAAL_CORPUS"):
        return Path(os.environ["BELEIDSTAAL_CORPUS"])
    return REPO.parent / "shared" / "corpus"


def part_of(relpath: str) -> str:
    """The stable half a file belongs to: a hash of its path below the corpus root, never of its content."""
    digest = hashlib.sha256(relpath.encode("utf-8")).hexdigest()
    return "dev" if int(digest[:8], 16) % 2 == 0 else "blind"


def corpus_files(root: Path, corpus: str) -> list[str]:
    """Every Markdown file of one corpus, as a sorted path relative to the corpus root."""
    base = root / corpus
    if not base.is_dir():
        sys.exit(f"Map niet gevonden: {base}. Geef de map met de corpora op met --corpus.")
    return sorted(p.relative_to(root).as_posix() for p in base.rglob("*.md") if p.is_file())


def choose_files(
    root: Path,
    part: str,
    seed: int,
    counts: dict[str, int],
    exclude: frozenset[str] = frozenset(),
    only: frozenset[str] | None = None,
) -> list[str]:
    """A fixed random subset of one part's files per corpus (the same seed gives the same files), leaving out the
    files in ``exclude`` and, where ``only`` is given, every file not in it (paths relative to the corpus root).
    ``part="all"`` takes both halves (for a reserved list declared before use)."""
    chosen: list[str] = []
    for corpus in CORPORA:
        files = [
            f
            for f in corpus_files(root, corpus)
            if (part == "all" or part_of(f) == part) and f not in exclude and (only is None or f in only)
        ]
        rng = random.Random(f"{seed}:{part}:{corpus}")
        chosen.extend(sorted(rng.sample(files, min(counts[corpus], len(files)))))
    if only is not None:
        # Files of a reserved list that lie outside the two corpora (such as ``../office/*.docx``) are read whole,
        # whatever their half: such a list is declared before it is used.
        chosen.extend(sorted(f for f in only if f.split("/")[0] not in CORPORA and f not in exclude))
    return chosen


def words_in(root: Path, relpath: str) -> int:
    """Words of one file as the judge sees its text: the Markdown source, or the text a Word file holds."""
    path = root / relpath
    if path.suffix.lower() == ".md":
        return len(path.read_text(encoding="utf-8", errors="replace").split())
    from beleidstaal.readers import read_path

    return len(read_path(path).text.split())


@dataclass
class Row:
    file: str
    offset: int
    end_offset: int
    line: int
    sentence: str
    span: str
    rule: str
    message: str
    suggestion: str
    #: the finding's severity; kept in the sheet's meta file, not shown to the judge
    severity: str = ""
    #: the finding's ``data["form"]`` (``compound``: a word-list noun found as the last part of a compound); not
    #: shown to the judge
    form: str = ""
    #: the word-list term that fired (``Finding.term``); not shown to the judge
    term: str = ""

    @property
    def key(self) -> tuple:
        return (self.file, self.offset, self.end_offset, self.rule)


def clean(text: str) -> str:
    """One line of sheet text: no tabs or line breaks."""
    return " ".join(text.split())


def lint_file(root: Path, relpath: str, config) -> list[Row]:
    """Today's linter over one file: every finding as a sheet row, with its sentence."""
    from beleidstaal.core import check_path

    result = check_path(root / relpath, config=config)
    if result.error or result.analysis is None:
        print(f"  {relpath}: {result.error}", file=sys.stderr)
        return []
    sentences = [(off + s.start_char, off + s.end_char) for s, off in result.analysis.sentences()]
    sentences.sort()
    text = result.document.text
    rows = []
    for f in result.findings:
        sentence = _sentence_of(text, sentences, f.start, f.end)
        if f.suggestions:
            suggestion = f.suggestions[0]
        elif f.advice:
            suggestion = "advies: " + f.advice[0]
        else:
            suggestion = ""
        rows.append(
            Row(
                relpath,
                f.offset,
                f.end_offset,
                f.line,
                sentence,
                clean(f.text),
                f.rule,
                clean(f.message),
                clean(suggestion),
                f.severity,
                (f.data or {}).get("form", ""),
                f.term or "",
            )
        )
    return rows


def _sentence_of(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> str:
    """The sentence(s) around a finding; a long one is cut around the span."""
    lo, hi = start, end
    for s, e in sentences:
        if s <= start < e or (s < end <= e):
            lo, hi = min(lo, s), max(hi, e)
    sentence = clean(text[lo:hi])
    if len(sentence) > MAX_SENTENCE:
        rel = max(0, start - lo - MAX_SENTENCE // 3)
        sentence = ("…" if rel else "") + sentence[rel : rel + MAX_SENTENCE] + "…"
    return sentence


def add_skip_sheet(parser) -> None:
    """``--skip-sheet NAME`` (repeatable): the replays never read that judged sheet (a blind one stays unseen)."""
    parser.add_argument(
        "--skip-sheet",
        action="append",
        default=[],
        help="never read this sheet (e.g. copy15); may be repeated",
    )


def read_sheet(path: Path) -> list[dict[str, str]]:
    """A sheet as dicts by column name (plain tab-separated lines; no quoting, the text holds no tabs)."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    if not lines:
        sys.exit(f"Leeg blad: {path}")
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return rows


def sheet_files(paths: list[Path]) -> frozenset[str]:
    """Every file that has a row in one of these sheets (judged or not): its findings were seen by a judge or used
    to tune, so a fresh blind sample leaves it out."""
    files: set[str] = set()
    for path in paths:
        if not Path(path).is_file():
            sys.exit(f"Blad niet gevonden: {path}")
        files.update(row["file"] for row in read_sheet(Path(path)) if row.get("file"))
    return frozenset(files)


def write_sheet(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> None:
    lines = ["\t".join(columns)]
    lines += ["\t".join(clean(str(row.get(c, ""))) for c in columns) for row in rows]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
