"""Safe fixes: ``beleidstaal check --fix`` and ``--diff``.

A finding is fixed only when it is *safe*: its suggestion can replace the flagged words as they stand, without
reading the context. That is the case when

- the finding is ``replaceable`` (the words in the text are exactly the term, one continuous span), and
- its word-list entry says ``fix = "safe"`` (e.g. *middels* → *met*, *teneinde* → *om*), or a rule marks the finding
  itself with ``data={"fix": "safe"}``, and
- it does not lie between quotation marks: quoted text (a definition, a rule, a title) may not change. Longer
  quoted passages have no findings to fix at all (``language.quotation``: the rules fold them into one BT702
  notice); this also keeps a short quoted title or term as it is.

The first suggestion is used, with the capitals of the original (*Middels* → *Met*, *MIDDELS* → *MET*).
A file is rewritten through a temporary file and an atomic rename (``fileio``), and only when its bytes did not change
since it was read. Encoding, a byte-order mark and line endings are kept. Word files are never rewritten: use
``beleidstaal annotate``. Running ``--fix`` twice changes nothing the second time; ``--diff`` never writes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import InputError
from .findings import Finding
from .language.quotation import in_quotation_marks
from .lexicon import load_lexicons


@dataclass(frozen=True)
class Edit:
    offset: int
    end_offset: int
    old: str
    new: str
    rule: str


@dataclass
class FixOutcome:
    path: str
    edits: list[Edit] = field(default_factory=list)
    diff: str = ""
    written: bool = False
    #: why nothing was done (Dutch), when that is worth telling
    note: str | None = None


def _safe_terms(config: Config) -> set[tuple[str, str, str]]:
    """(rule, term, first replacement) of every word-list entry marked ``fix = "safe"``."""
    extra = tuple(str(config.resolve(p)) for p in config.lexicons)
    return {
        (e.rule, e.term.lower(), e.replacements[0].lower())
        for lex in load_lexicons(extra)
        for e in lex.entries
        if e.fix == "safe" and e.replacements
    }


def with_case(replacement: str, original: str) -> str:
    """The replacement with the capitals of the original: all capitals, or a capital first letter."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def is_safe(f: Finding, safe: set[tuple[str, str, str]]) -> bool:
    """Safe when a safe entry for this rule and term (in any loaded list) has this first suggestion."""
    if not (f.replaceable and f.suggestions):
        return False
    if f.data and f.data.get("fix") == "safe":
        return True
    if f.term is None:
        return False
    return (f.rule, f.term.lower(), f.suggestions[0].lower()) in safe


def safe_edits(source: str, findings: list[Finding], config: Config) -> list[Edit]:
    """The safe, non-overlapping replacements for these findings in ``source``, in order."""
    safe = _safe_terms(config)
    edits: list[Edit] = []
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.offset, f.end_offset)):
        if not is_safe(f, safe):
            continue
        old = source[f.offset : f.end_offset]
        if old != f.text or not old or f.offset < last_end:
            continue  # the text changed, or this overlaps an earlier fix
        if in_quotation_marks(source, f.offset, f.end_offset):
            continue  # quoted text stays as it is
        new = with_case(f.suggestions[0], old)
        if new == old:
            continue
        edits.append(Edit(f.offset, f.end_offset, old, new, f.rule))
        last_end = f.end_offset
    return edits


def new_findings(edits: list[Edit], before: list[Finding], after: list[Finding]) -> list[tuple[int, Finding]]:
    """(index of the edit, finding) for every finding of the fixed text at a changed place whose rule had no finding
    at that place in the old text: what the fix itself brought in. ``edits`` are in order, on the old text."""
    out = []
    shift = 0
    for k, e in enumerate(edits):
        start, end = e.offset + shift, e.offset + shift + len(e.new)
        shift += len(e.new) - len(e.old)
        old_rules = {f.rule for f in before if f.offset < e.end_offset and e.offset < f.end_offset}
        out += [(k, f) for f in after if f.offset < end and start < f.end_offset and f.rule not in old_rules]
    return out


def _blocks(source: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a text: the stretches between blank lines."""
    import re

    spans, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n", source):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(source)))
    return spans


def verified_edits(source: str, edits: list[Edit], config: Config, kind: str) -> list[Edit]:
    """The edits whose new words bring no new finding at the changed place (a passive that the parse now sees, a
    sentence that now reads as too long): each paragraph with edits is checked before and after them, and an edit
    that brings a finding is left out, until none does. The fix never adds work for the writer."""
    from dataclasses import replace

    from .core import check_text

    kept: list[Edit] = []
    for start, end in _blocks(source):
        mine = [e for e in edits if start <= e.offset and e.end_offset <= end]
        if not mine:
            continue
        old = source[start:end]
        before = check_text(old, config=config, kind=kind)
        for _ in range(3):
            local = [replace(e, offset=e.offset - start, end_offset=e.end_offset - start) for e in mine]
            after = check_text(apply_edits(old, local), config=config, kind=kind)
            bad = {k for k, _ in new_findings(local, before, after)}
            mine = [e for k, e in enumerate(mine) if k not in bad]
            if not bad or not mine:
                break
        else:
            mine = []  # still not settled after three rounds: leave the paragraph as it is
        kept += mine
    return kept


def apply_edits(source: str, edits: list[Edit]) -> str:
    parts = []
    pos = 0
    for e in edits:
        parts.append(source[pos : e.offset])
        parts.append(e.new)
        pos = e.end_offset
    parts.append(source[pos:])
    return "".join(parts)


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    text = "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
    return text


def _decode(data: bytes) -> tuple[str, str, bytes]:
    """The text, the codec to write it back with, and the byte-order mark to put in front."""
    from .readers.text import decode_bytes

    text = decode_bytes(data)
    if data.startswith(b"\xef\xbb\xbf"):
        return text, "utf-8", b"\xef\xbb\xbf"
    if data.startswith(b"\xff\xfe"):
        return text, "utf-16-le", b"\xff\xfe"
    if data.startswith(b"\xfe\xff"):
        return text, "utf-16-be", b"\xfe\xff"
    return text, "utf-8", b""


def fix_file(path: str | Path, findings: list[Finding], config: Config, *, write: bool) -> FixOutcome:
    """Apply (``write=True``) or only show the safe fixes for one file. Raises InputError for unreadable files."""
    from .fileio import atomic_write_bytes
    from .readers import kind_for

    p = Path(path)
    outcome = FixOutcome(str(path))
    if kind_for(p) == "docx":
        outcome.note = "Word-bestanden worden niet aangepast. Gebruik 'beleidstaal annotate' voor een kopie met opmerkingen."
        return outcome
    if kind_for(p) not in ("text", "markdown"):
        outcome.note = "Alleen tekst- en Markdown-bestanden worden aangepast."
        return outcome
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"Het bestand kan niet worden gelezen ({exc.strerror or exc}).") from None
    source, codec, bom = _decode(data)
    edits = safe_edits(source, findings, config)
    if edits:
        edits = verified_edits(source, edits, config, kind_for(p))
    if not edits:
        return outcome
    fixed = apply_edits(source, edits)
    outcome.edits = edits
    outcome.diff = unified_diff(str(path), source, fixed)
    if write:
        try:
            current = p.read_bytes()
        except OSError as exc:
            raise InputError(
                f"Het bestand kan niet opnieuw worden gelezen ({exc.strerror or exc})."
            ) from None
        if current != data:
            outcome.note = (
                "Het bestand is veranderd terwijl beleidstaal het controleerde. Er is niets aangepast."
            )
            outcome.edits = []
            return outcome
        try:
            atomic_write_bytes(p, bom + fixed.encode(codec))
        except OSError as exc:
            raise InputError(f"Het bestand kan niet worden geschreven ({exc.strerror or exc}).") from None
        outcome.written = True
    return outcome


@dataclass
class FixReport:
    """What ``check --fix`` / ``--diff`` did or would do, for the front end to show: nothing here prints."""

    #: in order: ("diff", unified diff) for standard output, ("note", Dutch line) for the user
    lines: list[tuple[str, str]] = field(default_factory=list)
    #: path -> number of safe replacements (done, or possible with --diff)
    fixable: dict[str, int] = field(default_factory=dict)
    #: files that were rewritten (to be checked again)
    changed: list[str] = field(default_factory=list)
    #: path -> Dutch error for a file that could not be fixed
    errors: dict[str, str] = field(default_factory=dict)


def fix_results(results, configs: dict[str, Config], base: Config, *, write: bool) -> FixReport:
    """The safe fixes of checked files: written when ``write``, otherwise only as diffs."""
    from .errors import BeleidstaalError

    report = FixReport()
    total = files = 0
    for r in results:
        if r.error or not r.findings:
            continue
        config = configs.get(r.path, base)
        if r.path == "-":
            if any(is_safe(f, _safe_terms(config)) for f in r.findings):
                report.lines.append(
                    ("note", "Tekst van standaardinvoer wordt niet aangepast; sla hem op in een bestand.")
                )
            continue
        try:
            outcome = fix_file(r.path, r.findings, config, write=write)
        except BeleidstaalError as exc:
            report.errors[r.path] = str(exc)
            continue
        if outcome.note and (outcome.edits or any(is_safe(f, _safe_terms(config)) for f in r.findings)):
            report.lines.append(("note", f"{r.path}: {outcome.note}"))
        if outcome.diff:
            report.lines.append(("diff", outcome.diff))
        report.fixable[r.path] = len(outcome.edits)
        if outcome.edits:
            total += len(outcome.edits)
            files += 1
        if outcome.written:
            report.changed.append(r.path)
    word = "vervanging" if total == 1 else "vervangingen"
    where = f"{files} {'bestand' if files == 1 else 'bestanden'}"
    if not total:
        report.lines.append(("note", "Geen veilige vervangingen gevonden."))
    elif write:
        report.lines.append(("note", f"{total} {word} gedaan in {where}."))
    else:
        report.lines.append(("note", f"{total} {word} mogelijk in {where}. Er is niets geschreven."))
    return report
