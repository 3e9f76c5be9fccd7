"""``--format text``: per file a summary that fits one screen (taalniveau, counts per category, *Eerst
verbeteren*), then one line per finding, a repeated finding once with its count and other places; at the end a
count over all files. Colour only on a terminal."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console
from rich.markup import escape

from ..config import Config
from ..findings import CATEGORIES, SEVERITY_LABELS
from ..result import FileResult
from ..summary import Summary

#: below this many words the taalniveau is an uncertain estimate (stats.METHOD says so too)
SHORT_TEXT_WORDS = 100
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def new_suggestions(f) -> list[str]:
    """The suggestions the message does not already quote ('Schrijf liever: 'met', 'via'.'), so that each one is
    printed once per line."""
    return f.new_suggestions


def new_advice(f) -> list[str]:
    """Without a replacement, the first advice the message does not already say (*Kies wat hier past, bijvoorbeeld
    'voldoen aan'*, *bijvoorbeeld met 'de dienstverlening verbeteren'*): the line then says what to write, as the
    JSON, HTML and the editor do."""
    said = " ".join(f.message.lower().split())
    return [a for a in f.advice if " ".join(a.lower().split()).rstrip(".") not in said][:1]


def render(results: list[FileResult], config: Config | None = None, *, colour: bool = False) -> str:
    """The findings as lines of text; with ``colour``, with the terminal's colour codes."""
    console = Console(
        file=io.StringIO(), force_terminal=colour, no_color=not colour or None, highlight=False, soft_wrap=True,
        emoji=False, width=200,
    )  # fmt: skip
    _print(results, console)
    return console.file.getvalue()


def _print(results: list[FileResult], console: Console) -> None:
    total = Counter()
    for r in results:
        if r.error:
            continue
        if not r.findings:
            continue
        console.print(f"[bold underline]{escape(r.path)}[/bold underline]", highlight=False)
        summary = r.summary
        for line in summary_lines(summary):
            console.print(line, highlight=False, soft_wrap=True)
        group_of = summary.group_of()
        for i, f in enumerate(r.findings):
            total[f.category] += 1
            group = group_of.get(i)
            if group is not None and group.first != i:  # a repeat: the first occurrence lists it
                continue
            style = _SEVERITY_STYLE.get(f.severity, "")
            more = new_suggestions(f) or new_advice(f)
            sugg = f" [green]— {escape(' / '.join(more))}[/green]" if more else ""
            console.print(
                f"{escape(f.path or r.path)}:{f.line}:{f.column}: [{style}]{f.rule}[/{style}] "
                f"[dim]\\[{f.category}][/dim] {escape(f.message)}{sugg}{_repeats(group)}",
                highlight=False,
                soft_wrap=True,
            )
        console.print()
    n = sum(total.values())
    files = sum(1 for r in results if not r.error)
    word = "bestand" if files == 1 else "bestanden"
    if n:
        parts = ", ".join(f"{CATEGORIES.get(c, c).lower()}: {k}" for c, k in total.most_common())
        console.print(
            f"{n} {'melding' if n == 1 else 'meldingen'} in {files} {word} ({parts}).", highlight=False
        )
    elif files:
        console.print(f"Geen meldingen in {files} {word}.", highlight=False)


def _count(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def _repeats(group) -> str:
    """' [dim](3 keer; ook regel 24, 31)[/dim]' for a finding that occurs more than once."""
    if group is None or group.count < 2:
        return ""
    others = ", ".join(str(line) for line in dict.fromkeys(line for line, _ in group.locations[1:]))
    return f" [dim]({group.count} keer; ook op regel {others})[/dim]"


def summary_lines(summary: Summary | None) -> list[str]:
    """The summary of one file, at most 10 lines (Rich markup): taalniveau and counts, counts per category, and
    the priorities, each with an example and its rewrite."""
    if summary is None or not sum(summary.categories.values()):
        return []
    n = sum(summary.categories.values())
    levels = ", ".join(f"{k} {SEVERITY_LABELS[s].lower()}" for s, k in summary.severities.items())
    head = f"Taalniveau {summary.taalniveau}" if summary.taalniveau else "Taalniveau onbekend"
    if summary.taalniveau and summary.words < SHORT_TEXT_WORDS:
        head += " (korte tekst: onzeker)"
    lines = [
        f"  {head} · {_count(summary.words, 'woord', 'woorden')} · {_count(n, 'melding', 'meldingen')} ({levels})",
        "  Per soort: "
        + ", ".join(f"{CATEGORIES.get(c, c).lower()} {k}" for c, k in summary.categories.items()),
    ]
    if summary.priorities:
        lines.append("  [bold]Eerst verbeteren[/bold]")
    for i, p in enumerate(summary.priorities, 1):
        times = f" ({p.count} keer)" if p.count > 1 else ""
        example = f"regel {p.line}: '{escape(p.example)}'"
        if len(p.example) > 60:
            example = f"regel {p.line}: '{escape(p.example[:57])}...'"
        rewrite = f" → [green]{escape(p.rewrite)}[/green]" if p.rewrite else ""
        lines.append(f"  {i}. {escape(p.label)}{times} — {example}{rewrite}")
    lines.append("")
    return lines


def errors_text(results: list[FileResult]) -> list[str]:
    """One line per file that could not be checked, and a count: for standard error (Rich markup)."""
    lines = [f"[bold]{escape(r.path)}[/bold]: [red]fout:[/red] {escape(r.error)}" for r in results if r.error]
    if len(lines) > 1 or (lines and len(results) > 1):
        n = len(lines)
        lines.append(
            f"[red]{n} {'bestand kon' if n == 1 else 'bestanden konden'} niet worden gecontroleerd.[/red]"
        )
    return lines
