"""Draw real sentences for a new hand-annotated set (issue 18), the way ``annotated-real.tsv`` was drawn.

The sentences come from one half of ``../shared/corpus/`` (``real/common.py: part_of``; by default the *blind* half,
whose findings nobody tunes on), never from a sentence that stands on a judged sheet (``real/*-sheet.tsv``,
``real/*-judged.tsv``) or in ``annotated-real.tsv``, and never from a reserved plan. The rules of
``annotated-real.README.md`` ("How the sentences were drawn") are followed: paragraphs without front matter, code,
headings, tables, images, HTML and admonition markers; list items as paragraphs; sentences of 6-60 words that start
with a capital, digit or quote and end with ``.``, ``!`` or ``?``, without URL, link, inline code or HTML, with more
Dutch than English function words; at most 3 per file; each genre shuffled with its own seeded stream.

Standard library only: the draw must not depend on the linter it measures.

    python bench/quality/draw_annotation.py --seed 22 --plans 100 --docs 50 --out /tmp/annot22/sample.tsv

The output has the columns of ``annotated-real.tsv`` with ``categories`` and ``spans`` empty, for an editor to fill.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from common import corpus_files, corpus_root, part_of  # noqa: E402

HERE = Path(__file__).resolve().parent
ABBREVIATIONS = frozenset(
    [
        "bijv",
        "o.a",
        "m.e.r",
        "nr",
        "ong",
        "etc",
        "e.d",
        "d.w.z",
        "m.b.t",
        "t.a.v",
        "i.v.m",
        "z.g.a.n",
        "art",
        "lid",
        "jo",
        "blz",
        "p",
        "ca",
        "vs",
        "resp",
        "incl",
        "excl",
        "max",
        "min",
        "mr",
        "dr",
        "ir",
        "ing",
        "drs",
        "prof",
        "st",
    ]
)
DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "die",
        "op",
        "te",
        "voor",
        "met",
        "zijn",
        "niet",
        "aan",
        "er",
        "ook",
        "als",
        "bij",
        "wordt",
        "worden",
        "om",
    ]
)
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "that",
        "for",
        "with",
        "on",
        "are",
        "be",
        "this",
        "as",
        "by",
        "it",
        "or",
        "from",
        "an",
    ]
)
SKIP_NAMES = ("README", "CHANGELOG", "CONTRIBUTING", "SKILL")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘À-Ý])")
BAD = re.compile(r"https?://|www\.|\]\(|`|<[a-zA-Z/!]|&[a-z]+;|&#\d+;")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s+")
QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
BOLD_LABEL = re.compile(r"^\*\*[^*]{1,60}\*\*\s*:?\s*")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(first line number, joined text) of every prose paragraph of a Markdown file."""
    lines = text.splitlines()
    out: list[tuple[int, str]] = []
    current: list[str] = []
    first = 0
    in_code = False
    in_front = bool(lines) and lines[0].strip() == "---"

    def flush() -> None:
        if current:
            out.append((first, " ".join(s.strip() for s in current)))
            current.clear()

    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if in_front:
            if number > 1 and stripped in ("---", "..."):
                in_front = False
            continue
        if stripped.startswith(("```", "~~~")):
            in_code = not in_code
            flush()
            continue
        if in_code:
            continue
        if not stripped:
            flush()
            continue
        if (
            stripped.startswith(("#", "|", "!!!", "???", ":::", "![", "<"))
            or re.fullmatch(r"[=\-]{3,}", stripped)
            or re.fullmatch(r"\*[^*].*[^*]\*|_[^_].*[^_]_", stripped)
            or re.fullmatch(r"\*\*.*\*\*", stripped)
        ):
            flush()
            continue
        body = QUOTE_MARK.sub("", line)
        if LIST_MARK.match(body):
            flush()
            body = LIST_MARK.sub("", body)
        body = BOLD_LABEL.sub("", body.strip()) if not current else body.strip()
        if not current:
            first = number
        current.append(body)
    flush()
    return out


def sentences(paragraph: str) -> list[str]:
    """Split on a sentence end followed by a capital, digit or quote, not after an abbreviation or one letter."""
    parts = SPLIT.split(paragraph)
    out: list[str] = []
    for part in parts:
        if out:
            words = out[-1].rstrip(".!?").split()
            last = words[-1].lower() if words else ""
            if last in ABBREVIATIONS or len(last) == 1:
                out[-1] = f"{out[-1]} {part}"
                continue
        out.append(part)
    return [s.strip() for s in out]


def candidate(sentence: str) -> bool:
    words = sentence.split()
    if not 6 <= len(words) <= 60:
        return False
    if not (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in "\"'“‘"):
        return False
    if not sentence.endswith((".", "!", "?")) or BAD.search(sentence):
        return False
    low = [w.strip(".,;:!?()\"'").lower() for w in words]
    return sum(w in DUTCH for w in low) > 2 * sum(w in ENGLISH for w in low)


def seen_sentences(leave_out: tuple[str, ...] = ()) -> set[str]:
    """Every sentence of a judged or drawn sheet, of annotated-real.tsv and of the annotated sets drawn from the blind
    half (``annotated-blind22.tsv`` and later, with their rejects), whitespace-normalised; not the sheets or sets
    named in ``leave_out`` (drawn after a draw that is repeated: the same text can stand in plans of both halves).
    A sheet is named by the part of its file name before the first dash (``blind20``), a set by its name
    (``annotated-blind22``)."""
    seen: set[str] = set()
    paths = [*sorted((HERE / "real").glob("*-sheet.tsv")), *sorted((HERE / "real").glob("*-judged.tsv"))]
    paths = [p for p in paths if p.name.split("-")[0] not in leave_out]
    paths.append(HERE / "annotated-real.tsv")
    for path in sorted(HERE.glob("annotated-blind*.tsv")):
        if path.name.removesuffix(".tsv").removesuffix("-rejects") not in leave_out:
            paths.append(path)
    csv.field_size_limit(10**8)
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                text = row.get("sentence") or ""
                seen.add(" ".join(text.split()))
    return seen


def reserved() -> set[str]:
    out: set[str] = set()
    for path in (HERE / "real").glob("reserve*-files.tsv"):
        out.update(line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()[1:])
    return out


def pool(root: Path, corpus: str, part: str, seen: set[str], skip: set[str]) -> list[tuple[str, int, str]]:
    found: list[tuple[str, int, str]] = []
    for rel in corpus_files(root, corpus):
        if part_of(rel) != part or rel in skip or Path(rel).name.startswith(SKIP_NAMES):
            continue
        path = root / rel
        if path.is_symlink():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if len(text.split()) < 20:
            continue
        for line, para in paragraphs(text):
            for sentence in sentences(para):
                if candidate(sentence) and " ".join(sentence.split()) not in seen:
                    found.append((rel, line, sentence))
    unique: dict[str, tuple[str, int, str]] = {}
    for item in found:
        unique.setdefault(item[2], item)
    return list(unique.values())


def draw(items: list[tuple[str, int, str]], want: int, rng: random.Random) -> list[tuple[str, int, str]]:
    rng.shuffle(items)
    per_file: dict[str, int] = {}
    chosen = []
    for item in items:
        if per_file.get(item[0], 0) >= 3:
            continue
        per_file[item[0]] = per_file.get(item[0], 0) + 1
        chosen.append(item)
        if len(chosen) == want:
            break
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--part", choices=("dev", "blind"), default="blind")
    parser.add_argument("--plans", type=int, default=100, help="sentences from the zoning plans")
    parser.add_argument("--docs", type=int, default=50, help="sentences from docs-as-code")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--leave-out",
        nargs="*",
        default=(),
        help="sheets and sets drawn after the draw that is repeated (new22 blind20 annotated-blind22)",
    )
    args = parser.parse_args()
    root = args.corpus or corpus_root()
    seen, skip = seen_sentences(tuple(args.leave_out)), reserved()
    rows = []
    for corpus, want, prefix in (
        ("bestemmingsplannen", args.plans, "bp"),
        ("docs-as-code", args.docs, "doc"),
    ):
        rng = random.Random(f"{args.seed}-{prefix}")
        items = pool(root, corpus, args.part, seen, skip)
        chosen = draw(items, want, rng)
        print(f"{corpus}: {len(items)} candidate sentences, {len(chosen)} drawn", file=sys.stderr)
        rows += [(f"{prefix}{i:03d}", f"{rel}:{line}", s) for i, (rel, line, s) in enumerate(chosen, 1)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "source", "categories", "spans", "note", "sentence"])
        for id_, source, sentence in rows:
            w.writerow([id_, source, "", "", "", sentence])


if __name__ == "__main__":
    main()
