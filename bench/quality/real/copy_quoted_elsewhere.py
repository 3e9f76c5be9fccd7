"""Would 'another document of the index quotes the same words' tell law quotations from copies? (A dev measure for
issue #24, never a blind one.) The index keeps each document's words without punctuation (no quotation marks, no
``>``, no ``*``) and without the quotedness that the build computes: so this tool reads the other plans' files
directly, and asks of each the question that ``rules.copy_quotes.quotation_reason`` asks of a draft.

For each judged row of the sheets: the words of the row (from the plan's file, at the row's offsets), every other
document of the sheet's index that holds at least half of them (and at least 8; found with the index's places of
all their 5-word runs), and for each holder whether ``quotation_reason`` calls its copy of those words a quotation
(*aanhalingstekens*: in quotation marks or a block quote; *aangehaalde tekst*: after *luidt:*, in italics where law
or policy is quoted, under an article's heading, ...). Then, under each variant of the signal, the rows that would
become BT802 (only rows that a passage finding covers now: the signal changes a kind, it adds no finding) and whether
that wins the row (judged law-quote, not BT802 now) or loses it (judged another kind, right now).

Run from the repository root, with the check results of ``copy_replay.py --save DIR`` and that run's ``--cache``:

    python bench/quality/real/copy_quoted_elsewhere.py bench/quality/real/copy-judged.tsv ... \
        --load DIR --cache /tmp
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_root, read_sheet, sheet_files  # noqa: E402
from copy_replay import RESERVED, replay  # noqa: E402

from beleidstaal.index import fingerprint as fp_mod  # noqa: E402
from beleidstaal.index.noise import prose_tokens  # noqa: E402
from beleidstaal.index.store import ReferenceIndex  # noqa: E402
from beleidstaal.readers import kind_for, read_bytes  # noqa: E402
from beleidstaal.rules.copy_kinds import organisation  # noqa: E402
from beleidstaal.rules.copy_quotes import quotation_reason  # noqa: E402

_read: dict[str, tuple] = {}


def read(path: str) -> tuple:
    """(Document, prose tokens, source offset of each token) of a file, read once."""
    if path not in _read:
        p = Path(path)
        document = read_bytes(p.read_bytes(), kind=kind_for(p) or "text", path=str(p))
        tokens = prose_tokens(document)
        _read[path] = (document, tokens, [document.source_offset(s) for s in tokens.starts])
    return _read[path]


def holders(index: ReferenceIndex, draft: str, row: dict) -> tuple[int, list[tuple[str, bool, str | None]]]:
    """The row's number of words, and (file name, same organisation as the draft, quotation_reason there) of every
    other document of the index that holds at least half of the row's words."""
    _, tokens, at = read(draft)
    first, last = int(row["offset"]), int(row["end_offset"])
    keys = [k for k, s in zip(tokens.keys, at, strict=True) if first <= s < last]
    if len(keys) < fp_mod.K:
        return len(keys), []
    hashes = fp_mod.ngram_hashes(fp_mod.key_hashes(keys), fp_mod.K)
    _h, docs, pos = index.lookup(hashes, exclude=index.ids_for_path(draft))
    covered: dict[int, set[int]] = defaultdict(set)
    for d, p in zip(docs.tolist(), pos.tolist(), strict=True):
        covered[d].update(range(p, p + fp_mod.K))
    paths = index.paths(covered)
    out = []
    for d, words in covered.items():
        if len(words) < max(8, 0.5 * len(keys)):
            continue
        path = paths[d][0]
        document, held, _ = read(path)
        why = quotation_reason(document, held, min(words), min(len(held), max(words) + 1))
        out.append((Path(path).name, organisation(path)[0] == organisation(draft)[0], why))
    return len(keys), out


VARIANTS = {
    "a holder of another organisation has it in quotation marks": lambda hs: any(
        w == "aanhalingstekens" for _, same, w in hs if not same
    ),
    "a holder of another organisation quotes it (any reason)": lambda hs: any(
        w for _, same, w in hs if not same
    ),
    "at least half of the holders quote it": lambda hs: (
        bool(hs) and 2 * sum(bool(w) for *_, w in hs) >= len(hs)
    ),
    "at least two holders quote it": lambda hs: sum(bool(w) for *_, w in hs) >= 2,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheets", nargs="+", help="judged copy sheets (TSV) with their .meta.json")
    parser.add_argument(
        "--load", required=True, help="folder with the check results of copy_replay.py --save"
    )
    parser.add_argument("--cache", default="/tmp", help="folder with the indexes of that run (default: /tmp)")
    parser.add_argument("--show", action="store_true", help="list the rows each variant wins or loses")
    args = parser.parse_args(argv)
    root = corpus_root(None)
    reserved = sheet_files([p for p in RESERVED if p.is_file()])
    scored = []  # (sheet, row, judged kind, kind now, right now, holders)
    for sheet in map(Path, args.sheets):
        meta = json.loads(sheet.with_name(sheet.name.replace("-judged", "-sheet") + ".meta.json").read_text())
        plans = [p for p in meta["plans"] if p not in reserved]
        references = [p for p in meta["index"]["reference_files"] if p not in reserved]
        key = hashlib.sha256("\n".join(references).encode("utf-8")).hexdigest()[:16]
        index = ReferenceIndex.open(Path(args.cache) / f"beleidstaal-copysheet-{key}.sqlite")
        result = json.loads((Path(args.load) / f"{sheet.stem}.json").read_text(encoding="utf-8"))
        findings: dict[str, list[dict]] = defaultdict(list)
        for f in result["findings"]:
            if f["rule"] in ("BT801", "BT802"):
                findings[Path(f["path"]).resolve().relative_to(root.resolve()).as_posix()].append(f)
        rows = [r for r in read_sheet(sheet) if r["file"] in plans]
        for row, truth, now, right, _warned in replay(rows, findings):
            _, found = holders(index, str(root / row["file"]), row)
            scored.append((sheet.name.split("-")[0], row, truth, now, right, found))
        index.close()
    quoted = sum(any(w for *_, w in s[5]) for s in scored)
    print(
        f"{len(scored)} judged rows, {sum(s[4] for s in scored)} right now; {quoted} held by a document that quotes it"
    )
    missed = [s for s in scored if s[2] == "law-quote" and s[3] != "law-quote"]
    ceiling = [s for s in missed if any(w for *_, w in s[5])]
    print(
        f"judged law-quote but not BT802 now: {len(missed)} ({sum(s[3] == 'none' for s in missed)} without a finding); "
        f"held by a document that quotes it: {len(ceiling)} "
        + str(sorted(f"{s[0]}-{s[1]['id'].split('-')[-1]} now {s[3]}" for s in ceiling))
    )
    for name, fires in VARIANTS.items():
        touched = [s for s in scored if s[3] != "none" and fires(s[5])]
        win = [s for s in touched if s[2] == "law-quote" and s[3] != "law-quote"]
        lose = [s for s in touched if s[2] != "law-quote" and s[4]]
        net = Counter({s[0]: 0 for s in win + lose})
        for s in win:
            net[s[0]] += 1
        for s in lose:
            net[s[0]] -= 1
        print(f"{name}: touches {len(touched)} (BT802 already {sum(s[3] == 'law-quote' for s in touched)}), "
              f"wins {len(win)}, loses {len(lose)}; per sheet {dict(sorted(net.items()))}")  # fmt: skip
        if args.show:
            for s in win + lose:
                print(
                    f"    {'+' if s in win else '-'} {s[0]}-{s[1]['id'].split('-')[-1]} judged {s[2]}, now {s[3]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
