"""Where the time of ``check`` goes on distinct real text: a cProfile summary per stage and the costliest functions.

Usage: python bench/profile_check.py [--words 20000] [--skip 40] [--top 25] [--out FILE.prof] [--plain]
Text: zoning plans of ../shared/corpus/bestemmingsplannen from file number --skip on, with every block (text between
blank lines) that occurred before left out (as bench/speed.py does). The model and word lists are loaded first, so
the profile is of the check itself. cProfile slows Python code more than the compiled pipeline: read the stage
shares as an upper bound of the lint's share. Open the --out file with snakeviz or ``python -m pstats`` for the
whole call graph (a flame graph: ``flameprof FILE.prof``).

cProfile charges every call the same bookkeeping, so it overstates code that makes many cheap calls: it put 1.1 s on
creating 900,000 spaCy Token objects that take 0.07 s without it. ``--plain`` runs the check without cProfile and
prints its CPU time and the time Python's garbage collector took (cProfile does not show that at all); run it
under a sampling profiler for shares that hold: ``py-spy record -r 500 -f raw -o check.txt -- python
bench/profile_check.py --plain`` (``-f flamegraph -o check.svg`` for a flame graph).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import re
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bestemmingsplannen"
#: the lists of files reserved for blind judging: their text is never timed, profiled or linted here (blind5 and
#: copy5 are judged now; they stay out so that the figures of earlier rounds stay comparable)
RESERVED_LISTS = [
    Path(__file__).parent / "quality" / "real" / n
    for n in (
        "blind5-files.tsv",
        "copy5-files.tsv",
        "copy6-files.tsv",
        "copy8-files.tsv",
        "copy9-files.tsv",
        "copy10-files.tsv",
        "copy11-files.tsv",
        "copy12-files.tsv",
        "copy13-files.tsv",
        "blind12-files.tsv",
        "reserve14-files.tsv",
    )
]


def reserved() -> frozenset[str]:
    """File names (not paths) of the corpus files reserved for blind judging: every bench leaves them out."""
    sys.path.insert(0, str(Path(__file__).parent / "quality" / "real"))
    from common import sheet_files

    return frozenset(Path(f).name for f in sheet_files([p for p in RESERVED_LISTS if p.is_file()]))


#: stages of a check, by the function that does each (file name fragment, function name)
STAGES = [
    ("read (Markdown to Document)", "readers/markdown.py", "read_markdown"),
    ("spaCy pipeline (Analyser.parse)", "beleidstaal/nlp.py", "parse"),
    ("all rules and filters (run_rules)", "beleidstaal/core.py", "run_rules"),
    ("  word lists (lexicon matcher)", "rules/lexicon.py", "_all_word_lists"),
    ("  readability figures (stats)", "beleidstaal/stats.py", "sentence_figures"),
    ("  passives (language.passive)", "language/passive.py", "find_passives"),
    ("  nominalisations", "language/nominalisation.py", "find_nominalisations"),
    ("  tang constructions", "language/tang.py", "find_verb_tangs"),
    ("  word-list keys per token", "language/keys.py", "_token_keys"),
    ("  separable-verb lemmas", "beleidstaal/nlp.py", "full_lemmas"),
]


#: a few sentences that reach every rule and the word-list rewrites, so that one-time work (loading word lists,
#: building the morphology's form index: about a second) is done before the clock starts. The hyphenated word
#: (*e-mailadres*) is one the kept frequency table cannot answer: wordfreq is imported and its Dutch table read
#: (0.2 s CPU, once per process) here, not at the first such word of the timed text
WARM_UP = (
    "Middels deze nota wordt door de gemeente de implementatie van het beleid gefaciliteerd. Wij zijn "
    "voornemens om de dienstverlening te optimaliseren en nemen daarover in het kader van de begroting een "
    "besluit. De in het vorige jaar door de raad vastgestelde uitgangspunten blijven onverkort van kracht. "
    "Uw reactie kunt u naar ons e-mailadres sturen."
)


def distinct_text(words: int, skip: int, names: tuple[str, ...] = ()) -> str:
    """Distinct paragraphs of the corpus plans from file ``skip`` on (reserved plans left out), ``words`` words; with
    ``names``, of exactly those plans in that order (a fixed slice that a newly reserved list does not move)."""
    seen: set[str] = set()
    kept: list[str] = []
    total = 0
    blind = reserved()
    files = [CORPUS / n for n in names] if names else sorted(CORPUS.glob("*.md"))[skip:]
    for f in files:
        if f.name in blind and not names:
            continue
        for block in re.split(r"\n[ \t]*\n", f.read_text(encoding="utf-8", errors="replace")):
            key = " ".join(block.split())
            if key and key not in seen:
                seen.add(key)
                kept.append(block)
                total += len(block.split())
        if total >= words:
            break
    return "\n\n".join(kept) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--skip", type=int, default=40)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", default=None)
    parser.add_argument(
        "--plain", action="store_true", help="no cProfile: CPU time and garbage collector time"
    )
    args = parser.parse_args()

    from beleidstaal.config import Config
    from beleidstaal.core import check_document, check_text
    from beleidstaal.nlp import get_analyser
    from beleidstaal.readers import document_from_text

    text = distinct_text(args.words, args.skip)
    check_text(WARM_UP)  # model, word lists and rules loaded
    get_analyser(None)._cache.clear()
    if args.plain:
        plain(text)
        return
    profile = cProfile.Profile()
    load = os.getloadavg()[0]
    start = time.perf_counter()
    profile.enable()
    result = check_document(document_from_text(text, kind="markdown"), Config())
    profile.disable()
    wall = time.perf_counter() - start
    if args.out:
        profile.dump_stats(args.out)
    stats = pstats.Stats(profile, stream=sys.stdout)
    total = stats.total_tt
    print(
        f"{len(text.split())} words, {len(result.findings)} findings; {wall:.1f} s under cProfile; load {load:.1f}"
    )
    cum = {}
    for (file, _, name), (_, _, _, ct, _) in stats.stats.items():
        for label, fragment, function in STAGES:
            if name == function and fragment in file:
                cum[label] = cum.get(label, 0.0) + ct
    print("\nstage                                   seconds  share")
    for label, _, _ in STAGES:
        if label in cum:
            print(f"{label:38} {cum[label]:8.2f}  {cum[label] / total:5.0%}")
    print(f"\ncostliest functions by own time (top {args.top}):")
    stats.sort_stats("tottime").print_stats(args.top)


def plain(text: str) -> None:
    """The check without cProfile: its CPU time, and the share of it that the garbage collector took (also the
    collections right after the check, which collect what the check made)."""
    from beleidstaal.config import Config
    from beleidstaal.core import check_document
    from beleidstaal.readers import document_from_text

    spent = [0.0, 0.0]  # start of the running collection, total

    def timer(phase: str, info: dict) -> None:
        if phase == "start":
            spent[0] = time.process_time()
        else:
            spent[1] += time.process_time() - spent[0]

    gc.callbacks.append(timer)
    load = os.getloadavg()[0]
    cpu = time.process_time()
    result = check_document(document_from_text(text, kind="markdown"), Config())
    cpu, during = time.process_time() - cpu, spent[1]
    junk = [[n] for n in range(100_000)]  # the next allocations start the collections the check left due
    gc.callbacks.remove(timer)
    del junk
    print(
        f"{len(text.split())} words, {len(result.findings)} findings; check {cpu:.2f} s CPU, of which the garbage "
        f"collector {during:.2f} s; the collections due after it {spent[1] - during:.2f} s; load {load:.1f}"
    )


if __name__ == "__main__":
    main()
